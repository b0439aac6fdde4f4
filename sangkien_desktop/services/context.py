"""Opening one data directory: its folders, its database, the campaigns it knows."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.paths import DataLayout, data_dir
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.backup.backups import (
    DAILY_AGE,
    BackupInfo,
    Reason,
    backup_if_due,
    backup_now,
    before_upgrade,
    last_backup_time,
)
from sangkien_desktop.services.backup.data_folder import FolderSession, open_folder
from sangkien_desktop.services.backup.server_backups import before_server_upgrade
from sangkien_desktop.services.dossiers.attachment_store import Store, store_for
from sangkien_desktop.storage.database import Database as Database  # the GUI's list model
from sangkien_desktop.storage.database import (  # what a failure of the database file is,
    database_problem as database_problem,  # for the GUI's list reader
)
from sangkien_desktop.storage.database import open_database

if TYPE_CHECKING:
    from sangkien_desktop.domain.campaign import Campaign


@dataclass
class AppData:
    layout: DataLayout
    db: Database
    folder: FolderSession | None = None

    @property
    def read_only(self) -> bool:
        """The data folder cannot be written (a locked USB stick, a CD, no write rights): the
        data can be viewed, searched, printed and exported elsewhere, not changed."""
        return self.db.read_only

    @cached_property
    def attachments(self) -> Store:
        """Where attachment files are kept: the folder's ``attachments/``, or on a shared
        database the database itself (with this computer's copies in the folder)."""
        return store_for(self.db, self.layout.root)

    @cached_property
    def campaigns(self) -> dict[str, Campaign]:
        # Imported here: a command that never reads the campaigns (``sangkien list``) does not
        # pay for parsing them.
        from sangkien_desktop.services.catalog import load_campaigns

        return load_campaigns(self.layout.campaigns)

    def refresh_checks(self) -> int:
        """Does the kept checks that are due (services/dossiers/stored_checks.py), a batch at a
        time; returns how many were written. Nothing on read-only data."""
        if self.read_only:
            return 0
        from sangkien_desktop.services.dossiers import stored_checks

        return stored_checks.refresh_batches(self.db, self.campaigns)

    def backup(self, reason: str = Reason.MANUAL, *, out: Path | None = None,
               now: dt.datetime | None = None) -> BackupInfo:
        """A backup of the data now (before an import, on demand): of the folder, or of the
        shared database (services/backup/server_backups.py)."""
        if self.db.server is not None:
            from sangkien_desktop.services.backup.server_backups import backup_server

            return backup_server(self.layout, self.db, reason, out=out, now=now)
        return backup_now(self.layout, reason, out=out, now=now)

    def backup_if_due(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """The daily backup, when the newest one is a day old (of either kind of data)."""
        if self.db.server is None:
            return backup_if_due(self.layout, now)
        now = now or dt.datetime.now()
        last = last_backup_time(self.layout)
        if last is not None and now - last < DAILY_AGE:
            return None
        return self.backup(Reason.DAILY, now=now)

    def reload_campaigns(self) -> None:
        """Reads the program files again (one was added, edited or imported)."""
        self.__dict__.pop("campaigns", None)

    def close(self, *, window: bool = False) -> None:
        self.db.close()
        if self.folder is not None:
            self.folder.close(window=window)


def open_app_data(
    override: str | os.PathLike[str] | None = None, *, window: bool = False,
    folder: FolderSession | None = None, database: str | None = None,
    password: str | None = None,
) -> AppData:
    """Opens the data folder (``folder``, when the caller opened it already) and its database:
    read-only when the folder cannot be written, and otherwise with a full backup archive
    (database and attachments) written before any schema upgrade.

    A shared database on a server (``database``, SANGKIEN_DATABASE_URL or this computer's
    settings: services.shared_database) is opened instead of the folder's SQLite file, with
    ``password`` or the one in the system's password store; the folder still holds this
    computer's backups and campaigns.
    """
    layout = folder.layout if folder is not None else DataLayout(data_dir(override))
    choice = shared_database.choose(layout, database)
    folder = folder or open_folder(layout, window=window)
    try:
        if choice.address is not None:
            db = open_database(shared_database.with_password(choice.address, password),
                               before_upgrade=before_server_upgrade(layout))
            # The history names who did what: the officer's name set on this computer, else
            # the server login (the unit's Settings are shared by every officer there).
            db.user = choice.officer or choice.address.user
        else:
            db = open_database(
                layout.database,
                before_upgrade=before_upgrade(layout) if folder.writable else None,
                read_only=not folder.writable,
            )
    except BaseException:
        folder.close()
        raise
    return AppData(layout, db, folder)
