"""The nomination bundle: the Tờ trình, the summary table and, for each dossier, its application,
description report, recognition decision and attached files, written into one folder and one
zip beside it, ready to print or e-mail.

Everything is written into a temporary folder first and renamed into place at the end, so a
failure or a cancel leaves the previous bundle (or nothing) and never a half-written one.
The data is read from the database first (``plan_bundle``), so the writing
(``iter_write_plan``, a generator yielding progress) needs no session and may run in a worker
thread.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.documents.registry import FORMATS, write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold
from sangkien_desktop.services.council.decisions import decision_data, outcome_of
from sangkien_desktop.services.dossiers import attachments as attachment_store
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.exchange.received import received_paper
from sangkien_desktop.services.nominating import nomination_papers
from sangkien_desktop.services.nominating.nominations import get_nomination
from sangkien_desktop.services.papers import dossier_paper, require_named_unit

FORMAT_CHOICES = {"pdf": ("pdf",), "docx": ("docx",), "both": ("pdf", "docx")}


@dataclass(frozen=True)
class _Job:
    path: str  # relative to the bundle folder, without the format's extension for documents
    kind: str  # a document kind, "attachment", or "file" (a received PDF, copied as it is)
    data: object
    label: str  # a Message


@dataclass
class BundleProgress:
    done: int
    total: int
    label: str  # a Message
    # Set on the last step only: where the bundle went and what it holds.
    folder: Path | None = None
    zip_path: Path | None = None
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # what could not be included, and why (Messages)

    @property
    def stage(self) -> str:  # what a progress dialog shows under its bar
        return self.label


@dataclass(frozen=True)
class BundlePlan:
    """Everything the bundle holds, read from the database: written without a session."""

    name: str
    jobs: list[_Job]
    missing: list[str]
    formats: tuple[str, ...]
    store: Store | None


def slug(text: str) -> str:
    """ "5/TTr-CĐCS" → "5-ttr-cdcs": ASCII names that survive e-mail and every file system."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def bundle_name(session: Session, uuid: str) -> str:
    n = get_nomination(session, uuid)
    return f"de-nghi-{slug(n.letter_number_text) or 'du-thao-' + n.uuid[:8]}"


def formats_of(choice: str) -> tuple[str, ...]:
    if choice not in FORMAT_CHOICES:
        raise InputError("bundle_format", choice=choice,
                         field="format")
    return FORMAT_CHOICES[choice]


def _plan(session: Session, uuid: str, campaigns: dict[str, Campaign],
          store: Store | None) -> tuple[list[_Job], list[str]]:
    nomination = get_nomination(session, uuid)
    if not nomination.items:
        raise InputError("bundle_empty", field="items")
    jobs = [
        _Job("01-to-trinh", "to-trinh", nomination_papers.letter_data(session, uuid, campaigns),
             Message("bundle_job_letter")),
        _Job("02-bang-tong-hop", "bang-tong-hop",
             nomination_papers.summary_data(session, uuid, campaigns), Message("bundle_job_summary")),
    ]
    missing: list[str] = []  # Messages
    decisions: dict[str, object] = {}
    for n, item in enumerate(nomination.items, 1):
        dossier = get_dossier(session, item.dossier_uuid)
        folder = f"{n:02d}-{slug(dossier.code) or dossier.uuid[:8]}"
        paper = dossier_paper(session, dossier.uuid, campaigns)
        jobs.append(_Job(f"{folder}/don-yeu-cau", "don-yeu-cau", paper,
                         Message("bundle_job_application", code=dossier.code)))
        jobs.append(_Job(f"{folder}/bao-cao-mo-ta", "bao-cao-mo-ta", paper,
                         Message("bundle_job_report", code=dossier.code)))
        outcome = outcome_of(session, dossier.uuid)
        if outcome is not None and outcome.outcome == Outcome.RECOGNISED and outcome.received:
            # The sender's decision: its PDF as it came in the package, never re-rendered.
            received = received_paper(session, store, outcome.decision_uuid, "quyet-dinh")
            if received is None:
                missing.append(Message("bundle_missing_received_decision", code=dossier.code,
                                       number=outcome.decision_number))
            else:
                jobs.append(_Job(f"{folder}/quyet-dinh.pdf", "file", received,
                                 Message("bundle_job_received_decision", code=dossier.code)))
        elif outcome is not None and outcome.outcome == Outcome.RECOGNISED:
            if outcome.decision_uuid not in decisions:
                decisions[outcome.decision_uuid] = decision_data(session, outcome.decision_uuid)
            jobs.append(_Job(f"{folder}/quyet-dinh", "quyet-dinh",
                             decisions[outcome.decision_uuid],
                             Message("bundle_job_decision", code=dossier.code)))
        else:
            missing.append(Message("bundle_missing_decision", code=dossier.code))
        for ref in dossier.attachments:
            if store is None or not attachment_store.verify(store, ref.sha256).exists:
                missing.append(Message("bundle_missing_attachment", code=dossier.code,
                                       filename=ref.filename))
                continue
            jobs.append(_Job(f"{folder}/dinh-kem", "attachment", ref,
                             Message("bundle_job_attachment", code=dossier.code,
                                     filename=ref.filename)))
    return jobs, missing


