"""Tables of the portal outbox and of packages received from other units (schema step 4)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sangkien_desktop.storage.base import Base, BigInt


class PortalEntryRow(Base):
    """A dossier entered on the national portal, with what the portal answered."""

    __tablename__ = "portal_entry"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    dossier_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    entered_on: Mapped[dt.date] = mapped_column(Date)
    receipt: Mapped[str] = mapped_column(Text, default="")
    # "" while the portal has not answered, then "accepted" or "returned".
    result: Mapped[str] = mapped_column(String, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    result_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The correction version opened when the portal returned the dossier.
    next_uuid: Mapped[str] = mapped_column(String(36), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReceivedPackageRow(Base):
    """One exchange package imported from another unit (read once: importing it again finds
    every record identical and writes nothing)."""

    __tablename__ = "received_package"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String)
    sending_unit: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    app_version: Mapped[str] = mapped_column(String, default="")
    rules_versions: Mapped[str] = mapped_column(Text, default="")
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class ReceivedDecisionRow(Base):
    """A recognition decision issued by another unit. Kept apart from this unit's own
    ``decision`` table: its number belongs to the sender's register, not ours."""

    __tablename__ = "received_decision"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sending_unit: Mapped[str] = mapped_column(Text, default="")
    number_text: Mapped[str] = mapped_column(String, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The decision and its items in the package's JSON form (docs/dossier-format.md).
    payload_json: Mapped[str] = mapped_column(Text)
    package_id: Mapped[str] = mapped_column(String(36), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReceivedDocumentRow(Base):
    """A generated document (PDF) that came with a package, stored by SHA-256 like an
    attachment: the receiver keeps the sender's exact paper, not a re-rendering."""

    __tablename__ = "received_document"
    __table_args__ = (UniqueConstraint("owner_uuid", "kind", "sha256"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String)
    owner_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String)
    filename: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInt)
    package_id: Mapped[str] = mapped_column(String(36), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportedCopyRow(Base):
    """A received record kept beside a differing local one ("keep both") under a new uuid:
    remembered so importing the same package again does not make a second copy."""

    __tablename__ = "imported_copy"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    source_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    local_uuid: Mapped[str] = mapped_column(String(36))
    package_id: Mapped[str] = mapped_column(String(36), default="")
