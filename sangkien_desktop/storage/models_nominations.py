"""Tables of nominations upward (đợt đề nghị) and of targets (chỉ tiêu); schema step 3."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sangkien_desktop.storage.base import Base, BigInt


class NominationRow(Base):
    __tablename__ = "nomination"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    campaign_id: Mapped[str] = mapped_column(String)
    to_unit: Mapped[str] = mapped_column(Text, default="")
    # The level it is sent to (domain/unit_route.Receiver), "" before the rule-pack step.
    to_level: Mapped[str] = mapped_column(String, default="")
    deadline: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String, default="draft")
    # The Tờ trình: its number in the register once given ("5/TTr-CĐCS") and its date.
    letter_number: Mapped[int | None] = mapped_column(BigInt, nullable=True)
    letter_number_text: Mapped[str] = mapped_column(String, default="")
    letter_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # "Thực hiện Hướng dẫn số ..." lines of the letter, one per line.
    basis: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # A sent nomination taken back (its dossiers no longer nominated), schema 9.
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[NominationItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="NominationItemRow.position", passive_deletes=True
    )


class NominationItemRow(Base):
    __tablename__ = "nomination_item"
    __table_args__ = (UniqueConstraint("nomination_id", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id", ondelete="CASCADE"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(BigInt, default=0)
    # A code of the campaign's favoured_fields, or "" when none applies.
    favoured_field: Mapped[str] = mapped_column(String, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class TargetRow(Base):
    """How many initiatives one unit should contribute in one phase of a campaign."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_name", "phase_code"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String)
    unit_name: Mapped[str] = mapped_column(Text)
    phase_code: Mapped[str] = mapped_column(String)
    count: Mapped[int] = mapped_column(BigInt)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
