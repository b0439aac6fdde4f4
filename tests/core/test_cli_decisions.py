"""``sangkien decisions``: the decisions of the data folder, as text or JSON, by year."""

from __future__ import annotations

import datetime as dt
import json

from sangkien_desktop.cli import main
from sangkien_desktop.domain.council import Authority, Decision, DecisionItem, Outcome
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT

REASON = "Chưa có số liệu chứng minh hiệu quả sau khi áp dụng."


def _seed(data_dir) -> tuple[list[str], str]:
    app = open_app_data(data_dir)
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        good, weak = make_dossiers(s)
        meeting = make_meeting(s, make_council(s), [good, weak])
        decisions.issue_decision(s, Decision(
            date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid,
            items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
                   DecisionItem(weak.uuid, Outcome.REJECTED, reason=REASON)]))
        (later,) = make_dossiers(s)[:1]
        issued = decisions.issue_decision(s, Decision(
            date=dt.date(2023, 2, 6), authority=Authority.HEAD,
            authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam", signer_name="Lò Văn Páo",
            items=[DecisionItem(later.uuid, Outcome.RECOGNISED)]))
        s.commit()
    app.close()
    return [good.uuid, weak.uuid], issued.uuid


def test_decisions_json_lists_numbers_counts_and_outcomes(tmp_path, capsys):
    (good, weak), later = _seed(tmp_path / "d")
    assert main(["--data-dir", str(tmp_path / "d"), "decisions", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [d["number"] for d in found] == ["01/QĐ-CTDNSL", "01/QĐ-CĐCS"]  # yearly, per issuing body
    newest, first = found
    assert newest["uuid"] == later and newest["date"] == "2023-02-06"
    assert newest["authority"] == "head" and newest["signer"] == "Lò Văn Páo"
    assert (first["recognised"], first["rejected"]) == (1, 1)
    assert first["signer"] == "Phan Thị Hồng Nhung"
    outcomes = {d["uuid"]: (d["outcome"], d["reason"]) for d in first["dossiers"]}
    assert outcomes == {good: ("recognised", ""), weak: ("rejected", REASON)}


def test_decisions_by_year_and_as_text(tmp_path, capsys):
    _seed(tmp_path / "d")
    assert main(["--data-dir", str(tmp_path / "d"), "decisions", "--json", "--year", "2022"]) == 0
    assert [d["date"] for d in json.loads(capsys.readouterr().out)] == ["2022-03-22"]
    assert main(["--data-dir", str(tmp_path / "d"), "decisions"]) == 0
    out = capsys.readouterr().out
    assert "22/03/2022" in out and "01/QĐ-CĐCS" in out and "Hội đồng sáng kiến" in out and "Thủ trưởng đơn vị" in out
    assert "công nhận   1, không công nhận   1" in out and "— 2 quyết định" in out
    assert main(["--data-dir", str(tmp_path / "d"), "decisions", "--year", "2019"]) == 0
    assert "— 0 quyết định" in capsys.readouterr().out
