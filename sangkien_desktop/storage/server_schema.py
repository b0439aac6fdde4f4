"""The numbered steps of ``migrations.py`` as a PostgreSQL server runs them.

The steps are written once, in the SQLite dialect they were released in. For a server each
statement is translated so that both engines store and return the same values:

- ``INTEGER`` becomes ``BIGINT`` (SQLite integers are 64-bit: money in đồng passes 2^31), and
  ``INTEGER PRIMARY KEY`` an identity column;
- ``TEXT`` and ``VARCHAR(n)`` become ``TEXT COLLATE "C"``: no length limit (SQLite enforces
  none, so what one engine stores the other does too) and byte order for ``ORDER BY``, the
  order SQLite uses and the precomputed Vietnamese sort keys rely on, whatever locale the
  server's database was created with;
- ``DATETIME`` becomes ``TIMESTAMP`` without time zone: the program stores local wall-clock
  time (Vietnam has one zone and no summer time) and compares naive datetimes; a
  ``timestamptz`` would hand back aware ones;
- ``BOOLEAN ... DEFAULT 0/1`` gets ``FALSE``/``TRUE``; ``BLOB`` becomes ``BYTEA``;
- JSON columns stay ``TEXT``: the program reads and writes the JSON text itself, and content
  hashes are taken over it, so the server must hand back the very same characters (``jsonb``
  would reorder keys).

The list's indexes ``(deleted_at, <sort column>, id)`` become partial indexes ``(<sort column>,
id) WHERE deleted_at IS NULL``: SQLite orders by the columns after a leading ``IS NULL``, a
server's planner does not (``IS NULL`` is no equality to it), so the list would sort every
dossier for each page; the partial index hands the live dossiers over in order.

The few statements that cannot be translated (the FTS5 search and similarity tables, a table
``WITHOUT ROWID``, a backfill reading JSON with SQLite's functions) have their server form in
``_OVERRIDES``, and those a server has no
use for (step 8's re-keying of the FTS5 entries and the index SQLite's searches name) none;
storage/search.py explains the server's search table.

A trigger becomes a PL/pgSQL function running the trigger's statements (written so that both
engines read them alike) and a row trigger calling it.

The schema version of a server database is a one-row table, ``sangkien_schema`` (SQLite keeps
it in ``PRAGMA user_version`` and ``application_id``).
"""

from __future__ import annotations

import re

from sangkien_desktop.storage.migrations import Step
from sangkien_desktop.storage.similarity_index import SERVER_TABLES as SIMILARITY_TABLES

VERSION_TABLE = "sangkien_schema"

CREATE_VERSION_TABLE = f"""CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    application_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    upgraded_at TIMESTAMP NOT NULL DEFAULT LOCALTIMESTAMP
)"""

SET_VERSION = (
    f"INSERT INTO {VERSION_TABLE} (id, application_id, version) VALUES (1, %(app)s, %(version)s) "
    "ON CONFLICT (id) DO UPDATE SET application_id = EXCLUDED.application_id, "
    "version = EXCLUDED.version, upgraded_at = LOCALTIMESTAMP"
)

# The search index of a server database: the folded words of each dossier (storage/search.py
# writes them) and their tsvector, built word for word from those words, with a GIN index.
SEARCH_TABLE = (
    """CREATE TABLE IF NOT EXISTS dossier_search (
        dossier_id BIGINT PRIMARY KEY,
        body TEXT COLLATE "C" NOT NULL DEFAULT '',
        words TSVECTOR GENERATED ALWAYS AS (array_to_tsvector(string_to_array(body, ' '))) STORED
    )""",
    "CREATE INDEX IF NOT EXISTS ix_dossier_search_words ON dossier_search USING GIN (words)",
)

