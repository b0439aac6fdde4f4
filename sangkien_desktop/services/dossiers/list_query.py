"""The dossier list as the window and the command line read it: filters, search, sort order and pages.

The list is one SQL definition, built here as text and run on whatever reads the database: a
SQLAlchemy ``Session`` (services, the command line) or a plain ``sqlite3`` connection (the
window's list, which paints its first page before SQLAlchemy is imported: gui/first_paint.py).
So this module imports neither SQLAlchemy nor anything heavy, and builds no dataclass.
On a shared database on a server the same text runs through a Session; the few words that
differ (the search condition: storage/search_query.py, a join hint, "no limit") follow the
reader's dialect.

Every sort walks an index led by ``deleted_at`` in order (storage/migrations.py, step 1), and
the version columns are subqueries SQLite evaluates only for the rows of the page it returns,
so a page costs the same at 1,000 dossiers as at 1,000,000 (tests/core/test_list_query_plans.py).
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sangkien_desktop.storage.migrations import schema_is_current

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.orm import Session

    # What the list reads from: a Session, or a sqlite3 connection to the same database.
    Reader: TypeAlias = Session | sqlite3.Connection

PAGE_SIZE = 200
# A search counts its matches only this far: "more than 1.000" is all a user needs to narrow it.
SEARCH_COUNT_CAP = 1000


class SortKey(enum.StrEnum):
    TITLE = "title"
    CODE = "code"
    SOLUTION_TYPE = "solution_type"
    UNIT = "unit"
    LEAD_AUTHOR = "lead_author"
    FIRST_APPLIED = "first_applied_on"
    STATUS = "status"
    CAMPAIGN = "campaign"
    UPDATED = "updated_at"


# The column each sort orders by; each has an index (deleted_at, column, id).
SORT_COLUMNS: dict[SortKey, str] = {
    SortKey.TITLE: "sort_title",
    SortKey.CODE: "code",
    SortKey.SOLUTION_TYPE: "solution_type",
    SortKey.UNIT: "sort_unit",
    SortKey.LEAD_AUTHOR: "sort_author",
    SortKey.FIRST_APPLIED: "first_applied_on",
    SortKey.STATUS: "status",
    SortKey.CAMPAIGN: "campaign_id",
    SortKey.UPDATED: "updated_at",
}


class DossierQuery(NamedTuple):
    """What the list shows; change one part with ``query._replace(search=…)``."""

    search: str = ""
    status: str | None = None
    campaign_id: str | None = None
    unit_name: str | None = None
    in_bin: bool = False
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    # Also the versions a newer, live version supersedes (a recognised dossier after its
    # correction was made). Off by default: the list shows each dossier once, as it now stands.
    old_versions: bool = False


class ListRow(NamedTuple):
    """One line of the dossier list: only what the list shows."""

    id: int
    uuid: str
    title: str
    code: str
    solution_type: str
    unit_name: str
    lead_author_name: str
    first_applied_on: dt.date | None
    status: str
    campaign_id: str
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    # Place in the dossier's lineage (1 unless it is a correction of a recognised version), and
    # whether a correction of it exists: the list tells the two copies with one code apart.
    version: int = 1
    superseded: bool = False


class ListPage(NamedTuple):
    rows: list[ListRow]
    total: int
    # True when total is a lower bound (a search with more matches than SEARCH_COUNT_CAP).
    more: bool
    # True when rows hold every match: nothing more to fetch.
    exhausted: bool


_COLUMNS = """d.id, d.uuid, d.title, d.code, d.solution_type, d.unit_name, d.lead_author_name,
    d.first_applied_on, d.status, d.campaign_id, d.updated_at, d.deleted_at,
    COALESCE((SELECT v.version FROM dossier_version AS v WHERE v.dossier_uuid = d.uuid), 1),
    EXISTS (SELECT 1 FROM dossier_version AS v WHERE v.previous_uuid = d.uuid)"""

# A version is old once a newer version of it is live; while that one is in the bin, the
# old one is what the dossier now is, and the list keeps it.
_CURRENT_VERSION = """NOT EXISTS (SELECT 1 FROM dossier_version AS v
    JOIN dossier AS n ON n.uuid = v.dossier_uuid
    WHERE v.previous_uuid = d.uuid AND n.deleted_at IS NULL)"""


def can_read(conn: sqlite3.Connection) -> bool:
    """Whether this query can read the database as it is: ours, at the schema it is written
    for, nothing to migrate first (two pragmas; the window's first paint asks)."""
    return schema_is_current(conn)


def dialect_of(reader: Reader) -> str:
    """"sqlite" or "postgresql": the list's SQL differs in a few words between the two."""
    if isinstance(reader, sqlite3.Connection):
        return "sqlite"
    return str(reader.get_bind().dialect.name)


def _hides_old_versions(q: DossierQuery) -> bool:
    return not q.in_bin and not q.old_versions


def _where(q: DossierQuery, *, old_versions: bool = False, dialect: str = "sqlite",
           broad: bool = False) -> tuple[str, dict[str, Any]]:
    """The WHERE of the query on ``dossier AS d``; with ``old_versions`` the old versions are
    not left out whatever the query says (count_sql subtracts them itself)."""
    clauses = ["d.deleted_at IS NOT NULL" if q.in_bin else "d.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if _hides_old_versions(q) and not old_versions:
        clauses.append(_CURRENT_VERSION)
    for column, value in (("status", q.status), ("campaign_id", q.campaign_id),
                          ("unit_name", q.unit_name)):
        if value:
            clauses.append(f"d.{column} = :{column}")
            params[column] = value
    if q.search.strip():
        from sangkien_desktop.storage.search_query import match_clause  # on the first search

        found = match_clause(dialect, "d.id", q.search, broad=broad)
        if found is not None:
            clauses.append(found[0])
            params["match"] = found[1]
    return " AND ".join(clauses), params


def list_sql(q: DossierQuery, *, offset: int = 0, limit: int | None = PAGE_SIZE,
             dialect: str = "sqlite", broad: bool = False) -> tuple[str, dict[str, Any]]:
    """The SELECT of one page of the list (every match with ``limit=None``) and its parameters
    (``broad``: the search matches many dossiers, storage/search_query.py)."""
    where, params = _where(q, dialect=dialect, broad=broad)
    direction = "DESC" if q.descending else "ASC"
    sql = (f"SELECT {_COLUMNS} FROM dossier AS d WHERE {where} "
           f"ORDER BY d.{SORT_COLUMNS[q.sort]} {direction}, d.id {direction}")
    if limit is not None or offset:
        if dialect == "sqlite" or limit is not None:  # SQLite takes -1 for no limit
            sql += " LIMIT :limit"
            params["limit"] = -1 if limit is None else limit
        sql += " OFFSET :offset"
        params["offset"] = offset
    return sql, params


def count_sql(q: DossierQuery, *, cap: int | None = None,
              dialect: str = "sqlite") -> tuple[str, dict[str, Any]]:
    """How many dossiers match; with ``cap``, counting stops at cap + 1."""
    if cap is not None:
        where, params = _where(q, dialect=dialect)
        return (f"SELECT count(*) FROM (SELECT 1 FROM dossier AS d WHERE {where} LIMIT :cap) "
                "AS m", {**params, "cap": cap + 1})
    where, params = _where(q, old_versions=True, dialect=dialect)
    every = f"SELECT count(*) FROM dossier AS d WHERE {where}"
    if not _hides_old_versions(q):
        return every, params
    # Every match (read from an index alone when no filter is set) less the old versions among
    # them, found from the few version rows (CROSS JOIN keeps SQLite starting there; a server
    # plans joins itself and knows no CROSS JOIN ... ON): checking each of a million rows for a
    # newer version would read the whole table.
    join = "CROSS JOIN" if dialect == "sqlite" else "JOIN"
    old = (f"SELECT count(DISTINCT d.id) FROM dossier_version AS v "
           f"{join} dossier AS n ON n.uuid = v.dossier_uuid "
           f"{join} dossier AS d ON d.uuid = v.previous_uuid "
           f"WHERE n.deleted_at IS NULL AND {where}")
    return f"SELECT ({every}) - ({old})", params


def _execute(reader: Reader, sql: str, params: dict[str, Any]) -> Iterable[Sequence[Any]]:
    if isinstance(reader, sqlite3.Connection):
        return reader.execute(sql, params).fetchall()
    if dialect_of(reader) == "sqlite":
        # The same text, handed to the driver as it is: SQLAlchemy compiles nothing here.
        return reader.connection().exec_driver_sql(sql, params).fetchall()
    from sqlalchemy import text  # a server's driver writes its parameters another way

    return reader.execute(text(sql), params).fetchall()


# SQLite hands dates back as ISO text, a server as date and datetime values.
def _date(value: str | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.date) or not value:
        return value or None
    return dt.date.fromisoformat(value)


def _datetime(value: str | dt.datetime | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime) or not value:
        return value or None
    return dt.datetime.fromisoformat(value)


def _row(r: Sequence[Any]) -> ListRow:
    updated = _datetime(r[10])
    assert updated is not None  # a stored dossier always has one
    return ListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _date(r[7]), r[8], r[9],
                   updated, _datetime(r[11]), r[12], bool(r[13]))


def list_dossiers(
    reader: Reader, q: DossierQuery, *, offset: int = 0, limit: int | None = PAGE_SIZE
) -> list[ListRow]:
    dialect = dialect_of(reader)
    broad = _many_matches(reader, dialect, q.search) if q.search.strip() else False
    sql, params = list_sql(q, offset=offset, limit=limit, dialect=dialect, broad=broad)
    return [_row(r) for r in _execute(reader, sql, params)]


def _many_matches(reader: Reader, dialect: str, search: str) -> bool:
    """Whether the engine should walk the list's order for this search (a server asks its
    index once per search text; the answer only steers the plan, never what is found)."""
    from sangkien_desktop.storage.search_query import broad_sql

    asked = broad_sql(dialect, search)
    if asked is None:
        return False
    key = search
    if key not in _BROAD_SEEN:
        if len(_BROAD_SEEN) > 256:
            _BROAD_SEEN.clear()
        _BROAD_SEEN[key] = bool(next(iter(_execute(reader, *asked)))[0])
    return _BROAD_SEEN[key]


_BROAD_SEEN: dict[str, bool] = {}


def count_dossiers(reader: Reader, q: DossierQuery, *, cap: int | None = None) -> int:
    """How many dossiers match; with ``cap``, counting stops at cap + 1 (enough to say "more
    than cap" without walking every match of a one-letter search)."""
    sql, params = count_sql(q, cap=cap, dialect=dialect_of(reader))
    return int(next(iter(_execute(reader, sql, params)))[0])


def count_for_list(reader: Reader, q: DossierQuery) -> tuple[int, bool]:
    """The number the list's status line shows, and whether it is only a lower bound (a
    search counts up to SEARCH_COUNT_CAP)."""
    cap = SEARCH_COUNT_CAP if q.search.strip() else None
    total = count_dossiers(reader, q, cap=cap)
    if cap is not None and total > cap:
        return cap, True
    return total, False


def open_list(reader: Reader, q: DossierQuery, *, page_size: int = PAGE_SIZE) -> ListPage:
    """The first page of the list and the number of matches."""
    rows = list_dossiers(reader, q, offset=0, limit=page_size)
    if len(rows) < page_size:
        return ListPage(rows, len(rows), False, True)
    total, more = count_for_list(reader, q)
    return ListPage(rows, total, more, False)


# Unit names of live dossiers in Vietnamese order, hopping from one unit to the next along the
# covering index (deleted_at, sort_unit, unit_name, id): one index entry per unit, not one per
# dossier.
UNITS_SQL = """
    WITH RECURSIVE unit(key, name) AS (
        SELECT * FROM (SELECT sort_unit, unit_name FROM dossier
                       WHERE deleted_at IS NULL AND unit_name != ''
                       ORDER BY sort_unit, unit_name LIMIT 1) AS f
        UNION ALL
        SELECT (SELECT sort_unit FROM dossier
                WHERE deleted_at IS NULL AND (sort_unit, unit_name) > (unit.key, unit.name)
                ORDER BY sort_unit, unit_name LIMIT 1),
               (SELECT unit_name FROM dossier
                WHERE deleted_at IS NULL AND (sort_unit, unit_name) > (unit.key, unit.name)
                ORDER BY sort_unit, unit_name LIMIT 1)
        FROM unit WHERE unit.key IS NOT NULL
    )
    SELECT name FROM unit WHERE name IS NOT NULL AND name != ''"""


def distinct_units(reader: Reader) -> list[str]:
    """Unit names of live dossiers in Vietnamese order (UNITS_SQL)."""
    return [r[0] for r in _execute(reader, UNITS_SQL, {})]
