"""Writing files whole or not at all, and saying why when the disk refuses.

One way for every output the program writes: a temporary file beside the target, fsync, rename
over the target, fsync the folder, so a crash or a power cut leaves the old file or the new
one, never half of one. Outputs made of several names (a folder and its zip) are staged side by
side in a work folder beside them, marked READY once complete and then renamed into place; a
crash between the renames is finished by ``recover_staged`` the next time. An OSError met on
the way (a full disk, a locked USB stick, a folder without write rights) becomes a DiskError
whose message says what happened and what to do.

Like ``paths`` and ``resources``, this module sits below every layer: storage, documents,
exchange and services all write files through it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Literal

from sangkien_desktop.domain.errors import DiskError

# shutil and tempfile are imported where used: a command that only reads (``sangkien list``)
# opens its data folder through this module and never writes a temporary file
# (tests/core/test_cli_imports.py).

TEMP_MARK = ".tmp-"  # in every temporary name this module makes: ``.<name>.tmp-XXXXXXXX``
# The name of a file being copied into the attachment store, before its SHA-256 is known
# (services/dossiers/attachments.py): what a crash leaves of one is cleaned like the above.
INCOMING = ".incoming-"
READY = "READY"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EROFS, errno.EACCES, errno.EPERM}
# Asked for when the size of what is being written is not known in advance.
DEFAULT_NEED = 20 * 1024 * 1024
_MARGIN = 1024 * 1024


def free_space(path: Path) -> int | None:
    """Free bytes on the disk holding ``path`` (or its nearest existing parent)."""
    import shutil

    for folder in (Path(path), *Path(path).parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def disk_full(where: Path, needed: int | None = None) -> DiskError:
    """The disk holding ``where`` is full; ``needed`` is the size of what was being written."""
    free = free_space(where) or 0
    short = max((needed or DEFAULT_NEED) - free, 0) + _MARGIN
    from sangkien_desktop.domain.values import format_size  # on failure only: loads decimal

    return DiskError("disk_full", where=where, free=format_size(free), needed=format_size(short))


def read_only(where: Path) -> DiskError:
    return DiskError("disk_read_only", where=where)


def _inside(filename: object, where: Path) -> bool:
    if filename is None:
        return True  # a write on an open file: the file being written
    try:
        Path(os.path.abspath(os.fsdecode(filename))).relative_to(os.path.abspath(where))  # type: ignore[arg-type]
    except ValueError:
        return False
    return True


def disk_error(exc: OSError, where: Path, *, needed: int | None = None) -> DiskError | None:
    """The typed error for an OSError met while writing into ``where``; None when the error is
    not the disk's (a source file that vanished, a bad name), which callers then report as is."""
    if exc.errno in _FULL:
        return disk_full(where, needed)
    if exc.errno in _DENIED and _inside(exc.filename, where):
        return read_only(where)
    if exc.errno == errno.EIO:
        return DiskError("disk_failed", where=where)
    return None


