"""The stored dossier counts (``dossier_tally``): the dossier counts the status bar and the "Việc cần làm"
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
form of the slot is written in storage/server_schema.py (``dossier_summary.WRITER_SLOT``).

``recount`` writes the counts again from the summary rows (rebuild-index, check-database).
The table and its triggers are written beside the summary's, in storage/dossier_summary.py
(``TALLY_STATEMENTS``: the migration step that creates them, each safe to run twice), which the
window's first paint reads already.
"""

from __future__ import annotations

from typing import Any

from sangkien_desktop.storage.dossier_summary import FILL_TALLY as FILL
from sangkien_desktop.storage.dossier_summary import tally_flag as _flag

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
