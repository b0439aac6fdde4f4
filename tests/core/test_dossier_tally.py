"""The stored dossier counts (storage/dossier_tally.py): after every kind of writer, on either
engine, the counts the status bar and the overview read equal a real count of the dossiers;
rebuild-index and check-database mend counts that drifted."""

from __future__ import annotations

from sqlalchemy import text

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import personal_data, recycle_bin, stored_checks, workflow
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_by_check,
    count_by_status,
    count_dossiers,
    count_for_list,
)
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage import dossier_tally


def real_counts(session) -> tuple[dict[str, int], dict[str, int]]:
    """Per status and per check filter, the dossiers the list shows, counted row by row."""
    by_status = {s.value: count_dossiers(session, DossierQuery(status=s.value)) for s in Status}
    by_check = {c: count_dossiers(session, DossierQuery(check=c)) for c in ("errors", "warnings")}
    return {s: n for s, n in by_status.items() if n}, by_check


def assert_counts_exact(session) -> dict[str, int]:
    """The stored counts equal the real ones (and the status bar's total the list's length)."""
    by_status, by_check = real_counts(session)
    assert count_by_status(session) == by_status
    assert count_by_check(session) == by_check
    assert count_for_list(session, DossierQuery()) == (sum(by_status.values()), False)
    for status, n in by_status.items():
        assert count_for_list(session, DossierQuery(status=status)) == (n, False)
    assert count_for_list(session, DossierQuery(check="errors")) == (by_check["errors"], False)
    return by_status


def test_the_counts_follow_saves_status_changes_the_bin_and_erasure_on_either_engine(db):
    from sangkien_desktop.services.catalog import load_campaigns
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import UNIT, issue

    campaigns = load_campaigns()
    with db.session() as s:
        save_unit_profile(s, UNIT)
        assert assert_counts_exact(s) == {}
        good, weak = make_dossiers(s)  # saved as drafts, then submitted
        draft = save_dossier(s, Dossier(title="Khay đựng dụng cụ", unit_name="Tổ bảo trì"))
        assert assert_counts_exact(s) == {"submitted": 2, "draft": 1}
        issue(s, make_meeting(s, make_council(s), [good, weak]), [good, weak])
        assert assert_counts_exact(s) == {"recognised": 1, "rejected": 1, "draft": 1}
        correction = decisions.new_version(s, good.uuid)  # the recognised one leaves the list
        assert_counts_exact(s)
        workflow.submit(s, draft.uuid)
        assert assert_counts_exact(s)["submitted"] == 1
        stored_checks.refresh(s, campaigns)  # the kept checks: errors and warnings counted
        assert_counts_exact(s)
        recycle_bin.move_to_bin(s, weak.uuid)
        assert "rejected" not in assert_counts_exact(s)
        recycle_bin.restore(s, weak.uuid)
        assert assert_counts_exact(s)["rejected"] == 1
        recycle_bin.move_to_bin(s, weak.uuid)
        personal_data.erase_binned_dossier(s, weak.uuid, reason="Người lao động yêu cầu xóa")
        assert_counts_exact(s)
        recycle_bin.purge(s, weak.uuid)
        recycle_bin.move_to_bin(s, correction.uuid)  # the recognised version is listed again
        recycle_bin.purge(s, correction.uuid)
        assert assert_counts_exact(s) == {"recognised": 1, "submitted": 1}
        s.commit()
    with db.session() as s:  # as committed, read by another session
        assert_counts_exact(s)


def test_the_counts_follow_a_bulk_insert_on_either_engine(db):
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers

    with db.session() as s:
        insert_dossiers(s, list(generate_dossiers(40, seed=3)), campaigns=load_campaigns())
        assert sum(assert_counts_exact(s).values()) == 40
        s.commit()


