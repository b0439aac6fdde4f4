"""The schema of ``dossier_summary``: one narrow row per dossier holding what the "Việc cần làm"
overview counts, so that each of its counts reads an index instead of 100,000 wide rows.

Two halves, kept in step differently:

- **copied from the records by triggers**, exact in every transaction whoever writes: the
  status, the programme, whether the dossier is in the bin (``live``), whether the list shows it
  (``listed``: live and not an old version, the rule of services/dossiers/list_query.py) and
  the day of the latest decision of this unit recognising it (``recognised_on``);
- **the dossier's own check** (errors, warnings nobody acknowledged), which needs the
  programme's rules and so is written by services/dossiers/stored_checks.py. Every change of
  what that check reads (the dossier, its authors, appliers and files, a decision about it, the
  package it came in, an acknowledgement) raises ``due`` by a trigger; a check written for a
  ``due`` that has moved on meanwhile does not clear it.

The statements are the migration step that creates the table (storage/migrations.py); each is
safe to run twice.
"""

from __future__ import annotations

from typing import Any

# Whether dossier ``x`` is what the list shows: not in the bin, and no newer version of it that
# is live (a recognised dossier whose correction was made is an old version).
# 1 or 0 (the flags are integers: one comparison, ``listed = 1``, reads alike on both engines).
_LISTED = """(CASE WHEN {x}.deleted_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM dossier_version AS lv JOIN dossier AS ln ON ln.uuid = lv.dossier_uuid
    WHERE lv.previous_uuid = {x}.uuid AND ln.deleted_at IS NULL) THEN 1 ELSE 0 END)"""

# The day of the latest decision of this unit recognising the dossier of uuid ``u``.
_RECOGNISED = """(SELECT max(rc.date) FROM decision_item AS ri JOIN decision AS rc
    ON rc.id = ri.decision_id WHERE ri.dossier_uuid = {u} AND ri.outcome = 'recognised')"""


def _listed(x: str) -> str:
    return _LISTED.format(x=x)


def _live(x: str) -> str:
    return f"(CASE WHEN {x}.deleted_at IS NULL THEN 1 ELSE 0 END)"


def _recognised(u: str) -> str:
    return _RECOGNISED.format(u=u)


def _relist(uuid: str) -> str:
    """Sets ``listed`` again for the dossier of uuid ``uuid`` (its versions changed)."""
    return (f"UPDATE dossier_summary SET listed = (SELECT {_listed('p')} FROM dossier AS p "
            f"WHERE p.id = dossier_summary.dossier_id) "
            f"WHERE dossier_id = (SELECT id FROM dossier WHERE uuid = {uuid});")


def _relist_previous(uuid: str) -> str:
    """Sets ``listed`` again for the version the dossier of uuid ``uuid`` corrects."""
    return _relist(f"(SELECT previous_uuid FROM dossier_version WHERE dossier_uuid = {uuid})")


def _due_by_uuid(uuid: str) -> str:
    return (f"UPDATE dossier_summary SET due = due + 1 "
            f"WHERE dossier_id = (SELECT id FROM dossier WHERE uuid = {uuid});")


def _recognition(uuid: str) -> str:
    """The recognition day of the dossier of uuid ``uuid`` read again, its check due."""
    return (f"UPDATE dossier_summary SET recognised_on = {_recognised(uuid)}, due = due + 1 "
            f"WHERE dossier_id = (SELECT id FROM dossier WHERE uuid = {uuid});")


