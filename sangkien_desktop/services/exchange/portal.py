"""The portal outbox: recognised dossiers still to enter on the national portal, the package
that makes entering them copy-and-paste, and what the portal answered.

A dossier goes on the portal when it is recognised (or nominated) under a national campaign.
Marking it entered records the date and any receipt; the portal's answer is "accepted" or
"returned" with a reason. A returned dossier that is frozen (recognised by a decision in
this app) is reopened as a correction version (decisions.new_version); one that is not
frozen goes back to the outbox and is corrected in place.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.registry import write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import SECTOR_LABELS, Dossier, Status
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.messages import Bullets, Message
from sangkien_desktop.domain.portal_text import (
    build_portal_text,
    clean_portal_text,
    format_count,
    portal_length,
)
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.domain.validation.people import credited_author
from sangkien_desktop.domain.workflow import Act, check_act, check_reason
from sangkien_desktop.exchange.portal import PERSONAL_NOTE as PERSONAL_NOTE  # the CLI says it
from sangkien_desktop.exchange.portal import (
    PortalField,
    PortalItem,
    folder_for,
    write_portal_package,
)
from sangkien_desktop.services.catalog import UNIT_LISTS, UnitList, load_unit_list
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.papers import dossier_paper
from sangkien_desktop.storage.models import DossierRow
from sangkien_desktop.storage.models_exchange import PortalEntryRow, ReceivedDocumentRow

ACCEPTED = "accepted"
RETURNED = "returned"
RESULT_LABELS = {"": Message("portal_result_pending"), ACCEPTED: Message("portal_result_accepted"), RETURNED: Message("portal_result_returned")}
_READY = (Status.RECOGNISED.value, Status.NOMINATED.value)


@dataclass(frozen=True)
class PortalEntry:
    dossier_uuid: str
    entered_on: dt.date
    receipt: str
    result: str
    reason: str
    result_on: dt.date | None
    next_uuid: str

    @property
    def result_label(self) -> str:
        return RESULT_LABELS.get(self.result, self.result)


@dataclass(frozen=True)
class OutboxRow:
    uuid: str
    code: str
    title: str
    lead_author: str
    unit_name: str
    status: str
    campaign_id: str
    entry: PortalEntry | None

    @property
    def to_enter(self) -> bool:
        return self.entry is None or (self.entry.result == RETURNED and not self.entry.next_uuid)


def _entry(row: PortalEntryRow) -> PortalEntry:
    return PortalEntry(row.dossier_uuid, row.entered_on, row.receipt, row.result, row.reason,
                       row.result_on, row.next_uuid)


def national_ids(campaigns: dict[str, Campaign]) -> list[str]:
    return [c.id for c in campaigns.values() if c.national]


def outbox(session: Session, campaigns: dict[str, Campaign], *,
           include_done: bool = False) -> list[OutboxRow]:
    """Dossiers to enter, and those entered that await (or, with ``include_done``, have)
    the portal's answer; in code order."""
    waiting = or_(PortalEntryRow.id.is_(None),
                  and_(PortalEntryRow.result == RETURNED, PortalEntryRow.next_uuid == ""))
    entered = PortalEntryRow.id.is_not(None) if include_done else PortalEntryRow.result == ""
    stmt = (
        select(DossierRow, PortalEntryRow)
        .outerjoin(PortalEntryRow, PortalEntryRow.dossier_uuid == DossierRow.uuid)
        .where(DossierRow.deleted_at.is_(None),
               DossierRow.campaign_id.in_(national_ids(campaigns)),
               or_(and_(DossierRow.status.in_(_READY), waiting), entered))
        .order_by(DossierRow.code, DossierRow.id)
    )
    return [OutboxRow(d.uuid, d.code, d.title, d.lead_author_name, d.unit_name, d.status,
                      d.campaign_id, _entry(e) if e is not None else None)
            for d, e in session.execute(stmt)]


def entry_of(session: Session, uuid: str) -> PortalEntry | None:
    row = session.scalar(select(PortalEntryRow).where(PortalEntryRow.dossier_uuid == uuid))
    return _entry(row) if row is not None else None


# ---- the package ---------------------------------------------------------------------------


class _Units:
    """Unit lists read once per export."""

    def __init__(self) -> None:
        self._lists: dict[str, UnitList | None] = {}

    def workplace(self, code: str) -> str:
        """The workplace as the portal's list names it: the union of the province or the
        central sector union ("Liên đoàn Lao động tỉnh Nghệ An")."""
        list_id, _, unit_code = code.partition("/")
        if not unit_code or list_id not in UNIT_LISTS:  # a stored code never names a path
            return ""
        if list_id not in self._lists:
            try:
                self._lists[list_id] = load_unit_list(list_id)
            except (OSError, KeyError, ValueError):
                self._lists[list_id] = None
        units = self._lists[list_id]
        unit = units.by_code(unit_code) if units else None
        return (unit.union_name or unit.name) if unit else ""


