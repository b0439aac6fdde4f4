"""Papers drawn once: the PDFs a package carries (a dossier's description report, a decision),
kept in the data folder and reused while what they are drawn from is unchanged.

Drawing a description report takes tens of milliseconds, more than everything else a package
does with a dossier; an officer sends the same dossiers upward again and again (a corrected
nomination, a second package). An entry is keyed by the owner (dossier or decision uuid), the
kind of paper and the SHA-256 of everything the writer is given (``paper_key``), under a
folder named for the renderer (``renderer_version``: the program's version and the source of
its document writers, the fonts, reportlab's version). So a changed dossier, unit profile or
layout never meets an old paper: it just misses.

    <data folder>/cache/papers/<renderer>/<uuid[:2]>/<uuid>-<kind>-<key>.pdf

Kept small: a new paper replaces the older ones of its owner and kind; ``forget`` drops a
purged dossier's papers (the bin calls it); ``trim`` removes other renderers' folders and the
least recently used papers beyond ``max_bytes``. Losing the cache loses nothing: every paper
is drawn again when needed. Files are written to a temporary name and renamed, so a reader
never sees half a paper.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from sangkien_desktop import __version__
from sangkien_desktop.domain.dossier import Dossier

CACHE_FOLDER = ("cache", "papers")
# About 6,000 description reports: a provincial office's packages of a year.
MAX_BYTES = 512 * 1024 * 1024


# What a dossier's record says of its own keeping, printed on no paper: a dossier whose
# status moved (nominated, recognised) keeps the papers drawn before.
_NOT_PRINTED = frozenset({"status", "updated_at", "revision", "updated_by"})


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Its fields, without the deep copy asdict makes (a slotted class has no vars).
        fields = vars(value) if hasattr(value, "__dict__") else dataclasses.asdict(value)
        if isinstance(value, Dossier):
            fields = {k: v for k, v in fields.items() if k not in _NOT_PRINTED}
        return fields
    return str(value)  # dates, Decimals, enums (a StrEnum is its value)


def paper_key(kind: str, data: Any) -> str:
    """The SHA-256 of everything the writer of ``kind`` is given."""
    text = json.dumps([kind, data], default=_json_default, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def renderer_version() -> str:
    """A short digest of what draws a paper: the program's version, the source of its document
    writers (their compiled code in a frozen build, which ships no source), the shipped fonts
    and the PDF library's version. Read without importing the writers."""
    from importlib.util import find_spec

    from sangkien_desktop import documents
    from sangkien_desktop.resources import resource_path

    digest = hashlib.sha256(__version__.encode())
    try:
        digest.update(metadata.version("reportlab").encode())
    except metadata.PackageNotFoundError:  # a frozen build without package metadata
        pass
    folder = Path(documents.__file__).parent
    sources = sorted(folder.glob("*.py"))
    if sources:
        for path in sources:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    else:
        import marshal
        import pkgutil

        for module in sorted(m.name for m in pkgutil.iter_modules(documents.__path__)):
            try:
                spec = find_spec(f"sangkien_desktop.documents.{module}")
                code = spec.loader.get_code(spec.name)  # type: ignore[union-attr]
            except Exception:  # noqa: BLE001 - a loader without code: the version still holds
                continue
            if code is not None:
                digest.update(module.encode() + b"\0" + marshal.dumps(code))
    fonts = resource_path("fonts")
    for path in sorted(fonts.glob("*.ttf")):
        digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


class PaperCache:
    def __init__(self, root: Path, *, version: str | None = None, max_bytes: int = MAX_BYTES):
        self.root = root
        self.version = version or renderer_version()
        self.folder = root / self.version
        self.max_bytes = max_bytes

    @classmethod
    def of(cls, layout: Any) -> PaperCache:
        """The cache of a data folder (a paths.DataLayout)."""
        return cls(Path(layout.root).joinpath(*CACHE_FOLDER))

    def _path(self, owner: str, kind: str, key: str) -> Path:
        return self.folder / owner[:2] / f"{owner}-{kind}-{key[:32]}.pdf"

    @staticmethod
    def _papers_in(folder: Path, prefix: str) -> list[Path]:
        """The papers in ``folder`` whose names begin with ``prefix`` (a listing of the folder:
        a glob pattern per owner would compile a regular expression each time)."""
        try:
            with os.scandir(folder) as entries:
                return [Path(e.path) for e in entries
                        if e.name.startswith(prefix) and e.name.endswith(".pdf")]
        except OSError:
            return []

    def owners_held(self, owners: Iterable[str]) -> set[str]:
        """Which of ``owners`` have a paper of this renderer here, whatever its data: one
        listing per folder, no file read."""
        shards: dict[str, set[str]] = {}
        for owner in owners:
            shards.setdefault(owner[:2], set()).add(owner)
        held: set[str] = set()
        for shard, wanted in shards.items():
            names = [p.name for p in self._papers_in(self.folder / shard, "")]
            held.update(o for o in wanted if any(n.startswith(f"{o}-") for n in names))
        return held

    def has(self, owner: str, kind: str, key: str) -> bool:
        """Whether the paper is here (nothing read)."""
        return self._path(owner, kind, key).is_file()

    def get(self, owner: str, kind: str, key: str) -> bytes | None:
        path = self._path(owner, kind, key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            os.utime(path)  # recently used: trimmed last
        except OSError:
            pass
        return data

    def put(self, owner: str, kind: str, key: str, data: bytes) -> None:
        """Stores the paper; a cache that cannot be written is no error (nothing is lost)."""
        path = self._path(owner, kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in self._papers_in(path.parent, f"{owner}-{kind}-"):
                if old != path:
                    old.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".paper-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            pass

    def forget(self, owners: Iterable[str]) -> None:
        """Drops every paper of these owners (dossiers purged from the bin), of every renderer."""
        if not self.root.is_dir():
            return
        versions = [d for d in self.root.iterdir() if d.is_dir()]
        for owner in owners:
            for version in versions:
                for path in self._papers_in(version / owner[:2], f"{owner}-"):
                    path.unlink(missing_ok=True)

    def trim(self) -> None:
        """Removes other renderers' papers, then the least recently used beyond max_bytes."""
        if not self.root.is_dir():
            return
        for other in self.root.iterdir():
            if other.is_dir() and other.name != self.version:
                shutil.rmtree(other, ignore_errors=True)
        if not self.folder.is_dir():
            return
        entries = []
        for shard in os.scandir(self.folder):
            if not shard.is_dir():
                continue
            for entry in os.scandir(shard.path):
                if entry.is_file():
                    st = entry.stat()
                    entries.append((st.st_mtime, st.st_size, entry.path))
        total = sum(size for _t, size, _p in entries)
        for _mtime, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                os.unlink(path)
            except OSError:
                continue
            total -= size
