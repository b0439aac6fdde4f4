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
    "giay-xac-nhan": samples.effect_certifications,
    "thong-bao-khong-cong-nhan": samples.refusal_notices,
    "to-trinh": samples.nomination,
    "bang-tong-hop": samples.summary_table,
    "bao-cao-chi-tieu": samples.target_report,
    "tom-tat-don-vi": samples.unit_sheet,
}


def document_xml(docx: bytes | Path, *, table_rows: int | None = None) -> str:
    """word/document.xml pretty-printed, without volatile attributes. ``table_rows``: a table
    with more rows keeps its first and last ``table_rows // 2``, the others replaced by a
    comment saying how many (a thousand-row table stays a reference one can read)."""
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for element in root.iter():
        for name in [n for n in element.attrib if _VOLATILE_ATTR.match(n)]:
            del element.attrib[name]
    if table_rows is not None:
        half = table_rows // 2
        for table in root.iter(f"{{{W_NS}}}tbl"):
            rows = table.findall(f"{{{W_NS}}}tr")
            if len(rows) > table_rows:
                rows[half].addprevious(etree.Comment(f" {len(rows) - 2 * half} rows left out "))
                for row in rows[half:-half]:
                    table.remove(row)
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return unicodedata.normalize("NFC", text)


def part_xml(docx: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return etree.fromstring(z.read(name))


# A paper's verification code comes from its decision's uuid, new in each run (and its width
# moves the PDF's line breaks): the whole line is compared as a placeholder
# (tests/core/test_verification.py checks the codes and the line themselves).
_VERIFICATION = re.compile(r"Mã xác thực:\s+[0-9A-Z]{4}-[0-9A-Z]{4}\..*?gói hồ sơ\.", re.S)


def compare_with_reference(name: str, actual: str, suffix: str = ".document.xml") -> str | None:
    """None when ``actual`` matches the reference file; otherwise a short unified diff.

    With SANGKIEN_REGENERATE_REFERENCES=1 the reference is (re)written instead."""
    actual = _VERIFICATION.sub("Mã xác thực: (mã và cách kiểm tra)", actual)
    path = REFERENCE_DIR / f"{name}{suffix}"
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


def pdf_reference_text(pdf: bytes, *, pages: int | None = None) -> str:
    """A PDF as a reference reads it: the page count, then each page's text line by line
    (the first and last ``pages`` pages only, when given)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    count = len(reader.pages)
    shown = range(count) if pages is None or count <= 2 * pages else \
        [*range(pages), *range(count - pages, count)]
    out = [f"pages: {count}"]
    for index in shown:
        out.append(f"--- page {index + 1} ---")
        lines = (reader.pages[index].extract_text() or "").splitlines()
        out += [" ".join(line.split()) for line in lines if line.strip()]
    return unicodedata.normalize("NFC", "\n".join(out) + "\n")


def pdf_text(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


# ---- what a provincial office checks on every page ----------------------------------------


def _closing_texts(document) -> set[str]:
    """The words of the closing blocks (Nơi nhận, recipients, signers)."""
    from sangkien_desktop.documents.blocks import Closing

    words: set[str] = set()
    for block in document.blocks:
        if not isinstance(block, Closing):
            continue
        lines = ["Nơi nhận:"] + [f"- {r}" for r in block.recipients or []]
        for s in block.signers:
            lines += [s.capacity, s.title, s.name, s.place_date, s.note]
        for line in lines:
            words.update(line.split())
    return words


def closing_only_pages(document, pdf: bytes) -> list[int]:
    """1-based numbers of the pages whose text is nothing but closing blocks (and the page
    number): a signature or "Nơi nhận" alone on a page."""
    closing = _closing_texts(document)
    alone = []
    for number, page in enumerate(pdf_text(pdf), 1):
        words = [w for w in page.split() if w != str(number)]
        if words and all(w in closing for w in words):
            alone.append(number)
    return alone


def docx_closing_problems(docx: bytes) -> list[str]:
    """Closing rows (borderless tables whose rows cannot split) not kept with the body before
    them: the element before is the empty paragraph that keeps with the row; before that, a
    paragraph keeping with next, or a table whose last two rows keep with next."""
    root = part_xml(docx, "word/document.xml")
    body = root.find(f"{{{W_NS}}}body")
    children = list(body)
    w = f"{{{W_NS}}}"
    problems = []

    def keeps(element) -> bool:
        if element.tag == f"{w}p":
            return element.find(f"{w}pPr/{w}keepNext") is not None
        if element.tag == f"{w}tbl":
            rows = element.findall(f"{w}tr")[-2:]
            return all(p.find(f"{w}pPr/{w}keepNext") is not None
                       for row in rows for p in row.iter(f"{w}p"))
        return True

    for i, element in enumerate(children):
        if element.tag != f"{w}tbl":
            continue
        first = element.find(f"{w}tr")
        if first is None or first.find(f"{w}trPr/{w}cantSplit") is None:
            continue
        if element.find(f"{w}tblPr/{w}tblBorders/{w}top[@{w}val='nil']") is None:
            continue  # a bordered table with rows that cannot split: body, not a closing
        before = children[i - 1] if i else None
        if before is None or not keeps(before):
            problems.append(f"closing table {i}: the paragraph before it does not keep with it")
            continue
        j = i - 2
        # The spacer after a body table keeps with next too; look past it to the table.
        if j >= 1 and children[j].tag == f"{w}p" and not "".join(children[j].itertext()).strip() \
                and children[j - 1].tag == f"{w}tbl":
            j -= 1
        if j >= 0 and not keeps(children[j]):
            text = "".join(children[j].itertext())[:60]
            problems.append(f"closing table {i}: the body before it ({text!r}) is not kept with it")
    return problems


_LETTER_THEN_ELLIPSIS = re.compile(r"[^\W\d_]…")


def cut_words(document) -> list[str]:
    """Words a page would cut: text shortened inside a word ("Hành chín…": a letter followed
    at once by an ellipsis), and table words wider than their column, which both formats
    break between letters ("2.400.000.0 | 00", "21/QĐ- | CĐCS")."""
    from sangkien_desktop.documents import layout
    from sangkien_desktop.documents.blocks import Cell, Table
    from sangkien_desktop.documents.measure import column_widths, word_width_mm

    found = [m.string for m in (_LETTER_THEN_ELLIPSIS.search(t) for t in document_texts(document)) if m]
    for block in document.blocks:
        if not isinstance(block, Table):
            continue
        widths = column_widths(block, block.width_mm or document.geometry.text_width)
        for row, strong in [*((r, False) for r in block.rows), (block.totals or [], True)]:
            col = 0
            for value in row:
                cell = value if isinstance(value, Cell) else Cell(value)
                span = max(1, cell.colspan)
                room = sum(widths[col : col + span]) - 2 * layout.CELL_PADDING_MM
                for word in re.split(r"[ \t\n]+", cell.text.strip()):
                    if word_width_mm(word, block.size, bold=cell.bold or strong) > room:
                        found.append(f"{word!r} wider than its column ({room:.1f} mm)")
                col += span
    return found


def document_texts(document) -> list[str]:
    """Every text a document prints, block by block (before any format)."""
    from sangkien_desktop.documents.blocks import Cell, Closing, Header, Paragraph, Table, Title

    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Header):
            texts += [block.parent_organisation, block.unit_name, block.number, block.place_date,
                      block.subject]
        elif isinstance(block, Title):
            texts += [block.text, block.subtitle, block.note]
        elif isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [c.header for c in block.columns]
            for row in [*block.rows, block.totals or [], block.group_header or []]:
                texts += [c.text if isinstance(c, Cell) else c for c in row]
        elif isinstance(block, Closing):
            texts += block.recipients or []
            texts += [t for s in block.signers for t in (s.capacity, s.title, s.name, s.note)]
    return [t for t in texts if t]


def catalogue_codes_in(texts: list[str], codes: set[str]) -> list[str]:
    """The catalogue codes ("quan_ly") that appear as words in ``texts``."""
    found = []
    for text in texts:
        for word in re.findall(r"[\w]+", text):
            if word in codes:
                found.append(f"{word} in {text[:60]!r}")
    return found
