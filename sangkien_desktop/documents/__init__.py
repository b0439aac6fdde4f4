"""Administrative documents (PDF and DOCX) from plain data: one neutral description per
document, two renderers, layout rules of Nghị định 30/2020 kept once in ``layout``."""

from __future__ import annotations

from sangkien_desktop.documents.registry import (
    DATA_TYPES,
    DOCUMENT_KINDS,
    DOCUMENT_LABELS,
    FORMATS,
    build_document,
    iter_write_document,
    write_document,
)

__all__ = [
    "DATA_TYPES",
    "DOCUMENT_KINDS",
    "DOCUMENT_LABELS",
    "FORMATS",
    "build_document",
    "iter_write_document",
    "write_document",
]
