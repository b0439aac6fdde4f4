"""Typed errors of the core. Each carries a stable code and a Vietnamese message.

Vietnamese is the source language of the product; the GUI passes ``message`` through Qt's
translation (context "errors") so an English catalogue can replace it, the CLI prints it.
"""

from __future__ import annotations


class SangKienError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field

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
