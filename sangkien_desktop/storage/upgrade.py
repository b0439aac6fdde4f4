"""Bringing a database's schema up to date, the same way on either engine.

Each engine keeps its schema version in its own place (SQLite: ``PRAGMA user_version`` and
``application_id``; a server: the ``sangkien_schema`` table) and runs a step its own way; a
``SchemaRecord`` hides both, and ``upgrade`` holds the one set of rules: a stranger database
is refused, a newer one is refused and left untouched, an older one is backed up first (the
``before_upgrade`` hook) and upgraded step by step, each step in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sangkien_desktop.domain.errors import DatabaseVersionError, SangKienError
from sangkien_desktop.storage.migrations import APPLICATION_ID, Step

# Called with the open connection and the version found, before the first migration step runs
# on a database that holds data (services/backup/backups.py writes a full backup archive).
BeforeUpgrade = Callable[[Any, int], object]


class SchemaRecord(Protocol):
    """Where one database keeps its schema version, and how a step runs there."""

    @property
    def connection(self) -> Any:
        """What ``before_upgrade`` is given: the engine's own connection."""

    def read(self) -> tuple[int, int]:
        """(application id, schema version); (0, 0) for an empty database. Raises typed
        errors for a file or server that cannot be read."""

    def run(self, step: Step) -> None:
        """The step's statements and the new version, in one transaction (skipped when another
        process ran the step meanwhile)."""

    def foreign(self) -> SangKienError:
        """The error for a database that belongs to another program."""

    def read_only_upgrade(self) -> SangKienError:
        """The error for a database that needs an upgrade but may not be written."""


def newer_version(found: int, latest: int) -> DatabaseVersionError:
    return DatabaseVersionError("db_newer", version=found, latest=latest)


def upgrade(record: SchemaRecord, steps: Sequence[Step], latest: int,
            before_upgrade: BeforeUpgrade | None = None, *, read_only: bool = False) -> int:
    """Brings the schema to ``latest``; returns the version found before."""
    app_id, current = record.read()
    if app_id not in (0, APPLICATION_ID):
        raise record.foreign()
    if current > latest:
        raise newer_version(current, latest)
    if current == latest:
        return current
    if read_only:
        raise record.read_only_upgrade()
    if current > 0 and before_upgrade is not None:
        before_upgrade(record.connection, current)
    for step in steps:
        if step.version > current:
            record.run(step)
    return current
