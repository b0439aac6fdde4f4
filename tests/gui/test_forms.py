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
