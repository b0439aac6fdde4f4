"""A plain sqlite3 connection for reading a data folder's database, without SQLAlchemy.

For work that only reads (the command line's Excel dry run): opening the database through
storage.database costs the ORM's import, several times the work itself. Only a database that
is ours and already at the latest schema is opened here; anything else (missing, older, newer,
damaged) returns None, and the caller opens it the usual way, which creates, upgrades or
refuses it with the usual messages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sangkien_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION


def connect_current(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        conn.close()
        return None
    if app_id != APPLICATION_ID or version != LATEST_VERSION:
        conn.close()
        return None
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn
