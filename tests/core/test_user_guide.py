"""The user guide (resources/guide/): present, Vietnamese in NFC, every picture and every link
inside it found, shipped in the bundle, and the docs/ page pointing at it."""

from __future__ import annotations

import re
import struct
import unicodedata
from pathlib import Path

from sangkien_desktop import guide
from sangkien_desktop.guide import fold_keep_length, heading_slug, headings

ROOT = Path(__file__).resolve().parents[2]
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_ANCHOR_LINK = re.compile(r"\]\(#([^)\s]+)\)")


def image_refs(markdown: str) -> list[str]:
    """Every image the guide shows, as written (relative to the guide's folder)."""
    return _IMAGE.findall(markdown)


def anchor_links(markdown: str) -> list[str]:
    """Every link to a heading of the guide itself ("#slug"), without the "#"."""
    return _ANCHOR_LINK.findall(markdown)
MAX_WIDTH = 1100
MAX_IMAGE_BYTES = 250_000


def _text() -> str:
    return guide.guide_path().read_text(encoding="utf-8")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_the_guide_is_found_where_the_program_looks_and_is_nfc():
    path = guide.guide_path()
    assert path.is_file()
    text = _text()
    assert text.startswith("# Hướng dẫn sử dụng Sáng kiến Desktop")
    assert unicodedata.is_normalized("NFC", text)
    assert "\ufffd" not in text


def test_the_guide_covers_what_an_officer_does():
    titles = " | ".join(t for _level, t in headings(_text()))
    for topic in ("Cài đặt", "thông tin đơn vị", "Soạn hồ sơ", "Kiểm tra hồ sơ", "Hội đồng",
                  "quyết định", "Đề nghị", "In văn bản", "Excel", "Cổng trực tuyến",
                  "cấp trên", "Sao lưu và khôi phục", "Câu hỏi thường gặp"):
        assert topic in titles, topic


def test_every_picture_the_guide_shows_exists_small_enough():
    folder = guide.guide_path().parent
    refs = image_refs(_text())
    assert len(refs) >= 15
    for ref in refs:
        picture = folder / ref
        assert picture.is_file(), ref
        width, _height = _png_size(picture)
        assert width <= MAX_WIDTH, ref
        assert picture.stat().st_size <= MAX_IMAGE_BYTES, ref


def test_no_picture_lies_unused():
    folder = guide.guide_path().parent
    used = {(folder / ref).resolve() for ref in image_refs(_text())}
    shipped = {p.resolve() for p in (folder / "images").glob("*.png")}
    assert shipped - used == set()


def test_every_link_inside_the_guide_leads_to_a_heading():
    text = _text()
    slugs = {heading_slug(t) for _level, t in headings(text)}
    links = anchor_links(text)
    assert links, "the guide links nowhere inside itself"
    assert [link for link in links if link not in slugs] == []


def test_a_broken_link_or_picture_would_be_seen():
    text = "# T\n\n## 1. Sao lưu\n\n[x](#2-khác) ![a](images/none.png)\n"
    assert anchor_links(text) == ["2-khác"]
    assert heading_slug("1. Sao lưu") == "1-sao-lưu"
    assert image_refs(text) == ["images/none.png"]


def test_folding_keeps_positions():
    text = "Sao lưu ĐỒNG BỘ, Nguyễn"
    folded = fold_keep_length(text)
    assert folded == "sao luu dong bo, nguyen"
    assert len(folded) == len(text)


def test_the_bundle_ships_the_guide_and_its_pictures():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bundle_data", ROOT / "packaging" / "bundle_data.py")
    bundle_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle_data)
    datas = {(Path(src).resolve(), dest) for src, dest in bundle_data.resource_datas()}
    assert (guide.guide_path().resolve(), "resources/guide") in datas
    for ref in image_refs(_text()):
        picture = (guide.guide_path().parent / ref).resolve()
        assert (picture, Path("resources/guide", ref).parent.as_posix()) in datas


def test_the_docs_page_points_at_the_one_guide():
    pointer = (ROOT / "docs" / "huong-dan-su-dung.md").read_text(encoding="utf-8")
    assert "../resources/guide/huong-dan-su-dung.md" in pointer
    assert len(pointer) < 2000  # a pointer, not a second copy to keep in step
