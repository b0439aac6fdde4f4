"""The route of a nomination upward under two-tier local government (issue 21, item 2): no
district level since 01/7/2025; the level a nomination goes to is picked from the unit's route
and kept; old nominations keep the names they carry."""

from __future__ import annotations

import json

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.unit_route import (
    ROUTES,
    Receiver,
    as_written,
    names_district,
    receivers,
    recipient,
)
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.exchange.nomination_package import nomination_record
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.nominating import route
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import RULE_PACKS_STEP
from tests.core.schema_support import database_at

CAMPAIGNS = load_campaigns()
QUANG_TRI = "provinces-2025/quang-tri"


def test_every_route_climbs_to_the_province_or_the_confederation_never_a_district():
    assert receivers("cdcs") == (Receiver.DIRECT_UPPER, Receiver.PROVINCE)
    assert receivers("cdcs_direct") == (Receiver.PROVINCE,)
    # The level directly above the grassroots (commune, ward, sector, industrial zone; a
    # district federation before 01/7/2025, same code) sends to the province.
    assert receivers("district_or_sector") == (Receiver.PROVINCE,)
    assert receivers("large_enterprise") == (Receiver.PROVINCE, Receiver.CENTRAL_SECTOR)
    assert receivers("province") == (Receiver.CONFEDERATION,)
    assert receivers("something-else") == receivers("cdcs")
    assert "district" not in {r.value for route_ in ROUTES.values() for r in route_}


@pytest.mark.parametrize(("text", "district"), [
    ("LĐLĐ huyện Gio Linh", True), ("Ban Thường vụ Liên đoàn Lao động quận 3", True),
    ("CÔNG ĐOÀN THỊ XÃ QUẢNG TRỊ", True), ("Liên đoàn Lao động tỉnh Quảng Trị", False),
    ("Công đoàn phường Đông Hà", False), ("Công đoàn xã Gio Linh", False),
    ("Công đoàn Giáo dục Việt Nam", False),
])
def test_a_district_union_is_recognised_however_written(text, district):
    assert names_district(text) is district


def test_a_parent_typed_in_capitals_is_addressed_in_ordinary_case():
    assert as_written("LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ") == "Liên đoàn Lao động tỉnh Phú Thọ"
    assert as_written("CÔNG ĐOÀN PHƯỜNG ĐÔNG HÀ") == "Công đoàn phường Đông Hà"
    assert as_written("CÔNG ĐOÀN GIÁO DỤC TỈNH QUẢNG TRỊ") == "Công đoàn Giáo dục tỉnh Quảng Trị"
    assert as_written("CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH") == (
        "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh")
    assert as_written("LĐLĐ TỈNH QUẢNG TRỊ") == "LĐLĐ tỉnh Quảng Trị"
    assert as_written("Công đoàn Viên chức tỉnh") == "Công đoàn Viên chức tỉnh"  # as typed


def test_recipients_name_the_standing_committee_and_never_a_district():
    assert recipient(Receiver.PROVINCE, "Liên đoàn Lao động tỉnh Quảng Trị") == (
        "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị")
    assert recipient(Receiver.CONFEDERATION, "") == "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
    assert recipient(Receiver.DIRECT_UPPER, "LĐLĐ huyện Gio Linh") == ""
    assert recipient(Receiver.DIRECT_UPPER, "") == ""


def _profile(db, **fields) -> None:
    with db.session() as s:
        save_unit_profile(s, UnitProfile(unit_name="Công đoàn cơ sở Công ty Cổ phần Cảng Cửa Việt",
                                         **fields))
        s.commit()


def _choices(db) -> dict[str, route.RouteChoice]:
    with db.session() as s:
        return {c.receiver.value: c for c in route.choices(s)}


def test_a_grassroots_union_under_a_ward_sends_to_the_ward_then_the_province(db):
    _profile(db, level="cdcs", parent_organisation="CÔNG ĐOÀN PHƯỜNG ĐÔNG HÀ",
             province_code=QUANG_TRI)
    found = _choices(db)
    assert list(found) == ["direct_upper", "province"]
    assert found["direct_upper"].recipient == "Ban Thường vụ Công đoàn phường Đông Hà"
    assert found["province"].recipient == "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị"


