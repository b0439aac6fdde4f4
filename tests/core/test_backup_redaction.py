"""After an erasure, the retained backups are rewritten without the person's data: the zip's
database no longer holds the CCCD, the archive still verifies and restores."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from sangkien_desktop.domain.personal_data import PersonQuery
from sangkien_desktop.services.backup import backup_redaction, backups, restore
from sangkien_desktop.services.backup.backup_redaction import Outcome
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.personal_data import (
    Selection,
    compact,
    erase_person,
    find_person,
)
from sangkien_desktop.storage.backup import DB_MEMBER, read_manifest
from tests.core.privacy_support import (
    CCCD,
    NAME,
    OTHER_CCCD,
    PHONE,
)


def _database_in(path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(DB_MEMBER)


def _erase(w):
    with w.app.db.session() as s:
        report = find_person(s, PersonQuery(cccd=CCCD))
        chosen = {o.key for o in report.occurrences + report.related}
        erase_person(s, report, chosen=chosen, reason="Theo yêu cầu")
        s.commit()
    compact(w.app.db)
    return Selection.of(report, chosen, reason="Theo yêu cầu")


def test_retained_backups_are_rewritten_without_the_person(world):
    layout = world.app.layout
    first = backups.backup_now(layout, now=dt.datetime(2026, 1, 5, 8, 0))
    second = backups.backup_now(layout, backups.Reason.IMPORT, now=dt.datetime(2026, 1, 6, 8, 0))
    for info in (first, second):
        assert CCCD.encode() in _database_in(info.path)
    selection = _erase(world)
    steps = []
    results = backup_redaction.rewrite_backups(layout, selection, progress=steps.append)
    assert [r.outcome for r in results] == [Outcome.REWRITTEN, Outcome.REWRITTEN]
    assert [(s.done, s.total) for s in steps] == [(1, 2), (2, 2)]
    for info in (first, second):
        data = _database_in(info.path)
        for value in (CCCD, PHONE):
            assert value.encode() not in data, value
        assert OTHER_CCCD.encode() in data  # the co-author's stays
        checked = backups.verify_backup(info.path)  # still a sound backup, same name and date
        assert checked.created_at == info.created_at and checked.reason == info.reason
        manifest = read_manifest(info.path)
        assert manifest["redactions"][0]["reason"] == "Theo yêu cầu"
    # Restoring a rewritten backup gives the data without the person, the decision intact.
    restore.restore_backup(layout, first.path)
    with world.app.db.session() as s:
        restored = get_dossier(s, world.recognised)
        assert restored.authors[0].full_name == NAME and restored.authors[0].cccd == ""
        assert history.hash_chain(s, restored).ok
    # Run again: nothing of the person left, nothing rewritten.
    again = backup_redaction.rewrite_backups(layout, selection)
    assert {r.outcome for r in again} == {Outcome.CLEAN}


def test_a_backup_from_an_older_schema_is_reported_for_deletion(world, monkeypatch):
    layout = world.app.layout
    info = backups.backup_now(layout, now=dt.datetime(2026, 1, 5, 8, 0))
    before = info.path.read_bytes()
    selection = _erase(world)
    monkeypatch.setattr(backup_redaction, "LATEST_VERSION", 10_000)
    [result] = backup_redaction.rewrite_backups(layout, selection)
    assert result.outcome == Outcome.OLD_SCHEMA
    assert info.path.read_bytes() == before
    backup_redaction.delete_backup(layout, info.path)
    assert not info.path.exists()
    with pytest.raises(backups.BackupError):
        backup_redaction.delete_backup(layout, world.app.layout.database)
