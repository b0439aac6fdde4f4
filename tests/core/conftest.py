"""Fixtures several core test modules share."""

from __future__ import annotations

import pytest

from tests.core.privacy_support import World, make_world


@pytest.fixture
def world(tmp_path) -> World:
    """A data folder where one person has personal data everywhere (privacy_support)."""
    w = make_world(tmp_path / "data")
    yield w
    w.app.close()
