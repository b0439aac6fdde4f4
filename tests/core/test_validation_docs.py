"""docs/rules.md lists every rule of the code table, and its generated table is current."""

from __future__ import annotations

from pathlib import Path

from sangkien_desktop.domain.validation import RULE_TABLE
from sangkien_desktop.domain.validation.rules import render_rules_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
BEGIN, END = "<!-- rules:begin -->\n", "<!-- rules:end -->"


def test_rules_page_names_every_rule_id():
    text = DOC.read_text(encoding="utf-8")
    missing = [r.id for r in RULE_TABLE if f"`{r.id}`" not in text]
    assert missing == []


def test_rules_page_table_is_generated_from_the_code():
    text = DOC.read_text(encoding="utf-8")
    table = text.split(BEGIN, 1)[1].split(END, 1)[0]
    assert table == render_rules_markdown(), (
        "docs/rules.md is stale: regenerate the table between the markers "
        "(see the command at the top of the page)."
    )
