"""Tables for several officers on one database (schema step 6): the numbering registers'
locks and attachment content kept in the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from sangkien_desktop.storage.base import Base, BigInt


class RegisterLockRow(Base):
    """Written by whoever issues the next number of a register (document numbers of one
    type, dossier codes) in a year: the row lock makes the others wait their turn."""

    __tablename__ = "register_lock"

    register: Mapped[str] = mapped_column(String, primary_key=True)
    year: Mapped[int] = mapped_column(BigInt, primary_key=True)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BlobChunkRow(Base):
    """One piece (1 MiB) of an attachment's content, on a server database."""

    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInt, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
