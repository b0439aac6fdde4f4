"""Every document by its CLI name, and one entry point that writes any of them as PDF or DOCX."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from sangkien_desktop.documents.application import bao_cao_mo_ta, don_yeu_cau
from sangkien_desktop.documents.blocks import Document
from sangkien_desktop.documents.council import bien_ban, phieu_danh_gia
from sangkien_desktop.documents.data import (
    Certificate,
    DossierPaper,
    EffectCertification,
    MeetingMinutes,
    NominationLetter,
    RecognitionDecision,
    RefusalNotice,
    ScoreSheet,
    SummaryTable,
    TargetReport,
    UnitSheet,
)
from sangkien_desktop.documents.decision import giay_chung_nhan, giay_xac_nhan, quyet_dinh
from sangkien_desktop.documents.nomination import bang_tong_hop, to_trinh
from sangkien_desktop.documents.refusal import thong_bao_khong_cong_nhan
from sangkien_desktop.documents.targets import bao_cao_chi_tieu
from sangkien_desktop.documents.unit_sheet import tom_tat_don_vi
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")

# CLI name → the writer that describes the document from its data.
DOCUMENT_KINDS: dict[str, Callable[[Any], Document]] = {
    "don-yeu-cau": don_yeu_cau,
    "bao-cao-mo-ta": bao_cao_mo_ta,
    "phieu-danh-gia": phieu_danh_gia,
    "bien-ban": bien_ban,
    "quyet-dinh": quyet_dinh,
    "giay-chung-nhan": giay_chung_nhan,
    "giay-xac-nhan": giay_xac_nhan,
    "thong-bao-khong-cong-nhan": thong_bao_khong_cong_nhan,
    "to-trinh": to_trinh,
    "bang-tong-hop": bang_tong_hop,
    "bao-cao-chi-tieu": bao_cao_chi_tieu,
    "tom-tat-don-vi": tom_tat_don_vi,
}

# The data each writer takes (documents/data.py).
DATA_TYPES: dict[str, type] = {
    "don-yeu-cau": DossierPaper,
    "bao-cao-mo-ta": DossierPaper,
    "phieu-danh-gia": ScoreSheet,
    "bien-ban": MeetingMinutes,
    "quyet-dinh": RecognitionDecision,
    "giay-chung-nhan": Certificate,
    "giay-xac-nhan": EffectCertification,
    "thong-bao-khong-cong-nhan": RefusalNotice,
    "to-trinh": NominationLetter,
    "bang-tong-hop": SummaryTable,
    "bao-cao-chi-tieu": TargetReport,
    "tom-tat-don-vi": UnitSheet,
}

# Names for menus and file names.
DOCUMENT_LABELS: dict[str, str] = {
    "don-yeu-cau": Message("document_don_yeu_cau"),
    "bao-cao-mo-ta": Message("document_bao_cao_mo_ta"),
    "phieu-danh-gia": Message("document_phieu_danh_gia"),
    "bien-ban": Message("document_bien_ban"),
    "quyet-dinh": Message("document_quyet_dinh"),
    "giay-chung-nhan": Message("document_giay_chung_nhan"),
    "giay-xac-nhan": Message("document_giay_xac_nhan"),
    "thong-bao-khong-cong-nhan": Message("document_thong_bao_khong_cong_nhan"),
    "to-trinh": Message("document_to_trinh"),
    "bang-tong-hop": Message("document_bang_tong_hop"),
    "bao-cao-chi-tieu": Message("document_bao_cao_chi_tieu"),
    "tom-tat-don-vi": Message("document_tom_tat_don_vi"),
}


def _renderer(fmt: str) -> Callable[[Document, Any], Iterator[Progress]] | None:
    """The writer of a format, imported when first asked for: drawing PDFs (a package's
    papers, in worker processes too) never loads python-docx, nor a DOCX reportlab."""
    if fmt == "pdf":
        from sangkien_desktop.documents.render_pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from sangkien_desktop.documents.render_docx import render_docx

        return render_docx
    return None


def _check(kind: str, data: Any) -> Any:
    if kind not in DOCUMENT_KINDS:
        raise InputError("document_kind_unknown", kind=kind, kinds=", ".join(DOCUMENT_KINDS))
    expected = DATA_TYPES[kind]
    if expected is DossierPaper and isinstance(data, Dossier):
        return DossierPaper(dossier=data)
    if expected in (Certificate, EffectCertification, RefusalNotice) and isinstance(data, list):
        if all(isinstance(c, expected) for c in data):  # several papers in one file
            return data
    if not isinstance(data, expected):
        raise TypeError(f"“{kind}” needs {expected.__name__}, got {type(data).__name__}")
    return data


def build_document(kind: str, data: Any) -> Document:
    """The neutral description of a document, before any format."""
    checked = _check(kind, data)
    return DOCUMENT_KINDS[kind](checked)


def iter_write_document(
    kind: str, data: Any, fmt: Format, out: str | os.PathLike[str] | io.BufferedIOBase
) -> Iterator[Progress]:
    """Writes the document, yielding Progress; the GUI drives a progress bar from this."""
    render = _renderer(fmt)
    if render is None:
        raise InputError("document_format", format=fmt)
    document = build_document(kind, data)
    target: Any = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    if isinstance(target, str):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    yield from render(document, target)


def write_document(
    kind: str,
    data: Any,
    fmt: Format,
    out_path: str | os.PathLike[str] | None = None,
    *,
    progress: Callable[[Progress], None] | None = None,
) -> Path | bytes:
    """Writes ``kind`` from ``data`` as ``fmt``; to ``out_path``, or returns the bytes."""
    buffer = io.BytesIO() if out_path is None else None
    target: str | os.PathLike[str] | io.BufferedIOBase = buffer if buffer is not None else out_path  # type: ignore[assignment]
    for step in iter_write_document(kind, data, fmt, target):
        if progress is not None:
            progress(step)
    if buffer is not None:
        return buffer.getvalue()
    return Path(out_path)  # type: ignore[arg-type]