@contextmanager
def disk_errors(where: Path, *, needed: int | None = None) -> Iterator[None]:
    """Turns an OSError of the disk holding ``where`` into a DiskError."""
    try:
        yield
    except OSError as exc:
        typed = disk_error(exc, Path(where), needed=needed)
        if typed is None:
            raise
        raise typed from exc


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Makes a rename or a new name in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Every file and folder under ``root`` (and ``root`` itself) on the disk."""
    if root.is_file():
        fsync_file(root)
        return
    for folder, _dirs, files in os.walk(root):
        for name in files:
            fsync_file(Path(folder) / name)
        fsync_dir(Path(folder))


def temp_name(target: Path) -> str:
    return f".{target.name}{TEMP_MARK}"


@contextmanager
def atomic_path(target: Path, *, needed: int | None = None, suffix: str = "",
                create_folder: bool = True) -> Iterator[Path]:
    """A temporary path beside ``target`` for a writer that wants a file name (a zip, a
    workbook, a PDF); when the block ends normally it is synced and renamed to ``target``.
    Many new files at once go through ``FileBatch``.

    On any exception (an error, a cancelled generator) the temporary file is removed and an
    earlier file under ``target`` stays as it was. ``needed`` (bytes) sizes a disk-full message;
    ``suffix`` ends the temporary name, for writers that go by the extension; the target's
    folder is created unless ``create_folder`` is False (a USB stick that must be there).
    """
    target = Path(target)
    folder = target.parent
    with disk_errors(folder, needed=needed):
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, name = tempfile.mkstemp(dir=folder, prefix=temp_name(target), suffix=suffix)
        os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        typed = disk_error(exc, folder, needed=needed) if isinstance(exc, OSError) else None
        if typed is None:
            raise
        raise typed from exc


@contextmanager
def atomic_file(target: Path, *, needed: int | None = None) -> Iterator[BinaryIO]:
    """``atomic_path`` opened for writing bytes."""
    with atomic_path(target, needed=needed) as tmp, open(tmp, "wb") as fh:
        yield fh


def write_bytes(target: Path, data: bytes) -> Path:
    with atomic_file(target, needed=len(data)) as fh:
        fh.write(data)
    return Path(target)


class FileBatch:
    """Many new files written into place together, as a merge brings them into a store: each
    is written to a temporary file beside its target (``file``), all are written to the disk,
    several at a time, then each is renamed to its target and the folders are synced
    (``place``). So a crash never leaves half a file under a final name, and the disk takes the
    files in a few flushes rather than two waits per file. A temporary file a crash leaves is
    cleaned as a leftover (TEMP_MARK); ``discard`` removes what the batch wrote, placed or not.
    """

    # Files written and waiting for their fsync, at most: each holds a descriptor open.
    _OPEN = 64

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=8)
        self._syncing: list = []  # futures of the fsyncs (each closes its file)
        self.staged: dict[Path, Path] = {}  # target → its temporary file
        self.placed: list[Path] = []
        self.folders: list[Path] = []  # made by this batch, for ``discard``
        self._known: set[Path] = set()

    @contextmanager
    def file(self, target: Path, *, needed: int | None = None) -> Iterator[BinaryIO]:
        """A new file for ``target`` (not yet staged), open for writing bytes; it is staged
        when the block ends normally and removed on any exception."""
        target = Path(target)
        folder = target.parent
        with disk_errors(folder, needed=needed):
            if folder not in self._known:
                if not folder.is_dir():
                    folder.mkdir(parents=True)
                    self.folders.append(folder)
                self._known.add(folder)
            import tempfile

            fd, name = tempfile.mkstemp(dir=folder, prefix=temp_name(target))
        tmp = Path(name)
        fh = open(fd, "wb")  # noqa: SIM115 (closed by its fsync below, or on failure)
        try:
            yield fh
            fh.flush()
        except BaseException as exc:
            fh.close()
            tmp.unlink(missing_ok=True)
            typed = disk_error(exc, folder, needed=needed) if isinstance(exc, OSError) else None
            if typed is None:
                raise
            raise typed from exc
        self.staged[target] = tmp
        if len(self._syncing) >= self._OPEN:
            self._wait(self._syncing[: self._OPEN // 2])
            del self._syncing[: self._OPEN // 2]
        self._syncing.append(self._pool.submit(_sync_close, fh))

    def _wait(self, futures: list) -> None:
        for future in futures:
            future.result()

    def place(self) -> list[Path]:
        """Waits until every staged file is on the disk, renames each to its target and syncs
        their folders; returns the targets placed."""
        folders = {target.parent for target in self.staged}
        with disk_errors(next(iter(folders), Path(".")), needed=None):
            try:
                self._wait(self._syncing)
            finally:
                self._syncing.clear()
            for target, tmp in list(self.staged.items()):
                os.replace(tmp, target)
                del self.staged[target]
                self.placed.append(target)
            for _ in self._pool.map(fsync_dir, folders | {f.parent for f in self.folders}):
                pass
        return list(self.placed)

    def discard(self) -> None:
        """Removes every file of the batch, staged or placed, and the folders it made (a folder
        another file went into meanwhile stays). Safe to call more than once."""
        for future in self._syncing:
            try:
                future.result()
            except BaseException:  # noqa: S110 (its file goes below either way)
                pass
        self._syncing.clear()
        for path in [*self.staged.values(), *self.placed]:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
        self.staged.clear()
        self.placed.clear()
        for folder in reversed(self.folders):
            try:
                folder.rmdir()
            except OSError:
                pass
        self.folders.clear()
        self._known.clear()

    def close(self) -> None:
        self._pool.shutdown(wait=True)


def _sync_close(fh: BinaryIO) -> None:
    try:
        os.fsync(fh.fileno())
    finally:
        fh.close()


class Staging:
    """Outputs that belong together (a folder and its zip), written side by side into
    ``folder/.<key>.tmp-XXXX/out/`` and renamed into ``folder`` together once complete.

    ``path(name)`` is where the output that will be ``folder/name`` is written. ``commit()``
    syncs everything, writes READY and renames each output into place (an older folder is set
    aside first and removed once the new one stands; a file is replaced in one rename). Used as a context manager, an exception
    before ``commit`` removes the work folder; past READY a crash leaves it for
    ``recover_staged``, which the next Staging of the same key runs first.
    """

    def __init__(self, folder: Path, key: str, *, needed: int | None = None):
        self.folder, self.key, self.needed = Path(folder), key, needed
        with disk_errors(self.folder, needed=needed):
            self.folder.mkdir(parents=True, exist_ok=True)
            recover_staged(self.folder, key)
            import tempfile

            self.work = Path(tempfile.mkdtemp(dir=self.folder, prefix=f".{key}{TEMP_MARK}"))
            (self.work / "out").mkdir()
        self.ready = False

    def path(self, name: str) -> Path:
        return self.work / "out" / name

    def commit(self) -> None:
        with disk_errors(self.folder, needed=self.needed):
            fsync_tree(self.work / "out")
            (self.work / READY).write_bytes(b"")
            fsync_file(self.work / READY)
            fsync_dir(self.work)
            self.ready = True
            _commit(self.work, self.folder)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind, exc, tb) -> Literal[False]:
        if exc is not None and not self.ready:
            import shutil

            shutil.rmtree(self.work, ignore_errors=True)
        if isinstance(exc, OSError):
            typed = disk_error(exc, self.folder, needed=self.needed)
            if typed is not None:
                raise typed from exc
        return False


def _commit(work: Path, folder: Path) -> None:
    """Puts a READY work folder's outputs in place; safe to run again after any crash."""
    out = work / "out"
    if out.is_dir():
        for item in sorted(out.iterdir()):
            final = folder / item.name
            # A file is replaced in one rename; a folder cannot be, so the old one steps aside.
            if item.is_dir() and (final.exists() or final.is_symlink()):
                old = work / "old"
                old.mkdir(exist_ok=True)
                os.replace(final, old / item.name)
            os.replace(item, final)
    fsync_dir(folder)
    import shutil

    shutil.rmtree(work, ignore_errors=True)


def recover_staged(folder: Path, key: str) -> bool:
    """Finishes the READY outputs of ``key`` a crash stopped between their renames, and
    removes work folders of runs stopped before READY. True when one was finished."""
    finished = False
    if not folder.is_dir():
        return False
    for work in sorted(folder.glob(f".{key}{TEMP_MARK}*")):
        if not work.is_dir():
            continue
        if (work / READY).exists():
            _commit(work, folder)
            finished = True
        else:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    return finished
