"""Text that comes from the core (labels, error messages, check findings), translated.

The core writes Vietnamese and never imports Qt. What it says is a ``Message``: a code and its
params. It is translated by its code (context "core", the code as disambiguation, the
Vietnamese template as the source text) and the params go back in as they are, each one a
Message translated in turn. A plain string is data (a title, a name, a campaign's own words)
or the system's words, and is shown as it is. See docs/architecture.md, "Languages".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message, fill
from sangkien_desktop.domain.messages import template as template_of
from sangkien_desktop.domain.status import SECTOR_LABELS, STATUS_LABELS, Sector, Status

CONTEXT = "core"


def translated(message: Message) -> str:
    """``message`` in the interface language: its code's template translated, the params put
    back verbatim (a title, a name or a path is data), nested Messages translated."""
    text = QCoreApplication.translate(CONTEXT, template_of(message.code), message.code)
    return fill(text, message.params, core_text)


def core_text(value: object) -> str:
    """What the core gave, in the interface language: a Message translated by its code,
    anything else (data, the system's words) as it is."""
    return translated(value) if isinstance(value, Message) else str(value)


def status_label(status: str) -> str:
    try:
        return core_text(STATUS_LABELS[Status(status)])
    except ValueError:
        return status


def sector_label(sector: Sector) -> str:
    return core_text(SECTOR_LABELS[sector])


def error_text(message: str) -> str:
    """A core error's message, translated (the same as every core text)."""
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
