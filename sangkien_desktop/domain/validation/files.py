"""Checks on attached files, from the states the service layer looked up (no I/O here)."""

from __future__ import annotations

import re

from sangkien_desktop.domain.dossier import AttachmentRef, Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.validation.model import AttachmentState, CheckContext, Emit
from sangkien_desktop.domain.validation.tuning import Tuning

_ID_WORDS = re.compile(r"\b(cccd|cmnd|can ?cuoc|chung minh (nhan|thu)|id ?card)\b")


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f}".replace(".", ",") + " MB"


def type_allowed(media_type: str, filename: str, allowed: tuple[str, ...]) -> bool:
    """``allowed`` holds media types ("application/pdf"), families ("image/*") and file
    extensions (".docx"); a file passes when its media type or its extension is listed."""
    media = media_type.strip().lower()
    ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    for entry in allowed:
        if entry.startswith("."):
            if ext == entry:
                return True
        elif entry.endswith("/*"):
            if media.startswith(entry[:-1]):
                return True
        elif media == entry:
            return True
    return False


def _file_state(i: int, ref: AttachmentRef, state: AttachmentState | None, emit: Emit) -> bool:
    """Reports a missing, unreadable or changed file; True when the file is usable."""
    where, name = f"attachments[{i}]", ref.filename
    if state is None or not state.exists:
        emit(
            "SK-ATTACH-MISSING",
            where,
            Message("check_file_missing", name=name),
            Message("check_file_missing_fix"),
            ref=ref.sha256,
        )
        return False
    if not state.readable:
        emit(
            "SK-ATTACH-UNREADABLE",
            where,
            Message("check_file_unreadable", name=name),
            Message("check_file_unreadable_fix"),
            ref=ref.sha256,
        )
        return False
    if not state.hash_matches:
        emit(
            "SK-ATTACH-HASH",
            where,
            Message("check_file_changed", name=name),
            Message("check_file_changed_fix"),
            ref=ref.sha256,
        )
        return False
    return True


def check_attachments(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    for i, ref in enumerate(d.attachments):
        where = f"attachments[{i}]"
        state = ctx.attachments.get(ref.sha256) if ctx.attachments is not None else None
        if ctx.attachments is not None and not _file_state(i, ref, state, emit):
            continue
        media = (state.media_type if state and state.media_type else ref.media_type) or ""
        allowed = tuning.attachment_types
        if allowed is not None and not type_allowed(media, ref.filename, allowed):
            emit(
                "SK-ATTACH-TYPE",
                where,
                Message("check_file_type", filename=ref.filename),
                Message("check_file_type_fix"),
                ref=ref.sha256,
            )
        size = state.size if state is not None and state.size is not None else ref.size
        limit = tuning.attachment_max_bytes
        if size <= 0:
            emit(
                "SK-ATTACH-SIZE",
                where,
                Message("check_file_empty", filename=ref.filename),
                Message("check_file_empty_fix"),
                ref=ref.sha256,
            )
        elif limit is not None and size > limit:
            emit(
                "SK-ATTACH-SIZE",
                where,
                Message("check_file_size", filename=ref.filename, size=_mb(size), limit=_mb(limit)),
                Message("check_file_size_fix"),
                ref=ref.sha256,
            )
        if _ID_WORDS.search(fold(f"{ref.filename} {ref.note}").replace("_", " ")):
            emit(
                "SK-ATTACH-ID-SCAN",
                where,
                Message("check_file_id_card", filename=ref.filename),
                Message("check_file_id_card_fix"),
                ref=ref.sha256,
            )
