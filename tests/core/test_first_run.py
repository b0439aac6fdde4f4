"""A new data folder: no backup of an empty database, papers refused until the unit is named,
backups going to the folder the officer chose, and the first-run assistant's state."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import papers
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import (
    mark_setup,
    save_unit_profile,
    setup_pending,
    unit_profile,
)
from tests.core.test_decisions import UNIT

T0 = dt.datetime(2026, 12, 4, 8, 0)


@pytest.fixture
def data(tmp_path):
    app = open_app_data(tmp_path / "data")
    yield app
    app.close()


def _add(app, title="Khuôn gá hàn ống") -> str:
    with app.db.session() as s:
        uuid = save_dossier(s, Dossier(title=title, authors=[Author(full_name="Lê Văn Bình")])).uuid
        s.commit()
    return uuid


def test_no_daily_backup_of_an_empty_database(data):
    assert backups.backup_if_due(data.layout, T0) is None
    assert backups.list_backups(data.layout) == []
    with data.db.session() as s:  # settings alone are not records
        save_unit_profile(s, UNIT)
        s.commit()
    assert backups.backup_if_due(data.layout, T0) is None
    _add(data)
    first = backups.backup_if_due(data.layout, T0)
    assert first is not None and first.dossier_count == 1


def test_a_dossier_in_the_bin_still_counts_as_data(data):
    uuid = _add(data)
    with data.db.session() as s:
        move_to_bin(s, uuid)
        s.commit()
    assert backups.holds_records(data.layout.database)
    assert backups.backup_if_due(data.layout, T0) is not None


def test_backups_go_to_the_chosen_folder_and_back(data, tmp_path):
    layout = data.layout
    assert layout.backups == layout.default_backups == layout.root / "backups"
    chosen = tmp_path / "o-dia-khac" / "sao-luu"
    chosen.mkdir(parents=True)
    layout.choose_backups(chosen)
    assert DataLayout(layout.root).backups == chosen  # every window and command agrees
    _add(data)
    info = backups.backup_now(layout, now=T0)
    assert info.path.parent == chosen
    assert [b.path for b in backups.list_backups(layout)] == [info.path]
    layout.choose_backups(None)
    assert layout.backups == layout.default_backups
    assert not (layout.root / ".thu-muc-sao-luu").exists()


def test_backups_in_the_folders_used_before_stay_listed_and_restorable(data, tmp_path, capsys):
    """The officer moves the backups to another disk, then to a USB stick: the backups taken
    before are still listed (marked as in an earlier folder), newest first, and restore."""
    layout = data.layout
    uuid = _add(data)
    first = backups.backup_now(layout, now=T0)  # in backups/ of the data folder
    disk, stick = tmp_path / "o-d" / "sao-luu", tmp_path / "usb"
    disk.mkdir(parents=True)
    stick.mkdir()
    layout.choose_backups(disk)
    second = backups.backup_now(layout, now=T0 + dt.timedelta(days=1))
    layout.choose_backups(stick)
    third = backups.backup_now(layout, now=T0 + dt.timedelta(days=2))
    listed = backups.list_backups(DataLayout(layout.root))  # as another window reads it
    assert [(b.path, b.earlier) for b in listed] == [
        (third.path, False), (second.path, True), (first.path, True)]
    assert DataLayout(layout.root).earlier_backups() == [disk.resolve(), layout.default_backups]
    # Back to the data folder's own: the two chosen folders are the earlier ones now.
    layout.choose_backups(None)
    assert [(b.path, b.earlier) for b in backups.list_backups(layout)] == [
        (third.path, True), (second.path, True), (first.path, False)]
    assert layout.earlier_backups() == [stick.resolve(), disk.resolve()]
    # A folder that is gone (the stick pulled out) is passed over.
    for archive in stick.iterdir():
        archive.unlink()
    stick.rmdir()
    assert [b.path for b in backups.list_backups(layout)] == [second.path, first.path]
    assert main(["--data-dir", str(layout.root), "backups"]) == 0
    assert f"(thư mục cũ) {second.path}" in capsys.readouterr().out
    data.close()
    # Restored by the name the list printed, found in the earlier folder.
    assert main(["--data-dir", str(layout.root), "restore", second.path.name]) == 0
    assert f"Đã khôi phục dữ liệu từ {second.path}" in capsys.readouterr().out
    reopened = open_app_data(layout.root)
    with reopened.db.session() as s:
        assert get_dossier(s, uuid).title == "Khuôn gá hàn ống"
    reopened.close()


def test_a_chosen_folder_that_is_gone_does_not_stop_the_folder_opening(data, tmp_path):
    layout = data.layout
    gone = tmp_path / "usb"
    gone.mkdir()
    layout.choose_backups(gone)
    gone.rmdir()
    gone.write_bytes(b"")  # a file where the folder was: mkdir fails
    assert DataLayout(layout.root).ensure().backups == gone
    _add(data)
    with pytest.raises(backups.BackupError) as failed:  # the backup says so, naming the folder
        backups.backup_now(layout, now=T0)
    assert str(gone) in str(failed.value)


def test_papers_are_refused_until_the_unit_is_named(data, tmp_path):
    uuid = _add(data)
    with data.db.session() as s:
        [choice, *_] = papers.choices_for_dossier(s, uuid)
        with pytest.raises(InputError) as refused:
            papers.paper_data(s, choice)
        assert refused.value.code == "paper_unit_unnamed"
        assert "Chưa đặt tên đơn vị" in str(refused.value)
        data_unnamed = papers.dossier_paper(s, uuid)
    out = tmp_path / "don.pdf"
    with pytest.raises(InputError):
        papers.write_atomically(choice.kind, data_unnamed, "pdf", out)
    with pytest.raises(InputError):
        list(papers.iter_pdf_bytes(choice.kind, data_unnamed))
    assert not out.exists()
    with data.db.session() as s:
        save_unit_profile(s, UNIT)
        s.commit()
        named = papers.paper_data(s, choice)
    assert papers.write_atomically(choice.kind, named, "pdf", out).read_bytes()[:4] == b"%PDF"


def test_the_command_line_says_why_it_prints_nothing(data, tmp_path, capsys):
    _add(data)
    with data.db.session() as s:
        from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers

        [row] = list_dossiers(s, DossierQuery())
    data.close()
    out = tmp_path / "don.pdf"
    code = main(["--data-dir", str(data.layout.root), "doc", "don-yeu-cau", "--dossier", row.code,
                 "--out", str(out)])
    assert code != 0 and not out.exists()
    assert "Chưa đặt tên đơn vị" in capsys.readouterr().err


def test_setup_is_pending_until_done_or_skipped_or_the_unit_named(data):
    with data.db.session() as s:
        assert setup_pending(s)
        mark_setup(s, "skipped")
        assert not setup_pending(s)
    with data.db.session() as s:
        save_unit_profile(s, UNIT)
        assert not setup_pending(s)


def test_the_programme_is_kept_in_the_profile_and_old_profiles_read(data):
    with data.db.session() as s:
        save_unit_profile(s, dataclasses.replace(UNIT, campaign_id="mot-trieu-sang-kien-2021-2023"))
        s.commit()
        assert unit_profile(s).campaign_id == "mot-trieu-sang-kien-2021-2023"
    old = UNIT.to_dict()
    old.pop("campaign_id")
    assert type(UNIT).from_dict(old).campaign_id == ""
