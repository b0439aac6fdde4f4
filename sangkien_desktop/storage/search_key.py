"""The key of a dossier's entry in the full-text index (its FTS rowid): the second it was last
saved, then its id, packed into one integer, so FTS5 walks matches in the dossier list's default
order (last saved first). Standard library only: the list's query reads it before SQLAlchemy is
loaded (services/dossiers/list_query.py, the window's first paint)."""

from __future__ import annotations

import datetime as dt

ID_BITS = 26  # 67 million dossiers; seconds since 1900 take the other 37 bits
ID_MASK = (1 << ID_BITS) - 1  # ``rowid & ID_MASK`` is the dossier's id
_EPOCH = dt.datetime(1900, 1, 1)


def list_key(updated_at: dt.datetime, dossier_id: int) -> int:
    """The entry's rowid: ordered as (updated_at to the second, id), like the dossier list."""
    if not 0 < dossier_id <= ID_MASK:
        raise ValueError(f"dossier id {dossier_id} does not fit the search key")
    seconds = max(0, int((updated_at.replace(tzinfo=None) - _EPOCH).total_seconds()))
    return (seconds << ID_BITS) | dossier_id
