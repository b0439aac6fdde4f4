"""The user's data directory: platformdirs by default, overridable for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from sangkien_desktop import APP_ID

ENV_DATA_DIR = "SANGKIEN_DATA_DIR"
DB_FILENAME = "sangkien.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``SANGKIEN_DATA_DIR``, then the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


class DataLayout:
    """The files and folders inside one data directory."""

    def __init__(self, root: Path):
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def campaigns(self) -> Path:
        """Campaign files the user added or corrected; they override the shipped ones."""
        return self.root / "campaigns"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> DataLayout:
        for folder in (self.root, self.attachments, self.campaigns, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self
