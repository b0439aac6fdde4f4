"""A database file at an older schema version, made by the migration steps up to it (for the
tests of one step's upgrade). No tests here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sangkien_desktop.storage.migrations import APPLICATION_ID, STEPS, apply_step


def database_at(path: Path, version: int) -> sqlite3.Connection:
    """A new database at ``path`` with the steps up to ``version`` applied and marked so (an
    autocommit connection, for the test to fill before it closes it)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in STEPS:
        if step.version <= version:
            apply_step(conn, step)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return conn
