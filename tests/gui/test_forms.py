"""The compiled forms in gui/forms must match ui/*.ui (run `make forms` after editing a form)."""

from __future__ import annotations

import pytest

from sangkien_desktop.gui.forms.compile import UI_DIR, compile_form, target_for

FORMS = sorted(UI_DIR.glob("*.ui"))


def _body(text: str) -> list[str]:
    # The banner names the uic version; everything else must be identical.
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_there_are_forms():
    assert len(FORMS) >= 4


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file):
    target = target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    assert _body(target.read_text(encoding="utf-8")) == _body(compile_form(ui_file)), (
        f"{target.name} is stale: run `make forms`"
    )


def overlapping_cells(ui_file) -> list[str]:
    """Items of one grid or form layout that take the same cell (drawn on top of each other:
    what a merge of two edits to the same form can leave without a conflict)."""
    import xml.etree.ElementTree as ET

    found = []
    for layout in ET.parse(ui_file).iter("layout"):
        if layout.get("class") not in ("QGridLayout", "QFormLayout"):
            continue
        taken: dict[tuple[int, int], str] = {}
        for item in layout.findall("item"):
            if item.get("row") is None:
                continue
            row, col = int(item.get("row")), int(item.get("column", 0))
            child = next(iter(item), None)
            name = child.get("name", "?") if child is not None else "?"
            for r in range(row, row + int(item.get("rowspan", 1))):
                for c in range(col, col + int(item.get("colspan", 1))):
                    if (r, c) in taken:
                        found.append(f"{layout.get('name')}: {name} over {taken[r, c]} at row {r}, column {c}")
                    taken[r, c] = name
    return found


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_no_two_items_share_a_cell(ui_file):
    assert overlapping_cells(ui_file) == []


def test_the_overlap_check_sees_two_rows_in_one_place(tmp_path):
    form = tmp_path / "x.ui"
    form.write_text('<ui><widget class="QDialog"><layout class="QGridLayout" name="g">'
                    '<item row="0" column="0" colspan="2"><widget class="QLabel" name="a"/></item>'
                    '<item row="0" column="1"><widget class="QLabel" name="b"/></item>'
                    '</layout></widget></ui>', encoding="utf-8")
    assert overlapping_cells(form) == ["g: b over a at row 0, column 1"]
