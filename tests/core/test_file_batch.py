"""atomic.FileBatch, how a package merge writes many files into the attachment store: nothing
under a final name before every file is on the disk, and nothing left when the batch is
discarded."""

from __future__ import annotations

import errno
import os

import pytest

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import DiskError


def _write(batch: atomic.FileBatch, target, data: bytes) -> None:
    with batch.file(target) as out:
        out.write(data)


def test_files_reach_their_names_only_once_all_are_on_the_disk(tmp_path, monkeypatch):
    events: list[str] = []
    fsync, replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), replace(a, b))[1])
    targets = [tmp_path / "store" / name[:2] / name for name in ("ab01", "ab02", "cd03")]
    batch = atomic.FileBatch()
    try:
        for n, target in enumerate(targets):
            _write(batch, target, b"x" * (n + 1))
        # Staged beside their targets under names a leftover clean-up knows.
        assert not any(t.exists() for t in targets)
        assert all(atomic.TEMP_MARK in p.name for p in batch.staged.values())
        assert batch.place() == targets
    finally:
        batch.close()
    assert [t.read_bytes() for t in targets] == [b"x", b"xx", b"xxx"]
    assert events.index("replace") >= len(targets)  # every file synced before any rename
    assert events.count("replace") == len(targets)
    assert sorted(p.name for p in (tmp_path / "store").rglob("*")) == ["ab", "ab01", "ab02",
                                                                       "cd", "cd03"]


@pytest.mark.parametrize("placed", [False, True])
def test_a_discarded_batch_leaves_nothing(tmp_path, placed):
    store = tmp_path / "store"
    (store / "ab").mkdir(parents=True)
    (store / "ab" / "ab00").write_bytes(b"kept")
    batch = atomic.FileBatch()
    try:
        _write(batch, store / "ab" / "ab01", b"1")
        _write(batch, store / "cd" / "cd02", b"2")
        if placed:
            batch.place()
        batch.discard()
        batch.discard()  # a failed merge, then its rollback
    finally:
        batch.close()
    assert sorted(p.name for p in store.rglob("*")) == ["ab", "ab00"]


def test_a_full_disk_while_writing_is_typed_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "store" / "ab" / "ab01"
    batch = atomic.FileBatch()
    try:
        with pytest.raises(DiskError) as info, batch.file(target) as out:
            out.write(b"part")
            raise OSError(errno.ENOSPC, "No space left on device")
        assert info.value.code == "disk_full"
        assert not batch.staged
    finally:
        batch.close()
    assert [p.name for p in target.parent.iterdir()] == []
