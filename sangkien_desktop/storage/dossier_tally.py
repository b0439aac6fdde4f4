"""The schema of ``dossier_tally``: the dossier counts the status bar and the "Việc cần làm"
overview show, kept as numbers so that neither reads a row per dossier (a million dossiers
made each count a walk of an index of a million entries).

Per status: how many dossiers the list shows (``listed``), and how many of those have errors
or warnings nobody acknowledged in their kept check. Triggers on ``dossier_summary``
(storage/dossier_summary.py, itself kept by triggers from the records) add each row's change,
so the counts are exact in every transaction whoever writes, on both engines; a trigger fires
only when one of the counted things changes, so a save that keeps the status touches no count.

A count is the sum of its rows over ``slot``. SQLite has one writer at a time and always
writes slot 0. On a server each connection writes the slot of its backend (one of SLOTS), so
two officers saving at once seldom wait on one counter row until the other commits; the server
form of the slot is written in storage/server_schema.py (``WRITER_SLOT``).

``recount`` writes the counts again from the summary rows (rebuild-index, check-database).
The statements are the migration step that creates the table (storage/migrations.py); each is
safe to run twice.
"""

from __future__ import annotations

from typing import Any

# What a trigger writes as its slot; storage/server_schema.py replaces it on a server.
WRITER_SLOT = "0 /* writer slot */"
# A server's writer slots: enough that two writers at once seldom share one.
SLOTS = 64

TABLE = """CREATE TABLE IF NOT EXISTS dossier_tally (
    status VARCHAR NOT NULL,
    slot INTEGER NOT NULL DEFAULT 0,
    listed INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (status, slot)
)"""


def _flag(row: str, column: str) -> str:
    """1 when the summary row ``row`` is listed and its ``column`` is above 0, else 0."""
    return f"(CASE WHEN {row}.listed = 1 AND {row}.{column} > 0 THEN 1 ELSE 0 END)"


def _add(row: str, sign: str) -> str:
    """Adds (``sign`` "") or takes away ("-") what summary row ``row`` counts."""
    return (
        "INSERT INTO dossier_tally (status, slot, listed, errors, warnings) VALUES "
        f"({row}.status, {WRITER_SLOT}, {sign}{row}.listed, {sign}{_flag(row, 'errors')}, "
        f"{sign}{_flag(row, 'open_warnings')}) ON CONFLICT (status, slot) DO UPDATE SET "
        "listed = dossier_tally.listed + excluded.listed, "
        "errors = dossier_tally.errors + excluded.errors, "
        "warnings = dossier_tally.warnings + excluded.warnings;"
    )


def _trigger(name: str, event: str, body: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER IF NOT EXISTS {name} {event}{condition} BEGIN {body} END"


# A summary row's counted things changed: the status, whether it is listed, whether it has
# errors, whether it has warnings nobody acknowledged.
_COUNTED_CHANGE = (
    "OLD.status <> NEW.status OR OLD.listed <> NEW.listed "
    f"OR {_flag('OLD', 'errors')} <> {_flag('NEW', 'errors')} "
    f"OR {_flag('OLD', 'open_warnings')} <> {_flag('NEW', 'open_warnings')}"
)

TRIGGERS = (
    _trigger("tr_tally_summary_insert", "AFTER INSERT ON dossier_summary", _add("NEW", "")),
    _trigger("tr_tally_summary_update", "AFTER UPDATE ON dossier_summary",
             _add("OLD", "-") + " " + _add("NEW", ""), when=_COUNTED_CHANGE),
    # Also when the dossier goes for good (its summary row goes with it: ON DELETE CASCADE).
    _trigger("tr_tally_summary_delete", "AFTER DELETE ON dossier_summary", _add("OLD", "-")),
)

# The counts from the summary rows, in slot 0 (WHERE TRUE: SQLite's parser needs it before an
# upsert). Run with the table empty: by the step, and by ``recount``.
FILL = (
    "INSERT INTO dossier_tally (status, slot, listed, errors, warnings) "
    f"SELECT s.status, 0, sum(s.listed), sum({_flag('s', 'errors')}), "
    f"sum({_flag('s', 'open_warnings')}) FROM dossier_summary AS s WHERE TRUE "
    "GROUP BY s.status ON CONFLICT (status, slot) DO NOTHING"
)

STATEMENTS: tuple[str, ...] = (TABLE, *TRIGGERS, FILL)

# The counts as stored, per status: (status, listed, errors, warnings).
READ = ("SELECT status, sum(listed), sum(errors), sum(warnings) FROM dossier_tally "
        "GROUP BY status")
# The same counts read from the summary rows (one walk of them): what ``recount`` compares.
COUNTED = (
    f"SELECT s.status, sum(s.listed), sum({_flag('s', 'errors')}), "
    f"sum({_flag('s', 'open_warnings')}) FROM dossier_summary AS s GROUP BY s.status"
)


def as_counts(rows: Any) -> dict[str, tuple[int, int, int]]:
    """Per status the three counts, statuses counting nothing left out."""
    counts = {str(status): (int(listed or 0), int(errors or 0), int(warnings or 0))
              for status, listed, errors, warnings in rows}
    return {status: n for status, n in counts.items() if any(n)}


def recount(execute: Any) -> bool:
    """Compares the stored counts with the summary rows and, when they differ, writes them
    again (in the caller's transaction). ``execute(sql)`` runs a statement and returns its
    rows' iterable (a sqlite3 connection's ``execute``, or a session's through ``text``).
    True when the counts were wrong."""
    stored = as_counts(execute(READ))
    counted = as_counts(execute(COUNTED))
    if stored == counted:
        return False
    execute("DELETE FROM dossier_tally")
    execute(FILL)
    return True


def recount_session(session: Any) -> bool:
    """``recount`` in a SQLAlchemy session's transaction (either engine)."""
    from sqlalchemy import text  # here: the window's first paint reads this module's schema

    return recount(lambda sql: session.execute(text(sql)).all()
                   if sql.lstrip().startswith("SELECT") else session.execute(text(sql)))
