"""Every dossier rule has a name in words (the check table and the history show it, the id
stays in the tooltip); an id the table does not know is shown as it is."""

from __future__ import annotations

from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.validation.rules import RULE_TABLE, rule_name


def test_every_rule_has_its_own_name():
    names = [rule_name(r.id) for r in RULE_TABLE]
    assert all(isinstance(n, Message) for n in names), [r.id for r in RULE_TABLE
                                                        if not isinstance(rule_name(r.id), Message)]
    assert len(set(names)) == len(names)
    assert rule_name("SK-SHARES-TOTAL") == "Tổng tỷ lệ đóng góp bằng 100%"
    assert rule_name("SK-FROM-A-NEWER-VERSION") == "SK-FROM-A-NEWER-VERSION"
