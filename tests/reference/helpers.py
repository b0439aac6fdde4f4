"""Compare generated DOCX files with reference XML; read generated PDFs back.

References are regenerated only on purpose:

    SANGKIEN_REGENERATE_REFERENCES=1 .venv/bin/python -m pytest tests/core/test_documents_docx.py

then review the diff of tests/reference/*.xml before committing it.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from sangkien_desktop.documents import samples

REFERENCE_DIR = Path(__file__).parent
REGENERATE_ENV = "SANGKIEN_REGENERATE_REFERENCES"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Attributes Word and the template put in that change without meaning anything.
_VOLATILE_ATTR = re.compile("^" + re.escape(f"{{{W_NS}}}") + "rsid")

# One sample per document kind; every person in them is invented.
SAMPLES = {
    "don-yeu-cau": samples.dossier_paper,
    "bao-cao-mo-ta": samples.dossier_paper,
    "phieu-danh-gia": samples.score_sheet,
    "bien-ban": samples.minutes,
    "quyet-dinh": samples.decision,
    "giay-chung-nhan": samples.certificates,
    "thong-bao-khong-cong-nhan": samples.refusal_notices,
    "to-trinh": samples.nomination,
    "bang-tong-hop": samples.summary_table,
    "bao-cao-chi-tieu": samples.target_report,
    "tom-tat-don-vi": samples.unit_sheet,
}


def document_xml(docx: bytes | Path) -> str:
    """word/document.xml pretty-printed, without volatile attributes."""
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for element in root.iter():
        for name in [n for n in element.attrib if _VOLATILE_ATTR.match(n)]:
            del element.attrib[name]
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return unicodedata.normalize("NFC", text)


def part_xml(docx: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return etree.fromstring(z.read(name))


def compare_with_reference(name: str, actual: str) -> str | None:
    """None when ``actual`` matches the reference file; otherwise a short unified diff.

    With SANGKIEN_REGENERATE_REFERENCES=1 the reference is (re)written instead."""
    path = REFERENCE_DIR / f"{name}.document.xml"
    if os.environ.get(REGENERATE_ENV) == "1":
        path.write_text(actual, encoding="utf-8")
        return None
    if not path.exists():
        return f"missing reference {path.name}; regenerate on purpose with {REGENERATE_ENV}=1"
    expected = path.read_text(encoding="utf-8")
    if expected == actual:
        return None
    diff = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), "reference", "generated", lineterm="", n=2
    )
    return "\n".join(list(diff)[:80])


@dataclass(frozen=True)
class TextPiece:
    page: int  # 0-based
    x_mm: float
    y_mm: float  # from the bottom of the page
    text: str


def text_pieces(pdf: bytes) -> list[TextPiece]:
    """Every text run of a PDF with its position, via a pypdf visitor."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pieces: list[TextPiece] = []
    pt = 25.4 / 72
    for index, page in enumerate(reader.pages):

        def visit(text, cm, tm, font, size, index=index):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append(TextPiece(index, x * pt, y * pt, text))

        page.extract_text(visitor_text=visit)
    return pieces


def pdf_text(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]
