"""The exchange package between union levels: one zip file (extension ``.skpkg``) holding
``manifest.json``, the records (``records.json``), generated documents and attachments.

The manifest names every other file with its SHA-256 and size. A reader checks the container
(names, links, sizes, duplicates) when it opens the file and every hash in ``verify`` before
anything is written anywhere; docs/dossier-format.md describes the layout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import uuid as uuidlib
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from zlib import error as zlib_error

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.exchange.schema import (
    MANIFEST_SCHEMA,
    InvalidDataError,
    Problem,
    check_document,
    load_json,
    problem_list,
)

PACKAGE_FORMAT = "sangkien-package"
PACKAGE_VERSION = 1
EXTENSION = ".skpkg"
MANIFEST = "manifest.json"
RECORDS = "records.json"

# Limits that tell a real package from a zip bomb. An attachment is at most 50 MB
# (services.attachments.MAX_SIZE); the records of 100,000 dossiers are far below 1 GB.
MAX_ENTRIES = 500_000
MAX_ENTRY_SIZE = 1024 * 1024 * 1024
MAX_TOTAL_SIZE = 16 * 1024 * 1024 * 1024
MAX_MANIFEST_SIZE = 256 * 1024 * 1024
# Deflate reaches about 1:1000 at best; real files (text, scans) stay far under 1:100.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # small entries may compress well without harm

_CHUNK = 1024 * 1024
_PROBE = 16 * 1024
_SAFE_PART = re.compile(r"^[A-Za-z0-9._-]+$")


class PackageError(DataFileError):
    """A package that is refused: damaged, tampered with, too new or dangerous."""

    code = "package"
    problems: list[Problem] = []


def refuse(name: str, what: str, code: str = "package_records") -> PackageError:
    """The refusal of package ``name``: ``what`` is wrong and nothing was written; the error's
    code says which kind of refusal it is (damaged, tampered with, too new…)."""
    return PackageError(Message("package_refused", name=name, what=what), code=code)


def refuse_invalid(name: str, what: str, exc: InvalidDataError, code: str) -> PackageError:
    """A refusal listing the problems the schema check found in ``what`` (a file of the
    package); ``problems`` keeps them for whoever wants them one by one."""
    error = PackageError(Message("package_refused_invalid", name=name, what=what,
                                 problems=problem_list(exc.problems, exc.total)), code=code)
    error.problems = exc.problems
    return error


@dataclass(frozen=True)
class PackageFile:
    path: str
    sha256: str
    size: int


@dataclass
class Manifest:
    package_id: str
    kind: str
    created_at: dt.datetime
    sending_unit: dict[str, str]
    app_version: str
    schema_version: int
    rules_versions: list[str]
    files: list[PackageFile] = field(default_factory=list)
    format_version: int = PACKAGE_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PACKAGE_FORMAT,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "kind": self.kind,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "sending_unit": self.sending_unit,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "rules_versions": self.rules_versions,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }

    @property
    def sender_name(self) -> str:
        return self.sending_unit.get("name", "")


def is_safe_path(name: str) -> bool:
    """A relative path of plain parts: no drive, no leading slash, no "..", no backslash."""
    if not name or name.startswith("/") or "\\" in name or ":" in name:
        return False
    parts = name.split("/")
    return all(p not in ("", ".", "..") and _SAFE_PART.match(p) for p in parts)


# ---- writing -------------------------------------------------------------------------------

Source = bytes | Path


@dataclass(frozen=True)
class Entry:
    """A file of the package. A caller that has just hashed the bytes it gives (the papers it
    drew) passes their ``sha256``, and ``deflate`` when it knows whether they compress (a PDF
    drawn here does not): neither is worked out again."""

    path: str
    source: Source
    sha256: str | None = None
    deflate: bool | None = None


def _compresses(source: Source) -> bool:
    """Whether deflate gains anything on this file, judged on its first 16 KB: scans, photos,
    PDFs and DOCX are mostly compressed already (the papers drawn here too), and deflating
    them only costs time."""
    if isinstance(source, bytes):
        head = source[:_PROBE]
    else:
        with source.open("rb") as fh:
            head = fh.read(_PROBE)
    return len(zlib.compress(head, 1)) < 0.9 * len(head)


def _copy_hashing(src: IO[bytes], dst: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := src.read(_CHUNK):
        digest.update(chunk)
        dst.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _size_of(entries: list[Entry]) -> int | None:
    """What the package will take at most (files are stored or deflated), for the message of
    a full disk; None when a source cannot be measured."""
    try:
        return sum(len(e.source) if isinstance(e.source, bytes) else e.source.stat().st_size
                   for e in entries)
    except OSError:
        return None


def write_package(
    out: Path, manifest: Manifest, entries: Iterable[Entry], total: int = 0
) -> Iterator[Progress]:
    """Writes the package to a temporary file beside ``out`` and renames it at the end, so an
    interrupted export (an error, a cancel that stops the generator) leaves nothing under
    ``out``. ``manifest.files`` is filled here; yields one Progress per file."""
    entries = list(entries)
    with atomic.atomic_path(out, needed=_size_of(entries)) as tmp:
        seen: set[str] = set()
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6,
                             allowZip64=True) as zf:
            for n, entry in enumerate(entries, 1):
                if not is_safe_path(entry.path) or entry.path in seen or entry.path == MANIFEST:
                    raise ValueError(f"bad or repeated package path {entry.path!r}")
                seen.add(entry.path)
                info = zipfile.ZipInfo(entry.path, date_time=manifest.created_at.timetuple()[:6])
                deflate = entry.deflate if entry.deflate is not None else _compresses(entry.source)
                info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                with zf.open(info, "w", force_zip64=True) as dst:
                    if isinstance(entry.source, bytes):
                        dst.write(entry.source)
                        sha = entry.sha256 or hashlib.sha256(entry.source).hexdigest()
                        size = len(entry.source)
                    else:
                        with entry.source.open("rb") as src:
                            sha, size = _copy_hashing(src, dst)
                manifest.files.append(PackageFile(entry.path, sha, size))
                yield Progress(n, max(total, n), "files")
            text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1) + "\n"
            info = zipfile.ZipInfo(MANIFEST, date_time=manifest.created_at.timetuple()[:6])
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    yield Progress(len(manifest.files), len(manifest.files), "done")


# ---- reading -------------------------------------------------------------------------------


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode) or (info.create_system == 3 and stat.S_IFMT(mode) not in
                                  (0, stat.S_IFREG, stat.S_IFDIR))


def parse_manifest(raw: Any, name: str, known_schema: int) -> Manifest:
    """Checks the manifest's format and versions, then the whole of it against
    resources/schemas/package-manifest.schema.json; raises PackageError."""
    if not isinstance(raw, dict) or raw.get("format") != PACKAGE_FORMAT:
        raise refuse(name, Message("package_not_ours"), "package_format")
    version = raw.get("format_version")
    schema = raw.get("schema_version")
    if not (isinstance(version, int) and isinstance(schema, int)) or any(
            isinstance(v, bool) or v < 1 for v in (version, schema)):
        raise refuse(name, Message("package_no_version"), "package_manifest")
    if version > PACKAGE_VERSION or schema > known_schema:
        raise refuse(
            name,
            Message("package_newer_why", app=str(raw.get('app_version', '?'))[:20], version=version, schema=schema, readable_version=PACKAGE_VERSION, readable_schema=known_schema),
            "package_newer",
        )
    try:
        check_document(raw, MANIFEST_SCHEMA)
    except InvalidDataError as exc:
        raise refuse_invalid(name, Message("package_manifest_listing"), exc,
                                 "package_manifest") from None
    files: list[PackageFile] = []
    seen: set[str] = set()
    for item in raw["files"]:
        path = item["path"]
        if not is_safe_path(path):
            raise refuse(name, Message("package_unsafe_path", path=path), "package_path")
        if path in seen:
            raise refuse(name, Message("package_listed_twice", path=path), "package_duplicate")
        seen.add(path)
        files.append(PackageFile(path, item["sha256"], item["size"]))
    return Manifest(
        package_id=str(uuidlib.UUID(raw["package_id"])), kind=raw["kind"],
        created_at=dt.datetime.fromisoformat(raw["created_at"]),
        sending_unit=dict(raw["sending_unit"]), app_version=raw["app_version"],
        schema_version=schema, rules_versions=list(raw["rules_versions"]), files=files,
        format_version=version,
    )


class PackageReader:
    """An open package whose container has been checked; ``verify`` checks every hash."""

    def __init__(self, path: Path, known_schema: int):
        self.path = path
        self.name = path.name
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise PackageError("package_missing", path=path) from None
        except (zipfile.BadZipFile, OSError, EOFError):
            raise refuse(self.name, Message("package_truncated"), "package_damaged") from None
        except (UnicodeDecodeError, ValueError):  # a name flagged UTF-8 that is not UTF-8
            raise refuse(self.name, Message("package_name_unreadable"), "package_damaged") from None
        try:
            self._infos = self._check_container()
            self.manifest = self._read_manifest(known_schema)
            self._files = {f.path: f for f in self.manifest.files}
            self._check_listing()
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_container(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise refuse(self.name, Message("package_too_many_files", count=len(infos)), "package_bomb")
        by_name: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if info.is_dir():
                continue
            if not is_safe_path(name):
                raise refuse(self.name, Message("package_member_unsafe", name=name), "package_path")
            if _is_link(info):
                raise refuse(self.name, Message("package_symlink", name=name),
                              "package_link")
            if name in by_name:
                raise refuse(self.name, Message("package_member_twice", name=name), "package_duplicate")
            if info.file_size > MAX_ENTRY_SIZE:
                raise refuse(self.name, Message("package_member_too_large", name=name, size=format(info.file_size / 1048576, ".0f")), "package_bomb")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1):
                raise refuse(self.name, Message("package_zip_bomb", name=name, ratio=info.file_size // max(info.compress_size, 1)), "package_bomb")
            total += info.file_size
            by_name[name] = info
        if total > MAX_TOTAL_SIZE:
            raise refuse(self.name, Message("package_too_large_unpacked", total=format(total / 1073741824, ".1f")), "package_bomb")
        return by_name

    def _read_manifest(self, known_schema: int) -> Manifest:
        info = self._infos.get(MANIFEST)
        if info is None:
            raise refuse(self.name, Message("package_no_manifest"), "package_damaged")
        if info.file_size > MAX_MANIFEST_SIZE:
            raise refuse(self.name, Message("package_manifest_too_large"), "package_bomb")
        data = self._read_limited(info)
        if len(data) > info.file_size:
            raise refuse(self.name, Message("package_manifest_longer"), "package_damaged")
        return parse_manifest(self._load(data, MANIFEST, "package_manifest"), self.name,
                              known_schema)

    def read_json(self, path: str, code: str) -> Any:
        """The JSON value of a listed file, its hash checked (``read``) and its content read
        safely (schema.load_json); raises PackageError with ``code`` for what is refused."""
        return self._load(self.read(path), path, code)

    def _load(self, data: bytes, path: str, code: str) -> Any:
        try:
            return load_json(data, path)
        except InvalidDataError as exc:
            raise refuse_invalid(self.name, path, exc, code) from None
        except DataFileError as exc:
            raise refuse(self.name, exc.message, code) from None

    def _check_listing(self) -> None:
        listed = {f.path: f for f in self.manifest.files}
        for name in self._infos:
            if name != MANIFEST and name not in listed:
                raise refuse(self.name, Message("package_member_unlisted", name=name), "package_tampered")
        for path, entry in listed.items():
            info = self._infos.get(path)
            if info is None:
                raise refuse(self.name, Message("package_listed_missing", path=path), "package_tampered")
            if info.file_size != entry.size:
                raise refuse(self.name, Message("package_size_differs", path=path),
                              "package_tampered")

    def _read_limited(self, info: zipfile.ZipInfo) -> bytes:
        try:
            with self._zip.open(info) as fh:
                return fh.read(info.file_size + 1)[: info.file_size + 1]
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib_error):
            raise refuse(self.name, Message("package_member_unreadable", filename=info.filename), "package_damaged") from None

    def _stream(self, path: str, sink: Callable[[bytes], object] | None) -> tuple[str, int]:
        info = self._infos[path]
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    if size > info.file_size:
                        break
                    digest.update(chunk)
                    if sink is not None:
                        sink(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib_error):
            raise refuse(self.name, Message("package_entry_unreadable", path=path),
                          "package_damaged") from None
        return digest.hexdigest(), size

    def _check(self, entry: PackageFile, sha: str, size: int) -> None:
        if sha != entry.sha256 or size != entry.size:
            raise refuse(self.name, Message("package_hash_mismatch", path=entry.path), "package_tampered")

    def verify(self) -> Iterator[Progress]:
        """Recomputes the SHA-256 and size of every listed file; raises PackageError."""
        files = self.manifest.files
        for n, entry in enumerate(files, 1):
            self._check(entry, *self._stream(entry.path, None))
            yield Progress(n, len(files), "verify")

    def entry(self, path: str) -> PackageFile | None:
        return self._files.get(path)

    def read(self, path: str) -> bytes:
        """A listed file's bytes, checked against the manifest."""
        entry = self.entry(path)
        if entry is None:
            raise refuse(self.name, Message("package_not_listed", path=path), "package_damaged")
        parts: list[bytes] = []
        sha, size = self._stream(path, parts.append)
        self._check(entry, sha, size)
        return b"".join(parts)

    def write_to(self, path: str, sha256: str, out: IO[bytes]) -> None:
        """Writes a listed file into ``out`` in one pass, checking as it goes that its bytes
        have the size and SHA-256 the manifest lists and that this SHA-256 is ``sha256`` (the
        name it is stored under): a package changed since it was checked is refused here
        too. Raises PackageError; the caller discards what was written."""
        entry = self.entry(path)
        if entry is None:
            raise refuse(self.name, Message("package_not_listed", path=path), "package_damaged")
        sha, size = self._stream(path, out.write)
        self._check(entry, sha, size)
        if sha != sha256:
            raise refuse(self.name, Message("package_hash_mismatch", path=path),
                         "package_tampered")