def description(dossier: Dossier, campaign: Campaign) -> str:
    """The officer's portal text, or a draft from the description when there is none."""
    text = clean_portal_text(dossier.portal_text)
    if not text:
        text = build_portal_text(dossier, campaign.description_limit).text
    return text


def _received_pdf(session: Session, store: Store, owner: str, kind: str) -> bytes | None:
    row = session.scalar(select(ReceivedDocumentRow).where(
        ReceivedDocumentRow.owner_uuid == owner, ReceivedDocumentRow.kind == kind)
        .order_by(ReceivedDocumentRow.id.desc()))
    path = blob_path(store, row.sha256) if row is not None else None
    return path.read_bytes() if path is not None and path.is_file() else None


def _pdf(kind: str, data: object) -> bytes:
    out = write_document(kind, data, "pdf")
    assert isinstance(out, bytes)  # no path given: the document comes back in memory
    return out


def combined_pdf(session: Session, store: Store, dossier: Dossier,
                 campaigns: dict[str, Campaign] | None = None) -> tuple[bytes, list[str]]:
    """The description report followed by the recognition decision, as one PDF. Papers
    received from the dossier's own unit are used as they came."""
    from pypdf import PdfReader, PdfWriter  # merges the two rendered documents

    warnings: list[str] = []
    report = _received_pdf(session, store, dossier.uuid, "bao-cao-mo-ta")
    if report is None:
        report = _pdf("bao-cao-mo-ta", dossier_paper(session, dossier.uuid, campaigns))
    parts = [report]
    outcome = decisions.outcome_of(session, dossier.uuid)
    decision_uuid = history.version_of(session, dossier.uuid).decision_uuid
    if outcome is not None and outcome.outcome == Outcome.RECOGNISED and not outcome.received:
        parts.append(_pdf("quyet-dinh", decisions.decision_data(session, outcome.decision_uuid)))
    elif decision_uuid and (received := _received_pdf(session, store, decision_uuid,
                                                      "quyet-dinh")) is not None:
        parts.append(received)
    else:
        warnings.append(Message("portal_no_decision"))
    writer = PdfWriter()
    for data in parts:
        assert isinstance(data, bytes)
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), warnings


def portal_item(session: Session, store: Store, dossier: Dossier, campaign: Campaign,
                units: _Units) -> tuple[PortalItem, list[str]]:
    """The item for the package, and the problems that stop it (a text over the limit)."""
    idx, _ = credited_author(dossier)
    author = dossier.authors[idx] if idx is not None else None
    fields = [
        PortalField("full_name", "Họ và tên", author.full_name if author else ""),
        PortalField("phone", "Số điện thoại", author.phone if author else "", personal=True),
        PortalField("cccd", "Số CMND/CCCD", author.cccd if author else "", personal=True),
        PortalField("workplace", "Nơi công tác", units.workplace(dossier.province_code)),
        PortalField("sector", "Khối", SECTOR_LABELS.get(dossier.sector, "")),
        PortalField("target_group", "Đối tượng",
                    campaign.target_group_label(dossier.target_group)
                    if dossier.target_group else ""),
    ]
    text = description(dossier, campaign)
    limit = campaign.description_limit
    problems: list[str] = []
    if limit is not None and portal_length(text) > limit:
        problems.append(Message("portal_text_too_long", code=dossier.code, title=dossier.title,
                                length=format_count(portal_length(text), limit)))
    pdf, warnings = combined_pdf(session, store, dossier, {campaign.id: campaign})
    missing = [f.label for f in fields if not f.value]
    if missing:
        warnings.insert(0, Message("portal_fields_missing", fields=missing))
    item = PortalItem(dossier.uuid, dossier.code, dossier.title, fields, text,
                      format_count(portal_length(text), limit),
                      f"{dossier.code or 'ho-so'}-ho-so.pdf", pdf, warnings)
    return item, problems


@dataclass
class PortalExport:
    zip_path: Path
    folder: Path
    items: list[PortalItem]


def iter_export_portal(session: Session, store: Store, out_zip: Path,
                       campaigns: dict[str, Campaign], uuids: list[str] | None = None,
                       result: list[PortalExport] | None = None) -> Iterator[Progress]:
    """Builds the portal package for ``uuids`` (default: every dossier still to enter).
    Refuses, writing nothing, when a dossier is not ready (its problems listed)."""
    if uuids is None:
        uuids = [r.uuid for r in outbox(session, campaigns) if r.to_enter]
    if not uuids:
        raise InputError("portal_empty")
    units = _Units()
    items: list[PortalItem] = []
    problems: list[str] = []
    for n, uuid in enumerate(dict.fromkeys(uuids), 1):
        dossier = get_dossier(session, uuid)
        campaign = campaigns.get(dossier.campaign_id)
        if dossier.status not in (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED):
            problems.append(Message("portal_dossier_not_recognised", code=dossier.code,
                                    title=dossier.title))
            continue
        if campaign is None or not campaign.national:
            problems.append(Message("portal_no_national_campaign", code=dossier.code))
            continue
        item, stop = portal_item(session, store, dossier, campaign, units)
        problems += stop
        items.append(item)
        yield Progress(n, len(uuids) + 1, "documents")
    if problems:
        raise InputError("portal_not_ready", problems=Bullets(problems))
    created = history.now().strftime("%H:%M %d/%m/%Y")
    yield from write_portal_package(out_zip, items, "Hồ sơ cập nhật lên Cổng trực tuyến", created)
    if result is not None:
        result.append(PortalExport(out_zip, folder_for(out_zip), items))


