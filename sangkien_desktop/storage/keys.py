"""Primary keys handed out ahead of a bulk insert (rows written many at a time with their ids,
so children can point at them before the parents are flushed).

SQLite has one writer at a time: the largest id plus one, counted on, is free. A server has
several officers inserting at once: the ids come from the table's identity sequence, in
blocks, so no two computers are handed the same one (they need not be consecutive).
"""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

_BLOCK = 1000


class IdAllocator:
    """Hands out new ids of ``table`` (whose key column is ``id``)."""

    def __init__(self, session: Session, table: Table):
        self.session = session
        self.table = table
        self.server = session.get_bind().dialect.name == "postgresql"
        self._free: list[int] = []
        if self.server:
            self.first = 0
        else:
            self.first = int(session.scalar(select(func.max(table.c.id))) or 0) + 1
        self._next = self.first

    def __call__(self) -> int:
        if not self.server:
            self._next += 1
            return self._next - 1
        if not self._free:
            self._free = list(self.session.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                     "FROM generate_series(1, :n)"), {"table": self.table.name, "n": _BLOCK}))
            self._free.reverse()
        return int(self._free.pop())


def catch_up(session: Session, table: Table) -> None:
    """After rows were written with ids of their own (a copy, a restore): the server's
    sequence moves past the largest, so the next insert does not collide. Nothing on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(
            "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
            f"GREATEST((SELECT max(id) FROM {table.name}), 1))"), {"table": table.name})
