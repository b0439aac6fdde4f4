"""Producing documents from what is stored: which documents a dossier or a decision has, the
data each writer needs, the document numbers they take, and files written atomically."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.documents.data import DossierPaper, ScoreSheet
from sangkien_desktop.documents.registry import (
    DOCUMENT_KINDS as DOCUMENT_KINDS,  # the CLI lists them
)
from sangkien_desktop.documents.registry import (
    DOCUMENT_LABELS,
    FORMATS,
    iter_write_document,
)
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.domain.scoring import default_rubric
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.council import councils, decisions, numbering
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionRow, MeetingDossierRow, MeetingRow

DOSSIER_KINDS = ("don-yeu-cau", "bao-cao-mo-ta", "phieu-danh-gia")
DECISION_KINDS = ("quyet-dinh", "giay-chung-nhan", "bien-ban")
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


def dossier_paper(session: Session, uuid: str) -> DossierPaper:
    return DossierPaper(dossier=get_dossier(session, uuid), unit=unit_profile(session))


def _latest_meeting(session: Session, dossier_uuid: str) -> str | None:
    return session.scalar(
        select(MeetingRow.uuid)
        .join(MeetingDossierRow, MeetingDossierRow.meeting_id == MeetingRow.id)
        .where(MeetingDossierRow.dossier_uuid == dossier_uuid)
        .order_by(MeetingRow.date.desc(), MeetingRow.id.desc())
    )


def blank_score_sheet(session: Session, dossier_uuid: str) -> ScoreSheet:
    """A Phiếu đánh giá to fill by hand: on the rubric of the meeting that considers the
    dossier, else of the latest council, else the default criteria."""
    meeting_uuid = _latest_meeting(session, dossier_uuid)
    if meeting_uuid is not None:
        return councils.score_sheet_data(session, meeting_uuid, dossier_uuid)
    dossier = get_dossier(session, dossier_uuid)
    council = next(iter(councils.list_councils(session)), None)
    rubric = council.rubric if council is not None else default_rubric()
    return ScoreSheet(
        unit=unit_profile(session),
        council_name=council.name if council is not None else "Hội đồng sáng kiến",
        criteria=councils.paper_criteria(rubric),
        council_parent=council.employer if council is not None else "",
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
    row = decisions.decision_row(session, decision_uuid)
    stem = _stem(row.number_text)
    label = f"{DOCUMENT_LABELS['quyet-dinh']} số {row.number_text}"
    choices = [PaperChoice("quyet-dinh", label, decision_uuid, f"quyet-dinh-{stem}",
                           number_text=row.number_text)]
    if any(i.outcome == Outcome.RECOGNISED for i in row.items
           if not dossier_uuid or i.dossier_uuid == dossier_uuid):
        choices.append(PaperChoice(
            "giay-chung-nhan", DOCUMENT_LABELS["giay-chung-nhan"], decision_uuid,
            f"giay-chung-nhan-{stem}", dossier_uuid=dossier_uuid))
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


def find_decision(session: Session, key: str) -> str:
    """A decision's uuid from its uuid or its number as printed ("05/QĐ-CĐCS")."""
    rows = session.execute(
        select(DecisionRow.uuid, DecisionRow.date)
        .where(or_(DecisionRow.uuid == key, DecisionRow.number_text == key.strip()))
    ).all()
    if not rows:
        raise NotFoundError("decision_key_not_found", key=key)
    if len(rows) > 1:
        years = ", ".join(str(r.date.year) for r in rows)
        raise InputError("decision_ambiguous", count=len(rows), key=key, years=years)
    return str(rows[0].uuid)


# ---- numbers ---------------------------------------------------------------------------------


def number_text(choice: PaperChoice, number: int | None) -> str:
    if choice.number_text or number is None:
        return choice.number_text
    return numbering.format_number(number, choice.doc_type, choice.suffix)


def proposed_number(session: Session, choice: PaperChoice) -> int | None:
    """The number this document already took, else the next free one of the year."""
    if not choice.doc_type:
        return None
    held = numbering.number_of(session, choice.doc_type, choice.source_uuid)
    if held is not None and held.year == choice.year:
        return held.number
    return numbering.propose_next(session, choice.doc_type, choice.year)


def check_number(session: Session, choice: PaperChoice, number: int | None) -> None:
    """Refuses a number another document already holds for that type and year."""
    if not choice.doc_type:
        return
    if number is None or number < 1:
        raise InputError("paper_number_not_positive", field="number")
    held_by = numbering.holder(session, choice.doc_type, choice.year, number)
    if held_by is not None and held_by != choice.source_uuid:
        free = numbering.propose_next(session, choice.doc_type, choice.year)
        raise InputError(
            "paper_number_used", number=number_text(choice, number), year=choice.year, free=free, field="number",
        )


def claim_number(session: Session, choice: PaperChoice, number: int | None) -> None:
    """Records the number as given to this document, once (the caller commits). Minutes
    numbered here are numbered in their meeting too, which the decision cites."""
    if not choice.doc_type or number is None:
        return
    check_number(session, choice, number)
    if choice.kind == "bien-ban":
        councils.set_minutes_number(session, choice.source_uuid, number_text(choice, number))
    if numbering.holder(session, choice.doc_type, choice.year, number) == choice.source_uuid:
        return
    numbering.register(session, choice.doc_type, number, choice.date or dt.date.today(),
                       suffix=choice.suffix, subject=DOCUMENT_LABELS[choice.kind],
                       ref_uuid=choice.source_uuid)


# ---- data and files ------------------------------------------------------------------------


def paper_data(session: Session, choice: PaperChoice, number: int | None = None) -> Any:
    """What ``documents.write_document`` needs for the choice, read now from the database."""
    kind = choice.kind
    if kind in ("don-yeu-cau", "bao-cao-mo-ta"):
        return dossier_paper(session, choice.source_uuid)
    if kind == "phieu-danh-gia":
        return blank_score_sheet(session, choice.dossier_uuid or choice.source_uuid)
    if kind == "bien-ban":
        minutes = councils.minutes_data(session, choice.source_uuid)
        if not minutes.number:
            if number is None and choice.doc_type:
                held = numbering.number_of(session, choice.doc_type, choice.source_uuid)
                number = held.number if held is not None else None
            minutes.number = number_text(choice, number)
        return minutes
    if kind == "quyet-dinh":
        return decisions.decision_data(session, choice.source_uuid)
    if kind == "giay-chung-nhan":
        return decisions.certificate_data(session, choice.source_uuid, choice.dossier_uuid or None)
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
    with atomic.atomic_path(out, suffix=f".{fmt}") as tmp:
        yield from iter_write_document(kind, data, fmt, tmp)
    return out


def iter_pdf_bytes(kind: str, data: object) -> Generator[Progress, None, bytes]:
    """The paper as PDF in memory (a print preview), yielding progress."""
    buffer = io.BytesIO()
    yield from iter_write_document(kind, data, "pdf", buffer)
    return buffer.getvalue()


def write_atomically(kind: str, data: object, fmt: str, out: Path,
                     progress: Callable[[Progress], None] | None = None) -> Path:
    for step in iter_write_atomically(kind, data, fmt, out):
        if progress is not None:
            progress(step)
    return out
