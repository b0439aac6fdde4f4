"""Copying every record of one database into another, across engines, and proving the copy.

Used to move a SQLite data folder onto a server (``sangkien migrate-to``), for the program's
own export of a server database (a backup without pg_dump) and to restore such an export
into an empty server database. Both databases have the same schema version; each table is
read in primary-key order and written in batches with its own keys, so references between
tables stay as they were. The search and similarity indexes are copied entry by entry (the
similarity's counts made again from its entries); the server's identity sequences are moved
past the largest key.

Verification compares, per table, the number of rows and a SHA-256 over the rows in key
order with each value in one neutral form (a boolean as 0/1, a time as ISO text, bytes as
hex), so SQLite's and the server's representations of the same value hash alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, Table, delete, insert, inspect, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.storage import search, similarity_index
from sangkien_desktop.storage.keys import catch_up
from sangkien_desktop.storage.models import Base

# Not copied row by row: the version record (each engine keeps its own), the search index
# (copied entry by entry, its form differs per engine), register locks (momentary) and
# attachment content (the caller moves files between the attachment stores), and the dossier
# counts, which the target's triggers count as the dossiers arrive (storage/dossier_tally.py).
SKIPPED = frozenset({"sangkien_schema", "dossier_search", "register_lock", "blob_chunk",
                     "dossier_tally"})
# Written by triggers as the other tables are copied (storage/dossier_summary.py): copied last,
# over what the triggers wrote, so the kept checks come across as they were.
DERIVED = ("dossier_summary",)
_BATCH = 1000


def tables(conn: Connection) -> list[Table]:
    """The tables to copy that exist in ``conn``'s database, parents before children, each
    with the columns that database has (an older schema has fewer)."""
    present = set(inspect(conn).get_table_names())
    reflected = MetaData()
    found = []
    for model in sorted(Base.metadata.sorted_tables, key=lambda t: t.name in DERIVED):
        if model.name in SKIPPED or model.name not in present:
            continue
        found.append(Table(model.name, reflected, autoload_with=conn))
    return found


def _key(table: Table) -> list:
    return list(table.primary_key.columns) or list(table.columns)


def _rows(conn: Connection, table: Table) -> Iterator[dict]:
    result = conn.execution_options(yield_per=_BATCH).execute(
        select(table).order_by(*_key(table)))
    for row in result.mappings():
        yield dict(row)


@dataclass(frozen=True)
class TableProof:
    table: str
    rows: int
    sha256: str


def _neutral(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def prove(conn: Connection, table: Table) -> TableProof:
    digest = hashlib.sha256()
    names = sorted(c.name for c in table.columns)
    count = 0
    for row in _rows(conn, table):
        digest.update("\x1f".join(_neutral(row[n]) for n in names).encode("utf-8"))
        digest.update(b"\x1e")
        count += 1
    return TableProof(table.name, count, digest.hexdigest())


@dataclass(frozen=True)
class TableCopy(Progress):
    """How far a copy has come: ``done`` of ``total`` tables (the search index last), the
    table being copied (``stage``) and its rows copied so far; ``finished`` once it is whole."""

    rows: int = 0
    finished: bool = False


def iter_copy_tables(source: Connection,
                     target: Connection) -> Generator[TableCopy, None, dict[str, int]]:
    """Copies every table's rows (the target's tables must be empty) and the search index, in
    the target connection's transaction, yielding after each batch. Returns rows copied per
    table. Closed at a yield (cancelled), it leaves the target's transaction to the caller
    (who rolls it back)."""
    copied: dict[str, int] = {}
    target_tables = {t.name: t for t in tables(target)}
    source_tables = tables(source)
    total = len(source_tables) + 1
    for n, table in enumerate(source_tables):
        into = target_tables[table.name]
        if table.name in DERIVED:
            target.execute(delete(into))
        columns = [c.name for c in table.columns if c.name in into.columns]
        batch: list[dict] = []
        count = 0
        for row in _rows(source, table):
            batch.append({c: row[c] for c in columns})
            if len(batch) >= _BATCH:
                target.execute(insert(into), batch)
                count += len(batch)
                batch.clear()
                yield TableCopy(n, total, table.name, count)
        if batch:
            target.execute(insert(into), batch)
            count += len(batch)
        if "id" in into.columns and count:
            catch_up(Session(bind=target), into)
        copied[table.name] = count
        yield TableCopy(n + 1, total, table.name, count, finished=True)
    search.replace_all(Session(bind=target), search.entries(Session(bind=source)))
    if _has_similarity(source):  # from the rule-pack step on
        held = Session(bind=source)
        similarity_index.replace_all(Session(bind=target), similarity_index.entries(held),
                                     similarity_index.stored_format(held),
                                     similarity_index.pending(held))
    analyze(target)
    yield TableCopy(total, total, "search", finished=True)
    return copied


def copy_tables(source: Connection, target: Connection,
                progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """``iter_copy_tables`` run to its end; ``progress(table, rows)`` after each table."""

    def step(done: Progress) -> None:
        if progress is not None and isinstance(done, TableCopy) and done.finished \
                and done.stage != "search":
            progress(done.stage, done.rows)

    return drive(iter_copy_tables(source, target), step)


def analyze(conn: Connection) -> None:
    """After many rows were written at once (a copy, a restore, demo data): a server's planner
    gets fresh statistics now, not a minute later from autovacuum (the search's plan depends
    on them). SQLite plans without."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ANALYZE")


def proofs(conn: Connection) -> dict[str, TableProof]:
    return {t.name: prove(conn, t) for t in tables(conn)}


def differences(source: Connection, target: Connection) -> list[str]:
    """Tables whose row count or content hash differ between the two databases (empty: the
    copy is exact), and the search or similarity index when its entries differ."""
    theirs = proofs(target)
    wrong = [name for name, proof in proofs(source).items() if theirs.get(name) != proof]
    a = {k: search.words(v) for k, v in search.entries(Session(bind=source)).items()}
    b = {k: search.words(v) for k, v in search.entries(Session(bind=target)).items()}
    if a != b:
        wrong.append("search")
    # Its counts are made again from the entries on the target: only the entries are compared.
    if _has_similarity(source) and any(
            read(Session(bind=source)) != read(Session(bind=target))
            for read in (similarity_index.entries, similarity_index.pending)):
        wrong.append("similarity")
    return wrong


def _has_similarity(conn: Connection) -> bool:
    return "similarity_df" in inspect(conn).get_table_names()


def is_empty(conn: Connection) -> bool:
    """Whether no table of the program holds a row (a database the copy may go into)."""
    return all(conn.execute(select(t).limit(1)).first() is None for t in tables(conn))
