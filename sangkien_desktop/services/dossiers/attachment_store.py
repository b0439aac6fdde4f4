"""Where attachment files live: the data folder's ``attachments/`` (SQLite), or the shared
database itself on a server, with this computer's copies in ``attachments-cache/``.

Every reader asks ``blob_path(store, sha)`` for a file on disk: from a folder store that is
the file; a database store first fetches it into the cache (checked against its SHA-256, as
every file is named by its content the cache never goes stale). A file written into a store
(an attachment added, a package received) is announced with ``store_added``: a database store
then writes it into the database, in the caller's transaction when one is given, so the
records and the files they name commit together.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.storage import blobs
from sangkien_desktop.storage.database import Database

CACHE_FOLDER = "attachments-cache"


def _file_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


class AttachmentStore:
    """Attachment files kept in ``db`` (a shared database), cached in ``folder``."""

    def __init__(self, folder: Path, db: Database):
        self.folder = folder
        self.db = db

    def path(self, sha256: str) -> Path:
        """The file on this computer, fetched from the database first if need be; a path
        that does not exist when the database has no such file either."""
        target = _file_path(self.folder, sha256)
        if target.is_file():
            return target
        with self.db.session() as session:
            if not blobs.has(session, sha256):
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tai-ve-")
            digest = hashlib.sha256()
            try:
                with os.fdopen(fd, "wb") as out:
                    for chunk in blobs.read(session, sha256):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != sha256:  # damaged in the database: not cached
                    os.unlink(tmp)
                    return target
                os.replace(tmp, target)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
        return target

    def added(self, sha256: str, session: Session | None = None) -> None:
        """Writes the file just placed at ``path(sha256)`` into the database (in
        ``session``'s transaction, else in one of its own), unless it is there already."""
        source = _file_path(self.folder, sha256)
        if session is not None:
            self._upload(session, sha256, source)
            return
        with unit_of_work.session(self.db) as own:
            self._upload(own, sha256, source)

    @staticmethod
    def _upload(session: Session, sha256: str, source: Path) -> None:
        if blobs.has(session, sha256):
            return
        with source.open("rb") as fh:
            blobs.write(session, sha256, fh)


Store = Path | AttachmentStore


def blob_path(store: Store, sha256: str) -> Path:
    """The file of ``sha256`` on this computer (see the module docstring)."""
    if isinstance(store, AttachmentStore):
        return store.path(sha256)
    return _file_path(store, sha256)


def folder_of(store: Store) -> Path:
    """The folder files are written into (the store itself, or the database store's cache)."""
    return store.folder if isinstance(store, AttachmentStore) else store


def store_added(store: Store, sha256: str, session: Session | None = None) -> None:
    """Announces a file written at ``blob_path(store, sha256)`` (nothing to do for a folder)."""
    if isinstance(store, AttachmentStore):
        store.added(sha256, session)


def store_for(db: Database, data_folder: Path) -> Store:
    """The store of an open database: its folder's ``attachments/``, or on a server the
    database with a cache in the data folder."""
    if db.server is None:
        return data_folder / "attachments"
    with atomic.disk_errors(data_folder):
        (data_folder / CACHE_FOLDER).mkdir(parents=True, exist_ok=True)
    return AttachmentStore(data_folder / CACHE_FOLDER, db)