def test_the_counts_follow_the_imports(tmp_path):
    """A JSON file, a package from a lower unit (new dossiers, then the same package again as
    replacements) and a spreadsheet."""
    from sangkien_desktop.services.exchange import interchange, package_merge, packages
    from sangkien_desktop.services.exchange import spreadsheets as sp
    from tests.core.test_xlsx_import import TODAY, _row, real_world_sheet

    source, target = open_app_data(tmp_path / "a"), open_app_data(tmp_path / "b")
    try:
        with source.db.session() as s:
            create_demo(s, 24, seed=5, councils=False, campaigns=source.campaigns)
            s.commit()
            uuids = [u for (u,) in s.execute(text("SELECT uuid FROM dossier ORDER BY id"))]
            interchange.export_json(s, tmp_path / "ho-so.json", uuids[:8])
            packages.export_package(s, source.attachments, tmp_path / "goi.skpkg", uuids[8:],
                                    source.campaigns)
        sheet = real_world_sheet(tmp_path / "ds.xlsx", [_row("Máy bóc vỏ lạc"), _row("Lò sấy")])
        with target.db.session() as s:
            interchange.import_json(s, tmp_path / "ho-so.json", target.attachments,
                                    campaigns=target.campaigns)
            assert sum(assert_counts_exact(s).values()) == 8
            package_merge.import_package(s, tmp_path / "goi.skpkg", target.attachments,
                                         campaigns=target.campaigns)
            assert sum(assert_counts_exact(s).values()) == 24
            assert sp.import_xlsx(s, sheet, target.campaigns, today=TODAY).created == 2
            assert sum(assert_counts_exact(s).values()) == 26
            s.commit()
    finally:
        source.close()
        target.close()


def _drift(session) -> None:
    """Counts gone wrong as a bug or a hand edit might leave them."""
    session.execute(text("UPDATE dossier_tally SET listed = listed + 7, errors = errors + 1"))
    session.execute(text("INSERT INTO dossier_tally (status, slot, listed) "
                         "VALUES ('nonsense', 5, 3)"))


def test_rebuild_index_mends_drifted_counts_on_either_engine(db):
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers
    from sangkien_desktop.services.dossiers.search_index import rebuild_index

    with db.session() as s:
        insert_dossiers(s, list(generate_dossiers(12, seed=4)))
        right = real_counts(s)
        _drift(s)
        assert count_by_status(s) != right[0]
        assert dossier_tally.recount_session(s) is True  # what rebuild_index does
        assert_counts_exact(s)
        _drift(s)
        rebuild_index(s)
        assert_counts_exact(s)
        assert dossier_tally.recount_session(s) is False  # right counts are left as they are
        s.commit()


def test_check_database_finds_drifted_counts_and_mends_them(tmp_path):
    from sangkien_desktop.services.backup.data_check import check_data

    app = open_app_data(tmp_path / "data")
    try:
        with app.db.session() as s:
            create_demo(s, 20, seed=9, councils=False, campaigns=app.campaigns)
            s.commit()
        assert "dossier_counts" not in {f.code for f in check_data(app.layout, app.db).findings}
        with app.db.session() as s:
            _drift(s)
            s.commit()
        found = check_data(app.layout, app.db, repair=False).findings
        assert [f.message.code for f in found if f.code == "dossier_counts"] == [
            "check_counts_wrong"]
        found = check_data(app.layout, app.db).findings
        assert [(f.message.code, f.repaired) for f in found if f.code == "dossier_counts"] == [
            ("check_counts_rebuilt", True)]
        with app.db.session() as s:
            assert_counts_exact(s)
    finally:
        app.close()


def test_the_upgrade_counts_the_dossiers_already_stored(tmp_path):
    """A database of the schema before the counts: its dossiers are counted by the step."""
    import shutil
    from pathlib import Path

    from sangkien_desktop.storage.database import open_database
    from sangkien_desktop.storage.migrations import TALLY_STEP

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
    path = tmp_path / "sangkien.sqlite3"
    shutil.copy(fixture / f"schema-{TALLY_STEP - 1}.sqlite3", path)
    db = open_database(path)
    try:
        with db.session() as s:
            assert sum(assert_counts_exact(s).values()) > 0
    finally:
        db.close()
