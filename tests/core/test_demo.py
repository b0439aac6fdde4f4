"""Demo data is reproducible and plausible, and the bulk path stores what save_dossier stores."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import re
import unicodedata
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from sangkien_desktop.domain.dossier import AttachmentRef, Sector, Status
from sangkien_desktop.domain.text import fold
from sangkien_desktop.services.catalog import load_campaigns, load_unit_list
from sangkien_desktop.services.demo.demo_dossiers import (
    CAMPAIGN_WEIGHTS,
    FORBIDDEN_NAMES,
    MAIN_CAMPAIGN,
    create_demo,
    generate_dossiers,
)
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_dossiers,
    list_dossiers,
)
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import DossierVersionRow

PHONE = re.compile(r"0[35789]\d{8}")
CCCD = re.compile(r"\d{12}")


@pytest.fixture(scope="module")
def sample():
    return list(generate_dossiers(1500, seed=2024))


def test_same_seed_same_dossiers_other_seed_other_dossiers():
    first = list(generate_dossiers(40, seed=7))
    again = list(generate_dossiers(40, seed=7))
    assert first == again  # every field, uuids, authors and dates included
    other = list(generate_dossiers(40, seed=8))
    assert {d.uuid for d in first}.isdisjoint(d.uuid for d in other)
    assert [d.title for d in first] != [d.title for d in other]


def test_uuids_are_unique_version_4(sample):
    assert len({d.uuid for d in sample}) == len(sample)
    assert all(d.uuid[14] == "4" for d in sample)


def test_every_dossier_has_authors_whose_shares_add_to_100(sample):
    sizes = collections.Counter(len(d.authors) for d in sample)
    assert set(sizes) == {1, 2, 3, 4}
    for d in sample:
        assert d.share_total == Decimal(100), d.title
        assert all(a.share_percent and a.share_percent > 0 for a in d.authors)
    assert any(a.share_percent == Decimal("33.34") for d in sample for a in d.authors)


def test_names_are_vietnamese_and_sex_consistent_with_cccd(sample):
    provinces = {u.cccd_code for u in load_unit_list("provinces-1997").units}
    people = [a for d in sample for a in d.authors]
    with_cccd = [a for a in people if a.cccd]
    assert len(with_cccd) > 0.8 * len(people)
    for a in with_cccd:
        assert CCCD.fullmatch(a.cccd), a.cccd
        assert a.cccd[:3] in provinces
        assert 1965 <= a.birth_date.year <= 2000
        century = 0 if a.birth_date.year < 2000 else 2
        assert int(a.cccd[3]) in (century, century + 1)
        assert a.cccd[4:6] == f"{a.birth_date.year % 100:02d}"
        words = a.full_name.split()
        if "Văn" in words[1:-1]:
            assert int(a.cccd[3]) % 2 == 0, a.full_name  # male
        if "Thị" in words[1:-1]:
            assert int(a.cccd[3]) % 2 == 1, a.full_name  # female
    families = collections.Counter(a.full_name.split()[0] for a in people)
    assert families.most_common(1)[0][0] == "Nguyễn"
    assert {"Trần", "Lê", "Phạm", "Đặng", "Bùi", "Đỗ", "Ngô"} <= set(families)


def test_phones_are_valid_mobile_numbers(sample):
    phones = [a.phone for d in sample for a in d.authors if a.phone]
    assert phones
    assert all(PHONE.fullmatch(p) for p in phones), [p for p in phones if not PHONE.fullmatch(p)]


def test_no_real_official_from_the_program_documents(sample):
    names = {p.full_name for d in sample for p in [*d.authors, *d.appliers]}
    assert names.isdisjoint(FORBIDDEN_NAMES)


def test_codes_and_limits_follow_the_campaign(sample):
    campaigns = load_campaigns()
    used = collections.Counter(d.campaign_id for d in sample)
    # The demo's dossiers date from before 2026: the programs of those years, not the 2026 round.
    assert set(used) == set(CAMPAIGN_WEIGHTS) and set(CAMPAIGN_WEIGHTS) <= set(campaigns)
    assert used.most_common(1)[0][0] == MAIN_CAMPAIGN
    for d in sample:
        campaign = campaigns[d.campaign_id]
        assert d.solution_type in {c.code for c in campaign.solution_types}
        groups = {c.code for c in campaign.target_groups}
        assert d.target_group in groups if groups else d.target_group == ""
        assert 0 < len(d.portal_text) <= min(campaign.description_limit or 2000, 2000)
        if d.solution_type == "de_tai":
            assert d.research_accepted_on and d.research_accepted_on < d.first_applied_on


def test_statuses_sectors_dates_and_benefits_are_spread(sample):
    statuses = collections.Counter(d.status for d in sample)
    assert set(statuses) == set(Status)
    assert max(statuses.values()) < 0.5 * len(sample)
    main = statuses[Status.DRAFT] + statuses[Status.SUBMITTED] + statuses[Status.RECOGNISED]
    assert main > 0.6 * len(sample)
    for d in sample:
        enterprise = d.unit_name.startswith(("Công ty", "Xí nghiệp", "Nhà máy", "Hợp tác xã"))
        assert d.sector is (Sector.ENTERPRISE if enterprise else Sector.PUBLIC), d.unit_name
        assert d.created_at <= d.updated_at
        assert d.first_applied_on <= d.created_at.date()
        assert d.benefit_author_social
        if d.benefit_author_vnd is not None:
            assert 15_000_000 <= d.benefit_author_vnd <= 800_000_000
            assert d.benefit_author_vnd % 100_000 == 0
            assert d.benefit_calculation
    years = collections.Counter(d.first_applied_on.year for d in sample)
    assert set(years) == {2020, 2021, 2022, 2023, 2024, 2025}
    campaign = load_campaigns()[MAIN_CAMPAIGN]
    main_dates = [d.first_applied_on for d in sample if d.campaign_id == MAIN_CAMPAIGN]
    inside = [x for x in main_dates if campaign.window_start <= x < campaign.window_end]
    assert 0.8 * len(main_dates) < len(inside) < len(main_dates)
    economic = sum(d.benefit_author_vnd is not None for d in sample)
    assert 0.2 * len(sample) < economic < 0.8 * len(sample)
    assert sum(d.attests_public_order for d in sample) > 0.9 * len(sample)
    assert len({d.unit_name for d in sample}) > 500
    assert len({d.province_code for d in sample}) > 50


def test_all_text_is_nfc(sample):
    for d in sample[:300]:
        texts = [v for v in dataclasses.astuple(d) if isinstance(v, str)]
        texts += [a.full_name for a in d.authors] + [a.workplace for a in d.authors]
        for value in texts:
            assert unicodedata.normalize("NFC", value) == value


def _table(session, sql: str) -> list[tuple]:
    return [tuple(r) for r in session.execute(text(sql))]


def test_bulk_insert_stores_exactly_what_save_dossier_stores(db, make_db):
    dossiers = list(generate_dossiers(80, seed=11))
    # One dossier brings its own code: numbering must go on from it as save_dossier would.
    dossiers[30] = dataclasses.replace(
        dossiers[30], code=f"SK-{dossiers[30].created_at.year}-00200"
    )
    # Attachments: one file shared by two dossiers, one already stored, one with its own time.
    shared = AttachmentRef(sha256="a" * 64, filename="bang-tinh.pdf", size=10,
                           media_type="application/pdf")
    stored = AttachmentRef(sha256="b" * 64, filename="anh.png", size=20, media_type="image/png",
                           note="Ảnh chụp", added_at=dt.datetime(2023, 5, 6, 7, 8, 9))
    dossiers[3] = dataclasses.replace(dossiers[3], attachments=[shared, stored])
    dossiers[4] = dataclasses.replace(dossiers[4], attachments=[shared])
    existing = list(generate_dossiers(3, seed=99))
    existing[0] = dataclasses.replace(existing[0], attachments=[stored])
    other = make_db()
    with db.session() as one, other.session() as bulk:
        for s in (one, bulk):
            for d in existing:  # codes must continue from what is already stored
                save_dossier(s, d, when=d.updated_at, user="An", imported=True)
        for d in dossiers:
            save_dossier(one, d, when=d.updated_at, user="An", imported=True)
        assert insert_dossiers(bulk, dossiers, batch=16, user="An") == len(dossiers)
        one.commit()
        bulk.commit()
        for d in dossiers:
            assert get_dossier(bulk, d.uuid) == get_dossier(one, d.uuid)
        for sql in (
            "SELECT * FROM dossier ORDER BY id",
            "SELECT * FROM author ORDER BY id",
            "SELECT * FROM applier ORDER BY id",
            "SELECT * FROM blob ORDER BY sha256",
            "SELECT * FROM attachment ORDER BY id",
            # The entries' own time is when they were written.
            "SELECT id, entity_kind, entity_uuid, action, user_name, changes_json "
            "FROM history ORDER BY id",
        ):
            assert _table(bulk, sql) == _table(one, sql), sql
        assert search.entries(bulk) == search.entries(one)
        codes = [get_dossier(bulk, d.uuid).code for d in dossiers]
        assert len(set(codes)) == len(codes)
        assert all(re.fullmatch(r"SK-20\d\d-\d{5}", c) for c in codes)


def test_create_demo_is_searchable(db):
    seen: list[int] = []
    with db.session() as s:
        assert create_demo(s, 300, seed=5, progress=seen.append) == 300
        s.commit()
        dossiers = list(generate_dossiers(300, seed=5))
        live = [d for d in dossiers if d.deleted_at is None]
        # The councils' part adds correction versions of a few recognised dossiers.
        versions = s.scalar(select(func.count()).where(DossierVersionRow.version > 1))
        assert versions >= 1
        # The list shows each dossier once, as it now stands (the correction, not the
        # recognised version it replaces); both with old_versions.
        assert count_dossiers(s, DossierQuery()) == len(live)
        assert count_dossiers(s, DossierQuery(old_versions=True)) == len(live) + versions
        assert count_dossiers(s, DossierQuery(in_bin=True)) == len(dossiers) - len(live)
        assert seen and seen[-1] == 300
        target = live[17]
        word = max(fold(target.title).split(), key=len)  # e.g. "nang" from "nâng"
        query = DossierQuery(search=word[:-1])  # typed letter by letter: a prefix
        found = [r.uuid for r in list_dossiers(s, query, limit=None)]
        assert target.uuid in found
        assert count_dossiers(s, query) == len(found)
        surname = target.lead_author.full_name.split()[0]  # with diacritics: "Nguyễn"
        by_author = DossierQuery(search=f"{surname} {target.lead_author.full_name.split()[-1]}")
        assert target.uuid in [r.uuid for r in list_dossiers(s, by_author, limit=None)]
        unit = DossierQuery(search=fold(target.unit_name))
        assert target.uuid in [r.uuid for r in list_dossiers(s, unit, limit=None)]


def test_the_demo_names_a_fictitious_unit_so_its_papers_have_a_header(db, tmp_path):
    from sangkien_desktop.domain.unit_profile import UnitProfile
    from sangkien_desktop.services import papers
    from sangkien_desktop.services.catalog import UNIT_LISTS
    from sangkien_desktop.services.settings import save_unit_profile, unit_profile

    with db.session() as s:
        create_demo(s, 5, seed=4, councils=False)
        profile = unit_profile(s)
        assert profile.named and profile.signer_name and profile.signer_name not in FORBIDDEN_NAMES
        assert profile.parent_organisation and profile.place_name and profile.number_suffix
        # Fictitious: no province of the unit list carries the demo's place name.
        assert all(profile.place_name not in u.name for list_id in UNIT_LISTS
                   for u in load_unit_list(list_id).units)
        assert all(unicodedata.is_normalized("NFC", v) for v in profile.to_dict().values()
                   if isinstance(v, str))
        uuid = list_dossiers(s, DossierQuery(), limit=1)[0].uuid
        [choice, *_] = papers.choices_for_dossier(s, uuid)
        data = papers.paper_data(s, choice)  # not refused: the unit is named
        out = papers.write_atomically(choice.kind, data, "pdf", tmp_path / "don.pdf")
        assert out.read_bytes()[:4] == b"%PDF"
        s.commit()
    # A unit named already keeps its name.
    with db.session() as s:
        own = UnitProfile(unit_name="Công đoàn cơ sở Công ty Cơ khí Sông Lam",
                          parent_organisation="Liên đoàn Lao động huyện Nghi Lộc")
        save_unit_profile(s, own)
        create_demo(s, 2, seed=9, councils=False)
        assert unit_profile(s).unit_name == own.unit_name
        s.commit()