def test_a_province_of_the_old_list_is_followed_to_the_one_it_became(db):
    _profile(db, level="cdcs_direct", parent_organisation="LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG BÌNH",
             province_code="provinces-1997/quang-binh")
    (only,) = _choices(db).values()
    assert only.recipient == "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị"


def test_a_parent_still_named_as_a_district_union_is_not_offered_and_is_pointed_out(db):
    _profile(db, level="cdcs", parent_organisation="LĐLĐ HUYỆN GIO LINH", province_code=QUANG_TRI)
    found = _choices(db)
    assert found["direct_upper"].recipient == "" and found["direct_upper"].union == ""
    assert found["province"].recipient.endswith("tỉnh Quảng Trị")
    with db.session() as s:
        from sangkien_desktop.services.settings import unit_profile

        warning = route.parent_warning(unit_profile(s))
    assert warning is not None and warning.code == "route_parent_district"
    assert "LĐLĐ HUYỆN GIO LINH" in warning and "01/7/2025" in warning


def test_a_central_sector_union_is_recognised_from_the_list(db):
    _profile(db, level="large_enterprise", parent_organisation="CÔNG ĐOÀN GIÁO DỤC VIỆT NAM")
    found = _choices(db)
    assert found["central_sector"].recipient == "Ban Thường vụ Công đoàn Giáo dục Việt Nam"
    assert found["province"].recipient == ""  # no province set: the officer types it


def test_the_level_picked_is_kept_and_one_off_the_route_is_refused(db):
    _profile(db, level="cdcs", parent_organisation="Công đoàn phường Đông Hà", province_code=QUANG_TRI)
    campaign = CAMPAIGNS["doi-moi-sang-tao-2026"]
    with db.session() as s:
        saved = noms.save_nomination(s, noms.new_nomination(
            campaign, "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị", "province"), CAMPAIGNS)
        s.commit()
        assert noms.get_nomination(s, saved.uuid).to_level == "province"
        assert nomination_record(s, saved.uuid)["to_level"] == "province"
        with pytest.raises(InputError) as info:
            noms.save_nomination(s, noms.new_nomination(campaign, "Tổng Liên đoàn", "confederation"),
                                 CAMPAIGNS)
        assert info.value.code == "nomination_to_level"
        assert "direct_upper, province" in info.value.message


def test_an_old_nomination_keeps_the_district_union_it_was_sent_to(tmp_path):
    """Made at the schema before the rule-pack step: after the upgrade its recipient is the
    text it carried, with no level."""
    path = tmp_path / "old.sqlite3"
    conn = database_at(path, RULE_PACKS_STEP - 1)
    conn.execute(
        "INSERT INTO nomination (uuid, campaign_id, to_unit, status, letter_number_text, "
        "created_at, updated_at, sent_at) VALUES ('n-1', 'mot-trieu-sang-kien-2021-2023', "
        "'Ban Thường vụ LĐLĐ huyện Gio Linh', 'sent', '3/TTr-CĐCS', '2023-05-02 08:00:00', "
        "'2023-05-02 08:00:00', '2023-05-02 08:00:00')")
    conn.close()
    db = open_database(path)
    try:
        with db.session() as s:
            old = noms.get_nomination(s, "n-1")
            assert old.to_unit == "Ban Thường vụ LĐLĐ huyện Gio Linh" and old.to_level == ""
            assert nomination_record(s, "n-1")["to_unit"] == "Ban Thường vụ LĐLĐ huyện Gio Linh"
    finally:
        db.close()


def test_the_command_line_prints_the_route(tmp_path, capsys):
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "settings", "--set", "unit.parent=LĐLĐ HUYỆN GIO LINH",
                 "--set", f"unit.province={QUANG_TRI}"]) == 0
    capsys.readouterr()
    assert main([*base, "route"]) == 0
    out, err = capsys.readouterr()
    assert "* direct_upper" in out and "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị" in out
    assert "cấp huyện" in err
    assert main([*base, "route", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["level"] for r in data["receivers"]] == ["direct_upper", "province"]
    assert data["receivers"][0]["recipient"] is None and "01/7/2025" in data["warning"]


def test_a_grassroots_union_whose_parent_is_the_province_sends_to_the_province(db):
    _profile(db, level="cdcs", parent_organisation="LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ",
             province_code=QUANG_TRI)
    assert [(k, c.recipient) for k, c in _choices(db).items()] == [
        ("province", "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị")]
