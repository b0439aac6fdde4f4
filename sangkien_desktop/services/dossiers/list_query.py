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
so a page costs the same at 1,000 dossiers as at 1,000,000 (tests/core/test_list_query.py).

A search is planned here rather than left to SQLite's guesses (it keeps no statistics): which
index a page of matches walks, so a keystroke reads about as many rows as it shows.

The full-text index keeps its entries in the list's default order, last saved first
(storage/search_key.py). A search in that order is a **walk** of the index: SQLite reads the
matches newest first, checks each against the filters through a narrow index
(ix_dossier_filter, never the wide dossier row) and stops once it has the rows asked for. A
page costs about the same for a word matching ten dossiers and for a letter matching all
100,000; counting "more than 1,000" reads 1,001 matches. Other searches sort, in one of three
ways:

- **a small filter** (the bin, one unit, a status or campaign with at most FEW dossiers, or one
  the walk found too rare among its first matches): walk that filter's index, keep the
  matching dossiers, sort them;
- **few matches** (at most FEW): look them up and sort them;
- otherwise walk the index of the sort column in order, keeping the matching dossiers, and stop
  once the page is full.

``list_sql`` is the same list left to SQLite (every match, or a plan-free page): what the
planned pages are checked against (tests/core/test_list_search.py).
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sangkien_desktop.storage.migrations import schema_is_current
from sangkien_desktop.storage.search_key import ID_MASK

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


# The column each sort orders by; each has an index (deleted_at, column, id): SORT_INDEXES.
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
SORT_INDEXES: dict[SortKey, str] = {
    SortKey.TITLE: "ix_dossier_live_title",
    SortKey.CODE: "ix_dossier_live_code",
    SortKey.SOLUTION_TYPE: "ix_dossier_live_kind",
    SortKey.UNIT: "ix_dossier_live_unit",
    SortKey.LEAD_AUTHOR: "ix_dossier_live_author",
    SortKey.FIRST_APPLIED: "ix_dossier_live_applied",
    SortKey.STATUS: "ix_dossier_live_status",
    SortKey.CAMPAIGN: "ix_dossier_live_campaign",
    SortKey.UPDATED: "ix_dossier_live_updated",
}
# The check filters: the column of dossier_summary each counts (storage/dossier_summary.py).
CHECK_COLUMNS = {"errors": "errors", "warnings": "open_warnings"}

# Matches a walk with a status or campaign filter reads at least before it lets the list sort
# instead (more for a deeper page): a few milliseconds.
WALK_BOUND = 5000
# Up to this many matches (or dossiers in a filter), reading each one is cheaper than walking
# an index of every dossier (a dossier's row is wide: its texts run over several pages).
FEW = 1000


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
    # Only the dossiers whose kept check (services/dossiers/stored_checks.py) found errors
    # ("errors") or warnings nobody acknowledged ("warnings"): CHECK_COLUMNS.
    check: str | None = None


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


def _filters(q: DossierQuery, *, old_versions: bool = False) -> tuple[list[str], dict[str, Any]]:
    """The conditions on ``dossier AS d`` but the search; with ``old_versions`` the old
    versions are not left out whatever the query says (count_sql subtracts them itself)."""
    clauses = ["d.deleted_at IS NOT NULL" if q.in_bin else "d.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    for column, value in (("status", q.status), ("campaign_id", q.campaign_id),
                          ("unit_name", q.unit_name)):
        if value:
            clauses.append(f"d.{column} = :{column}")
            params[column] = value
    if q.check:
        # The summary's own "listed" when the list shows what it says (read from one index);
        # otherwise every row of the check's index, the conditions here deciding.
        listed = "1" if _hides_old_versions(q) and not old_versions else "0, 1"
        clauses.append(f"d.id IN (SELECT dossier_id FROM dossier_summary "
                       f"WHERE listed IN ({listed}) AND {CHECK_COLUMNS[q.check]} > 0)")
    if _hides_old_versions(q) and not old_versions:
        clauses.append(_CURRENT_VERSION)  # last: the costliest check
    return clauses, params


def _with_search(clauses: list[str], condition: str) -> list[str]:
    """``clauses`` with the search's ``condition`` before the old-version check."""
    at = len(clauses) - 1 if clauses[-1] == _CURRENT_VERSION else len(clauses)
    return [*clauses[:at], condition, *clauses[at:]]


