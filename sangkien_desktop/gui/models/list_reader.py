"""The dossier list's own way into the database: plain ``sqlite3``, read-only.

The list needs no SQLAlchemy: it runs the SQL of services/dossiers/list_query.py on a
read-only connection of its own, so the window paints its first page before the rest of the
program is loaded (gui/first_paint.py), and keeps reading that way afterwards, through one path.
A page (200 rows along an index) is read on the GUI thread; what may read many rows — the
number of matches, the unit names — runs on one worker thread with its own connection and
comes back through a queued signal. A newer request of the same kind interrupts and replaces
an older one, so typing in the search box never queues up counts of a million dossiers.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from sangkien_desktop.services.dossiers.list_query import DossierQuery, ListRow, list_dossiers

if TYPE_CHECKING:
    from sangkien_desktop.services.context import Database

Work = Callable[[sqlite3.Connection], Any]


def reader_for(db: Database, parent: QObject | None = None) -> ListReader:
    """The list's reader on an opened database: its file, or a shared database's server."""
    if db.server is not None:
        return ServerListReader(db, parent)
    if db.path is None:
        raise ValueError("the dossier list reads a database file, not an in-memory one")
    return ListReader(db.path, parent)


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write, whatever runs on it (``mode=ro``)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5,
                           check_same_thread=check_same_thread)


class ListReader(QObject):
    """Reads the list's pages on the GUI thread and its longer reads on a worker thread."""

    _finished = Signal(str, int, object)  # kind, ticket, result: queued to the GUI thread

    def __init__(self, path: Path, parent: QObject | None = None,
                 connection: sqlite3.Connection | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._conn = connection or self._connect(worker=False)
        self._lock = threading.Condition()
        self._pending: dict[str, tuple[int, Work]] = {}  # kind → newest request not yet started
        self._waiting: dict[str, tuple[int, Callable[[Any], None]]] = {}  # GUI thread only
        self._tickets = 0
        self._running: str | None = None
        self._reconnect = False
        self._closed = False
        self._worker: threading.Thread | None = None
        self._worker_conn: Any = None
        self._finished.connect(self._deliver)

    def page(self, query: DossierQuery, offset: int, limit: int) -> list[ListRow]:
        return self.read(lambda conn: list_dossiers(conn, query, offset=offset, limit=limit))

    def read(self, work: Work) -> Any:
        """Runs ``work`` on the GUI thread's connection (short reads only). A failure of the
        database file (damaged, unreadable disk) is raised as the typed error the rest of the
        program raises for it, so the window can offer the restore."""
        try:
            return work(self._conn)
        except self._failures() as exc:
            typed = self._typed(exc)
            if typed is None:
                raise
            raise typed from exc
        finally:
            self._done(self._conn)

    def later(self, kind: str, work: Work, done: Callable[[Any], None]) -> None:
        """Runs ``work(connection)`` on the worker thread, then ``done(result)`` on the GUI
        thread (``done(None)`` when the read failed), unless a newer request of the same
        ``kind`` came meanwhile: that one replaces it, interrupting it if it has started."""
        with self._lock:
            if self._closed:
                return
            self._tickets += 1
            self._pending[kind] = (self._tickets, work)
            self._waiting[kind] = (self._tickets, done)
            if self._running == kind:
                self._interrupt()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="sangkien-list", daemon=True)
                self._worker.start()
            self._lock.notify()

    def busy(self) -> bool:
        """Whether some longer read has not come back yet."""
        return bool(self._waiting)

    def reopen(self) -> None:
        """After the database file was replaced (a restore): read the new one."""
        self._conn.close()
        self._conn = self._connect(worker=False)
        with self._lock:
            self._reconnect = True

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._pending.clear()
            self._interrupt()
            self._lock.notify()
            worker = self._worker
        if worker is not None:
            worker.join(2)
        self._waiting.clear()
        self._conn.close()

    def _interrupt(self) -> None:
        """Stops what the worker's connection is running (called holding the lock)."""
        if self._worker_conn is not None:
            try:
                self._worker_conn.interrupt()
            except sqlite3.ProgrammingError:  # already closed
                pass

    # --- how this reader reaches the database (a file here; ServerListReader below) ---------
    def _connect(self, *, worker: bool) -> Any:
        return connect_read_only(self.path, check_same_thread=not worker)

    def _failures(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def _typed(self, exc: BaseException) -> BaseException | None:
        # Imported on failure only: it loads SQLAlchemy.
        from sangkien_desktop.services.context import database_problem

        return database_problem(exc, self.path)

    def _done(self, conn: Any) -> None:
        """After each read (a server reader ends its transaction, to see others' saves)."""

    # --- worker thread ----------------------------------------------------------------------
    def _work(self) -> None:
        conn: sqlite3.Connection | None = None
        while True:
            with self._lock:
                while not self._pending and not self._closed:
                    self._lock.wait()
                if self._closed:
                    break
                kind, (ticket, work) = self._pending.popitem()
                if self._reconnect and conn is not None:
                    conn.close()
                    conn = None
                self._reconnect = False
                if conn is None:
                    conn = self._worker_conn = self._connect(worker=True)
                self._running = kind
            try:
                result = work(conn)
            except self._failures():
                result = None  # interrupted by a newer request (dropped below), or unreadable
            finally:
                self._done(conn)
            with self._lock:
                self._running = None
                replaced = self._pending.get(kind) is not None or self._closed
            if not replaced:
                self._finished.emit(kind, ticket, result)
        if conn is not None:
            conn.close()

    # --- GUI thread -------------------------------------------------------------------------
    def _deliver(self, kind: str, ticket: int, result: Any) -> None:
        waiting = self._waiting.get(kind)
        if waiting is None or waiting[0] != ticket:
            return  # a newer request of this kind is on its way
        del self._waiting[kind]
        waiting[1](result)


class ServerListReader(ListReader):
    """The list of a shared database on a server: the same SQL (list_query reads a Session
    too), each read in a transaction of its own so other officers' saves show on the next
    page. A longer read is not interrupted on the server; a newer one replaces its result."""

    def __init__(self, db: Database, parent: QObject | None = None):
        self.db = db
        super().__init__(Path(), parent)

    def _connect(self, *, worker: bool) -> Any:
        return self.db.session()

    def _failures(self) -> tuple[type[BaseException], ...]:
        from sqlalchemy.exc import SQLAlchemyError

        from sangkien_desktop.domain.errors import SangKienError

        return (SQLAlchemyError, SangKienError)

    def _typed(self, exc: BaseException) -> BaseException | None:
        return None  # a server's failures arrive typed already (storage/server.py)

    def _done(self, conn: Any) -> None:
        conn.rollback()

    def _interrupt(self) -> None:
        pass

    def reopen(self) -> None:
        with self._lock:
            self._reconnect = True
