"""Typed SQLAlchemy 2 models. The tables themselves are created by the numbered migrations in
``migrations.py``; a test checks that the two agree."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DossierRow(Base):
    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    solution_type: Mapped[str] = mapped_column(String, default="")
    field_of_application: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(String, default="")
    campaign_id: Mapped[str] = mapped_column(String, default="")
    unit_name: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String, default="")
    sector: Mapped[str] = mapped_column(String, default="")
    investor: Mapped[str] = mapped_column(Text, default="")
    first_applied_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    applied_as_trial: Mapped[bool] = mapped_column(Boolean, default=False)
    description_before: Mapped[str] = mapped_column(Text, default="")
    description_solution: Mapped[str] = mapped_column(Text, default="")
    description_novelty: Mapped[str] = mapped_column(Text, default="")
    confidential_info: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    benefit_author_vnd: Mapped[int | None] = mapped_column(Integer, nullable=True)
    benefit_author_social: Mapped[str] = mapped_column(Text, default="")
    benefit_unit_vnd: Mapped[int | None] = mapped_column(Integer, nullable=True)
    benefit_unit_social: Mapped[str] = mapped_column(Text, default="")
    benefit_calculation: Mapped[str] = mapped_column(Text, default="")
    portal_text: Mapped[str] = mapped_column(Text, default="")
    research_accepted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    head_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    attests_public_order: Mapped[bool] = mapped_column(Boolean, default=False)
    attests_no_ip_protection: Mapped[bool] = mapped_column(Boolean, default=False)
    has_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    has_authorship_dispute: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String, default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Denormalised for the list: filled by the service on every save.
    lead_author_name: Mapped[str] = mapped_column(Text, default="")
    sort_title: Mapped[str] = mapped_column(Text, default="")
    sort_unit: Mapped[str] = mapped_column(Text, default="")
    sort_author: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    authors: Mapped[list[AuthorRow]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="AuthorRow.position",
        passive_deletes=True,
    )
    appliers: Mapped[list[ApplierRow]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="ApplierRow.position",
        passive_deletes=True,
    )
    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="AttachmentRow.position",
        passive_deletes=True,
    )


class AuthorRow(Base):
    __tablename__ = "author"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    workplace: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(Text, default="")
    qualification: Mapped[str] = mapped_column(Text, default="")
    cccd: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    # Percent × 100, so 33.33 % is 3333: exact, and SQLite has no decimal type.
    share_hundredths: Mapped[int | None] = mapped_column(Integer, nullable=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)

    dossier: Mapped[DossierRow] = relationship(back_populates="authors")


class ApplierRow(Base):
    __tablename__ = "applier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    workplace: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(Text, default="")
    qualification: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[DossierRow] = relationship(back_populates="appliers")


class BlobRow(Base):
    """One stored file, named by its SHA-256: the same file attached twice is kept once."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttachmentRow(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)

    dossier: Mapped[DossierRow] = relationship(back_populates="attachments")
    blob: Mapped[BlobRow] = relationship()


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentNumberRow(Base):
    __tablename__ = "document_number"
    __table_args__ = (UniqueConstraint("doc_type", "year", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    suffix: Mapped[str] = mapped_column(String, default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    ref_uuid: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AcknowledgementRow(Base):
    __tablename__ = "acknowledgement"
    __table_args__ = (UniqueConstraint("dossier_uuid", "rule_id", "field", "ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    rule_id: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String, default="")
    ref: Mapped[str] = mapped_column(String, default="")
    person: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    rules_version: Mapped[str] = mapped_column(String, default="")
    acknowledged_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EditorDraftRow(Base):
    __tablename__ = "editor_draft"

    dossier_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)
