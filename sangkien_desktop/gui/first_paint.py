"""Start-up in two halves: the list painted from plain sqlite3 first, the rest loaded after.

An officer opens the program many times a day, often on an old PC, and what they wait for is
the list. So ``open_list`` opens the database read-only with the standard library's ``sqlite3``
and checks, with two pragmas, that it is ours and at the current schema; the window paints its
first page from it through the list's own modules (gui/models/, the SQL of
services/dossiers/list_query.py). Only then does ``RestLoader`` load the rest — SQLAlchemy, the
services, the database opened the full way, the campaign catalogue — on a worker thread, and
the window is attached to it (``MainWindow.attach``); gui/app.py then runs what start-up does
after the first paint (``after_first_paint``: the leftovers of a crash, the quick check when due
and the daily backup, off the GUI thread; draft recovery, …).

Anything unusual goes the full way, as before, with nothing painted first: a shared database
on a server, no database yet (a new data folder), a restore a crash cut off, one that needs migrating (a backup is taken
first), one from a newer version or another program, one on a read-only disk, or one that
cannot be read (the damaged-data dialog). tests/gui/test_startup_imports.py lists what is
imported before the first paint.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.paths import DataLayout, data_dir
from sangkien_desktop.services.campaign_files import ListLabels, list_labels
from sangkien_desktop.services.dossiers.list_query import can_read

from sangkien_desktop.gui.models.list_reader import connect_read_only

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData


class FirstPaint(NamedTuple):
    """What the window needs to paint its list before the rest is loaded."""

    layout: DataLayout
    connection: sqlite3.Connection  # read-only, for the list's reader
    labels: ListLabels


def open_list(override: str | None = None, database: str | None = None) -> FirstPaint | None:
    """The data folder's list, ready to paint, when its database needs nothing done first:
    it exists, it is ours, it is at the current schema and it reads. None otherwise: start-up
    then goes the full way (create, migrate after a backup, or explain what is wrong), as it
    does for a shared database on a server (``database``, the environment or the settings)."""
    try:
        layout = DataLayout(data_dir(override))
        if not layout.database.is_file() or layout.restore_journal.exists():
            return None  # nothing to list yet, or a restore cut off by a crash to finish first
        if layout.may_be_shared(database):
            return None  # the list is on a server: SQLAlchemy and the services are needed
        conn = connect_read_only(layout.database)
    except (OSError, sqlite3.Error):
        return None
    try:
        if not can_read(conn):
            conn.close()
            return None
        return FirstPaint(layout, conn, list_labels(layout.campaigns))
    except (OSError, sqlite3.Error, DataFileError):
        conn.close()
        return None


class RestLoader(QObject):
    """Loads the rest of the program on a worker thread: SQLAlchemy and the services, the
    database opened the full way (``open_app_data``: folders, schema check) and the campaign
    catalogue. ``finished`` comes on the GUI thread; ``wait`` returns the AppData (or raises
    what opening it raised), waiting for the thread if it is still at work."""

    finished = Signal()

    def __init__(self, override: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self._override = override
        self._thread: threading.Thread | None = None
        self._result: AppData | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="sangkien-load", daemon=True)
            self._thread.start()

    def started(self) -> bool:
        return self._thread is not None

    def _load(self) -> None:
        try:
            from sangkien_desktop.services.context import open_app_data

            app_data = open_app_data(self._override, window=True)
            app_data.campaigns  # noqa: B018 - read the campaign files here, not on the GUI thread
            self._result = app_data
        except BaseException as exc:  # handed to the GUI thread by wait()
            self._error = exc
        self.finished.emit()

    def wait(self) -> AppData:
        self.start()
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
