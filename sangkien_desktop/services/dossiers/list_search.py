"""How the dossier list runs a search: which index SQLite walks, chosen per query, so a
keystroke reads about as many rows as it shows.

The full-text index keeps its entries in the list's default order, last saved first
(storage.search.list_key). A search in that order is a **walk** of the index: SQLite reads the
matches newest first, checks each against the filters through a narrow index
(ix_dossier_filter, never the wide dossier row) and stops once it has the rows asked for. A
page costs about the same for a word matching ten dossiers and for a letter matching all
100,000; counting "more than 1,000" reads 1,001 matches.

Other searches sort, in one of three ways (SQLite would choose by guesses, without statistics,
and often badly):

- **a small filter** (the bin, one unit, a status or campaign with at most FEW dossiers, or one
  the walk found too rare among its first matches): walk that filter's index, keep the
  matching dossiers, sort them;
- **few matches** (at most FEW): look them up and sort them;
- otherwise walk the index of the sort column in order, keeping the matching dossiers, and stop
  once the page is full.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    column,
    event,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import DossierRow


class DossierQuery(Protocol):
    """What a search plan reads of list_query.DossierQuery (which imports this module)."""

    @property
    def search(self) -> str: ...
    @property
    def status(self) -> str | None: ...
    @property
    def campaign_id(self) -> str | None: ...
    @property
    def unit_name(self) -> str | None: ...
    @property
    def in_bin(self) -> bool: ...
    @property
    def sort(self) -> str: ...
    @property
    def descending(self) -> bool: ...

DEFAULT_SORT = "updated_at"
# Matches a walk with a status or campaign filter reads at least before it lets the list sort
# instead (more for a deeper page): a few milliseconds.
WALK_BOUND = 5000
# Up to this many matches (or dossiers in a filter), reading each one is cheaper than walking
# an index of every dossier (a dossier's row is wide: its texts run over several pages).
FEW = 1000

_FTS = table("dossier_fts", column("rowid"), column("dossier_fts"))
# The index that walks each sort column in list order: (deleted_at, column, id).
_SORT_INDEX = {
    "title": "ix_dossier_live_title", "code": "ix_dossier_live_code",
    "solution_type": "ix_dossier_live_kind", "unit": "ix_dossier_live_unit",
    "lead_author": "ix_dossier_live_author", "first_applied_on": "ix_dossier_live_applied",
    "status": "ix_dossier_live_status", "campaign": "ix_dossier_live_campaign",
    "updated_at": "ix_dossier_live_updated",
}


def in_index_order(q: DossierQuery) -> bool:
    """Whether the list's order is the index's own (a search then walks it)."""
    return q.sort == DEFAULT_SORT and q.descending and not q.in_bin and not q.unit_name


def search_ids(session: Session, q: DossierQuery, conditions: list[ColumnElement[bool]],
               order: list[ColumnElement[Any]], offset: int, limit: int) -> list[int] | None:
    """Ids of the dossiers matching the search and ``conditions``, positions offset..
    offset+limit in ``order``; None when ``q`` searches nothing."""
    expression = search.match_expression(q.search)
    if expression is None:
        return None
    if in_index_order(q):
        ids = _walk(session, q, expression, conditions, offset, limit)
        if ids is not None:
            return ids
        return _sorted(session, expression, conditions, order, offset, limit, _filter_index(q))
    small = _filter_index(q)
    if small is not None and (q.in_bin or q.unit_name or _at_most(
            session, select(DossierRow.id).where(*conditions), FEW)):
        return _sorted(session, expression, conditions, order, offset, limit, small)
    if _at_most(session, _matches(expression), FEW):
        return _sorted(session, expression, conditions, order, offset, limit, None)
    return _sorted(session, expression, conditions, order, offset, limit,
                   _SORT_INDEX[str(q.sort)])


def count(session: Session, q: DossierQuery, conditions: list[ColumnElement[bool]],
          cap: int) -> int | None:
    """How many dossiers match the search, counting stops at cap + 1; the list's sort does
    not matter, so the index is walked in its own order. None when ``q`` searches nothing."""
    expression = search.match_expression(q.search)
    if expression is None:
        return None
    if not (q.in_bin or q.unit_name):
        ids = _walk(session, q, expression, conditions, 0, cap + 1)
        if ids is not None:
            return len(ids)
    return len(_sorted(session, expression, conditions, [], 0, cap + 1, _filter_index(q)))


def _matches(expression: str) -> Select[Any]:
    fts = _FTS.alias("f")
    return select(fts.c.rowid).where(fts.c.dossier_fts.op("MATCH")(expression))


def _at_most(session: Session, stmt: Select[Any], n: int) -> bool:
    seen = session.scalar(select(func.count()).select_from(stmt.limit(n + 1).subquery()))
    return (seen or 0) <= n


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


def _walk(session: Session, q: DossierQuery, expression: str,
          conditions: list[ColumnElement[bool]], offset: int, limit: int) -> list[int] | None:
    """The walk in the index's own order; None when a status or campaign filter is too rare
    among the first matches (WALK_BOUND, or five times the rows asked for)."""
    bounded = bool(q.status or q.campaign_id)
    # Enough matches for a filter holding one match in five to fill the page.
    bound = max(WALK_BOUND, 5 * (offset + limit))
    matches = _matches(expression)
    source: Any
    if bounded:
        source = matches.order_by(literal_column("rowid").desc()).limit(bound).subquery("m")
        where = conditions
    else:  # the MATCH on the outer query, so FTS5 itself walks in rowid order
        source = _FTS.alias("f")
        where = [source.c.dossier_fts.op("MATCH")(expression), *conditions]
    key = source.c.rowid
    stmt = (
        select(DossierRow.id)
        .select_from(source)
        .join(DossierRow, DossierRow.id == key.op("&")(search.ID_MASK))
        .where(*where)
        .order_by(key.desc())
        .offset(offset)
        .limit(limit)
    )
    ids = [row[0] for row in _execute(session, stmt, "ix_dossier_filter")]
    if bounded and len(ids) < limit and not _at_most(session, matches, bound):
        return None
    return ids


def _sorted(session: Session, expression: str, conditions: list[ColumnElement[bool]],
            order: list[ColumnElement[Any]], offset: int, limit: int,
            index: str | None) -> list[int]:
    """Matching ids in ``order``: the dossiers of ``index`` checked against the matches, or,
    without an index, the matches looked up one by one."""
    matches = select(text("rowid & :mask")).select_from(text("dossier_fts")).where(
        text("dossier_fts MATCH :match"))
    # "id + 0" keeps SQLite from looking every match up by its id when an index is walked.
    probe = DossierRow.id if index is None else DossierRow.id + literal_column("0")
    stmt = (
        select(DossierRow.id)
        .where(*conditions, probe.in_(matches))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .params(match=expression, mask=search.ID_MASK)
    )
    return [row[0] for row in _execute(session, stmt, index)]


_FROM_DOSSIER = re.compile(r"\b(FROM|JOIN) dossier\b(?!_)")
_INDEX_OPTION = "sangkien_indexed_by"


@event.listens_for(Engine, "before_cursor_execute", retval=True)
def _indexed_by(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> tuple[str, Any]:
    """Writes ``INDEXED BY`` into a statement run with the option below (SQLAlchemy's SQLite
    dialect has no syntax for it); the statement itself stays in SQLAlchemy's cache."""
    index = context.execution_options.get(_INDEX_OPTION) if context is not None else None
    if index:
        statement, found = _FROM_DOSSIER.subn(rf"\1 dossier INDEXED BY {index}", statement)
        if found != 1:
            raise AssertionError(f"expected the dossier table once in: {statement}")
    return statement, parameters


def _execute(session: Session, stmt: Select[Any], index: str | None) -> list[Any]:
    """Runs ``stmt`` with the dossier table read through ``index``."""
    if index is None:
        return list(session.execute(stmt))
    return list(session.execute(stmt, execution_options={_INDEX_OPTION: index}))
