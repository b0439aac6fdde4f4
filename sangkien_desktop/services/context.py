"""Opening one data directory: its folders, its database, the campaigns it knows."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sangkien_desktop.paths import DataLayout, data_dir
from sangkien_desktop.storage.database import Database, open_database

if TYPE_CHECKING:
    from sangkien_desktop.domain.campaign import Campaign


@dataclass
class AppData:
    layout: DataLayout
    db: Database

    @cached_property
    def campaigns(self) -> dict[str, Campaign]:
        # Imported here: a command that never reads the campaigns (``sangkien list``) does not
        # pay for parsing them.
        from sangkien_desktop.services.catalog import load_campaigns

        return load_campaigns(self.layout.campaigns)

    def close(self) -> None:
        self.db.close()


def open_app_data(override: str | os.PathLike[str] | None = None) -> AppData:
    layout = DataLayout(data_dir(override)).ensure()

    def before_upgrade(conn, version: int) -> object:
        # A full backup archive (database and attachments) is written before any schema
        # upgrade; the backup code is loaded only then.
        from sangkien_desktop.services.backup.backups import before_upgrade as hook

        return hook(layout)(conn, version)

    db = open_database(layout.database, before_upgrade=before_upgrade)
    return AppData(layout, db)
