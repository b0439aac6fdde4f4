"""Programs (issue 18, item 2): which are open, the default for a new dossier, a program made
from a template, edited with every problem found at once, imported and exported."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.campaign_edit import (
    CampaignEditError,
    State,
    closes_on,
    default_campaign,
    from_template,
    next_version,
    ordered,
    problems,
    state,
)
from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.services import user_campaigns
from sangkien_desktop.services.catalog import load_campaigns

TODAY = dt.date(2026, 12, 10)
SHIPPED = load_campaigns()
UNIT = "cong-nhan-cap-co-so"
MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"
PLAN_2026 = "doi-moi-sang-tao-2026"


def test_the_shipped_national_programs_are_closed_and_the_unit_level_one_is_open():
    assert state(SHIPPED[MOT_TRIEU], TODAY) == State.CLOSED
    assert closes_on(SHIPPED[MOT_TRIEU]) == dt.date(2023, 9, 1)  # portal closed 01/9 at 24:00
    assert state(SHIPPED["75-nghin-sang-kien-2021"], TODAY) == State.CLOSED
    assert state(SHIPPED[UNIT], TODAY) == State.OPEN
    # The confederation's plan for 2026 runs to 31/12/2026: a dated round, so it is the
    # default until it closes; then the one always open.
    assert state(SHIPPED[PLAN_2026], TODAY) == State.OPEN
    assert default_campaign(SHIPPED, TODAY) == PLAN_2026
    assert default_campaign(SHIPPED, dt.date(2027, 1, 2)) == UNIT
    assert [c.id for c in ordered(SHIPPED, TODAY)][:2] == [UNIT, PLAN_2026]  # open ones first
    # In 2022, "01 triệu" was open: a dated round is preferred to the one always open.
    assert default_campaign(SHIPPED, dt.date(2022, 4, 1)) == MOT_TRIEU


def test_a_units_own_round_open_today_is_the_default(tmp_path):
    data = from_template(SHIPPED[UNIT], "cap-co-so-2026", "Sáng kiến cấp cơ sở năm 2026",
                         "Cấp cơ sở 2026", TODAY)
    data["application_window"] = {"start": "2026-01-01", "end": "2026-12-31"}
    user_campaigns.save(tmp_path, data, SHIPPED, new=True, today=TODAY)
    campaigns = load_campaigns(tmp_path)
    # The unit's own round comes before the national plan open over the same year.
    assert default_campaign(campaigns, TODAY) == "cap-co-so-2026"
    assert default_campaign(campaigns, dt.date(2027, 1, 2)) == UNIT  # closed: not any more


def test_a_new_program_from_a_template_keeps_its_lists_and_drops_its_dates():
    data = from_template(SHIPPED[MOT_TRIEU], "sang-kien-2027", "Phong trào 2027", "SK 2027", TODAY)
    assert data["id"] == "sang-kien-2027" and data["version"] == "2026.1"
    assert data["solution_types"] == SHIPPED[MOT_TRIEU].raw["solution_types"]
    assert data["required_attachments"] == SHIPPED[MOT_TRIEU].raw["required_attachments"]
    assert data["phases"] == [] and data["application_window"] == {"start": None, "end": None}
    assert data["based_on"] == SHIPPED[MOT_TRIEU].rules_version
    assert SHIPPED[MOT_TRIEU].raw["phases"]  # the template itself is untouched
    assert problems(data) == []


def test_every_problem_of_an_edited_program_is_found_at_once():
    data = copy.deepcopy(SHIPPED[MOT_TRIEU].raw)
    data.update(id="Sáng Kiến", name=" ", description_limit=0,
                application_window={"start": "2023-09-01", "end": "2021-09-01"})
    data["solution_types"].append({"code": "ky_thuat", "label": "Trùng mã"})
    data["target_groups"].append({"code": "co dau", "label": ""})
    data["phases"][1]["portal_closes"] = "2022-01-01T00:00"
    data["quotas"] = [{"level": "xa", "label": "Xã", "count": 3},
                      {"level": "cdcs", "label": "CĐCS", "count": -1}]
    found = {p.field: p.message.code for p in problems(data)}
    assert found == {
        "id": "campaign_edit_id", "name": "campaign_edit_required",
        "application_window.end": "campaign_edit_window",
        "description_limit": "campaign_edit_limit",
        "solution_types[7].code": "campaign_edit_code_twice",
        "target_groups[5].code": "campaign_edit_code_chars",
        "target_groups[5].label": "campaign_edit_label_missing",
        "phases[1].portal_closes": "campaign_edit_phase_order",
        "quotas[0].level": "campaign_edit_quota_level",
        "quotas[1].count": "campaign_edit_quota_count",
    }
    with pytest.raises(CampaignEditError) as info:
        user_campaigns.checked(data)
    assert len(info.value.problems) == len(found) and "10 chỗ cần sửa" in info.value.message


def test_editing_a_shipped_program_writes_a_newer_copy_that_takes_its_place(tmp_path):
    data = copy.deepcopy(SHIPPED[MOT_TRIEU].raw)
    data["description_limit"] = 2500
    saved = user_campaigns.save(tmp_path, data, SHIPPED, today=TODAY)
    assert saved.version == next_version(SHIPPED[MOT_TRIEU].version, TODAY) == "2026.1"
    assert json.loads((tmp_path / f"{MOT_TRIEU}.json").read_text(encoding="utf-8"))[
        "description_limit"] == 2500
    assert load_campaigns(tmp_path)[MOT_TRIEU].description_limit == 2500
    with pytest.raises(InputError) as info:
        user_campaigns.save(tmp_path, data, load_campaigns(tmp_path), new=True)
    assert info.value.code == "campaign_id_taken"


def test_a_program_file_goes_from_the_upper_union_to_its_units(tmp_path):
    upper, unit = tmp_path / "cap-tren", tmp_path / "don-vi"
    made = user_campaigns.new_from_template(upper, SHIPPED, UNIT, "thi-dua-2027",
                                            "Thi đua sáng kiến năm 2027", "Thi đua 2027", TODAY)
    out = tmp_path / "thi-dua-2027.json"
    user_campaigns.export(load_campaigns(upper)[made.id], out)
    got = user_campaigns.import_file(unit, out, SHIPPED)
    assert got.id == "thi-dua-2027" and load_campaigns(unit)["thi-dua-2027"].short_name == "Thi đua 2027"
    # An older file than the one in use is refused and writes nothing.
    older = json.loads(out.read_text(encoding="utf-8"))
    older["version"] = "2020.1"
    out.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    before = (unit / "thi-dua-2027.json").read_bytes()
    with pytest.raises(DataFileError) as info:
        user_campaigns.import_file(unit, out, load_campaigns(unit))
    assert info.value.code == "campaign_file_older"
    assert (unit / "thi-dua-2027.json").read_bytes() == before
    # A broken file names every problem and is not copied.
    older.update(version="2027.1", id="x")
    out.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CampaignEditError):
        user_campaigns.import_file(unit, out, load_campaigns(unit))
    assert not (unit / "x.json").exists()


def test_the_command_line_lists_makes_checks_imports_and_exports(tmp_path, capsys):
    base = ["--data-dir", str(tmp_path / "d")]
    assert main([*base, "program", "list"]) == 0
    out = capsys.readouterr().out
    assert f"* {default_campaign(SHIPPED, dt.date.today())}" in out
    assert "01 triệu sáng kiến: đã kết thúc" in out
    assert main([*base, "program", "new", "--from", UNIT, "--id", "cap-co-so-2027",
                 "--name", "Sáng kiến cấp cơ sở năm 2027", "--short-name", "Cấp cơ sở 2027",
                 "--start", "01/01/2027", "--end", "31/12/2027"]) == 0
    assert "Đã tạo chương trình cap-co-so-2027" in capsys.readouterr().out
    assert main([*base, "program", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["cap-co-so-2027"]["state"] in ("upcoming", "open")
    path = tmp_path / "ct.json"
    assert main([*base, "program", "export", "cap-co-so-2027", "--out", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["application_window"] == {"start": "2027-01-01", "end": "2027-12-31"}
    data["application_window"]["end"] = "2026-01-01"
    data["quotas"] = [{"level": "cdcs", "label": "CĐCS", "count": "ba"}]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "program", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "application_window.end: Ngày kết thúc phải sau ngày bắt đầu." in out
    assert "quotas[0].count" in out
    assert main([*base, "program", "import", str(path)]) == 1
    assert "Lỗi: Chương trình có 2 chỗ cần sửa" in capsys.readouterr().out
    data["application_window"]["end"] = "2027-12-31"
    data["quotas"][0]["count"] = 3
    data["version"] = "2027.2"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "program", "import", str(path)]) == 0
    assert "Đã nhập chương trình cap-co-so-2027 (2027.2)" in capsys.readouterr().out
    assert main([*base, "program", "show", "cap-co-so-2027"]) == 0
    assert json.loads(capsys.readouterr().out)["quotas"][0]["count"] == 3
