from __future__ import annotations

import io
import zipfile

import pytest

from sangkien_desktop.domain.errors import AttachmentError
from sangkien_desktop.services.dossiers.attachments import (
    blob_path,
    sniff_media_type,
    store_file,
    verify,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_same_file_is_stored_once(tmp_path):
    store = tmp_path / "store"
    a = tmp_path / "a.pdf"
    b = tmp_path / "ban-sao.pdf"
    a.write_bytes(PDF)
    b.write_bytes(PDF)
    ra = store_file(store, a)
    rb = store_file(store, b)
    assert ra.sha256 == rb.sha256
    assert rb.filename == "ban-sao.pdf"
    blobs = [p for p in store.rglob("*") if p.is_file()]
    assert blobs == [blob_path(store, ra.sha256)]
    assert verify(store, ra.sha256).hash_matches


@pytest.mark.parametrize(
    "content, media",
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "image/jpeg"),
        (_docx_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ],
)
def test_allowed_kinds_by_content(tmp_path, content, media):
    path = tmp_path / "file.bin"
    path.write_bytes(content)
    assert sniff_media_type(path) == media


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("ghi-chu.txt", "chỉ là chữ".encode(), "không phải ảnh, PDF hay Word"),
        ("rong.pdf", b"", "rỗng"),
        ("gia.pdf", b"PK\x03\x04broken zip", "không phải ảnh, PDF hay Word"),
    ],
)
def test_refused_files_explain_why(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AttachmentError) as info:
        store_file(tmp_path / "store", path)
    assert words in info.value.message
    assert name in info.value.message


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(AttachmentError) as info:
        store_file(tmp_path / "store", tmp_path / "khong-co.pdf")
    assert "Không đọc được" in info.value.message


def test_tampered_blob_is_detected(tmp_path):
    store = tmp_path / "store"
    src = tmp_path / "a.pdf"
    src.write_bytes(PDF)
    ref = store_file(store, src)
    blob_path(store, ref.sha256).write_bytes(PDF + b"changed")
    state = verify(store, ref.sha256)
    assert state.exists and not state.hash_matches
    blob_path(store, ref.sha256).unlink()
    assert not verify(store, ref.sha256).exists
