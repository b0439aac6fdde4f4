"""Producing documents from what is stored: which documents a dossier or a decision has, the
data each writer needs, the document numbers they take, and files written atomically."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.documents.common import number_text as blank_number
from sangkien_desktop.documents.data import DossierPaper, ScoreSheet
from sangkien_desktop.documents.registry import (
    DOCUMENT_KINDS as DOCUMENT_KINDS,  # the CLI lists them
)
from sangkien_desktop.documents.registry import (
    DOCUMENT_LABELS,
    FORMATS,
    iter_write_document,
)
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.domain.council import Council
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.domain.scoring import default_rubric
from sangkien_desktop.domain.unit_profile import (
    UnitProfile,
    application_addressee,
    employer_of,
    without_union,
)
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.catalog import shipped_campaigns
from sangkien_desktop.services.council import councils, decisions, numbering
from sangkien_desktop.services.council.issuing_unit import UPPER_LEVELS, same_unit
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionRow, MeetingDossierRow, MeetingRow

DOSSIER_KINDS = ("don-yeu-cau", "bao-cao-mo-ta", "phieu-danh-gia")
DECISION_KINDS = ("quyet-dinh", "giay-chung-nhan", "giay-xac-nhan", "thong-bao-khong-cong-nhan",
                  "bien-ban")
PER_PAPER = ("giay-chung-nhan", "giay-xac-nhan", "thong-bao-khong-cong-nhan")
MINUTES_TYPE, MINUTES_SUFFIX = "BB", "HĐSK"  # minutes are numbered by the council


@dataclass(frozen=True)
class PaperChoice:
    """One document that can be made from the selection, and how it is numbered.

    ``number_text`` is a number the document already has (a decision's), printed as is;
    ``doc_type`` names the register of numbers when the document takes its number when it is
    made (minutes without one); neither: the document has no number.
    """

    kind: str
    label: str
    source_uuid: str  # the dossier, meeting or decision the data comes from
    file_stem: str
    dossier_uuid: str = ""  # certificates of one dossier only; a blank score sheet
    number_text: str = ""
    doc_type: str = ""
    suffix: str = ""
    date: dt.date | None = None  # the document's date: its number belongs to that year

    @property
    def year(self) -> int:
        return (self.date or dt.date.today()).year

    @property
    def per_paper(self) -> bool:
        """Several papers in one file, each numbered (certificates, notices)."""
        return self.kind in PER_PAPER

    @property
    def number_tail(self) -> str:
        """What follows the number: "/GCN-CĐCS" (the register's type and the symbol)."""
        doc_type = numbering.type_of(self.doc_type)
        return f"/{doc_type}-{self.suffix}" if self.suffix else f"/{doc_type}"


def require_named_unit(data: object) -> None:
    """Refuses a paper whose header would name no unit (the unit is not set up yet): the
    officer is told where to set it rather than handed a paper with a blank header. ``data``
    is one paper's data or a list of them (certificates, notices: one paper each)."""
    for one in data if isinstance(data, list) else [data]:
        unit = getattr(one, "unit", None)
        if isinstance(unit, UnitProfile) and not unit.named:
            raise InputError("paper_unit_unnamed")


def dossier_paper(session: Session, uuid: str,
                  campaigns: Mapping[str, Campaign] | None = None) -> DossierPaper:
    """The application and the description report of one dossier, with every code printed
    as the window shows it (the shipped programs' labels when ``campaigns`` is not given)."""
    labels = Catalogue(campaigns if campaigns is not None else shipped_campaigns())
    return paper_of_dossier(get_dossier(session, uuid), unit_profile(session), labels)


def paper_of_dossier(dossier: Dossier, profile: UnitProfile, labels: Catalogue) -> DossierPaper:
    """``dossier_paper`` for a dossier already read (a package reads its dossiers in bulk)."""
    # An upper-level union keeps its units' dossiers: each asks its own unit to recognise it.
    upper = profile.level in UPPER_LEVELS and dossier.unit_name.strip()
    return DossierPaper(
        dossier=dossier, unit=profile,
        addressed_to=application_addressee(profile, without_union(dossier.unit_name)) if upper else "",
        solution_type_label=labels.solution_type(dossier.solution_type, dossier.campaign_id),
        target_group_label=labels.target_group(dossier.target_group, dossier.campaign_id),
    )


def _latest_meeting(session: Session, dossier_uuid: str) -> str | None:
    return session.scalar(
        select(MeetingRow.uuid)
        .join(MeetingDossierRow, MeetingDossierRow.meeting_id == MeetingRow.id)
        .where(MeetingDossierRow.dossier_uuid == dossier_uuid)
        .order_by(MeetingRow.date.desc(), MeetingRow.id.desc())
    )


def _dossier_council(session: Session, dossier: Dossier) -> Council | None:
    """The council of the dossier's own unit (named as the council's unit or employer), the
    latest not after the dossier's year; for a base union, whose dossiers are all its own, its
    own council; else None. Never another unit's council."""
    profile = unit_profile(session)
    year = (dossier.first_applied_on or dt.date.today()).year

    def names(c: Council) -> list[str]:
        return [c.unit_name, c.employer, without_union(c.unit_name)]

    found = [c for c in councils.list_councils(session)
             if any(same_unit(n, dossier.unit_name) for n in names(c))]
    if not found and profile.level == "cdcs" and profile.unit_name:
        found = [c for c in councils.list_councils(session)
                 if any(same_unit(n, profile.unit_name) or same_unit(n, employer_of(profile))
                        for n in names(c))]
    found.sort(key=lambda c: (c.year > year, -c.year))
    return found[0] if found else None


def blank_score_sheet(session: Session, dossier_uuid: str) -> ScoreSheet:
    """A Phiếu đánh giá to fill by hand: on the rubric of the meeting that considers the
    dossier, else of its own unit's council, else the default criteria under a neutral header
    (the dossier's unit and "Hội đồng sáng kiến")."""
    meeting_uuid = _latest_meeting(session, dossier_uuid)
    if meeting_uuid is not None:
        return councils.score_sheet_data(session, meeting_uuid, dossier_uuid)
    dossier = get_dossier(session, dossier_uuid)
    council = _dossier_council(session, dossier)
    rubric = council.rubric if council is not None else default_rubric()
    profile = unit_profile(session)
    return ScoreSheet(
        unit=profile,
        council_name=council.name if council is not None else "Hội đồng sáng kiến",
        criteria=councils.paper_criteria(rubric),
        council_parent=(council.employer or council.unit_name) if council is not None
        else dossier.unit_name or employer_of(profile),
        dossier_title=dossier.title,
        authors=[Author(full_name=a.full_name, share_percent=a.share_percent) for a in dossier.authors],
        dossier_code=dossier.code,
        pass_total=rubric.pass_total,
    )


def _minutes_choice(session: Session, meeting_uuid: str, stem: str) -> PaperChoice:
    meeting = councils.get_meeting(session, meeting_uuid)
    return PaperChoice(
        "bien-ban", DOCUMENT_LABELS["bien-ban"], meeting_uuid, f"bien-ban-{stem}",
        number_text=meeting.minutes_number,
        doc_type="" if meeting.minutes_number else MINUTES_TYPE,
        suffix=MINUTES_SUFFIX, date=meeting.date,
    )


def _stem(number_text: str) -> str:
    return number_text.replace("/", "-")


def _decision_choices(session: Session, decision_uuid: str, dossier_uuid: str = "") -> list[PaperChoice]:
    """What a decision gives: for what it recognises, the Quyết định and the certificates;
    for what it rejects, the notices of non-recognition. The certificates and notices are
    numbered in the registers of the body that decided, with its symbol."""
    row = decisions.decision_row(session, decision_uuid)
    stem = _stem(row.number_text)
    issuer = numbering.issuer_of(row.doc_type)
    symbol = row.number_text.partition("-")[2] if "-" in row.number_text else ""
    choices = []
    if decisions.recognises_any(row, dossier_uuid):
        label = Message("document_numbered", document=DOCUMENT_LABELS["quyet-dinh"],
                        number=row.number_text)
        choices += [
            PaperChoice("quyet-dinh", label, decision_uuid, f"quyet-dinh-{stem}",
                        number_text=row.number_text),
            PaperChoice("giay-chung-nhan", DOCUMENT_LABELS["giay-chung-nhan"], decision_uuid,
                        f"giay-chung-nhan-{stem}", dossier_uuid=dossier_uuid,
                        doc_type=numbering.register_key("GCN", issuer), suffix=symbol,
                        date=row.date),
            # For emulation titles: the effect and scope, one paper per author.
            PaperChoice("giay-xac-nhan", DOCUMENT_LABELS["giay-xac-nhan"], decision_uuid,
                        f"giay-xac-nhan-{stem}", dossier_uuid=dossier_uuid,
                        doc_type=numbering.register_key("XN", issuer), suffix=symbol)]
    if decisions.rejects_any(row, dossier_uuid):
        choices.append(PaperChoice(
            "thong-bao-khong-cong-nhan", DOCUMENT_LABELS["thong-bao-khong-cong-nhan"],
            decision_uuid, f"thong-bao-khong-cong-nhan-{stem}", dossier_uuid=dossier_uuid,
            doc_type=numbering.register_key("TB", issuer), suffix=symbol, date=row.date))
    return choices


def choices_for_dossier(session: Session, uuid: str) -> list[PaperChoice]:
    """Every document of one dossier: its own papers, then the council's and the decision's
    when it has been considered or decided."""
    code = get_dossier(session, uuid).code or uuid[:8]
    choices = [PaperChoice(k, DOCUMENT_LABELS[k], uuid, f"{k}-{code}", dossier_uuid=uuid)
               for k in DOSSIER_KINDS]
    meeting_uuid = _latest_meeting(session, uuid)
    if meeting_uuid is not None:
        choices.append(_minutes_choice(session, meeting_uuid, code))
    outcome = decisions.outcome_of(session, uuid)
    if outcome is not None and not outcome.received:  # another unit's paper is not ours to print
        choices += _decision_choices(session, outcome.decision_uuid, uuid)
    return choices


def choices_for_meeting(session: Session, uuid: str) -> list[PaperChoice]:
    """The minutes of a meeting, and the papers of the decision issued after it, if any."""
    meeting = councils.get_meeting(session, uuid)
    choices = [_minutes_choice(session, uuid, format_date(meeting.date).replace("/", "-"))]
    decision_uuid = session.scalar(
        select(DecisionRow.uuid).where(DecisionRow.meeting_uuid == uuid)
        .order_by(DecisionRow.date.desc(), DecisionRow.id.desc()))
    if decision_uuid is not None:
        choices += _decision_choices(session, decision_uuid)
    return choices


def choices_for_decision(session: Session, uuid: str) -> list[PaperChoice]:
    """The decision, all its certificates in one file, and the minutes of its meeting."""
    choices = _decision_choices(session, uuid)
    row = decisions.decision_row(session, uuid)
    if row.meeting_uuid:
        choices.append(_minutes_choice(session, row.meeting_uuid, _stem(row.number_text)))
    return choices


def find_meeting(session: Session, key: str) -> str:
    """A meeting's uuid from its uuid or the first 8 characters of it."""
    key = key.strip().lower()
    found = session.scalars(select(MeetingRow.uuid).where(MeetingRow.uuid.startswith(key))).all() \
        if len(key) >= 8 else []
    if len(found) != 1:
        raise NotFoundError("meeting_key_not_found", key=key)
    return found[0]


def find_decision(session: Session, key: str) -> str:
    """A decision's uuid from its uuid (or the first 8 characters of it, as lists show it),
    or its number as printed ("05/QĐ-CĐCS", also written "5/QĐ-CĐCS"), optionally with its
    year when numbers repeat across years ("05/QĐ-CĐCS/2023")."""
    key = key.strip()
    text, year = key, None
    head, sep, tail = key.rpartition("/")
    if sep and tail.isdigit() and len(tail) == 4 and "/" in head:
        text, year = head, int(tail)
    rows = session.execute(select(DecisionRow.uuid, DecisionRow.date, DecisionRow.number_text)).all()
    found = [r for r in rows if r.uuid == key] or [
        r for r in rows if numbering.same_number_text(r.number_text, text)
        and (year is None or r.date.year == year)]
    if not found and len(key) >= 8 and all(c in "0123456789abcdef-" for c in key.lower()):
        found = [r for r in rows if r.uuid.startswith(key.lower())]
    if not found:
        raise NotFoundError("decision_key_not_found", key=key)
    if len(found) > 1:
        years = ", ".join(str(r.date.year) for r in found)
        raise InputError("decision_ambiguous", count=len(found), key=key, years=years,
                         example=f"{found[0].number_text}/{found[0].date.year}")
    return str(found[0].uuid)


# ---- numbers ---------------------------------------------------------------------------------


def number_text(choice: PaperChoice, number: int | None) -> str:
    """The number as printed; a numbered paper not numbered yet leaves room to write it."""
    if choice.number_text or not choice.doc_type:
        return choice.number_text
    if number is None:
        return blank_number(None, numbering.type_of(choice.doc_type), choice.suffix)
    return numbering.format_number(number, choice.doc_type, choice.suffix)


def _refs(session: Session, choice: PaperChoice) -> list[str]:
    """The register entries of the papers in the file: one per certificate or per notice of
    a decision (each is a paper of its own with its own number), else the source."""
    if choice.kind == "giay-chung-nhan":
        return [c.ref for c in decisions.certificate_data(session, choice.source_uuid,
                                                          choice.dossier_uuid or None)]
    if choice.kind == "giay-xac-nhan":
        return [c.ref for c in decisions.effect_certification_data(
            session, choice.source_uuid, choice.dossier_uuid or None)]
    if choice.kind == "thong-bao-khong-cong-nhan":
        return [n.ref for n in decisions.refusal_notices(session, choice.source_uuid,
                                                         choice.dossier_uuid or None)]
    return [choice.source_uuid]


def _held(session: Session, choice: PaperChoice, ref: str) -> int | None:
    row = numbering.number_of(session, choice.doc_type, ref)
    return row.number if row is not None and row.year == choice.year else None


def numbers_for(session: Session, choice: PaperChoice, number: int | None) -> list[int | None]:
    """Each paper's number: the one it already holds, else the next from ``number`` on that
    no other paper holds; None for a paper with neither (printed as a blank)."""
    out: list[int | None] = []
    following = number
    for ref in _refs(session, choice):
        held = _held(session, choice, ref) if choice.doc_type else None
        if held is not None or following is None:
            out.append(held)
            continue
        while numbering.holder(session, choice.doc_type, choice.year, following) not in (None, ref):
            following += 1
        out.append(following)
        following += 1
    return out


def proposed_number(session: Session, choice: PaperChoice) -> int | None:
    """The number this document (the first paper of the file) already took, else the next
    free one of the year."""
    if not choice.doc_type:
        return None
    for ref in _refs(session, choice):
        held = _held(session, choice, ref)
        if held is not None:
            return held
    return numbering.propose_next(session, choice.doc_type, choice.year)


def check_number(session: Session, choice: PaperChoice, number: int | None) -> None:
    """Refuses a number another document already holds for that type and year."""
    if not choice.doc_type:
        return
    if number is None or number < 1:
        raise InputError("paper_number_not_positive", field="number")
    held_by = numbering.holder(session, choice.doc_type, choice.year, number)
    if held_by is not None and held_by not in _refs(session, choice):
        free = numbering.propose_next(session, choice.doc_type, choice.year)
        raise InputError(
            "paper_number_used", number=number_text(choice, number), year=choice.year, free=free, field="number",
        )


def claim_number(session: Session, choice: PaperChoice, number: int | None) -> None:
    """Records the numbers given to the papers, once (the caller commits). Minutes numbered
    here are numbered in their meeting too, which the decision cites."""
    if not choice.doc_type or number is None:
        return
    check_number(session, choice, number)
    numbers = numbers_for(session, choice, number)
    if choice.kind == "bien-ban":
        councils.set_minutes_number(session, choice.source_uuid, number_text(choice, numbers[0]))
    for ref, n in zip(_refs(session, choice), numbers, strict=True):
        if n is None or numbering.holder(session, choice.doc_type, choice.year, n) == ref:
            continue
        numbering.register(session, choice.doc_type, n, choice.date or dt.date.today(),
                           suffix=choice.suffix, subject=DOCUMENT_LABELS[choice.kind],
                           ref_uuid=ref)


# ---- data and files ------------------------------------------------------------------------


def paper_data(session: Session, choice: PaperChoice, number: int | None = None,
               campaigns: Mapping[str, Campaign] | None = None) -> Any:
    """What ``documents.write_document`` needs for the choice, read now from the database;
    ``campaigns`` (the data folder's) name the codes a paper prints. Refused while the unit
    has no name (``require_named_unit``)."""
    data = _paper_data(session, choice, number, campaigns)
    require_named_unit(data)
    return data


def _paper_data(session: Session, choice: PaperChoice, number: int | None,
                campaigns: Mapping[str, Campaign] | None) -> Any:
    kind = choice.kind
    if kind in ("don-yeu-cau", "bao-cao-mo-ta"):
        return dossier_paper(session, choice.source_uuid, campaigns)
    if kind == "phieu-danh-gia":
        return blank_score_sheet(session, choice.dossier_uuid or choice.source_uuid)
    if kind == "bien-ban":
        minutes = councils.minutes_data(session, choice.source_uuid)
        if not minutes.number:
            minutes.number = number_text(choice, numbers_for(session, choice, number)[0])
        return minutes
    if kind == "quyet-dinh":
        return decisions.decision_data(session, choice.source_uuid)
    if kind == "giay-chung-nhan":
        certificates = decisions.certificate_data(session, choice.source_uuid,
                                                  choice.dossier_uuid or None)
        for cert, n in zip(certificates, numbers_for(session, choice, number), strict=True):
            cert.register_number = number_text(choice, n)
        return certificates
    if kind == "giay-xac-nhan":
        certifications = decisions.effect_certification_data(session, choice.source_uuid,
                                                             choice.dossier_uuid or None)
        for certification, n in zip(certifications, numbers_for(session, choice, number), strict=True):
            certification.number = number_text(choice, n)
        return certifications
    if kind == "thong-bao-khong-cong-nhan":
        notices = decisions.refusal_notices(session, choice.source_uuid, choice.dossier_uuid or None)
        for notice, n in zip(notices, numbers_for(session, choice, number), strict=True):
            notice.number = number_text(choice, n)
        return notices
    raise InputError("paper_not_made", kind=kind, field="kind")


def iter_write_atomically(kind: str, data: object, fmt: str,
                          out: Path) -> Generator[Progress, None, Path]:
    """Writes to a temporary file beside ``out`` and renames it when complete, yielding
    progress. Closed early (a cancelled job) or failing, it removes its temporary file: the
    final name never holds half a document, and an older file there stays as it was."""
    if fmt not in FORMATS:
        raise InputError("paper_format", format=fmt, field="format")
    if kind not in DOCUMENT_KINDS:
        raise InputError(
            "paper_kind_unknown", kind=kind, kinds=', '.join(DOCUMENT_KINDS), field="kind"
        )
    require_named_unit(data)
    with atomic.atomic_path(out, suffix=f".{fmt}") as tmp:
        yield from iter_write_document(kind, data, fmt, tmp)
    return out


def iter_pdf_bytes(kind: str, data: object) -> Generator[Progress, None, bytes]:
    """The paper as PDF in memory (a print preview), yielding progress."""
    require_named_unit(data)
    buffer = io.BytesIO()
    yield from iter_write_document(kind, data, "pdf", buffer)
    return buffer.getvalue()


def write_atomically(kind: str, data: object, fmt: str, out: Path,
                     progress: Callable[[Progress], None] | None = None) -> Path:
    for step in iter_write_atomically(kind, data, fmt, out):
        if progress is not None:
            progress(step)
    return out
