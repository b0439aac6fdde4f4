"""The portal package's folder and zip take their names in two renames: a crash (the process
killed, as by a power cut) between them is finished by the next export to the same place, or
by recover_portal_export, so the folder and the zip always end up from the same export."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sangkien_desktop.exchange.portal import (
    PortalField,
    PortalItem,
    recover_portal_export,
    write_portal_package,
)

# A child process writes the package and is killed (os._exit, no cleanup) at one rename.
CHILD = """
import os, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from sangkien_desktop import atomic
from tests.core.test_portal_crash import items, write
out, stop = Path(sys.argv[1]), sys.argv[2]
real = os.replace
def replace(src, dst):
    if Path(dst) == out.parent / stop:  # the rename into place, not the old one's set-aside
        os._exit(9)
    real(src, dst)
atomic.os.replace = replace
write(out, items("new"))
"""


def items(tag: str) -> list[PortalItem]:
    return [PortalItem("0f7c0000-0000-4000-8000-000000000001", "SK-0001", f"Sáng kiến {tag}",
                       [PortalField("full_name", "Họ và tên", "Lê Thị Hoa")], f"Mô tả {tag}",
                       "7/2.000 ký tự", "SK-0001-ho-so.pdf", b"%PDF-1.4 " + tag.encode())]


def write(out: Path, what: list[PortalItem]) -> None:
    for _ in write_portal_package(out, what, "Gói", "08:00 01/04/2022"):
        pass


def _tag_of_zip(out: Path) -> str:
    with zipfile.ZipFile(out) as zf:
        return zf.read("cong/SK-0001/mo-ta.txt").decode().split()[-1]


def _tag_of_folder(out: Path) -> str:
    return (out.with_suffix("") / "SK-0001" / "mo-ta.txt").read_text().split()[-1]


def _crash(out: Path, at: str) -> int:
    root = str(Path(__file__).parents[2])
    return subprocess.run([sys.executable, "-c", CHILD.format(root=root), str(out), at],
                          cwd=root).returncode


@pytest.mark.parametrize("at", ["cong", "cong.zip"])  # the folder's rename, then the zip's
def test_a_crash_between_the_renames_is_finished_next_time(tmp_path, at):
    out = tmp_path / "cong.zip"
    write(out, items("old"))
    assert _crash(out, at) == 9
    leftovers = list(tmp_path.glob(".cong.tmp-*"))
    assert len(leftovers) == 1 and (leftovers[0] / "READY").exists()
    if at == "cong.zip":  # the folder is new, the zip still old: they disagree
        assert (_tag_of_folder(out), _tag_of_zip(out)) == ("new", "old")
    else:  # the old folder was set aside: no folder under the name
        assert not out.with_suffix("").exists()
    assert recover_portal_export(out)
    assert (_tag_of_folder(out), _tag_of_zip(out)) == ("new", "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cong", "cong.zip"]


def test_the_next_export_finishes_a_crashed_one_first(tmp_path):
    out = tmp_path / "cong.zip"
    assert _crash(out, "cong.zip") == 9
    assert not out.exists() and _tag_of_folder(out) == "new"
    write(out, items("later"))
    assert (_tag_of_folder(out), _tag_of_zip(out)) == ("later", "later")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cong", "cong.zip"]


def test_an_export_stopped_before_it_was_ready_is_only_removed(tmp_path):
    out = tmp_path / "cong.zip"
    write(out, items("old"))
    unfinished = tmp_path / ".cong.tmp-x1"
    (unfinished / "files").mkdir(parents=True)
    (unfinished / "package.zip").write_bytes(b"half")
    assert not recover_portal_export(out)
    assert (_tag_of_folder(out), _tag_of_zip(out)) == ("old", "old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cong", "cong.zip"]