def export_portal(session: Session, store: Store, out_zip: Path, campaigns: dict[str, Campaign],
                  uuids: list[str] | None = None,
                  progress: Callable[[Progress], None] | None = None) -> PortalExport:
    result: list[PortalExport] = []
    for step in iter_export_portal(session, store, out_zip, campaigns, uuids, result):
        if progress is not None:
            progress(step)
    return result[0]


# ---- marking -------------------------------------------------------------------------------


def mark_entered(session: Session, uuid: str, entered_on: dt.date, receipt: str = "", *,
                 user: str | None = None) -> PortalEntry:
    """Records that the dossier was entered on the portal (the caller commits)."""
    dossier = get_dossier(session, uuid)
    if dossier.status not in (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED):
        raise InputError("portal_not_recognised", title=dossier.title)
    if entered_on > dt.date.today():
        raise InputError("portal_date",
                         field="entered_on")
    row = session.scalar(select(PortalEntryRow).where(PortalEntryRow.dossier_uuid == uuid))
    if row is None:
        row = PortalEntryRow(dossier_uuid=uuid, recorded_at=history.now())
        session.add(row)
    row.entered_on, row.receipt = entered_on, receipt.strip()
    row.result, row.reason, row.result_on, row.recorded_at = "", "", None, history.now()
    workflow.transition(session, uuid, Act.ENTER, user=user)
    history.record(session, history.DOSSIER, uuid, "portal_entered", user,
                   {"entered_on": entered_on.isoformat(), "receipt": row.receipt,
                    "status": [dossier.status.value, Status.ENTERED.value]})
    session.flush()
    return _entry(row)


def mark_result(session: Session, uuid: str, result: str, reason: str = "",
                on: dt.date | None = None, *, user: str | None = None) -> PortalEntry:
    """Records the portal's answer. "returned" needs the reason and reopens the dossier:
    a frozen one as a correction version, another one back to the outbox."""
    row = session.scalar(select(PortalEntryRow).where(PortalEntryRow.dossier_uuid == uuid))
    if row is None:
        raise NotFoundError("portal_not_entered")
    if result not in (ACCEPTED, RETURNED):
        raise InputError("portal_result", result=result)
    if result == RETURNED and not reason.strip():
        raise InputError("portal_reason",
                         field="reason")
    row.result, row.reason = result, reason.strip()
    row.result_on = on or dt.date.today()
    changes: dict[str, object] = {"result": result, "reason": row.reason}
    if result == RETURNED:
        if history.version_of(session, uuid).frozen:
            copy = decisions.new_version(session, uuid, user=user)
            row.next_uuid = copy.uuid
            changes["next_uuid"] = copy.uuid
        else:
            back = workflow.status_before_entry(session, uuid)
            workflow.transition(session, uuid, Act.PORTAL_RETURNED, target=back, user=user)
            changes["status"] = [Status.ENTERED.value, back.value]
    history.record(session, history.DOSSIER, uuid, f"portal_{result}", user, changes)
    session.flush()
    return _entry(row)


def withdraw_entry(session: Session, uuid: str, reason: str, *, user: str | None = None) -> Dossier:
    """Bỏ đánh dấu đã cập nhật lên Cổng (marked by mistake, or the entry was deleted on the
    portal): the mark goes, the dossier goes back to nominated or recognised, and the reason
    and the mark that was are kept in the history."""
    reason = check_reason(Act.WITHDRAW_ENTRY, reason)
    row = session.scalar(select(PortalEntryRow).where(PortalEntryRow.dossier_uuid == uuid))
    dossier = get_dossier(session, uuid)
    check_act(Act.WITHDRAW_ENTRY, dossier.status, dossier.title)
    back = workflow.status_before_entry(session, uuid)
    after = workflow.transition(session, uuid, Act.WITHDRAW_ENTRY, target=back, user=user)
    changes: dict[str, object] = {"status": [dossier.status.value, back.value], "reason": reason}
    if row is not None:
        changes["entered_on"] = row.entered_on.isoformat()
        if row.receipt:
            changes["receipt"] = row.receipt
        session.delete(row)
    history.record(session, history.DOSSIER, uuid, Act.WITHDRAW_ENTRY.value, user, changes)
    session.flush()
    return after
