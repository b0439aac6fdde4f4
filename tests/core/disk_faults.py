"""Fault injection for disk errors, so the tests of a full disk and of a read-only folder run
everywhere (no mounting needed), plus a real small tmpfs where the system allows one.

- ``full_disk``: every fsync fails with ENOSPC, as on a disk that filled up while a file was
  written (every durable write of the program ends with an fsync, so none can succeed).
- ``read_only``: creating a file or a folder under a given folder fails with EROFS, as on a
  locked USB stick.
- ``damage_page``: scrambles the b-tree header of the database page holding a given text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def full_disk(monkeypatch) -> None:
    def fsync(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)


def read_only(monkeypatch, folder: Path) -> None:
    root = os.path.abspath(folder)

    def inside(path) -> bool:
        return os.path.abspath(os.fsdecode(path)).startswith(root)

    real_open, real_mkdir = os.open, os.mkdir

    def fake_open(path, flags, *args, **kwargs):
        if inside(path) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    def fake_mkdir(path, *args, **kwargs):
        if inside(path):
            if os.path.isdir(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), os.fsdecode(path))
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)


def checkpoint(database: Path) -> None:
    """Folds the -wal into the database file, so damage written to the file is what is read."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def page_of(database: Path, marker: bytes) -> int:
    """The number (from 0) of the page of the database file that holds ``marker``."""
    checkpoint(database)
    data = database.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    offset = data.find(marker)
    assert offset > 0, marker
    return offset // page_size


def damage_page(database: Path, page: int) -> None:
    """Overwrites the b-tree page header of ``page`` (a data page, not the file header)."""
    checkpoint(database)
    with database.open("r+b") as fh:
        page_size = int.from_bytes(fh.read(18)[16:18], "big")
        fh.seek(page * page_size)
        fh.write(b"\x0d\xff\xff\xff\xff\x00\x00\x00" * 4)


def root_page(database: Path, table: str) -> int:
    checkpoint(database)
    conn = sqlite3.connect(database)
    number = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    return number - 1


@contextlib.contextmanager
def small_tmpfs(base: Path, size: str = "8m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted under ``base``; the test is skipped where mounting is
    not allowed (not root, or in a container without the right)."""
    mount = base / f"tmpfs-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip() or 'not root'}); "
                    "the fault-injection tests cover the same paths")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder: Path) -> None:
    """Fills the disk holding ``folder`` to the last byte."""
    with (folder / "fill.bin").open("wb", buffering=0) as fh:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * chunk)


def rewrite_in_table(database: Path, old: bytes, new: bytes) -> None:
    """Changes ``old`` to ``new`` (same length) in the table's own page only, leaving the
    index pages that hold the same value as they were: a table and its index disagree."""
    assert len(old) == len(new)
    checkpoint(database)
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start, changed = 0, 0
    while (at := data.find(old, start)) >= 0:
        page = at // page_size
        header = page * page_size + (100 if page == 0 else 0)
        if data[header] == 0x0D:  # a leaf page of a table, not of an index
            data[at:at + len(old)] = new
            changed += 1
        start = at + 1
    assert changed == 1
    database.write_bytes(bytes(data))