def match_expression(query: str) -> str | None:
    """FTS5 query for a search box entry: every word, as a prefix, must appear
    (storage/search_query.py, imported on the first search)."""
    if not query.strip():
        return None
    from sangkien_desktop.storage.search_query import match_expression as expression

    return expression(query)


# The ids of the dossiers a search matches (an entry's rowid is its list key: storage/search_key).
_MATCHED_IDS = f"SELECT rowid & {ID_MASK} FROM dossier_fts WHERE dossier_fts MATCH :match"


def _where(q: DossierQuery, *, old_versions: bool = False, dialect: str = "sqlite",
           broad: bool = False) -> tuple[str, dict[str, Any]]:
    """The WHERE of the query on ``dossier AS d``, search included (see _filters)."""
    clauses, params = _filters(q, old_versions=old_versions)
    if q.search.strip():
        from sangkien_desktop.storage.search_query import match_clause  # on the first search

        found = match_clause(dialect, "d.id", q.search, broad=broad)
        if found is not None:
            clauses = _with_search(clauses, found[0])
            params["match"] = found[1]
    return " AND ".join(clauses), params


def _order(q: DossierQuery) -> str:
    direction = "DESC" if q.descending else "ASC"
    return f"ORDER BY d.{SORT_COLUMNS[q.sort]} {direction}, d.id {direction}"


def _page(sql: str, params: dict[str, Any], offset: int, limit: int | None,
          dialect: str = "sqlite") -> tuple[str, dict[str, Any]]:
    if limit is None and not offset:
        return sql, params
    if limit is None and dialect != "sqlite":  # SQLite takes -1 for no limit, a server none
        return f"{sql} OFFSET :offset", {**params, "offset": offset}
    return (f"{sql} LIMIT :limit OFFSET :offset",
            {**params, "limit": -1 if limit is None else limit, "offset": offset})


def list_sql(q: DossierQuery, *, offset: int = 0, limit: int | None = PAGE_SIZE,
             dialect: str = "sqlite", broad: bool = False) -> tuple[str, dict[str, Any]]:
    """The SELECT of one page of the list (every match with ``limit=None``) and its parameters,
    as the engine would plan it (``broad``: the search matches many dossiers, on a server:
    storage/search_query.py); list_dossiers plans a search's pages on SQLite itself
    (_searched)."""
    where, params = _where(q, dialect=dialect, broad=broad)
    return _page(f"SELECT {_COLUMNS} FROM dossier AS d WHERE {where} {_order(q)}", params,
                 offset, limit, dialect)


def count_sql(q: DossierQuery, *, cap: int | None = None,
              dialect: str = "sqlite") -> tuple[str, dict[str, Any]]:
    """How many dossiers match, as the engine would plan it; with ``cap``, counting stops at
    cap + 1 (count_dossiers plans a search's capped count on SQLite itself)."""
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
           f"WHERE v.previous_uuid IS NOT NULL AND n.deleted_at IS NULL AND {where}")
    return f"SELECT ({every}) - ({old})", params


# --- Searches: which index SQLite walks, chosen per query ----------------------------------

def in_index_order(q: DossierQuery) -> bool:
    """Whether the list's order is the full-text index's own (a search then walks it)."""
    return q.sort == SortKey.UPDATED and q.descending and not q.in_bin and not q.unit_name


def walk_sql(q: DossierQuery, expression: str, columns: str, offset: int,
             limit: int) -> tuple[str, dict[str, Any]]:
    """Positions offset..offset+limit of the matches in the index's own order (last saved
    first), each checked against the filters through ix_dossier_filter. With a status or
    campaign filter only the first ``_walk_bound`` matches are read (_walk then tells
    whether that was all of them)."""
    filters, params = _filters(q)
    if _narrowing(q):
        source = f"({_MATCHES} ORDER BY rowid DESC LIMIT :bound) AS f"
        where = filters
        params["bound"] = _walk_bound(offset, limit)
    else:  # the MATCH on the outer query, so FTS5 itself walks in rowid order
        source = "dossier_fts AS f"
        where = ["f.dossier_fts MATCH :match", *filters]
    sql = (f"SELECT {columns} FROM {source} "
           f"JOIN dossier AS d INDEXED BY ix_dossier_filter ON d.id = f.rowid & {ID_MASK} "
           f"WHERE {' AND '.join(where)} ORDER BY f.rowid DESC")
    return _page(sql, {**params, "match": expression}, offset, limit)