def _trigger(name: str, event: str, body: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER IF NOT EXISTS {name} {event}{condition} BEGIN {body} END"


def _children_triggers(table: str) -> list[str]:
    """A change of an author, applier or attached file: the dossier's check is due."""
    due = "UPDATE dossier_summary SET due = due + 1 WHERE dossier_id = {}.dossier_id;"
    return [
        _trigger(f"tr_summary_{table}_insert", f"AFTER INSERT ON {table}", due.format("NEW")),
        _trigger(f"tr_summary_{table}_update", f"AFTER UPDATE ON {table}",
                 due.format("OLD") + " " + due.format("NEW")),
        _trigger(f"tr_summary_{table}_delete", f"AFTER DELETE ON {table}", due.format("OLD")),
    ]


def _by_uuid_triggers(table: str, body) -> list[str]:
    """Insert, update and delete of a row naming a dossier by ``dossier_uuid``."""
    return [
        _trigger(f"tr_summary_{table}_insert", f"AFTER INSERT ON {table}",
                 body("NEW.dossier_uuid")),
        _trigger(f"tr_summary_{table}_update", f"AFTER UPDATE ON {table}",
                 body("OLD.dossier_uuid") + " " + body("NEW.dossier_uuid")),
        _trigger(f"tr_summary_{table}_delete", f"AFTER DELETE ON {table}",
                 body("OLD.dossier_uuid")),
    ]


TABLE = """CREATE TABLE IF NOT EXISTS dossier_summary (
    dossier_id INTEGER PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
    status VARCHAR NOT NULL DEFAULT 'draft',
    campaign_id VARCHAR NOT NULL DEFAULT '',
    live INTEGER NOT NULL DEFAULT 1,
    listed INTEGER NOT NULL DEFAULT 1,
    recognised_on DATE,
    due INTEGER NOT NULL DEFAULT 1,
    errors INTEGER NOT NULL DEFAULT 0,
    open_warnings INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    stamp VARCHAR NOT NULL DEFAULT '',
    checked_on DATE,
    valid_until DATE
)"""

INDEXES = (
    # The overview's counts, each a range of one index: per status, with errors, with
    # warnings nobody acknowledged (and the list's filters on the last two).
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_status ON dossier_summary (listed, status)",
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_errors ON dossier_summary (listed, errors)",
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_warnings "
    "ON dossier_summary (listed, open_warnings)",
    # Recognised in the current phase of the unit's programme (the target against achieved).
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_recognised "
    "ON dossier_summary (campaign_id, live, status, recognised_on)",
    # What the check refresh reads first: the checks due, and those that expire with the date.
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_due ON dossier_summary (dossier_id) "
    "WHERE due > 0",
    "CREATE INDEX IF NOT EXISTS ix_dossier_summary_valid ON dossier_summary (valid_until) "
    "WHERE valid_until IS NOT NULL",
    # Meetings without a decision: a decision looked up by its meeting, not a scan per meeting.
    "CREATE INDEX IF NOT EXISTS ix_decision_meeting ON decision (meeting_uuid)",
)

TRIGGERS = (
    _trigger("tr_summary_dossier_insert", "AFTER INSERT ON dossier",
             "INSERT INTO dossier_summary "
             "(dossier_id, status, campaign_id, live, listed, recognised_on) VALUES "
             f"(NEW.id, NEW.status, NEW.campaign_id, {_live('NEW')}, {_listed('NEW')}, "
             f"{_recognised('NEW.uuid')}) ON CONFLICT (dossier_id) DO UPDATE SET "
             "status = excluded.status, campaign_id = excluded.campaign_id, "
             "live = excluded.live, listed = excluded.listed, "
             "recognised_on = excluded.recognised_on, due = dossier_summary.due + 1; "
             + _relist_previous("NEW.uuid")),
    _trigger("tr_summary_dossier_update", "AFTER UPDATE ON dossier",
             "UPDATE dossier_summary SET status = NEW.status, campaign_id = NEW.campaign_id, "
             f"live = {_live('NEW')}, listed = {_listed('NEW')}, due = due + 1 "
             "WHERE dossier_id = NEW.id; " + _relist_previous("NEW.uuid")),
    # Its own row goes with it (ON DELETE CASCADE); the version it corrected is listed again.
    _trigger("tr_summary_dossier_delete", "AFTER DELETE ON dossier",
             _relist_previous("OLD.uuid")),
    _trigger("tr_summary_version_insert", "AFTER INSERT ON dossier_version",
             _relist("NEW.previous_uuid")),
    _trigger("tr_summary_version_update", "AFTER UPDATE ON dossier_version",
             _relist("OLD.previous_uuid") + " " + _relist("NEW.previous_uuid")),
    _trigger("tr_summary_version_delete", "AFTER DELETE ON dossier_version",
             _relist("OLD.previous_uuid")),
    *_children_triggers("author"),
    *_children_triggers("applier"),
    *_children_triggers("attachment"),
    *_by_uuid_triggers("decision_item", _recognition),
    _trigger("tr_summary_decision_update", "AFTER UPDATE OF date ON decision",
             "UPDATE dossier_summary SET recognised_on = "
             + _recognised("(SELECT uuid FROM dossier WHERE id = dossier_summary.dossier_id)")
             + ", due = due + 1 WHERE dossier_id IN (SELECT d.id FROM decision_item AS i "
             "JOIN dossier AS d ON d.uuid = i.dossier_uuid WHERE i.decision_id = NEW.id);"),
    # The decision of the unit that sent a dossier up, and the package it came in, are read by
    # its check (services/dossiers/checks.py: context_for).
    *_by_uuid_triggers("received_decision_item", _due_by_uuid),
    _trigger("tr_summary_received_decision_update",
             "AFTER UPDATE OF date ON received_decision",
             "UPDATE dossier_summary SET due = due + 1 WHERE dossier_id IN (SELECT d.id "
             "FROM received_decision_item AS i JOIN dossier AS d ON d.uuid = i.dossier_uuid "
             "WHERE i.decision_uuid = NEW.uuid);"),
    _trigger("tr_summary_history_insert", "AFTER INSERT ON history",
             _due_by_uuid("NEW.entity_uuid"),
             when="NEW.entity_kind = 'dossier' "
                  "AND NEW.action IN ('imported', 'replaced_by_import', 'imported_copy')"),
    *_by_uuid_triggers("acknowledgement", _due_by_uuid),
)

# Every dossier stored before the table existed, its check due. SQLite reads the narrow filter
# index (ix_dossier_filter holds id, deleted_at, status, campaign_id and uuid), which covers
# what is read, not the wide rows. (WHERE TRUE: SQLite's parser needs it before an upsert.)
FILL = ("INSERT INTO dossier_summary "
        "(dossier_id, status, campaign_id, live, listed, recognised_on) "
        f"SELECT d.id, d.status, d.campaign_id, {_live('d')}, {_listed('d')}, "
        f"{_recognised('d.uuid')} FROM dossier AS d WHERE TRUE "
        "ON CONFLICT (dossier_id) DO NOTHING")

STATEMENTS: tuple[str, ...] = (TABLE, *INDEXES, *TRIGGERS, FILL)


def all_due(session: Any) -> None:
    """Makes every dossier's kept check due: the rules it was made under changed (the unit's
    rule pack chosen or edited), whichever the dossier."""
    from sqlalchemy import text  # here: the window's first paint reads this module's schema

    session.execute(text("UPDATE dossier_summary SET due = due + 1"))
