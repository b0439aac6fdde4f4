"""One data folder, shared by every window and command that opens it: who else has it open,
what a crash left behind, whether the last window was closed properly, and when its data was
last checked.

Each process holding the folder open keeps a shared lock on ``.khoa-thu-muc.sqlite3`` (SQLite's
own file locking, the same on Windows and Linux, released by the system when a process dies).
A process that can take the lock exclusively knows no other window or command is working in
the folder, so what it finds half done was left by a crash: it finishes an interrupted
restore, and removes temporary files. Nothing is cleaned while another process has the folder
open; and a process never removes temporary files younger than itself.
"""

from __future__ import annotations

import _thread
import datetime as dt
import errno
import os
import sqlite3
import time
from pathlib import Path

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.paths import DataLayout

LOCK_FILE = ".khoa-thu-muc.sqlite3"
WINDOW_MARK = ".cua-so-dang-mo"  # written when a window opens, removed when the last one closes
LAST_CHECK = ".kiem-tra-gan-nhat"  # when the database last passed the quick check at start
CHECK_EVERY = dt.timedelta(days=7)
# Timestamps on FAT (most USB sticks) have a resolution of two seconds: a file this process
# made just after it started may look a little older than the process.
_SLACK = 10.0
_PROBE = ".thu-ghi.tmp-"
_DENIED = {errno.EROFS, errno.EACCES, errno.EPERM}


class FolderLock:
    """A shared lock held for the life of the process, taken exclusively for a moment when the
    process must know it is alone in the folder. Without a writable folder it does nothing."""

    def __init__(self, root: Path):
        self._mutex = _thread.allocate_lock()  # threading.Lock, without importing threading
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = sqlite3.connect(root / LOCK_FILE, isolation_level=None, timeout=0,
                                         check_same_thread=False)
        except sqlite3.Error:
            self._conn = None

    def _end(self) -> None:
        assert self._conn is not None
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def exclusive(self) -> bool:
        """True when no other process has the folder open; held until ``share``."""
        with self._mutex:
            if self._conn is None:
                return False
            try:
                self._end()
                self._conn.execute("PRAGMA busy_timeout = 0")
                self._conn.execute("BEGIN EXCLUSIVE")
            except sqlite3.Error:
                return False
            return True

    def share(self, wait: float = 5.0) -> None:
        """Holds the folder open alongside others (waiting for one busy cleaning up)."""
        with self._mutex:
            if self._conn is None:
                return
            try:
                self._end()
                self._conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
                self._conn.execute("BEGIN")
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error:
                # Not held: the program still opens; at worst another one cleans too early.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")

    def release(self) -> None:
        with self._mutex:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def is_writable(root: Path) -> bool:
    """Whether the program may write in the data folder: it can be created, a file can be
    made in it, and the database file (if any) is not marked read-only."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        # A name no other process or thread makes (tempfile's would cost a read-only command
        # its imports); one a crash leaves is cleaned as a leftover (TEMP_MARK in _PROBE).
        name = root / f"{_PROBE}{os.getpid()}-{_thread.get_ident()}-{time.monotonic_ns()}"
        os.close(os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.unlink(name)
    except OSError as exc:
        if exc.errno in _DENIED:
            return False
        if exc.errno not in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise
    database = DataLayout(root).database
    return not database.exists() or os.access(database, os.W_OK)


class FolderSession:
    """A data folder as one process holds it open. (A plain class: the command line's list
    opens a folder, and dataclasses would be most of its imports.)"""

    def __init__(self, layout: DataLayout, writable: bool, lock: FolderLock | None,
                 started: float):
        self.layout = layout
        self.writable = writable
        self.lock = lock
        self.started = started
        self.unclean = False  # the previous window was not closed properly (a crash, a power cut)
        self.notes: list[str] = []  # what opening did that the user must hear

    def alone(self) -> bool:
        """Takes the lock exclusively if no other process has the folder open (then ``share``
        must follow)."""
        return self.lock is not None and self.lock.exclusive()

    def close(self, *, window: bool = False) -> None:
        """Releases the folder; a window that is the last to close removes its mark, so the
        next start knows it ended properly."""
        if self.lock is None:
            return
        if window and self.lock.exclusive():
            (self.layout.root / WINDOW_MARK).unlink(missing_ok=True)
        self.lock.release()
        self.lock = None


def _finish_restore(layout: DataLayout) -> str | None:
    if not layout.restore_journal.exists():
        return None  # the usual case: nothing more is loaded (the restore loads the database)
    from sangkien_desktop.services.backup import restore

    try:
        recovered = restore.finish_interrupted_restore(layout)
    except SangKienError as exc:
        return exc.message
    if recovered is None:
        return None
    code = "restore_finished" if recovered.finished else "restore_called_off"
    return Message(code, archive=recovered.archive)


def open_folder(layout: DataLayout, *, window: bool = False) -> FolderSession:
    """Opens the data folder for this process, before its database: takes the shared lock,
    and when alone in the folder finishes or rolls back a restore a crash interrupted (cheap
    when there is none: one file is looked for). A window also leaves its mark, after noting
    whether the previous window left its own (``unclean``)."""
    root = layout.root
    with atomic.disk_errors(root):
        writable = is_writable(root)
        if writable:
            layout.ensure()
    session = FolderSession(layout, writable, FolderLock(root) if writable else None, time.time())
    if session.alone():
        note = _finish_restore(layout)
        if note:
            session.notes.append(note)
        session.unclean = window and (root / WINDOW_MARK).exists()
    if window and writable:
        try:
            (root / WINDOW_MARK).write_bytes(b"")
        except OSError:
            pass  # a full disk: the database open that follows says so
    if session.lock is not None:
        session.lock.share()
    return session


class Leftovers:
    """What cleaning a crash's leftovers removed: how many files and folders, how many bytes."""

    def __init__(self, count: int, size: int):
        self.count = count
        self.size = size


