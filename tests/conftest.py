"""Shared fixtures: offscreen Qt, a data directory per test, an in-memory database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from sangkien_desktop.domain import messages  # noqa: E402
from sangkien_desktop.storage.database import Database, open_database  # noqa: E402

messages.STRICT = True  # a message code without Vietnamese fails the test that reaches it


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user's data folder."""
    monkeypatch.setenv("SANGKIEN_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def db() -> Database:
    database = open_database(None)
    yield database
    database.close()
