"""Backups are known good and the last good one survives (issue 12, §2).

Before: a database damaged in a data page still opened, ``backup`` reported success every day,
and after about five weeks retention had pruned every backup that could still be restored."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.backup.backups import DataDamagedError
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.backup import inspect_database
from tests.core import disk_faults

START = dt.datetime(2025, 3, 3, 9, 0)  # a Monday


@pytest.fixture
def data(tmp_path):
    app = open_app_data(tmp_path / "data")
    with app.db.session() as s:
        for n in range(60):
            save_dossier(s, Dossier(title=f"Sáng kiến cải tiến số {n:03d}",
                                    description_solution="Mô tả giải pháp. " * 40))
        s.commit()
    yield app
    app.close()


def _damage_a_data_page(app) -> None:
    app.db.close()
    database = app.layout.database
    disk_faults.damage_page(database, disk_faults.page_of(database, "số 031".encode()))


def test_a_backup_of_damaged_data_is_marked_set_apart_and_reported(data):
    good = backups.backup_now(data.layout, now=START)
    assert good.verified
    _damage_a_data_page(data)
    with pytest.raises(DataDamagedError) as err:
        backups.backup_now(data.layout, now=START + dt.timedelta(days=1))
    bad = err.value.info
    assert bad.path.parent == data.layout.backups / "hong"  # kept apart
    with zipfile.ZipFile(bad.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["integrity"] != "ok" and manifest["integrity_check"] == "integrity_check"
    assert err.value.good == good  # the officer is pointed at the newest good backup
    assert "đã bị hỏng" in err.value.message and "09:00 03/03/2025" in err.value.message
    listed = {i.path: i for i in backups.list_backups(data.layout)}
    assert listed[good.path].verified
    assert listed[bad.path].problem and not listed[bad.path].verified


def test_five_weeks_of_daily_backups_of_damaged_data_keep_the_last_good_one(data):
    for day in range(5):
        backups.backup_now(data.layout, backups.Reason.DAILY, now=START + dt.timedelta(days=day))
    last_good = backups.newest_good(data.layout)
    _damage_a_data_page(data)
    for day in range(5, 45):
        with pytest.raises(DataDamagedError):
            backups.backup_now(data.layout, backups.Reason.DAILY,
                               now=START + dt.timedelta(days=day, hours=1))
    kept = backups.list_backups(data.layout)
    good = [i for i in kept if i.verified]
    assert good and good[0].path == last_good.path
    assert backups.verify_backup(last_good.path).dossier_count == 60  # it restores
    assert len([i for i in kept if not i.verified]) == backups.KEEP_DAMAGED


def test_the_backup_check_finds_what_the_quick_check_misses(data):
    """A value changed in a table row but not in its index: SQLite's quick_check passes it,
    the full integrity_check (what every backup runs) does not."""
    data.db.close()
    conn = sqlite3.connect(data.layout.database)
    key = conn.execute("SELECT sort_title FROM dossier WHERE title LIKE '%số 042'").fetchone()[0]
    conn.close()
    old = key.encode()
    disk_faults.rewrite_in_table(data.layout.database, old, old[:-1] + b"~")
    assert inspect_database(data.layout.database, thorough=False).problems == ()
    assert inspect_database(data.layout.database, thorough=True).problems
    with pytest.raises(DataDamagedError):
        backups.backup_now(data.layout)


def test_the_command_line_says_at_once_when_a_backup_found_damage(data, capsys):
    backups.backup_now(data.layout, now=START)
    _damage_a_data_page(data)
    assert main(["--data-dir", str(data.layout.root), "backup"]) == 2
    err = capsys.readouterr().err
    assert "dữ liệu hiện tại đã bị hỏng" in err and "03/03/2025" in err
    assert "Traceback" not in err


def test_a_clean_backup_records_a_passed_check(data):
    info = backups.backup_now(data.layout)
    with zipfile.ZipFile(info.path) as zf:
        assert json.loads(zf.read("manifest.json"))["integrity"] == "ok"
