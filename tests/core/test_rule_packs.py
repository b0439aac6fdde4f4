"""Rule packs: the shipped ones rule by rule, files in and out, versions that never change
once used, and the upgrade that turns each council's rubric into a pack."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from fractions import Fraction

import pytest

from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.domain.pass_rule import CouncilRules, parse_fraction, votes_needed
from sangkien_desktop.domain.rule_pack import next_version, parse_rule_pack, version_key
from sangkien_desktop.domain.scoring import MemberSheet, evaluate, parse_score
from sangkien_desktop.services.council import councils, rule_packs
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import RULE_PACKS_STEP, STEPS, apply_step
from tests.core.schema_support import database_at

NATIONAL, EDUCATION, SEVENTY = "quoc-gia", "giao-duc-2026", "tinh-70-phan-tram"


def shipped(pack_id: str):
    return next(p for p in rule_packs.shipped_packs() if p.id == pack_id)


def result(pack_id: str, novelty, applicability, benefit):
    pack = shipped(pack_id)
    scores = {"tinh_moi": Decimal(novelty), "ap_dung": Decimal(applicability),
              "hieu_qua": Decimal(benefit)}
    return evaluate([MemberSheet("1", scores)], pack.rubric)


def test_three_packs_ship_with_a_dated_legal_basis():
    packs = {p.id: p for p in rule_packs.shipped_packs()}
    assert set(packs) == {NATIONAL, EDUCATION, SEVENTY}
    for pack in packs.values():
        assert pack.legal_checked_on == dt.date(2026, 12, 1)
        assert pack.legal_basis[0].startswith("Căn cứ Nghị định số 13/2012/NĐ-CP")
        assert pack.legal_basis[1].startswith("Căn cứ Thông tư số 18/2013/TT-BKHCN")
        assert {s.code for s in pack.scopes} == {"co_so", "tinh"}
        assert pack.pay.min_percent == 7 and pack.pay.years == 3
        assert pack.eligibility.research_requires_acceptance
        assert pack.eligibility.check_resubmission


# ---- pass rules --------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "base", "needed"), [
    ("two_thirds", 5, 4), ("two_thirds", 6, 4), ("two_thirds", 7, 5),
    ("seventy_percent", 5, 4), ("seventy_percent", 7, 5), ("seventy_percent", 10, 7),
    ("seventy_percent", 9, 7), ("majority", 4, 3), ("majority", 5, 3), ("majority", 6, 4),
    ("unanimous", 5, 5),
])
def test_pass_rules(kind, base, needed):
    rules = CouncilRules.preset(kind)
    assert rules.kind == kind
    assert rules.needed(base) == needed
    assert rules.passes(needed, base) and not rules.passes(needed - 1, base)


def test_the_national_pack_asks_two_thirds_of_the_council():
    rules = shipped(NATIONAL).rules
    assert rules.kind == "two_thirds" and rules.vote_base == "council"
    assert str(rules.describe()) == ("ít nhất hai phần ba (2/3) tổng số thành viên Hội đồng "
                                     "(không kể thành viên phải tránh xét) tán thành")


def test_the_seventy_percent_pack_asks_seven_tenths_and_has_two_rounds():
    pack = shipped(SEVENTY)
    assert pack.rules.vote_needed == Fraction(7, 10) and pack.rules.kind == "seventy_percent"
    assert pack.rules.needed(5) == 4 and votes_needed(5) == 4
    # 7 members: two thirds is 5, and so is 70 % (4,9 → 5); 9 members: 6 against 7.
    assert pack.rules.needed(9) == 7 and votes_needed(9) == 6
    assert [(r.start, r.end) for r in pack.rounds] == [("01-01", "06-30"), ("07-01", "12-31")]
    assert pack.level == "province"


def test_fractions_are_read_as_typed():
    assert parse_fraction("70%") == Fraction(7, 10)
    assert parse_fraction("0.7") == Fraction(7, 10)
    with pytest.raises(DataFileError):
        parse_fraction("7/5")


# ---- the rubrics -------------------------------------------------------------------------


def test_national_rubric_grades():
    assert result(NATIONAL, 32, 28, 26).band.code == "A"  # 86, novelty 32
    assert result(NATIONAL, 29, 29, 29).band.code == "B"  # 87, novelty under 30
    assert result(NATIONAL, 20, 15, 15).band.code == "C"  # 50
    assert result(NATIONAL, 20, 15, 14).band.code == "khong_dat"  # 49
    failed = result(NATIONAL, 38, 28, 9)  # 75, but benefit under its minimum of 10
    assert failed.failed_criteria == ("hieu_qua",) and not failed.recognised


def test_education_rubric_grades_need_novelty():
    assert result(EDUCATION, 30, 28, 27).band.code == "A"  # 85 with novelty 30
    assert result(EDUCATION, 29, 30, 30).band.code == "B"  # 89 but novelty 29
    assert result(EDUCATION, 20, 25, 25).band.code == "B"  # 70 with novelty 20
    assert result(EDUCATION, 19, 30, 30).band.code == "C"  # 79 but novelty 19
    assert result(EDUCATION, 10, 20, 20).band.code == "C"  # 50, each at least 10
    assert result(EDUCATION, 9, 30, 30).band.code == "khong_dat"  # novelty under 10
    assert result(EDUCATION, 15, 20, 14).band.code == "khong_dat"  # 49


def test_education_novelty_has_three_ranges():
    novelty = shipped(EDUCATION).rubric.criterion("tinh_moi")
    assert [(r.low, r.high) for r in novelty.ranges] == [(31, 40), (21, 30), (0, 20)]
    assert novelty.range_of(Decimal("30.5")) is None  # between bands: no label
    assert novelty.range_of(Decimal(25)).label.startswith("Có cải tiến")


def test_education_benefit_above_20_needs_a_money_benefit():
    benefit = shipped(EDUCATION).rubric.criterion("hieu_qua")
    with pytest.raises(InputError) as info:
        parse_score("25", benefit, frozenset())
    assert info.value.code == "score_range_requires"
    assert "tính được giá trị làm lợi bằng tiền" in info.value.message
    assert parse_score("25", benefit, frozenset({"benefit_computed"})) == 25
    assert parse_score("20", benefit, frozenset()) == 20
    assert parse_score("25", benefit) == 25  # no facts given: stored sheets are read as they are


def test_education_eligibility_options():
    e = shipped(EDUCATION).eligibility
    assert e.filing_within_months == 12 and e.min_coauthor_share == 30
    national = shipped(NATIONAL).eligibility
    assert national.filing_within_months is None and national.min_coauthor_share is None


# ---- files and versions ------------------------------------------------------------------


def test_a_pack_survives_export_and_import(db, tmp_path):
    pack = shipped(EDUCATION)
    path = rule_packs.export_pack(pack, tmp_path / "giao-duc.json")
    assert parse_rule_pack(json.loads(path.read_text(encoding="utf-8"))) == pack
    with db.session() as s:
        assert rule_packs.import_pack(s, path) == pack  # the shipped one: nothing new
        edited = json.loads(path.read_text(encoding="utf-8"))
        edited.update(id="so-gd-quang-tri", version="2026.1", name="Sở GD&ĐT Quảng Trị")
        edited["eligibility"]["min_coauthor_share"] = "20"
        mine = tmp_path / "quang-tri.json"
        mine.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
        imported = rule_packs.import_pack(s, mine)
        assert imported.eligibility.min_coauthor_share == 20
        assert rule_packs.get_pack(s, "so-gd-quang-tri") == imported
        assert "so-gd-quang-tri" in {i.pack.id for i in rule_packs.list_packs(s)}


def test_importing_different_content_under_a_shipped_version_is_refused(db, tmp_path):
    data = shipped(NATIONAL).to_dict()
    data["council_rules"]["vote_needed"] = "1/2"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with db.session() as s, pytest.raises(DataFileError) as info:
        rule_packs.import_pack(s, path)
    assert info.value.code == "rule_pack_shipped_id"


@pytest.mark.parametrize(("change", "code"), [
    ({"format": "other"}, "rule_pack_format"),
    ({"format_version": 9}, "rule_pack_format_version"),
    ({"id": "Có Dấu"}, "rule_pack_id"),
    ({"legal_basis": []}, "rule_pack_legal_basis"),
    ({"legal_checked_on": "32/13/2026"}, "rule_pack_checked_on"),
    ({"council_rules": {"vote_needed": "3/2"}}, "rule_pack_part"),
    ({"eligibility": {"filing_within_months": 0}}, "rule_pack_months"),
    ({"eligibility": {"min_coauthor_share": "150"}}, "rule_pack_share"),
    ({"pay": {"min_percent": "0"}}, "rule_pack_pay"),
    ({"rounds": [{"start": "13-01", "end": "06-30"}]}, "rule_pack_round"),
    ({"rubric": {"criteria": [], "bands": []}}, "rule_pack_rubric_empty"),
])
def test_a_bad_pack_file_says_what_is_wrong(tmp_path, change, code):
    data = shipped(NATIONAL).to_dict() | change
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        rule_packs.read_pack_file(path)
    assert info.value.code == code
    assert "bad.json" in info.value.message


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(DataFileError) as info:
        rule_packs.read_pack_file(path)
    assert info.value.code == "rule_pack_unreadable"


def test_editing_a_shipped_pack_stores_the_next_version(db):
    with db.session() as s:
        pack = rule_packs.get_pack(s, NATIONAL)
        changed = rule_packs.save_pack(s, pack.__class__(**{
            **pack.__dict__, "rules": CouncilRules.preset("seventy_percent")}), user="Yến")
        assert changed.version == "2026.2"
        assert rule_packs.get_pack(s, NATIONAL) == changed
        assert rule_packs.get_pack(s, f"{NATIONAL}@2026.1").rules.kind == "two_thirds"


def test_a_version_a_meeting_used_never_changes(db):
    from tests.core.test_councils import make_council, make_dossiers, make_meeting

    with db.session() as s:
        council = make_council(s)
        meeting = make_meeting(s, council, make_dossiers(s))
        assert meeting.rule_pack_ref == f"{NATIONAL}@2026.1"
        mine = rule_packs.save_pack(s, council.pack.__class__(**{
            **council.pack.__dict__, "id": "don-vi", "version": "1", "name": "Quy định đơn vị"}))
        council.pack = mine
        councils.save_council(s, council)
        used = councils.record_meeting(s, councils.get_meeting(s, meeting.uuid))
        assert used.rule_pack_ref == f"{NATIONAL}@2026.1"  # sheets stored: its pack stays
        # The unit's own pack, once a meeting uses it, is edited into a new version.
        empty = councils.record_meeting(s, councils.get_meeting(s, meeting.uuid).__class__(
            council.uuid, dt.date(2022, 4, 1), "", [m.id for m in council.members], []))
        assert empty.rule_pack_ref == "don-vi@1"
        again = rule_packs.save_pack(s, mine.__class__(**{**mine.__dict__, "note": "sửa"}))
        assert again.version == "2" and rule_packs.get_pack(s, "don-vi@1").note != "sửa"


def test_versions_order_as_people_read_them():
    assert version_key("2026.10") > version_key("2026.9")
    assert next_version("2026.9") == "2026.10" and next_version("b") == "b.1"


def test_the_unit_chooses_its_pack(db):
    with db.session() as s:
        assert rule_packs.unit_pack(s).id == NATIONAL
        rule_packs.set_unit_pack(s, EDUCATION)
        assert rule_packs.unit_pack(s).id == EDUCATION
        from tests.core.test_councils import make_council

        assert make_council(s).pack.id == EDUCATION  # a new council takes the unit's pack


# ---- the upgrade -------------------------------------------------------------------------

RUBRIC = {
    "criteria": [{"code": "tinh_moi", "name": "Tính mới", "max_score": "60", "pass_mark": "20",
                  "disqualifying": True},
                 {"code": "hieu_qua", "name": "Hiệu quả", "max_score": "40"}],
    "bands": [{"code": "dat", "label": "Đạt", "min_total": "60"}],
}


def _schema_5(path):
    conn = database_at(path, 5)
    stamp = "2024-03-01 09:00:00"
    conn.execute("INSERT INTO council (uuid, name, unit_name, year, rubric_json, rules_json, "
                 "created_at, updated_at) VALUES (?, ?, ?, 2024, ?, ?, ?, ?)",
                 ("11111111-1111-4111-8111-111111111111", "Hội đồng sáng kiến Công ty A",
                  "Công đoàn Công ty A", json.dumps(RUBRIC, ensure_ascii=False),
                  json.dumps({"quorum": "3/4", "vote_needed": "2/3", "vote_base": "present"}),
                  stamp, stamp))
    conn.execute("INSERT INTO council_member (council_id, full_name) VALUES (1, 'Lê Văn A')")
    for n, uuid in enumerate(("22222222-2222-4222-8222-222222222222",
                              "33333333-3333-4333-8333-333333333333"), 1):
        conn.execute("INSERT INTO meeting (uuid, council_id, date, created_at, updated_at) "
                     "VALUES (?, 1, ?, ?, ?)", (uuid, f"2024-03-0{n + 1}", stamp, stamp))
    conn.execute("INSERT INTO decision (uuid, number, number_text, year, date, meeting_uuid, "
                 "created_at) VALUES ('44444444-4444-4444-8444-444444444444', 3, '03/QĐ-CĐCS', "
                 "2024, '2024-03-10', '22222222-2222-4222-8222-222222222222', "
                 "'2024-03-10 10:00:00')")
    conn.close()


def test_councils_rubrics_become_packs_on_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    _schema_5(path)
    db = open_database(path)
    with db.session() as s:
        council = councils.get_council(s, "11111111-1111-4111-8111-111111111111")
        pack = council.pack
        assert pack.ref == "hoi-dong-11111111-1111-4111-8111-111111111111@1"
        assert pack.name == "Quy định của Hội đồng sáng kiến Công ty A"
        assert [c.max_score for c in pack.rubric.criteria] == [60, 40]
        assert pack.rubric.criteria[0].pass_mark == 20 and pack.rubric.criteria[0].disqualifying
        assert pack.rules.quorum == Fraction(3, 4) and pack.rules.vote_base == "present"
        assert pack.legal_basis[0].startswith("Căn cứ Nghị định số 13/2012/NĐ-CP")
        decided = councils.get_meeting(s, "22222222-2222-4222-8222-222222222222")
        assert decided.rule_pack_ref == pack.ref and decided.closed
        assert decided.closed_at == dt.datetime(2024, 3, 10, 10, 0)
        still_open = councils.get_meeting(s, "33333333-3333-4333-8333-333333333333")
        assert still_open.rule_pack_ref == pack.ref and not still_open.closed
        from sangkien_desktop.services.council.decisions import get_decision

        assert get_decision(s, "44444444-4444-4444-8444-444444444444").rule_pack_ref == pack.ref
    db.close()
    # Run the rule-pack step again on the upgraded file: nothing changes, nothing fails.
    conn = sqlite3.connect(path, isolation_level=None)
    before = conn.execute("SELECT COUNT(*), MAX(body_json) FROM rule_pack").fetchone()
    apply_step(conn, next(s for s in STEPS if s.version == RULE_PACKS_STEP))
    assert conn.execute("SELECT COUNT(*), MAX(body_json) FROM rule_pack").fetchone() == before
    conn.close()


def test_data_that_may_only_be_read_is_read_as_it_is(database_url, tmp_path):
    """A read-only folder, or a server login that may only read, opening data where nobody has
    listed the packs, registered the papers or built the similarity index yet: the shipped
    packs come from the program's files, a paper simply has no code yet, the index is left
    as it is; nothing is written and nothing fails."""
    from sqlalchemy import text

    from sangkien_desktop.services import similarity
    from sangkien_desktop.services.council import verification
    from sangkien_desktop.storage import similarity_index
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import issue

    target = database_url or tmp_path / "sangkien.sqlite3"
    db = open_database(target)
    with db.session() as s:
        council = make_council(s)
        dossiers = make_dossiers(s)
        decision = issue(s, make_meeting(s, council, dossiers), dossiers)
        s.commit()
    with db.session() as s:
        for table in ("verification", "rule_pack"):
            s.execute(text(f"DELETE FROM {table}"))
        similarity_index.clear(s)
        s.commit()
    db.close()
    reader = open_database(target, read_only=True)
    try:
        with reader.session() as s:
            assert {i.pack.id for i in rule_packs.list_packs(s)} >= {NATIONAL, EDUCATION, SEVENTY}
            assert rule_packs.unit_pack(s).id == NATIONAL
            assert rule_packs.get_pack(s, EDUCATION).id == EDUCATION
            assert verification.code_for(s, decision.uuid) == ""
            similarity.ensure_index(s)
            assert similarity.top_matches(s, dossiers[0], minimum=0.0) is not None
            assert s.scalar(text("SELECT count(*) FROM rule_pack")) == 0
            assert s.scalar(text("SELECT count(*) FROM verification")) == 0
    finally:
        reader.close()


def test_choosing_or_editing_the_units_pack_makes_the_kept_checks_due(db):
    """The check kept with each dossier (services/dossiers/stored_checks.py) applies the unit's
    pack: choosing another one, or a new version of it, makes every kept check due; editing
    another pack does not."""
    import dataclasses

    from sangkien_desktop.domain.dossier import Dossier
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.dossiers import stored_checks
    from sangkien_desktop.services.dossiers.saving import save_dossier

    campaigns = load_campaigns()
    with db.session() as s:
        save_dossier(s, Dossier(title="Sổ tay an toàn lao động bằng tranh"))
        stored_checks.refresh(s, campaigns)
        assert stored_checks.prepare(s, campaigns) == 0
        rule_packs.set_unit_pack(s, EDUCATION)
        assert stored_checks.prepare(s, campaigns) == 1
        stored_checks.refresh(s, campaigns)
        seventy = rule_packs.get_pack(s, SEVENTY)
        rule_packs.save_pack(s, dataclasses.replace(seventy, name=seventy.name + " (sửa)"))
        assert stored_checks.prepare(s, campaigns) == 0
        education = rule_packs.get_pack(s, EDUCATION)
        rule_packs.save_pack(s, dataclasses.replace(education, name=education.name + " (sửa)"))
        assert stored_checks.prepare(s, campaigns) == 1
        s.commit()
