"""Tables of what lower units sent up: their units, their nominations with the dossiers in
them, and the items of their decisions (schema step 5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sangkien_desktop.storage.base import Base, BigInt


class ReceivedUnitRow(Base):
    """A unit that sent packages here, as its manifests name it."""

    __tablename__ = "received_unit"
    __table_args__ = (UniqueConstraint("name", "parent"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    parent: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String, default="")
    level: Mapped[str] = mapped_column(String, default="")
    first_received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReceivedNominationRow(Base):
    """A nomination (đợt đề nghị) a lower unit sent up, kept as received."""

    __tablename__ = "received_nomination"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("received_unit.id"))
    campaign_id: Mapped[str] = mapped_column(String, default="")
    to_unit: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, default="")
    letter_number_text: Mapped[str] = mapped_column(String, default="")
    letter_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The nomination in the package's JSON form (docs/dossier-format.md).
    payload_json: Mapped[str] = mapped_column(Text)
    package_id: Mapped[str] = mapped_column(String(36), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)

    unit: Mapped[ReceivedUnitRow] = relationship()
    items: Mapped[list[ReceivedNominationItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="ReceivedNominationItemRow.position",
        passive_deletes=True)


class ReceivedNominationItemRow(Base):
    __tablename__ = "received_nomination_item"
    __table_args__ = (UniqueConstraint("nomination_id", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        ForeignKey("received_nomination.id", ondelete="CASCADE"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(BigInt, default=0)


class ReceivedDecisionItemRow(Base):
    """One dossier decided by a received decision (from its JSON ``items``)."""

    __tablename__ = "received_decision_item"
    __table_args__ = (UniqueConstraint("decision_uuid", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    decision_uuid: Mapped[str] = mapped_column(String(36))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text, default="")
