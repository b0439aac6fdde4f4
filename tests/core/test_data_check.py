"""``sangkien check-database`` (issue 12, §2): integrity, links, the search index against the
dossiers, attachments against their SHA-256, unused files; safe repairs only."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import time

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services import similarity
from sangkien_desktop.services.backup import data_check
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import drafts, recycle_bin
from sangkien_desktop.services.dossiers.attachments import blob_path, store_file
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage import search
from tests.core import disk_faults

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
DAY = 86400


def _file(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.fixture
def data(tmp_path):
    app = open_app_data(tmp_path / "data")
    ref = store_file(app.layout.attachments, _file(tmp_path, "a.pdf", PDF + b"1"))
    with app.db.session() as s:
        save_dossier(s, Dossier(title="Máy cắt ống thép", authors=[Author(full_name="Lê Văn Hải")],
                                attachments=[ref]))
        for n in range(5):
            save_dossier(s, Dossier(title=f"Sáng kiến số {n}"))
        s.commit()
    app.ref = ref
    yield app
    app.close()


def _check(app, **kw):
    return data_check.check_data(app.layout, app.db, session=app.folder, **kw)


def _age(path, days=2):
    old = time.time() - days * DAY
    os.utime(path, (old, old))


def _raw(app):
    conn = sqlite3.connect(app.layout.database, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def test_sound_data_has_nothing_to_report(data, capsys):
    report = _check(data)
    assert report.findings == [] and report.dossiers == 6 and report.files == 1
    assert main(["--data-dir", str(data.layout.root), "check-database"]) == 0
    assert "Không thấy vấn đề gì" in capsys.readouterr().out


def test_a_search_index_out_of_step_is_rebuilt(data):
    conn = _raw(data)
    # Entries are keyed by (last saved, id): storage.search.list_key.
    conn.execute("UPDATE dossier_fts SET body = 'sai' WHERE rowid & :mask = 1",
                 {"mask": search.ID_MASK})
    conn.execute("INSERT INTO dossier_fts (rowid, body) VALUES (:key, 'ma khong co ho so')",
                 {"key": search.list_key(dt.datetime(2024, 1, 1), 999)})
    conn.close()
    report = _check(data, repair=False)
    assert [f.code for f in report.problems_left] == ["search_index"]
    report = _check(data)
    [finding] = report.findings
    assert finding.code == "search_index" and finding.repaired and "2 hồ sơ" in finding.message
    with data.db.session() as s:
        assert [r.title for r in list_dossiers(s, DossierQuery(search="hai may cat"))] == [
            "Máy cắt ống thép"]
    assert _check(data).findings == []


def _similarity_state(app):
    """The similarity index as stored: entries (id → terms) and counts (term → dossiers)."""
    conn = _raw(app)
    try:
        entries = dict(conn.execute("SELECT rowid, body FROM similarity_fts").fetchall())
        counts = dict(conn.execute("SELECT term, docs FROM similarity_df WHERE docs > 0").fetchall())
    finally:
        conn.close()
    return entries, counts


def test_a_similarity_index_out_of_step_is_rebuilt(data, capsys):
    """The index that finds a resubmitted initiative is checked like the search index: an
    entry changed, missing or of no dossier, or a count out of step, is reported, and a repair
    writes it again as the program would."""
    with data.db.session() as s:
        binned = save_dossier(s, Dossier(title="Cải tiến máy cắt ống thép bằng đồ gá mới"))
        recycle_bin.move_to_bin(s, binned.uuid)
        s.commit()
    sound = _similarity_state(data)
    assert _check(data, repair=False).findings == []  # a dossier in the bin keeps its entry
    conn = _raw(data)
    conn.execute("UPDATE similarity_fts SET body = 'sai' WHERE rowid = 1")
    conn.execute("DELETE FROM similarity_fts WHERE rowid = 2")
    conn.execute("INSERT INTO similarity_fts (rowid, body) VALUES (999, 'khong co ho so')")
    conn.close()
    report = _check(data, repair=False)
    [finding] = report.problems_left
    assert finding.code == "similarity_index" and "3 hồ sơ" in finding.message, finding.message
    assert main(["--data-dir", str(data.layout.root), "check-database", "--dry-run"]) == 1
    assert "so sánh hồ sơ giống" in capsys.readouterr().out
    report = _check(data)
    [finding] = report.findings
    assert finding.code == "similarity_index" and finding.repaired
    assert "Đã dựng lại" in finding.message
    assert _similarity_state(data) == sound
    with data.db.session() as s:
        again = Dossier(title="Máy cắt ống thép")
        assert similarity.top_matches(s, again, minimum=0.5)[0].title == "Máy cắt ống thép"
    assert _check(data).findings == []


def test_similarity_counts_out_of_step_are_rebuilt(data):
    sound = _similarity_state(data)
    conn = _raw(data)
    conn.execute("UPDATE similarity_df SET docs = docs + 7 WHERE term = (SELECT min(term) "
                 "FROM similarity_df WHERE term <> '')")
    conn.close()
    [finding] = _check(data, repair=False).problems_left
    assert finding.code == "similarity_index" and "số đếm" in finding.message, finding.message
    [finding] = _check(data).findings
    assert finding.repaired and _similarity_state(data) == sound


def test_a_cancel_is_heard_while_the_similarity_index_is_checked(data):
    stop = []
    steps = data_check.iter_check_data(data.layout, data.db, cancelled=lambda: bool(stop))
    while True:
        try:
            step = next(steps)
        except StopIteration as done:
            report = done.value
            break
        if step.stage == data_check.STAGES["check_stage_similarity"]:
            stop.append(True)
    assert report.cancelled and report.files == 0


def test_missing_and_changed_attachments_are_reported_not_repaired(data, tmp_path, capsys):
    other = store_file(data.layout.attachments, _file(tmp_path, "b.pdf", PDF + b"2"))
    with data.db.session() as s:
        save_dossier(s, Dossier(title="Có tệp hỏng", attachments=[other]))
        s.commit()
    blob_path(data.layout.attachments, data.ref.sha256).unlink()
    blob_path(data.layout.attachments, other.sha256).write_bytes(PDF + b"changed")
    report = _check(data)
    codes = {f.code: f for f in report.problems_left}
    assert set(codes) == {"attachment_missing", "attachment_changed"}
    assert any("a.pdf" in line for line in codes["attachment_missing"].details)
    assert any("b.pdf" in line for line in codes["attachment_changed"].details)
    assert main(["--data-dir", str(data.layout.root), "check-database", "--json"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert {f["code"] for f in found} == {"attachment_missing", "attachment_changed"}


def test_unused_files_are_moved_aside_into_a_dated_folder(data, tmp_path):
    store = data.layout.attachments
    unused = store_file(store, _file(tmp_path, "c.pdf", PDF + b"3"))
    recent = store_file(store, _file(tmp_path, "d.pdf", PDF + b"4"))
    drafted = store_file(store, _file(tmp_path, "e.pdf", PDF + b"5"))
    with data.db.session() as s:
        drafts.save_draft(s, "draft-uuid", {"attachments": [{"sha256": drafted.sha256}]})
        s.commit()
    for ref in (unused, drafted):
        _age(blob_path(store, ref.sha256))
    report = _check(data)
    [finding] = report.findings
    assert finding.code == "unused_files" and finding.repaired and finding.details == (unused.sha256,)
    moved = report.moved_to / unused.sha256[:2] / unused.sha256
    assert moved.read_bytes() == PDF + b"3"
    assert report.moved_to.parent == data.layout.backups / "tep-thua"
    assert not blob_path(store, unused.sha256).exists()
    # A file just stored (an editor may still be open) and one an unsaved draft uses stay.
    assert blob_path(store, recent.sha256).exists() and blob_path(store, drafted.sha256).exists()


def test_links_to_missing_records_are_reported(data):
    conn = _raw(data)
    conn.execute("INSERT INTO author (dossier_id, position, full_name) VALUES (777, 0, 'Ma')")
    conn.close()
    [finding] = _check(data).problems_left
    assert finding.code == "foreign_keys" and "1 bản ghi" in finding.message


def test_damaged_data_is_reported_and_nothing_is_touched(data, tmp_path, capsys):
    unused = store_file(data.layout.attachments, _file(tmp_path, "c.pdf", PDF + b"3"))
    _age(blob_path(data.layout.attachments, unused.sha256))
    data.db.close()
    database = data.layout.database
    disk_faults.damage_page(database, disk_faults.page_of(database, "Sáng kiến số 3".encode()))
    report = _check(data)
    assert [f.code for f in report.findings] == ["integrity"]
    assert "khôi phục" in report.findings[0].message and report.findings[0].details
    # Records cannot be trusted: no file is judged unused, none is moved.
    assert blob_path(data.layout.attachments, unused.sha256).exists()
    assert main(["--data-dir", str(data.layout.root), "check-database"]) in (1, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_dry_run_changes_nothing(data, tmp_path):
    unused = store_file(data.layout.attachments, _file(tmp_path, "c.pdf", PDF + b"3"))
    _age(blob_path(data.layout.attachments, unused.sha256))
    assert main(["--data-dir", str(data.layout.root), "check-database", "--dry-run"]) == 0
    assert blob_path(data.layout.attachments, unused.sha256).exists()


def test_leftover_temporary_files_are_removed(data):
    stray = data.layout.attachments / ".incoming-abc"
    stray.write_bytes(b"half")
    _age(stray)
    [finding] = _check(data).findings
    assert finding.code == "leftovers" and not stray.exists()


class _LongCheck:
    """A connection whose integrity check runs until SQLite is interrupted (a big database)."""

    def __init__(self):
        self.stopped = threading.Event()

    def execute(self, _sql):
        if not self.stopped.wait(10):
            raise AssertionError("never interrupted")
        raise sqlite3.OperationalError("interrupted")

    def interrupt(self):
        self.stopped.set()


def test_a_cancel_interrupts_the_long_integrity_check():
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 3  # the officer presses Cancel after a few tenths of a second

    started = time.monotonic()
    with pytest.raises(data_check._Stopped):
        data_check._integrity(_LongCheck(), cancelled)
    assert time.monotonic() - started < 2


def test_the_start_check_is_quick_and_finds_damage(data):
    assert data_check.quick_check(data.db) == ()
    data.db.close()
    database = data.layout.database
    disk_faults.damage_page(database, disk_faults.page_of(database, "Sáng kiến số 3".encode()))
    assert data_check.quick_check(data.db)
