"""A number with the noun it counts, in the interface language ("1 dossier", "3 dossiers").

Vietnamese nouns do not change with the number, English ones do. A sentence that counts one
thing writes ``%n`` itself (``self.tr("Còn %n vấn đề", "", n)``); a sentence that counts two
or more things gets each count from here as a ``%1``, ``%2`` … argument, so every count in
it is worded by Qt's plural forms ("1 unit sent 2 nominations with 1 dossier").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

_ARGUMENT = re.compile(r"%(\d+)")


class Counts(QObject):
    """The counted words, as one translation context (lupdate sees plural forms only in
    ``tr`` calls)."""

    def dossiers(self, n: int | None) -> str:
        if n is None:  # a backup made before backups counted their dossiers
            return self.tr("không rõ số hồ sơ")
        return self.tr("%n hồ sơ", "", n)

    def files(self, n: int) -> str:
        return self.tr("%n tệp", "", n)

    def attachments(self, n: int) -> str:
        return self.tr("%n tệp đính kèm", "", n)

    def units(self, n: int) -> str:
        return self.tr("%n đơn vị", "", n)

    def nominations(self, n: int) -> str:
        return self.tr("%n đợt đề nghị", "", n)

    def errors(self, n: int) -> str:
        return self.tr("%n lỗi", "", n)

    def unacknowledged_warnings(self, n: int) -> str:
        return self.tr("%n cảnh báo chưa xác nhận", "", n)

    def rows_with_errors(self, n: int) -> str:
        return self.tr("%n dòng có lỗi", "", n)

    def history_entries(self, n: int) -> str:
        return self.tr("%n mục lịch sử", "", n)

    def data_values(self, n: int) -> str:
        return self.tr("%n mục dữ liệu", "", n)

    def drafts(self, n: int) -> str:
        return self.tr("%n bản nháp", "", n)


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
