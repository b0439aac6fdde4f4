"""Numbering registers (document numbers per type and year, dossier codes per year) issued by
several officers at once: gap-free and never the same number twice.

Whoever issues a register's next number first writes that register's row in
``register_lock`` (an upsert, the same statement on both engines) and holds it until the
transaction ends. On a server the row lock makes a second officer wait; when they go on, the
number just issued is committed and visible to them. SQLite has a single writer anyway: the
write takes the database's lock. The number itself is the largest one used plus one, read
under that lock, so numbers typed by hand or received in a package are counted too, and a
transaction rolled back gives its number back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, ColumnElement, cast, func, not_, select, text
from sqlalchemy.orm import QueryableAttribute, Session

_TAKE = text(
    "INSERT INTO register_lock (register, year, taken_at) VALUES (:register, :year, :at) "
    "ON CONFLICT (register, year) DO UPDATE SET taken_at = excluded.taken_at"
)
# Longer digit strings are not numbers this program gave (and overflow a server's bigint).
_MAX_DIGITS = 15


def take(session: Session, register: str, year: int) -> None:
    """Holds the register of ``year`` for the rest of the session's transaction."""
    session.execute(_TAKE, {"register": register, "year": year,
                            "at": dt.datetime.now().replace(microsecond=0)})


def largest_suffix_number(session: Session, column: ColumnElement[str] | QueryableAttribute[str],
                          prefix: str) -> int:
    """The largest number N among values of ``column`` that are exactly ``prefix`` + digits,
    compared as numbers (0 when there is none). The prefix must hold no wildcard."""
    if any(ch in prefix for ch in "%_*?[]"):
        raise ValueError(f"prefix {prefix!r} holds a wildcard")
    rest = func.substr(column, len(prefix) + 1)
    match: list[ColumnElement[bool]]
    if session.get_bind().dialect.name == "postgresql":
        match = [column.like(f"{prefix}%"),
                 rest.op("~", return_type=Boolean)(f"^[0-9]{{1,{_MAX_DIGITS}}}$")]
    else:  # GLOB: case-sensitive like the server's LIKE, and a prefix SQLite reads by index
        match = [column.op("GLOB", return_type=Boolean)(f"{prefix}[0-9]*"),
                 not_(rest.op("GLOB", return_type=Boolean)("*[^0-9]*")),
                 func.length(rest) <= _MAX_DIGITS]
    found = session.scalar(select(func.max(cast(rest, BigInteger))).where(*match))
    return int(found or 0)
