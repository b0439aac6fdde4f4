"""Whatever the program exports, it reads back: demo data → export (Excel, JSON, exchange
package) → import into a fresh data folder → the same dossiers."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from sangkien_desktop.domain.personal_data import withhold
from sangkien_desktop.domain.workflow import imported_status
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey, list_dossiers
from sangkien_desktop.services.exchange import interchange, package_merge, packages, spreadsheets
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow

# Enough dossiers for the demo to recognise some and correct a few of those (version 2).
DEMO_COUNT = 120


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app = open_app_data(tmp_path_factory.mktemp("demo"))
    with app.db.session() as s:
        create_demo(s, DEMO_COUNT, seed=3)
        s.commit()
    yield app
    app.close()


@pytest.fixture
def fresh(tmp_path):
    app = open_app_data(tmp_path / "fresh")
    yield app
    app.close()


def _all_uuids(app) -> list[str]:
    with app.db.session() as s:
        return list(s.scalars(select(DossierRow.uuid).where(DossierRow.deleted_at.is_(None))
                              .order_by(DossierRow.id)))


def _corrected(app) -> set[str]:
    """Dossiers that have a newer version: the old recognised ones."""
    with app.db.session() as s:
        return set(s.scalars(select(DossierVersionRow.previous_uuid).where(
            DossierVersionRow.previous_uuid.is_not(None))))


def test_the_demo_has_corrected_versions(demo):
    # The case that broke the Excel round trip: a recognised dossier and its correction
    # share a code and a title.
    corrected = _corrected(demo)
    assert corrected
    with demo.db.session() as s:
        for old in corrected:
            newer = s.scalar(select(DossierVersionRow.dossier_uuid).where(
                DossierVersionRow.previous_uuid == old))
            assert get_dossier(s, newer).code == get_dossier(s, old).code


# ---- Excel -----------------------------------------------------------------------------------

SHEET_FIELDS = (
    "uuid", "code", "title", "unit_name", "province_code", "campaign_id", "solution_type",
    "target_group", "field_of_application", "first_applied_on", "benefit_author_vnd",
    "benefit_author_social", "description_solution", "status", "notes",
)  # fmt: skip


def _sheet_view(app, uuids) -> dict[str, dict]:
    """What the sheet carries of each dossier, by uuid."""
    out = {}
    with app.db.session() as s:
        ids = [s.scalar(select(DossierRow.id).where(DossierRow.uuid == u)) for u in uuids]
        for d in spreadsheets.sheet_dossiers(s, ids):
            data = {f: getattr(d, f) for f in SHEET_FIELDS}
            data["authors"] = [(a.full_name, a.share_percent) for a in d.authors]
            out[d.uuid] = data
    return out


@pytest.mark.parametrize("all_versions", [False, True])
def test_excel_list_reads_back_into_a_fresh_folder(demo, fresh, tmp_path, all_versions):
    out = tmp_path / "danh-sach.xlsx"
    with demo.db.session() as s:
        written = spreadsheets.export_dossier_list(s, out, demo.campaigns,
                                                   all_versions=all_versions)
    current = [u for u in _all_uuids(demo) if u not in _corrected(demo)]
    assert written == len(_all_uuids(demo) if all_versions else current)
    with fresh.db.session() as s:
        check = spreadsheets.dry_run(s, out, fresh.campaigns)
        assert not check.errors, [p.text for p in check.errors[:5]]
        older = [p for p in check.all_problems() if p.code == "version_older"]
        assert len(older) == (len(_corrected(demo)) if all_versions else 0)
    report = unit_of_work.run(fresh, spreadsheets.import_xlsx, out, fresh.campaigns)
    assert report.created == len(current)
    assert sorted(_all_uuids(fresh)) == sorted(current)
    # A sheet carries no decision: a status that states one comes in as submitted.
    expected = _sheet_view(demo, current)
    for data in expected.values():
        data["status"] = imported_status(data["status"], None)
    assert _sheet_view(fresh, current) == expected
    lowered = [p for p in check.all_problems() if p.code == "status_needs_decision"]
    assert lowered and all(p.severity == "warning" for p in lowered)


def test_excel_list_imported_again_into_the_same_folder_is_refused_row_by_row(demo, tmp_path):
    out = tmp_path / "danh-sach.xlsx"
    with demo.db.session() as s:
        spreadsheets.export_dossier_list(s, out, demo.campaigns)
        report = spreadsheets.dry_run(s, out, demo.campaigns)
    assert report.errors
    assert all(r.problems and not r.ok for r in report.rows)
    assert {p.code for p in report.errors} <= {"uuid_existing", "code_existing"}


def test_excel_list_export_keeps_one_row_per_dossier_whatever_the_sort(demo, tmp_path):
    out = tmp_path / "theo-ten.xlsx"
    query = DossierQuery(sort=SortKey.TITLE, descending=False)
    with demo.db.session() as s:
        written = spreadsheets.export_dossier_list(s, out, demo.campaigns, query)
        every_version = list_dossiers(s, query._replace(old_versions=True), limit=None)
        listed = list_dossiers(s, query, limit=None)  # as the window lists them by default
    assert written == len(listed) == len(every_version) - len(_corrected(demo))


# ---- JSON ------------------------------------------------------------------------------------


def test_json_reads_back_into_a_fresh_folder(demo, fresh, tmp_path):
    out = tmp_path / "ho-so.json"
    with demo.db.session() as s:
        count = interchange.export_json(s, out)
    uuids = _all_uuids(demo)
    assert count == len(uuids)
    report = unit_of_work.run(fresh, interchange.import_json, out)
    assert sorted(report.added) == sorted(uuids) and not report.conflicts
    lowered = []
    with demo.db.session() as a, fresh.db.session() as b:
        for uuid in uuids:
            mine = get_dossier(a, uuid)
            # A JSON file carries no decision: "recognised" and the like come in as submitted.
            expected = dataclasses.replace(mine, status=imported_status(mine.status, None))
            assert get_dossier(b, uuid) == expected
            if expected.status != mine.status:
                lowered.append(uuid)
    assert lowered and sorted(report.lowered) == sorted(lowered)


# ---- exchange package --------------------------------------------------------------------------


def _content(d) -> dict:
    return dataclasses.asdict(dataclasses.replace(d, revision=0, updated_by=""))


@pytest.mark.parametrize("personal_data", [True, False])
def test_package_reads_back_into_a_fresh_folder_with_versions_and_freezes(
        demo, fresh, tmp_path, personal_data):
    # Every corrected lineage (both versions), every other frozen dossier and a few drafts:
    # each dossier in a package renders its papers, so not all of them.
    with demo.db.session() as s:
        versions = {v.dossier_uuid for v in s.scalars(select(DossierVersionRow))}
    uuids = [u for u in _all_uuids(demo) if u in versions]
    uuids += [u for u in _all_uuids(demo) if u not in versions][:5]
    out = tmp_path / "goi.skpkg"
    with demo.db.session() as s:
        packages.export_package(s, demo.layout.attachments, out, uuids, demo.campaigns,
                                personal_data=personal_data)
    report = unit_of_work.run(fresh, package_merge.import_package, out, fresh.layout.attachments)
    assert sorted(i.uuid for i in report.added if i.kind == "dossier") == sorted(uuids)
    with demo.db.session() as a, fresh.db.session() as b:
        for uuid in uuids:
            mine, theirs = get_dossier(a, uuid), get_dossier(b, uuid)
            if not personal_data:  # left out by default: the rest is the same
                assert all(x.cccd == x.phone == "" for x in theirs.authors)
                mine = withhold(mine)
            # Who saved each copy and how often is bookkeeping of each database, not content.
            assert _content(theirs) == _content(mine)
            sent, got = history.version_of(a, uuid), history.version_of(b, uuid)
            assert dataclasses.replace(got, content_hash="") == \
                dataclasses.replace(sent, content_hash="")
            if got.frozen:
                assert history.content_hash(theirs) == got.content_hash
                assert (got.content_hash == sent.content_hash) is personal_data
