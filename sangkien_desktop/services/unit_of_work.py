"""One use-case, one transaction: the unit of work every writer runs in.

A front-end (the window, the command line) runs a use-case that writes through
``run(app, use_case, ...)`` (``iter_run`` for long work yielding progress, ``with
unit_of_work.session(app) as session`` or ``open_work`` for several steps). The unit of work opens the session, hands it to the use-case, and
alone commits, once, at the end, or rolls everything back on any failure or cancel: services
never commit. It applies the policies the use-case declares (``@declares(backup=...)``):

- **backup**: an archive of the data as it stands is taken once, just before the first write
  of the transaction (a refused file, a dry run or an import that brings nothing new take
  none); a use-case that writes files before its first row asks for it with ``before_write``;
- **history**: every dossier changed through the ORM has its entry in the history in the same
  transaction, or the commit is refused (``HistoryGapError``, a programming error);
- validation that belongs to the core stays in the core save path (``save_dossier`` and the
  bulk insert refuse an untitled dossier), so the window, the command line and the imports
  meet the same rules.

After the commit, ``changes`` says what changed: the tables written and the dossiers (and
other records) whose history got an entry, so the window refreshes its views once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ParamSpec, Protocol, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup.backups import Reason, backup_now
from sangkien_desktop.storage.database import Database
from sangkien_desktop.storage.models import DossierRow

__all__ = ["Changes", "HistoryGapError", "Policy", "UnitOfWork", "before_write", "declares",
           "iter_run", "on_rollback", "open_work", "run", "run_changes", "session"]

P = ParamSpec("P")
R = TypeVar("R")
_KEY = "unit_of_work"
# The table a write statement writes to: INSERT [OR …] INTO t, REPLACE INTO t, UPDATE t, DELETE FROM t.
_WRITE = re.compile(r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?'
                    r'|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
_DOSSIER = "dossier"  # services.dossiers.history.DOSSIER, the entity kind of a dossier's entries


class HistoryGapError(RuntimeError):
    """A use-case changed a dossier without writing its history entry (a programming error:
    "every change to a dossier is in its history")."""


@dataclass(frozen=True)
class Policy:
    """What a use-case asks of the unit of work it runs in."""

    backup: Reason | None = None  # the reason of the backup taken before the first write


NO_POLICY = Policy()


def declares(*, backup: Reason | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declares a use-case's policy: ``@declares(backup=Reason.IMPORT)`` on an import makes
    every front-end that runs it through ``run``/``iter_run`` back up before its first write."""

    def mark(use_case: Callable[P, R]) -> Callable[P, R]:
        use_case.policy = Policy(backup)  # type: ignore[attr-defined]
        return use_case

    return mark


def policy_of(use_case: Callable[..., Any]) -> Policy:
    return getattr(use_case, "policy", NO_POLICY)


@dataclass(frozen=True)
class Changes:
    """What a committed unit of work changed."""

    tables: frozenset[str] = frozenset()
    # (entity kind, uuid) of every history entry written: the dossiers, councils, meetings,
    # decisions and nominations changed (every change to them is in their history).
    entities: frozenset[tuple[str, str]] = frozenset()

    @property
    def dossiers(self) -> frozenset[str]:
        return frozenset(uuid for kind, uuid in self.entities if kind == _DOSSIER)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def only(self, *tables: str) -> bool:
        """Nothing but these tables was written (an autosaved draft: the list has not changed)."""
        return self.tables <= set(tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.entities | other.entities)


@dataclass
class _Tracked:
    written: set[str] = field(default_factory=set)
    dossiers: set[str] = field(default_factory=set)  # changed through the ORM
    history_mark: int | None = None  # the history's last id before the first write


