"""Attachments kept by content: each file is copied once into the data folder under its SHA-256."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sangkien_desktop import atomic
from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.domain.errors import AttachmentError
from sangkien_desktop.domain.file_names import safe_file_name, unique_name
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.safe_paths import join_inside
from sangkien_desktop.services.dossiers.attachment_store import (
    Store,
    blob_path,
    folder_of,
    store_added,
)

__all__ = ["INCOMING", "blob_path", "store_file", "verify"]

MAX_SIZE = 50 * 1024 * 1024
_CHUNK = 1024 * 1024

MEDIA_LABELS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
    "image/png": Message("media_png"),
    "image/jpeg": Message("media_jpeg"),
    "image/gif": Message("media_gif"),
    "image/bmp": Message("media_bmp"),
    "image/tiff": Message("media_tiff"),
    "image/webp": Message("media_webp"),
}
# The extension a copy opened in another program gets: the one its content calls for, so a
# received "hoso.pdf.exe" that holds a PDF opens as a PDF and nothing else is started.
EXTENSIONS = {
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/bmp": (".bmp",),
    "image/tiff": (".tif", ".tiff"),
    "image/webp": (".webp",),
}


def sniff_media_type(path: Path) -> str | None:
    """The media type by the file's first bytes, not its name; None if not an allowed kind."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                if "word/document.xml" in zf.namelist():
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        except zipfile.BadZipFile:
            return None
    return None


INCOMING = atomic.INCOMING  # a file being copied into the store, before its SHA-256 is known


def _copy_in(store: Store, source: Path) -> str:
    """Copies ``source`` into the store under its SHA-256 (temporary file, fsync, rename);
    a database store then keeps it in the database too."""
    folder = folder_of(store)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=INCOMING)
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = blob_path(folder, sha)
        if target.exists():
            os.unlink(tmp)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            atomic.fsync_dir(target.parent)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    store_added(store, sha)
    return sha


def store_file(store: Store, source: Path) -> AttachmentRef:
    """Checks the file, copies it into ``store`` (once per content) and returns its reference.

    Raises AttachmentError with a message that says what is wrong and what to do.
    """
    name = safe_file_name(source.name)
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise AttachmentError("attachment_not_file", name=name)
        if size == 0:
            raise AttachmentError("attachment_empty", name=name)
        if size > MAX_SIZE:
            raise AttachmentError(
                "attachment_too_large", name=name, size=format(size / 1048576, ".1f"), max_size=MAX_SIZE // 1048576
            )
        media_type = sniff_media_type(source)
        if media_type is None:
            raise AttachmentError("attachment_type", name=name)
        # A full or read-only data folder is the disk's fault, not the chosen file's.
        with atomic.disk_errors(folder_of(store), needed=size):
            sha = _copy_in(store, source)
    except OSError as exc:
        raise AttachmentError(
            "attachment_unreadable", name=name, reason=exc.strerror or exc
        ) from exc
    return AttachmentRef(
        sha256=sha,
        filename=name,
        size=size,
        media_type=media_type,
        added_at=dt.datetime.now().replace(microsecond=0),
    )


@dataclass(frozen=True)
class AttachmentState:
    exists: bool
    readable: bool
    hash_matches: bool
    size: int | None


def verify(store: Store, sha256: str) -> AttachmentState:
    """Whether the stored copy is still there and unchanged (its hash recomputed)."""
    path = blob_path(store, sha256)
    if not path.exists():
        return AttachmentState(False, False, False, None)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return AttachmentState(True, False, False, None)
    return AttachmentState(True, True, digest.hexdigest() == sha256, path.stat().st_size)


def export_copy(store: Store, ref: AttachmentRef, target_dir: Path,
                taken: set[str] | None = None) -> Path:
    """Copies a stored attachment out under its own name, made a safe file name inside
    ``target_dir`` (safe_paths.join_inside); with ``taken`` (names already used in that
    folder), a repeated name becomes "name (2).ext" instead of replacing the first."""
    target_dir.mkdir(parents=True, exist_ok=True)
    name = safe_file_name(ref.filename, fallback=ref.sha256[:12])
    if taken is not None:
        name = unique_name(name, taken)
    target = join_inside(target_dir, name)
    shutil.copyfile(blob_path(store, ref.sha256), target)
    return target


def opening_name(name: str, media_type: str | None) -> str | None:
    """``name`` with the extension its content calls for (added when it has another one);
    None when the content is none of the allowed kinds."""
    extensions = EXTENSIONS.get(media_type or "")
    if extensions is None:
        return None
    name = safe_file_name(name)
    if Path(name).suffix.lower() in extensions:
        return name
    return safe_file_name(name + extensions[0])


def copy_for_opening(store: Store, ref: AttachmentRef, target_dir: Path) -> Path:
    """A copy to open in the computer's own viewer: its content decides the extension (never
    an extension the sender chose), and content that is no image, PDF or Word file is not
    opened at all (AttachmentError)."""
    name = opening_name(ref.filename, sniff_media_type(blob_path(store, ref.sha256)))
    if name is None:
        raise AttachmentError("attachment_not_openable", name=ref.filename)
    return export_copy(store, dataclasses.replace(ref, filename=name), target_dir)
