"""Producing documents from what is stored: the data each writer needs, written atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from sangkien_desktop.documents.data import DossierPaper
from sangkien_desktop.documents.registry import DOCUMENT_KINDS, FORMATS, write_document
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.dossiers import get_dossier
from sangkien_desktop.services.settings import unit_profile

DOSSIER_KINDS = ("don-yeu-cau", "bao-cao-mo-ta")


def dossier_paper(session: Session, uuid: str) -> DossierPaper:
    return DossierPaper(dossier=get_dossier(session, uuid), unit=unit_profile(session))


def write_atomically(kind: str, data: object, fmt: str, out: Path, progress: Callable | None = None) -> Path:
    """Writes to a temporary file beside ``out`` and renames it: never a half-written file."""
    if fmt not in FORMATS:
        raise InputError(f"Định dạng “{fmt}” không được hỗ trợ: chọn pdf hoặc docx.", field="format")
    if kind not in DOCUMENT_KINDS:
        raise InputError(
            f"Không có loại văn bản “{kind}”. Các loại: {', '.join(DOCUMENT_KINDS)}.", field="kind"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}.", suffix=f".{fmt}")
    os.close(fd)
    try:
        write_document(kind, data, fmt, tmp, progress=progress)  # type: ignore[arg-type]
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return out


def write_dossier_document(
    session: Session, kind: str, uuid: str, fmt: str, out: Path, progress: Callable | None = None
) -> Path:
    if kind not in DOSSIER_KINDS:
        raise InputError(
            f"Văn bản “{kind}” không làm từ một hồ sơ. Từ một hồ sơ có: {', '.join(DOSSIER_KINDS)}.",
            field="kind",
        )
    return write_atomically(kind, dossier_paper(session, uuid), fmt, out, progress)