class UnitOfWork:
    """``with UnitOfWork(db, layout, backup=Reason.IMPORT) as work: use_case(work.session)``:
    commits once on leaving without an error, rolls back otherwise (a cancel closing a
    generator included); ``changes`` then says what changed."""

    def __init__(self, db: Database, layout: DataLayout | None = None, *,
                 backup: Reason | None = None,
                 backup_with: Callable[[Reason], object] | None = None):
        if backup is not None and layout is None:
            raise ValueError("a backup policy needs the data folder's layout")
        self.db, self.layout, self.backup = db, layout, backup
        # How the data is backed up (AppData.backup: the folder, or a shared database on a
        # server); a folder's backup when not given.
        self.backup_with = backup_with
        self.backed_up = False
        self.changes = Changes()
        self._tracked = _Tracked()
        self._undo: list[Callable[[], object]] = []
        self._connections: list[Connection] = []
        self._session: Session | None = None

    @classmethod
    def of(cls, session: Session) -> UnitOfWork | None:
        """The unit of work this session belongs to (None for a bare session: a test)."""
        found = session.info.get(_KEY)
        return found if isinstance(found, UnitOfWork) else None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    # --- the transaction ----------------------------------------------------------------------
    def __enter__(self) -> UnitOfWork:
        session = self._session = self.db.session()
        session.info[_KEY] = self
        event.listen(session, "after_begin", self._began)
        event.listen(session, "before_flush", self._flushing)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        try:
            if exc_type is None:
                self._commit()
            else:
                self._rollback()
        finally:
            self._close()

    def _commit(self) -> None:
        session = self.session
        try:
            session.flush()
            entities = self._history_since(session)
            gaps = self._tracked.dossiers - {uuid for kind, uuid in entities if kind == _DOSSIER}
            if gaps:
                raise HistoryGapError(f"dossiers changed without a history entry: {sorted(gaps)}")
            session.commit()
        except BaseException:
            self._rollback()
            raise
        self.changes = Changes(frozenset(self._tracked.written), frozenset(entities))

    def _rollback(self) -> None:
        try:
            self.session.rollback()
        finally:
            undo, self._undo = self._undo, []
            for step in reversed(undo):
                step()

    def _close(self) -> None:
        session = self.session
        for conn in self._connections:
            if event.contains(conn, "before_cursor_execute", self._executing):
                event.remove(conn, "before_cursor_execute", self._executing)
        self._connections.clear()
        event.remove(session, "after_begin", self._began)
        event.remove(session, "before_flush", self._flushing)
        session.info.pop(_KEY, None)
        session.close()
        self._session = None

    # --- policies -----------------------------------------------------------------------------
    def before_write(self) -> None:
        """Applies what must happen before the first write: the backup, once. Called by itself
        before the first row is written; a use-case that writes files first calls it."""
        if self.backup is not None and not self.backed_up:
            assert self.layout is not None
            if self.backup_with is not None:
                self.backup_with(self.backup)
            else:
                backup_now(self.layout, self.backup)
            self.backed_up = True

    def on_rollback(self, undo: Callable[[], object]) -> None:
        """``undo`` runs if the transaction is rolled back (files a use-case wrote beside it)."""
        self._undo.append(undo)

    def _began(self, _session: Session, _transaction: object, connection: Connection) -> None:
        event.listen(connection, "before_cursor_execute", self._executing)
        self._connections.append(connection)

    def _executing(self, _conn: Connection, cursor: Any, statement: str, *_args: Any) -> None:
        written = _WRITE.match(statement)
        if written is None:
            return
        if self._tracked.history_mark is None:
            self.before_write()
            # The history's last entry before this unit wrote: what it adds is read at the commit.
            # On the raw connection: a statement through SQLAlchemy would come back here.
            raw = cursor.connection.cursor()
            try:
                raw.execute("SELECT coalesce(max(id), 0) FROM history")
                self._tracked.history_mark = int(raw.fetchone()[0])
            finally:
                raw.close()
        self._tracked.written.add(written[1].lower())

    def _flushing(self, session: Session, *_args: Any) -> None:
        for row in (*session.new, *session.dirty, *session.deleted):
            if isinstance(row, DossierRow) and (row in session.new or row in session.deleted
                                                or session.is_modified(row)):
                self._tracked.dossiers.add(row.uuid)

    def _history_since(self, session: Session) -> set[tuple[str, str]]:
        mark = self._tracked.history_mark
        if mark is None:  # nothing written
            return set()
        rows = session.execute(text("SELECT entity_kind, entity_uuid FROM history WHERE id > :mark"),
                               {"mark": mark})
        return {(kind, uuid) for kind, uuid in rows}


# --- the front-ends' entry points -------------------------------------------------------------
class DataFolder(Protocol):
    """What a unit of work needs of an opened data folder (services.context.AppData)."""

    db: Database
    layout: DataLayout


def open_work(app: DataFolder | Database, use_case: Callable[..., Any] | None = None, *,
              backup: Reason | None = None) -> UnitOfWork:
    """A unit of work on the data folder with the policy ``use_case`` declares (or ``backup``);
    on a bare database (a test, a benchmark) there is no folder to back up."""
    reason = backup or (policy_of(use_case).backup if use_case is not None else None)
    if isinstance(app, Database):
        return UnitOfWork(app)
    # AppData backs up a shared database on a server too (services/context.py).
    return UnitOfWork(app.db, app.layout, backup=reason, backup_with=getattr(app, "backup", None))


@contextmanager
def session(app: DataFolder | Database, use_case: Callable[..., Any] | None = None, *,
            backup: Reason | None = None) -> Iterator[Session]:
    """``with unit_of_work.session(app) as session:`` several steps in one unit of work, for a
    front-end that needs no ``changes`` (the command line): committed at the end of the block,
    rolled back if it raises."""
    with open_work(app, use_case, backup=backup) as work:
        yield work.session


def run(app: DataFolder | Database, use_case: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
    """Runs ``use_case(session, *args, **kwargs)`` in one unit of work with the policy it
    declares, committed once; returns its result."""
    return run_changes(app, use_case, *args, **kwargs)[0]


def run_changes(app: DataFolder | Database, use_case: Callable[..., R], /, *args: Any,
                **kwargs: Any) -> tuple[R, Changes]:
    """``run``, also returning what changed."""
    with open_work(app, use_case) as work:
        result = use_case(work.session, *args, **kwargs)
    return result, work.changes


def iter_run(app: DataFolder | Database, use_case: Callable[..., Generator[Any, None, R]], /, *args: Any,
             **kwargs: Any) -> Generator[Any, None, tuple[R, Changes]]:
    """``run_changes`` for long work: yields the use-case's progress; closing this generator
    (Cancel) rolls everything back."""
    with open_work(app, use_case) as work:
        result = yield from use_case(work.session, *args, **kwargs)
    return result, work.changes


def before_write(session: Session) -> None:
    """The policies due before the first write, for a use-case that writes files before rows
    (nothing for a bare session)."""
    work = UnitOfWork.of(session)
    if work is not None:
        work.before_write()


def on_rollback(session: Session, undo: Callable[[], object]) -> None:
    """``undo`` runs if the session's unit of work rolls back (nothing for a bare session)."""
    work = UnitOfWork.of(session)
    if work is not None:
        work.on_rollback(undo)
