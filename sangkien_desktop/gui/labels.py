"""Text that comes from the core (labels, error messages, check findings), translated.

The core writes Vietnamese and never imports Qt. A core message is a ``Message``: a code and
its params; it is translated by its code (context "core", the code as disambiguation, the
Vietnamese template as the source text) and the params go back in as they are, each one a
Message translated in turn (``translated``). Text not yet given a code is looked up as follows. ``python -m sangkien_desktop.gui.i18n update``
collects that text from the core's source into gui/i18n/core_messages.py (context "core"),
literals as they are and f-strings as templates with %1…%n where the values go. Here a
message is looked up as it is; failing that, it is matched against the templates, the
template is translated and the values are put back (each value translated too when it is
itself a known core text, such as a status name). A message found in neither is shown as
the core wrote it, in Vietnamese. See docs/architecture.md, "Languages".
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message, fill
from sangkien_desktop.domain.messages import template as template_of
from sangkien_desktop.domain.status import SECTOR_LABELS, STATUS_LABELS, Sector, Status

CONTEXT = "core"
_PLACEHOLDER = re.compile(r"%(\d+)")


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, template) for each template, the most specific (most fixed text) first."""
    # Read on the first message without a code, not at import: the list shows statuses
    # (Messages, looked up by code) at the first paint, before this catalogue is needed.
    from sangkien_desktop.gui.i18n.core_messages import MESSAGES

    templates = [t for t in MESSAGES if _PLACEHOLDER.search(t)]
    templates.sort(key=lambda t: len(_PLACEHOLDER.sub("", t)), reverse=True)
    found = []
    for template in templates:
        parts = _PLACEHOLDER.split(template)
        pattern = "".join(re.escape(p) if i % 2 == 0 else "(.*?)" for i, p in enumerate(parts))
        found.append((re.compile(pattern, re.DOTALL), template))
    return tuple(found)


def translated(message: Message) -> str:
    """``message`` in the interface language: its code's template translated, the params put
    back verbatim (a title, a name or a path is data), nested Messages translated."""
    text = QCoreApplication.translate(CONTEXT, template_of(message.code), message.code)
    return fill(text, message.params, _param)


def _param(value: object) -> str:
    return translated(value) if isinstance(value, Message) else str(value)


def core_text(message: str, _depth: int = 0) -> str:
    """The core's Vietnamese ``message`` in the interface language."""
    if isinstance(message, Message):
        return translated(message)
    found = QCoreApplication.translate(CONTEXT, message)
    if found != message or not message:
        return found
    for pattern, template in _templates():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        numbers = [int(n) for n in _PLACEHOLDER.findall(template)]
        values = {n: match[i + 1] for i, n in enumerate(numbers)}
        if _depth < 2:
            values = {n: core_text(v, _depth + 1) for n, v in values.items()}
        found = QCoreApplication.translate(CONTEXT, template)
        return _put_back(found, values)
    if _depth and message[:1].isupper():  # a value capitalised at the start of a sentence
        lowered = message[:1].lower() + message[1:]
        found = core_text(lowered, _depth)
        if found != lowered:
            return found[:1].upper() + found[1:]
    return message


def _put_back(template: str, values: dict[int, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(int(m[1]), m[0]), template)


def status_label(status: str) -> str:
    try:
        return core_text(STATUS_LABELS[Status(status)])
    except ValueError:
        return status


def sector_label(sector: Sector) -> str:
    return core_text(SECTOR_LABELS[sector])


def error_text(message: str) -> str:
    """A core error's Vietnamese message, translated (same catalogue as every core text)."""
    return core_text(message)


def exception_text(exc: BaseException) -> str:
    """What to tell the user about a failure: a core error's message translated, or the
    system's own words for anything else (a file that cannot be read or written). A refused
    database statement gives the database's words only: never the statement, nor the values
    (the dossier's data) it carried."""
    if isinstance(exc, SangKienError):
        return error_text(exc.message)
    original = getattr(exc, "orig", None)  # SQLAlchemy's wrapper around the driver's error
    return str(original) if isinstance(original, BaseException) else str(exc)
