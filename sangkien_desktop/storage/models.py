"""Typed SQLAlchemy 2 models. The tables themselves are created by the numbered migrations in
``migrations.py``; a test checks that the two agree."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sangkien_desktop.storage.base import Base, BigInt


class DossierRow(Base):
    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
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
    benefit_author_vnd: Mapped[int | None] = mapped_column(BigInt, nullable=True)
    benefit_author_social: Mapped[str] = mapped_column(Text, default="")
    benefit_unit_vnd: Mapped[int | None] = mapped_column(BigInt, nullable=True)
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
    # Moves on with every save; a save that started from an older one is refused (step 6).
    revision: Mapped[int] = mapped_column(BigInt, default=1)
    updated_by: Mapped[str] = mapped_column(Text, default="")

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

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(BigInt, default=0)
    full_name: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    workplace: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(Text, default="")
    qualification: Mapped[str] = mapped_column(Text, default="")
    cccd: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    # Percent × 100, so 33.33 % is 3333: exact, and SQLite has no decimal type.
    share_hundredths: Mapped[int | None] = mapped_column(BigInt, nullable=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)

    dossier: Mapped[DossierRow] = relationship(back_populates="authors")


class ApplierRow(Base):
    __tablename__ = "applier"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(BigInt, default=0)
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
    size: Mapped[int] = mapped_column(BigInt)
    media_type: Mapped[str] = mapped_column(String)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttachmentRow(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    position: Mapped[int] = mapped_column(BigInt, default=0)
    filename: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # The campaign's required document this file is (its code), "" for none (schema 9).
    requirement: Mapped[str] = mapped_column(String, default="")
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

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String)
    year: Mapped[int] = mapped_column(BigInt)
    number: Mapped[int] = mapped_column(BigInt)
    suffix: Mapped[str] = mapped_column(String, default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    ref_uuid: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AcknowledgementRow(Base):
    __tablename__ = "acknowledgement"
    __table_args__ = (UniqueConstraint("dossier_uuid", "rule_id", "field", "ref"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
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


# ---- step 2: councils, meetings, decisions, versions, history -------------------------------


class CouncilRow(Base):
    __tablename__ = "council"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text, default="")
    unit_name: Mapped[str] = mapped_column(Text, default="")
    employer: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(BigInt)
    founding_number: Mapped[str] = mapped_column(String, default="")
    founding_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Before rule packs (schema 6) the council kept its own rubric and vote rules; they are
    # still written (a copy of the pack's), but the council follows its pack.
    rubric_json: Mapped[str] = mapped_column(Text)
    rules_json: Mapped[str] = mapped_column(Text)
    rule_pack_id: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # A council that has met is never deleted: it is archived (out of the pickers), schema 9.
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    members: Mapped[list[CouncilMemberRow]] = relationship(
        back_populates="council",
        cascade="all, delete-orphan",
        order_by="CouncilMemberRow.position",
        passive_deletes=True,
    )


class CouncilMemberRow(Base):
    __tablename__ = "council_member"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(BigInt, default=0)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String, default="uy_vien")
    title: Mapped[str] = mapped_column(Text, default="")
    job_position: Mapped[str] = mapped_column(Text, default="")
    # A member who left is kept (old sheets name them) but no longer counts in the council.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The unit this member heads ("Phòng Kỹ thuật"): excluded from its authors' dossiers.
    heads_unit: Mapped[str] = mapped_column(Text, default="")

    council: Mapped[CouncilRow] = relationship(back_populates="members")


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    present_json: Mapped[str] = mapped_column(Text, default="[]")
    absences_json: Mapped[str] = mapped_column(Text, default="{}")
    minutes_number: Mapped[str] = mapped_column(String, default="")
    start_time: Mapped[str] = mapped_column(String, default="")
    end_time: Mapped[str] = mapped_column(String, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The rule pack (id@version) the meeting scores and votes under; closed: results locked.
    rule_pack_ref: Mapped[str] = mapped_column(String, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    council: Mapped[CouncilRow] = relationship()
    dossiers: Mapped[list[MeetingDossierRow]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingDossierRow.position", passive_deletes=True
    )
    sheets: Mapped[list[ScoreSheetRow]] = relationship(
        cascade="all, delete-orphan", order_by="ScoreSheetRow.id", passive_deletes=True
    )
    recusals: Mapped[list[RecusalRow]] = relationship(
        cascade="all, delete-orphan", order_by="RecusalRow.id", passive_deletes=True
    )


class MeetingDossierRow(Base):
    __tablename__ = "meeting_dossier"
    __table_args__ = (UniqueConstraint("meeting_id", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(BigInt, default=0)


class ScoreSheetRow(Base):
    __tablename__ = "score_sheet"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    # Criterion code → score as a decimal string ("27.5"): exact, unlike a JSON number.
    scores_json: Mapped[str] = mapped_column(Text)
    remarks: Mapped[str] = mapped_column(Text, default="")
    in_favour: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class RecusalRow(Base):
    __tablename__ = "meeting_recusal"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", "dossier_uuid"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text, default="")


class DecisionRow(Base):
    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("doc_type", "year", "number"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[int] = mapped_column(BigInt)
    number_text: Mapped[str] = mapped_column(String)
    doc_type: Mapped[str] = mapped_column(String, default="QĐ")  # i18n: keep
    year: Mapped[int] = mapped_column(BigInt)
    date: Mapped[dt.date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String, default="council")
    authority_text: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(Text, default="")
    signer_title: Mapped[str] = mapped_column(Text, default="")
    signing_capacity: Mapped[str] = mapped_column(Text, default="")
    legal_basis_json: Mapped[str] = mapped_column(Text, default="[]")
    scope: Mapped[str] = mapped_column(Text, default="")
    meeting_uuid: Mapped[str] = mapped_column(String(36), default="")
    # The unit's name as it stood on the day: never rewritten (DOMAIN.md, Units and places).
    unit_name: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, default="issued")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    rule_pack_ref: Mapped[str] = mapped_column(String, default="")

    items: Mapped[list[DecisionItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionItemRow.annex_order", passive_deletes=True
    )


class DecisionItemRow(Base):
    __tablename__ = "decision_item"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    dossier_uuid: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text, default="")
    benefit_agreed_vnd: Mapped[int | None] = mapped_column(BigInt, nullable=True)
    reward_vnd: Mapped[int | None] = mapped_column(BigInt, nullable=True)
    annex_order: Mapped[int] = mapped_column(BigInt, default=0)
    # The recognition scope (a code of the pack's scopes) and the pay plan (domain/pay.py).
    scope_code: Mapped[str] = mapped_column(String, default="")
    pay_json: Mapped[str] = mapped_column(Text, default="")


class DossierVersionRow(Base):
    __tablename__ = "dossier_version"
    __table_args__ = (UniqueConstraint("lineage_uuid", "version"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    dossier_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    lineage_uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInt, default=1)
    previous_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    frozen_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    decision_uuid: Mapped[str] = mapped_column(String(36), default="")


class RulePackRow(Base):
    __tablename__ = "rule_pack"
    __table_args__ = (UniqueConstraint("pack_id", "version"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String)
    version: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(Text, default="")
    body_json: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String, default="edited")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class VerificationRow(Base):
    __tablename__ = "verification"

    code: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    owner_uuid: Mapped[str] = mapped_column(String(36))
    dossier_uuid: Mapped[str] = mapped_column(String(36), default="")
    person: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    number_text: Mapped[str] = mapped_column(String, default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    unit_name: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HistoryRow(Base):
    __tablename__ = "history"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String)
    entity_uuid: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String)
    user_name: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    changes_json: Mapped[str] = mapped_column(Text, default="{}")


class DossierSummaryRow(Base):
    """What the overview counts about one dossier (storage/dossier_summary.py): the first
    columns copied by triggers, the check's written by services/dossiers/stored_checks.py."""

    __tablename__ = "dossier_summary"

    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"),
                                            primary_key=True)
    status: Mapped[str] = mapped_column(String, default="draft")
    campaign_id: Mapped[str] = mapped_column(String, default="")
    live: Mapped[int] = mapped_column(BigInt, default=1)  # 1: not in the bin
    listed: Mapped[int] = mapped_column(BigInt, default=1)  # 1: the list shows it
    recognised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due: Mapped[int] = mapped_column(BigInt, default=1)
    errors: Mapped[int] = mapped_column(BigInt, default=0)
    open_warnings: Mapped[int] = mapped_column(BigInt, default=0)
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    stamp: Mapped[str] = mapped_column(String, default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


# The other tables, so that importing the models registers every table with Base.metadata.
from sangkien_desktop.storage import (  # noqa: E402,F401
    models_exchange,
    models_nominations,
    models_received,
    models_shared,
)