def sorted_sql(q: DossierQuery, expression: str, columns: str, offset: int, limit: int,
               index: str | None, *, ordered: bool = True) -> tuple[str, dict[str, Any]]:
    """Matches in the list's order: the dossiers of ``index`` checked against the matches, or,
    without an index, the matches looked up one by one."""
    filters, params = _filters(q)
    # "id + 0" keeps SQLite from looking every match up by its id when an index is walked.
    probe = "d.id" if index is None else "d.id + 0"
    where = " AND ".join(_with_search(filters, f"{probe} IN ({_MATCHED_IDS})"))
    indexed = "" if index is None else f" INDEXED BY {index}"
    order = f" {_order(q)}" if ordered else ""
    sql = f"SELECT {columns} FROM dossier AS d{indexed} WHERE {where}{order}"
    return _page(sql, {**params, "match": expression}, offset, limit)


_MATCHES = "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :match"


def _narrowing(q: DossierQuery) -> bool:
    """A filter that may hold few of a search's matches: a walk reads a bounded number."""
    return bool(q.status or q.campaign_id or q.check)


def _walk_bound(offset: int, limit: int) -> int:
    # Enough matches for a filter holding one match in five to fill the page.
    return max(WALK_BOUND, 5 * (offset + limit))


def _filter_index(q: DossierQuery) -> str | None:
    if q.in_bin:
        return "ix_dossier_live_updated"  # (deleted_at, …): the bin is a short range
    if q.unit_name:
        return "ix_dossier_unit"
    if q.status:  # (deleted_at, status, updated_at, id): in the default order too
        return "ix_dossier_live_status_updated"
    if q.campaign_id:
        return "ix_dossier_live_campaign_updated"
    return None


def _at_most(reader: Reader, sql: str, params: dict[str, Any], n: int) -> bool:
    seen = _execute(reader, f"SELECT count(*) FROM ({sql} LIMIT {int(n) + 1})", params)
    return int(next(iter(seen))[0]) <= n


def _few_filtered(reader: Reader, q: DossierQuery) -> bool:
    """Whether the filters (old versions aside) hold at most FEW dossiers."""
    filters, params = _filters(q, old_versions=True)
    return _at_most(reader, f"SELECT 1 FROM dossier AS d WHERE {' AND '.join(filters)}", params,
                    FEW)


def _walk(reader: Reader, q: DossierQuery, expression: str, columns: str, offset: int,
          limit: int) -> list[Sequence[Any]] | None:
    """The walk in the index's own order; None when a status or campaign filter is too rare
    among the first matches (WALK_BOUND, or five times the rows asked for)."""
    found = list(_execute(reader, *walk_sql(q, expression, columns, offset, limit)))
    if _narrowing(q) and len(found) < limit and not _at_most(
            reader, _MATCHES, {"match": expression}, _walk_bound(offset, limit)):
        return None
    return found


def _searched(reader: Reader, q: DossierQuery, offset: int,
              limit: int) -> list[Sequence[Any]] | None:
    """The rows of a page of a search (the list's columns); None when ``q`` searches nothing."""
    expression = match_expression(q.search)
    if expression is None:
        return None
    index: str | None
    if in_index_order(q):
        found = _walk(reader, q, expression, _COLUMNS, offset, limit)
        if found is not None:
            return found
        index = _filter_index(q)
    elif (small := _filter_index(q)) is not None and (q.in_bin or q.unit_name or _few_filtered(
            reader, q)):
        index = small
    elif _at_most(reader, _MATCHES, {"match": expression}, FEW):
        index = None
    else:
        index = SORT_INDEXES[q.sort]
    return list(_execute(reader, *sorted_sql(q, expression, _COLUMNS, offset, limit, index)))


