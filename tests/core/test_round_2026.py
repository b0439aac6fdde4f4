"""The confederation's 2026 plan shipped as a program: two rounds, 01/01–30/6 and 01/7–31/12."""

from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.nomination import phase_for
from sangkien_desktop.domain.validation import check_decision_date
from sangkien_desktop.services.catalog import load_campaigns

ROUND = load_campaigns()["doi-moi-sang-tao-2026"]


def test_two_rounds_of_2026():
    assert ROUND.national and "51/KH-TLĐ" in ROUND.name and ROUND.description_limit is None
    assert [(p.eligible_from, p.eligible_to) for p in ROUND.phases] == [
        (dt.date(2026, 1, 1), dt.date(2026, 6, 30)), (dt.date(2026, 7, 1), dt.date(2026, 12, 31))]
    assert phase_for(ROUND, dt.date(2026, 6, 30)).code == "1"
    assert phase_for(ROUND, dt.date(2026, 7, 1)).code == "2"
    assert phase_for(ROUND, dt.date(2027, 1, 1)) is None


def test_a_decision_outside_2026_does_not_count():
    d = Dossier(title="Chuyển đổi số sổ theo dõi đoàn viên", first_applied_on=dt.date(2025, 10, 1))
    assert not check_decision_date(d, ROUND, dt.date(2026, 3, 10))
    late = check_decision_date(d, ROUND, dt.date(2027, 1, 5))
    assert [f.rule_id for f in late] == ["SK-DECISION-WINDOW"]
