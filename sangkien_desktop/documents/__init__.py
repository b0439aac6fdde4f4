"""Administrative documents (PDF and DOCX) from plain data: one neutral description per
document, two renderers, layout rules of Nghị định 30/2020 kept once in ``layout``.

The registry's names are exported lazily (PEP 562): importing ``documents.blocks`` or
``documents.data`` (a service's Progress, a paper's data) must not load reportlab and
python-docx, which only writing a document needs.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DATA_TYPES",
    "DOCUMENT_KINDS",
    "DOCUMENT_LABELS",
    "FORMATS",
    "build_document",
    "iter_write_document",
    "write_document",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from sangkien_desktop.documents import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
