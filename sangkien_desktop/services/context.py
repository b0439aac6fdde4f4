"""Opening one data directory: its folders, its database, the campaigns it knows."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.paths import DataLayout, data_dir
from sangkien_desktop.services.backup.backups import before_upgrade
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.storage.database import Database as Database  # the GUI's list model
from sangkien_desktop.storage.database import open_database


@dataclass
class AppData:
    layout: DataLayout
    db: Database

    @cached_property
    def campaigns(self) -> dict[str, Campaign]:
        return load_campaigns(self.layout.campaigns)

    def close(self) -> None:
        self.db.close()


def open_app_data(override: str | os.PathLike[str] | None = None) -> AppData:
    layout = DataLayout(data_dir(override)).ensure()
    # A full backup archive (database and attachments) is written before any schema upgrade.
    db = open_database(layout.database, before_upgrade=before_upgrade(layout))
    return AppData(layout, db)
