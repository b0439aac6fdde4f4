"""The user's data directory: platformdirs by default, overridable for tests and portable use.

Portable mode (a USB stick): when the built program finds the marker file ``portable.txt``
beside its executable, its data lives in the ``data`` folder beside the executable too.
Only a frozen (PyInstaller) build looks for the marker: run from source, the executable is
the Python interpreter, whose folder says nothing about where the program's data belongs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sangkien_desktop import APP_ID

ENV_DATA_DIR = "SANGKIEN_DATA_DIR"
# A shared database on a PostgreSQL server instead of the folder's file (services/shared_database.py).
ENV_DATABASE_URL = "SANGKIEN_DATABASE_URL"
SHARED_SETTINGS = "du-lieu-dung-chung.json"
DB_FILENAME = "sangkien.sqlite3"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
# Names the folder backups go to when the officer chose one outside the data folder (a second
# disk, a synchronised folder): one line, the folder's absolute path.
BACKUP_POINTER = ".thu-muc-sao-luu"
# The folders backups went to before, the latest first (one absolute path a line): their backups
# are still listed, and restorable, once the officer chose another folder.
EARLIER_BACKUPS = ".thu-muc-sao-luu-truoc"
KEEP_EARLIER = 10  # folders remembered


def _write_lines(path: Path, lines: list[str]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    os.replace(tmp, path)


def _same(folder: Path) -> str:
    """A folder's path as compared with another's (resolved as far as it exists; a folder on
    a disk not plugged in compares by its text)."""
    try:
        return os.path.normcase(str(folder.resolve()))
    except OSError:
        return os.path.normcase(str(folder))


def program_dir() -> Path | None:
    """The folder holding the built program's executable; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir() -> Path | None:
    """``<program folder>/data`` when ``portable.txt`` sits beside the executable, else None."""
    folder = program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``SANGKIEN_DATA_DIR``, then portable mode, then the platform's
    user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs  # only here: a folder given (--data-dir, the variable) needs none of it

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
    def restore_journal(self) -> Path:
        """Present only while a restore is under way, or was cut off by a crash: the next start
        finishes it before the database is read (services/backup/restore.py)."""
        return self.root / ".khoi-phuc.json"

    @property
    def default_backups(self) -> Path:
        return self.root / "backups"

    @property
    def shared_settings(self) -> Path:
        """This computer's choice of a shared database on a server (never its password)."""
        return self.root / SHARED_SETTINGS

    def may_be_shared(self, database: str | None = None) -> bool:
        """Whether a shared database may be chosen instead of this folder's file (an option,
        the environment, or the settings file): the window then starts the full way, and so do
        the commands that would read the folder's file through plain sqlite3. ``local`` (this
        folder's own data, whatever else says: services.shared_database.LOCAL) is not."""
        if database:
            return database.strip().lower() != "local"
        return bool(os.environ.get(ENV_DATABASE_URL, "").strip() or self.shared_settings.exists())

    @property
    def backups(self) -> Path:
        """``backups/`` in the data folder, or the folder the officer chose (``BACKUP_POINTER``),
        read each time so that every window and command of the folder agrees at once."""
        return self.chosen_backups() or self.default_backups

    def chosen_backups(self) -> Path | None:
        try:
            line = (self.root / BACKUP_POINTER).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return Path(line) if line and Path(line).is_absolute() else None

    def choose_backups(self, folder: Path | None) -> None:
        """Backups go to ``folder`` from now on (None: back to ``backups/`` in the data folder);
        the folder they went to so far is remembered (``earlier_backups``). Each file is
        written whole or not at all (a temporary file renamed over it)."""
        previous = self.chosen_backups()
        pointer = self.root / BACKUP_POINTER
        if folder is None or folder == self.default_backups:
            pointer.unlink(missing_ok=True)
        else:
            _write_lines(pointer, [str(folder.resolve())])
        if previous is not None:
            _write_lines(self.root / EARLIER_BACKUPS,
                         [str(p) for p in [previous, *self._remembered()]][:KEEP_EARLIER])

    def _remembered(self) -> list[Path]:
        try:
            lines = (self.root / EARLIER_BACKUPS).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        return [Path(line) for line in lines if line.strip() and Path(line).is_absolute()]

    def earlier_backups(self) -> list[Path]:
        """The folders backups went to before the one in use, the latest first: the folders the
        officer chose and left, and ``backups/`` in the data folder; never the one in use."""
        current = _same(self.backups)
        found: list[Path] = []
        for folder in [*self._remembered(), self.default_backups]:
            if _same(folder) != current and _same(folder) not in map(_same, found):
                found.append(folder)
        return found

    def ensure(self) -> DataLayout:
        for folder in (self.root, self.attachments, self.campaigns, self.default_backups):
            folder.mkdir(parents=True, exist_ok=True)
        try:
            self.backups.mkdir(parents=True, exist_ok=True)
        except OSError:  # a chosen folder on a disk not plugged in: a backup will say so
            pass
        return self