def _search_count(reader: Reader, q: DossierQuery, cap: int) -> int | None:
    """How many dossiers match the search, counting stops at cap + 1; the list's sort does
    not matter, so the index is walked in its own order. None when ``q`` searches nothing."""
    expression = match_expression(q.search)
    if expression is None:
        return None
    if not (q.in_bin or q.unit_name):
        found = _walk(reader, q, expression, "1", 0, cap + 1)
        if found is not None:
            return len(found)
    sql, params = sorted_sql(q, expression, "1", 0, cap + 1, _filter_index(q), ordered=False)
    return len(list(_execute(reader, sql, params)))


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
    """A page of the list (every match with ``limit=None``). On SQLite a search's page is
    planned here (INDEXED BY: SQLite's own syntax); a server plans it itself, told only whether
    the search matches many dossiers."""
    dialect = dialect_of(reader)
    if dialect != "sqlite":
        broad = _many_matches(reader, dialect, q.search) if q.search.strip() else False
        sql, params = list_sql(q, offset=offset, limit=limit, dialect=dialect, broad=broad)
        return [_row(r) for r in _execute(reader, sql, params)]
    found = None if limit is None else _searched(reader, q, offset, limit)
    rows = _execute(reader, *list_sql(q, offset=offset, limit=limit)) if found is None else found
    return [_row(r) for r in rows]


def list_read_only(database: Path, q: DossierQuery, *,
                   limit: int | None = PAGE_SIZE) -> list[ListRow] | None:
    """The list read from the database file through a read-only sqlite3 connection of its own
    (the command line's ``list``, without SQLAlchemy); None when the database is not ours at
    the latest schema or does not read: the caller then opens it the usual way, which creates,
    upgrades or explains it."""
    from sangkien_desktop.storage.read_only import connect_current  # not for the first paint

    conn = connect_current(database)
    if conn is None:
        return None
    try:
        return list_dossiers(conn, q, limit=limit)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


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
    dialect = dialect_of(reader)
    if (cap is not None and dialect == "sqlite"
            and (found := _search_count(reader, q, cap)) is not None):
        return found
    sql, params = count_sql(q, cap=cap, dialect=dialect)
    return int(next(iter(_execute(reader, sql, params)))[0])


def count_by_status(reader: Reader) -> dict[str, int]:
    """How many dossiers the list shows under each status filter (``count_dossiers`` of
    ``DossierQuery(status=…)`` for each), read from one index of the narrow summary table,
    whose ``listed`` says what the list shows (storage/dossier_summary.py). Statuses without
    a dossier are left out."""
    rows = _execute(reader, "SELECT status, count(*) FROM dossier_summary "
                            "WHERE listed = 1 GROUP BY status", {})
    return {str(status): int(n) for status, n in rows if n}


def count_by_check(reader: Reader) -> dict[str, int]:
    """How many dossiers the list shows under each check filter (``DossierQuery(check=…)``)."""
    return {check: int(next(iter(_execute(
        reader, f"SELECT count(*) FROM dossier_summary WHERE listed = 1 AND {column} > 0",
        {})))[0]) for check, column in CHECK_COLUMNS.items()}


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
# dossier. Each hop seeks the next spelling under the same sort key, else the next key: a row
# value "(sort_unit, unit_name) > (key, name)" would seek on sort_unit alone and then walk
# every dossier of the unit it leaves (a million index entries at a million dossiers).
_NEXT_UNIT = """(SELECT {column} FROM dossier
                WHERE deleted_at IS NULL AND sort_unit = unit.key AND unit_name > unit.name
                ORDER BY unit_name LIMIT 1),
               (SELECT {column} FROM dossier
                WHERE deleted_at IS NULL AND sort_unit > unit.key
                ORDER BY sort_unit, unit_name LIMIT 1)"""
UNITS_SQL = f"""
    WITH RECURSIVE unit(key, name) AS (
        SELECT * FROM (SELECT sort_unit, unit_name FROM dossier
                       WHERE deleted_at IS NULL AND unit_name != ''
                       ORDER BY sort_unit, unit_name LIMIT 1) AS f
        UNION ALL
        SELECT coalesce({_NEXT_UNIT.format(column="sort_unit")}),
               coalesce({_NEXT_UNIT.format(column="unit_name")})
        FROM unit WHERE unit.key IS NOT NULL
    )
    SELECT name FROM unit WHERE name IS NOT NULL AND name != ''"""


def distinct_units(reader: Reader) -> list[str]:
    """Unit names of live dossiers in Vietnamese order (UNITS_SQL)."""
    return [r[0] for r in _execute(reader, UNITS_SQL, {})]