def _is_leftover(name: str) -> bool:
    return name.startswith(".") and (atomic.TEMP_MARK in name or name.startswith(atomic.INCOMING)
                                     or name.endswith(".restoring"))


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def clean_leftovers(session: FolderSession) -> Leftovers:
    """Removes temporary files and folders a crash left in the data folder (a backup, a restore,
    an attachment being copied in, a new database being created), when no other process has
    the folder open. Files younger than this process are never touched."""
    if not session.alone():
        return Leftovers(0, 0)
    layout, count, size = session.layout, 0, 0
    try:
        if layout.restore_journal.exists():
            return Leftovers(0, 0)  # a restore to finish first: its work folder is not litter
        cutoff = session.started - _SLACK
        store = layout.attachments
        from sangkien_desktop.services.backup.backups import damaged_folder

        folders = [layout.root, layout.backups, damaged_folder(layout), store]
        if store.is_dir():
            folders += [p for p in store.iterdir() if p.is_dir() and len(p.name) == 2]
        for folder in folders:
            if not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                if not _is_leftover(entry.name):
                    continue
                path = Path(entry.path)
                try:
                    if entry.stat(follow_symlinks=False).st_mtime > cutoff:
                        continue
                    found = _size(path)
                    if entry.is_dir(follow_symlinks=False):
                        import shutil

                        shutil.rmtree(path)
                    else:
                        path.unlink()
                except OSError:
                    continue
                count += 1
                size += found
    finally:
        if session.lock is not None:
            session.lock.share()
    return Leftovers(count, size)


def start_check_due(session: FolderSession, now: dt.datetime | None = None) -> bool:
    """Whether the quick check is due at this start: after a window that did not close
    properly, and otherwise once a week."""
    if not session.writable or not session.layout.database.exists():
        return False
    if session.unclean:
        return True
    now = now or dt.datetime.now()
    try:
        last = dt.datetime.fromisoformat(
            (session.layout.root / LAST_CHECK).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return True
    return not dt.timedelta(0) <= now - last < CHECK_EVERY


def record_check(layout: DataLayout, now: dt.datetime | None = None) -> None:
    """Notes when the database last passed the check (a full disk only delays the next one)."""
    stamp = (now or dt.datetime.now()).isoformat(timespec="seconds")
    try:
        (layout.root / LAST_CHECK).write_text(stamp, encoding="utf-8")
    except OSError:
        pass