# Statements with no translation, by a phrase only they contain → their server form (the
# first phrase found decides: the more particular ones come first).
_OVERRIDES: dict[str, tuple[str, ...]] = {
    # The rule-pack step's similarity index: storage/similarity_index.py explains both forms.
    "similarity_fts USING fts5": SIMILARITY_TABLES,
    "CREATE TABLE IF NOT EXISTS similarity_df": (
        """CREATE TABLE IF NOT EXISTS similarity_df (
            term TEXT COLLATE "C" PRIMARY KEY,
            docs BIGINT NOT NULL
        )""",
    ),
    # Step 8 re-keys SQLite's FTS5 entries in the list's order and adds the narrow index its
    # planned searches name with INDEXED BY: a server's search table is keyed by dossier id and
    # its list is planned by the server, so it needs neither.
    "fts_rekey": (),
    "DROP TABLE dossier_fts": (),
    "ix_dossier_filter": (),
    "USING fts5": SEARCH_TABLE,
    "INSERT OR IGNORE INTO received_decision_item": (
        """INSERT INTO received_decision_item (decision_uuid, dossier_uuid, outcome, reason)
           SELECT d.uuid, i.value ->> 'dossier_uuid', i.value ->> 'outcome',
                  COALESCE(i.value ->> 'reason', '')
           FROM received_decision AS d,
                jsonb_array_elements(d.payload_json::jsonb -> 'items') AS i(value)
           WHERE i.value ->> 'dossier_uuid' IS NOT NULL
           ON CONFLICT DO NOTHING""",
    ),
}

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\b(?:VARCHAR(?:\(\d+\))?|TEXT)(?=[\s,)])"), 'TEXT COLLATE "C"'),
    (re.compile(r"\bDATETIME\b"), "TIMESTAMP"),
    (re.compile(r"(\bBOOLEAN\b[^,\n]*?\bDEFAULT )0\b"), r"\1FALSE"),
    (re.compile(r"(\bBOOLEAN\b[^,\n]*?\bDEFAULT )1\b"), r"\1TRUE"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
)


# A SQLite trigger as the steps write it (storage/dossier_summary.py): its name, its event (the
# table last), the row condition and the statements. A server runs the same statements (written
# to read alike on both engines) in a PL/pgSQL function of the same name.
_TRIGGER = re.compile(
    r"^CREATE TRIGGER IF NOT EXISTS (\w+) (AFTER \w+(?: OF [\w, ]+)? ON (\w+))"
    r"(?: WHEN (.*?))? BEGIN (.*) END$", re.S)


def _trigger(name: str, event: str, table: str, when: str | None, body: str) -> tuple[str, ...]:
    condition = f" WHEN ({when})" if when else ""
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$trigger$ BEGIN {body} RETURN NULL; END $trigger$",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} {event} FOR EACH ROW{condition} EXECUTE FUNCTION {name}()",
    )


_LIVE_INDEX = re.compile(
    r"^CREATE INDEX IF NOT EXISTS (ix_dossier_live_\w+)\s+ON dossier \(deleted_at, ([^)]*)\)$")


def translate(statement: str) -> tuple[str, ...]:
    """One SQLite statement of a step as the server runs it (one or more statements)."""
    for phrase, replacement in _OVERRIDES.items():
        if phrase in statement:
            return replacement
    trigger = _TRIGGER.match(statement.strip())
    if trigger:
        return _trigger(*trigger.groups())
    live = _LIVE_INDEX.match(statement.strip())
    if live:
        return (f"CREATE INDEX IF NOT EXISTS {live[1]} ON dossier ({live[2]}) "
                "WHERE deleted_at IS NULL",)
    if not statement.lstrip().upper().startswith(("CREATE TABLE", "ALTER TABLE")):
        return (statement,)
    for pattern, server_form in _RULES:
        statement = pattern.sub(server_form, statement)
    return (statement,)


def server_statements(step: Step) -> tuple[str, ...]:
    """The step as the server runs it: its added columns (``IF NOT EXISTS``, which SQLite
    lacks), then its statements."""
    columns = tuple(
        translate(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {definition}")[0]
        for table, column, definition in step.columns)
    return columns + tuple(s for statement in step.statements for s in translate(statement))
