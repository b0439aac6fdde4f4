"""Typed errors of the core. Each carries a stable code, its params and a Vietnamese message.

Raise with a message code and its params: ``raise NotFoundError("meeting_not_found",
uuid=uuid)``; the Vietnamese is written once, in ``domain/messages/``. ``message`` is then a
:class:`~sangkien_desktop.domain.messages.Message` (a ``str``): the CLI prints it, the GUI
translates it by its code (``gui/labels.py: exception_text``). ``field`` names the value at
fault, so a form can point at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sangkien_desktop.domain.messages import VIETNAMESE, Message


class SangKienError(Exception):
    """Base of every error the core raises on purpose.

    ``message`` is a message code (with its params as keywords) or a ready Message. ``code``
    is the message's code, unless given: a message that wraps another (“Không nhận gói …: {what}”)
    keeps the inner reason's code, so callers and tests tell the reasons apart.
    """

    code = "error"

    def __init__(self, message: str, /, *, field: str | None = None, code: str | None = None,
                 **params: object):
        if isinstance(message, Message) or message not in VIETNAMESE:
            # A ready Message, or text the GUI translated itself (its own checks raise typed
            # errors too); the core always gives a code or a Message (tests/core/test_messages.py).
            text: str = message
        else:
            text = Message(message, **params)
        super().__init__(text)
        self.message = text
        if code is not None:
            self.code = code
        elif isinstance(text, Message):
            self.code = text.code
        self.field = field

    @property
    def params(self) -> Mapping[str, object]:
        return self.message.params if isinstance(self.message, Message) else {}

    def __str__(self) -> str:
        return self.message


class InputError(SangKienError):
    """A value typed by a user cannot be understood; ``field`` names where it was typed."""

    code = "input"


class NotFoundError(SangKienError):
    code = "not_found"


class DatabaseVersionError(SangKienError):
    """The database was written by a newer version of the application."""

    code = "db_newer"


class DataFileError(SangKienError):
    """A campaign, unit list or interchange file is malformed."""

    code = "data_file"


class AttachmentError(SangKienError):
    code = "attachment"


class UnsafePathError(SangKienError):
    """A file would land outside the folder it was meant for (a stored name holding a path,
    or a link in the folder pointing elsewhere); nothing was written."""

    code = "unsafe_path"


class DiskError(SangKienError):
    """The disk refused a write or a read: full (``disk_full``), read-only (``disk_read_only``)
    or failing (``disk_failed``). Nothing already saved was lost; the message says what to do."""

    code = "disk_failed"


class DatabaseDamagedError(SangKienError):
    """The database file is damaged (or empty): it must be restored from a backup."""

    code = "db_damaged"


class DossierChangedError(SangKienError):
    """A save that started from an older copy of the dossier: someone else saved it since
    (optimistic locking). Nothing was written; ``changed_by`` and ``changed_at`` say who and
    when, so the officer can reload the newer copy or keep theirs as a separate dossier."""

    code = "dossier_changed"

    def __init__(self, uuid: str, title: str, changed_by: str, changed_at: dt.datetime | None):
        at = changed_at.strftime("%H:%M %d/%m/%Y") if changed_at else ""
        if changed_by:
            super().__init__("dossier_changed_meanwhile", code=self.code, title=title,
                             user=changed_by, at=at)
        else:
            super().__init__("dossier_changed_meanwhile_unknown", code=self.code, title=title,
                             at=at)
        self.uuid = uuid
        self.changed_by = changed_by
        self.changed_at = changed_at


# Codes that mean the data itself is damaged: the window offers a restore from a good backup.
DAMAGE_CODES = frozenset({"db_damaged", "db_not_sqlite", "backup_data_damaged"})