def plan_bundle(
    session: Session,
    uuid: str,
    campaigns: dict[str, Campaign],
    *,
    formats: tuple[str, ...] = ("pdf",),
    store: Store | None = None,
) -> BundlePlan:
    """Reads what the nomination's bundle holds; raises InputError for an empty nomination
    or an unknown format."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError("document_format", format=fmt,
                             field="format")
    jobs, missing = _plan(session, uuid, campaigns, store)
    return BundlePlan(bundle_name(session, uuid), jobs, missing, tuple(formats), store)


_DOCUMENT_SIZE = 256 * 1024  # a generous guess at one rendered paper


def _bytes_needed(plan: BundlePlan) -> int:
    """About what the folder and its zip take together, for the message of a full disk."""
    size = 0
    for job in plan.jobs:
        if job.kind == "attachment":
            size += job.data.size  # type: ignore[attr-defined]
        elif job.kind == "file":
            size += Path(job.data).stat().st_size if Path(job.data).is_file() else 0  # type: ignore[arg-type]
        else:
            size += _DOCUMENT_SIZE * len(plan.formats)
    return 2 * size


def iter_write_plan(plan: BundlePlan, out_dir: Path) -> Generator[BundleProgress, None, BundleProgress]:
    """Writes ``out_dir/<name>/`` and ``out_dir/<name>.zip``, replacing an earlier bundle of
    the same name only once the new one is complete. The last step carries the result, which
    is also the generator's return value."""
    name, jobs, formats, store = plan.name, plan.jobs, plan.formats, plan.store
    doc_jobs = sum(1 for j in jobs if j.kind not in ("attachment", "file"))
    for job in jobs:
        if job.kind not in ("attachment", "file"):
            require_named_unit(job.data)
    total = doc_jobs * len(formats) + (len(jobs) - doc_jobs) + 1
    with atomic.Staging(out_dir, name, needed=_bytes_needed(plan)) as staging:
        staged = staging.path(name)
        files: list[str] = []
        taken: dict[str, set[str]] = {}  # names used in each attachment folder
        done = 0
        for job in jobs:
            if job.kind == "file":
                target = staged / job.path
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(job.data, target)  # type: ignore[arg-type]
                files.append(job.path)
                done += 1
                yield BundleProgress(done, total, job.label)
                continue
            if job.kind == "attachment":
                ref: AttachmentRef = job.data  # type: ignore[assignment]
                target = staged / job.path
                target.mkdir(parents=True, exist_ok=True)
                assert store is not None  # attachment jobs exist only with a store
                copied = attachment_store.export_copy(
                    store, ref, target, taken.setdefault(job.path, set()))
                files.append(copied.relative_to(staged).as_posix())
                done += 1
                yield BundleProgress(done, total, job.label)
                continue
            for fmt in formats:
                relative = f"{job.path}.{fmt}"
                (staged / relative).parent.mkdir(parents=True, exist_ok=True)
                write_document(job.kind, job.data, fmt, staged / relative)  # type: ignore[arg-type]
                files.append(relative)
                done += 1
                yield BundleProgress(done, total, Message("bundle_job_format", job=job.label,
                                                          format=fmt.upper()))
        with zipfile.ZipFile(staging.path(f"{name}.zip"), "w", zipfile.ZIP_DEFLATED) as z:
            for relative in files:
                z.write(staged / relative, f"{name}/{relative}")
        # The folder and the zip take their names together; a crash between the two renames
        # is finished by the next bundle written to the same place.
        staging.commit()
    final, final_zip = out_dir / name, out_dir / f"{name}.zip"
    result = BundleProgress(total, total, Message("bundle_done"), folder=final, zip_path=final_zip,
                            files=files, missing=list(plan.missing))
    yield result
    return result


def iter_write_bundle(
    session: Session,
    uuid: str,
    campaigns: dict[str, Campaign],
    out_dir: Path,
    *,
    formats: tuple[str, ...] = ("pdf",),
    store: Store | None = None,
) -> Generator[BundleProgress, None, BundleProgress]:
    """Reads the nomination, then writes its bundle (see iter_write_plan)."""
    plan = plan_bundle(session, uuid, campaigns, formats=formats, store=store)
    return (yield from iter_write_plan(plan, out_dir))


def write_bundle(session: Session, uuid: str, campaigns: dict[str, Campaign], out_dir: Path,
                 **options: Any) -> BundleProgress:
    """Writes the bundle without reporting progress; returns the last step (the result)."""
    steps = list(iter_write_bundle(session, uuid, campaigns, out_dir, **options))
    return steps[-1]
