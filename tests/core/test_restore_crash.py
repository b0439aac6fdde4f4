"""An interrupted restore must not strand attachments (issue 12, §4).

Before: a kill after restore's first rename left ``attachments/`` missing (the files only in
``.tmp-khoi-phuc-*/attachments-before``) and the program started with no warning; a kill after
the second rename paired the old database with the backup's attachments. Now a journal is
written before the first rename, and the next start finishes the restore (or, killed before
the journal, nothing changed). A child process is killed (``os._exit``, no clean-up, as by a
power cut) at each step, as the portal export's crash test does."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import backups, data_folder, restore
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.core import disk_faults

CHILD = """
import os, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import restore
data, archive, point, nth = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
seen = {{}}
def hit(name):
    seen[name] = seen.get(name, 0) + 1
    if name == point and seen[name] == nth:
        os._exit(9)
real_replace = os.replace
def replace(src, dst):
    hit("replace:" + Path(dst).name)
    real_replace(src, dst)
os.replace = replace
real_database = restore.restore_database
def database(*args):
    hit("database")
    real_database(*args)
    hit("database-done")
restore.restore_database = database
real_unlink = Path.unlink
def unlink(self, missing_ok=False):
    hit("unlink:" + self.name)
    real_unlink(self, missing_ok=missing_ok)
Path.unlink = unlink
restore.restore_backup(DataLayout(data), archive)
"""

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def _add(app, title, blob: bytes, tmp: Path) -> None:
    source = tmp / f"{hashlib.sha256(blob).hexdigest()[:8]}.pdf"
    source.write_bytes(blob)
    dossier = Dossier(title=title, attachments=[store_file(app.layout.attachments, source)])
    with app.db.session() as s:
        save_dossier(s, dossier)
        s.commit()


def _state(folder: Path) -> tuple[list[str], set[str]]:
    """The dossiers' titles and the attachment files, checking each file's content."""
    app = open_app_data(folder)
    with app.db.session() as s:
        titles = sorted(r.title for r in list_dossiers(s, DossierQuery()))
    blobs = set()
    for path in app.layout.attachments.rglob("*"):
        if path.is_file():
            assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
            blobs.add(path.name)
    app.close()
    return titles, blobs


@pytest.fixture
def setup(tmp_path):
    """A backup of two dossiers, then a third added with its own attachment."""
    app = open_app_data(tmp_path / "data")
    _add(app, "Máy cắt ống", PDF + b"1", tmp_path)
    _add(app, "Đồ gá hàn", PDF + b"2", tmp_path)
    archive = backups.backup_now(app.layout, now=dt.datetime(2025, 3, 1, 9)).path
    _add(app, "Thêm sau khi sao lưu", PDF + b"3", tmp_path)
    app.close()
    before = _state(tmp_path / "data")
    after_backup = (["Máy cắt ống", "Đồ gá hàn"],
                    {hashlib.sha256(PDF + n).hexdigest() for n in (b"1", b"2")})
    return tmp_path / "data", archive, before, after_backup


def _kill(data: Path, archive: Path, point: str, nth: int = 1) -> int:
    root = str(Path(__file__).parents[2])
    return subprocess.run([sys.executable, "-c", CHILD.format(root=root), str(data), str(archive),
                           point, str(nth)], cwd=root).returncode


def _leftovers(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if p.name.startswith((".tmp", ".khoi-phuc")))


# Each step of the restore in turn; the first is before the journal exists.
STEPS = [
    ("replace:.khoi-phuc.json", 1),  # writing the journal
    ("replace:attachments-before", 1),  # setting the current attachments aside
    ("replace:attachments", 1),  # the backup's attachments into place
    ("replace:.khoi-phuc.json", 2),  # noting that the database step begins
    ("database", 1),  # copying the database in
    ("database-done", 1),  # the database copied, nothing cleaned yet
    ("unlink:.khoi-phuc.json", 1),  # removing the journal
]


@pytest.mark.parametrize(("point", "nth"), STEPS)
def test_a_restore_killed_at_any_step_is_finished_or_left_untouched(setup, point, nth):
    data, archive, before, restored = setup
    assert _kill(data, archive, point, nth) == 9
    layout = DataLayout(data)
    session = data_folder.open_folder(layout)  # the next start
    session.started = time.time() + 60  # as if started later: the crash's files are old
    data_folder.clean_leftovers(session)
    session.close()
    state = _state(data)
    if point == "replace:.khoi-phuc.json" and nth == 1:
        assert state == before  # killed before the journal: nothing was changed
    else:
        assert state == restored  # finished: the backup's data with the backup's attachments
    assert _leftovers(data) == []
    assert not restore.journal_path(layout).exists()


def test_the_next_start_says_the_restore_was_finished(setup):
    data, archive, _before, _restored = setup
    assert _kill(data, archive, "replace:attachments") == 9
    app = open_app_data(data, window=True)
    assert app.folder.notes and "làm nốt" in app.folder.notes[0]
    app.close()


def test_an_interrupted_restore_of_a_damaged_database_is_finished_and_keeps_it(setup):
    data, archive, _before, restored = setup
    database = data / "sangkien.sqlite3"
    disk_faults.damage_page(database, disk_faults.root_page(database, "dossier"))
    assert _kill(data, archive, "database-done") == 9
    assert _state(data) == restored
    kept = sorted(p.name for p in (data / "backups").iterdir() if p.name.startswith("hong-"))
    assert any(name.endswith("sangkien.sqlite3") for name in kept)  # the damaged file, kept aside


def test_nothing_is_cleaned_while_another_process_has_the_folder_open(setup, tmp_path):
    data, _archive, _before, _restored = setup
    stray = data / ".tmp-khoi-phuc-cu"
    stray.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nsys.path.insert(0, sys.argv[2])\n"
         "from sangkien_desktop.services.context import open_app_data\n"
         "app = open_app_data(sys.argv[1]); print('open', flush=True); time.sleep(60)",
         str(data), str(Path(__file__).parents[2])], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        session = data_folder.open_folder(DataLayout(data))
        session.started = time.time() + 60
        assert data_folder.clean_leftovers(session).count == 0
        assert stray.exists()
    finally:
        holder.kill()
        holder.wait()
    assert data_folder.clean_leftovers(session).count == 1
    assert not stray.exists()
    session.close()
