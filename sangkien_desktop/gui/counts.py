"""A number with the noun it counts, in the interface language ("1 dossier", "3 dossiers").

Vietnamese nouns do not change with the number, English ones do. A sentence that counts one
thing writes ``%n`` itself (``self.tr("Còn %n vấn đề", "", n)``, then ``grouped``); a sentence
that counts two or more things gets each count from here as a ``%1``, ``%2`` … argument, so
every count in it is worded by Qt's plural forms ("1 unit sent 2 nominations with 1 dossier").

Every count shown has its thousands grouped the one way, the interface language's: "21.627"
in Vietnamese, "21,627" in English (``number``, kept in gui/language.py, which the window's
first paint has loaded already; Qt's own ``%n`` groups nothing).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from sangkien_desktop.gui.language import grouped, number

__all__ = ["grouped", "number"]  # with the counted words below: every count shown comes here
_ARGUMENT = re.compile(r"%(\d+)")


class Counts(QObject):
    """The counted words, as one translation context (lupdate sees plural forms only in
    ``tr`` calls)."""

    def dossiers(self, n: int | None) -> str:
        if n is None:  # a backup made before backups counted their dossiers
            return self.tr("không rõ số hồ sơ")
        return grouped(self.tr("%n hồ sơ", "", n), n)

    def files(self, n: int) -> str:
        return grouped(self.tr("%n tệp", "", n), n)

    def attachments(self, n: int) -> str:
        return grouped(self.tr("%n tệp đính kèm", "", n), n)

    def units(self, n: int) -> str:
        return grouped(self.tr("%n đơn vị", "", n), n)

    def nominations(self, n: int) -> str:
        return grouped(self.tr("%n đợt đề nghị", "", n), n)

    def errors(self, n: int) -> str:
        return grouped(self.tr("%n lỗi", "", n), n)

    def unacknowledged_warnings(self, n: int) -> str:
        return grouped(self.tr("%n cảnh báo chưa xác nhận", "", n), n)

    def rows_with_errors(self, n: int) -> str:
        return grouped(self.tr("%n dòng có lỗi", "", n), n)

    def history_entries(self, n: int) -> str:
        return grouped(self.tr("%n mục lịch sử", "", n), n)

    def data_values(self, n: int) -> str:
        return grouped(self.tr("%n mục dữ liệu", "", n), n)

    def drafts(self, n: int) -> str:
        return grouped(self.tr("%n bản nháp", "", n), n)


_counts: Counts | None = None


def _words() -> Counts:
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts


def dossiers(n: int | None) -> str:
    return _words().dossiers(n)


def files(n: int) -> str:
    return _words().files(n)


def attachments(n: int) -> str:
    return _words().attachments(n)


def units(n: int) -> str:
    return _words().units(n)


def nominations(n: int) -> str:
    return _words().nominations(n)


def errors(n: int) -> str:
    return _words().errors(n)


def unacknowledged_warnings(n: int) -> str:
    return _words().unacknowledged_warnings(n)


def rows_with_errors(n: int) -> str:
    return _words().rows_with_errors(n)


def history_entries(n: int) -> str:
    return _words().history_entries(n)


def data_values(n: int) -> str:
    return _words().data_values(n)


def drafts(n: int) -> str:
    return _words().drafts(n)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` in order, in one pass: a value
    that itself reads "%2" (a folder's name) is put in as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1])
        return str(values[index - 1]) if 1 <= index <= len(values) else match[0]

    return _ARGUMENT.sub(value, text)
