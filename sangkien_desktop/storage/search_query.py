"""The search box's condition on dossier ids, as SQL text for either engine: the dossier
list is one SQL text run on a Session or a plain sqlite3 connection (services/dossiers/
list_query.py), so this module imports no SQLAlchemy (storage/search.py holds the index).

A search box entry is folded like the index (lower case, no diacritics, đ→d) and split into
words; every word must appear as a word prefix. SQLite asks its FTS5 table ``dossier_fts``
(an entry's rowid is its list key, ``rowid & ID_MASK`` the dossier's id: storage/search_key.py); a
server asks the GIN-indexed ``tsvector`` of ``dossier_search`` with prefix terms
(``'duon':*``). Each word is quoted, so characters of either query syntax typed by a user
cannot break the query.
"""

from __future__ import annotations

import re

from sangkien_desktop.storage.search_key import ID_MASK

# A word of the index: letters and digits (the underscore separates, as in FTS5's unicode61).
WORD = re.compile(r"[^\W_]+")
# Longer "words" (a pasted link, a hash) are no use to search and a tsvector refuses them.
LONGEST = 200


def terms(query: str) -> list[str]:
    """The folded words of a search box entry (none for blanks and punctuation)."""
    if not query.strip():
        return []
    from sangkien_desktop.domain.text import search_terms  # on the first search, not at start

    return [w for t in search_terms(query) for w in WORD.findall(t) if len(w) <= LONGEST]


# Whether a search matches many dossiers: at least 1,000, or 2 % of them (a page of 60 then
# lies within the first few thousand rows of any sort order).
_BROAD = ("(SELECT GREATEST(1000, reltuples * 0.02)::bigint FROM pg_class "
          "WHERE oid = 'dossier_search'::regclass)")
BROAD_SQL = (f"SELECT count(*) >= {_BROAD} FROM (SELECT 1 FROM dossier_search "
             f"WHERE words @@ CAST(:match AS tsquery) LIMIT {_BROAD}) AS m")


def broad_sql(dialect: str, query: str) -> tuple[str, dict[str, str]] | None:
    """The question "does this search match many dossiers?" for a server (one GIN lookup,
    stopped early); None where the engine plans well alone (SQLite) or nothing is searched."""
    found = terms(query) if dialect == "postgresql" else []
    if not found:
        return None
    return BROAD_SQL, {"match": tsquery(found, prefix=True)}


def match_expression(query: str) -> str | None:
    """FTS5 query for a search box entry: every word, as a prefix, must appear."""
    found = terms(query)
    if not found:
        return None
    return " AND ".join(f'"{t}"*' for t in found)


def tsquery(words: list[str], *, prefix: bool, any_word: bool = False) -> str:
    """A server's tsquery text: every word (or any, ranked), each a prefix when asked."""
    joiner = " | " if any_word else " & "
    return joiner.join(f"'{w}'{':*' if prefix else ''}" for w in words)


def match_clause(dialect: str, id_sql: str, query: str, *,
                 broad: bool = False) -> tuple[str, str] | None:
    """``(<id_sql> IN the matching dossiers, with a :match parameter; its value)``, or None
    when the entry holds no word to search for.

    On a server, ``broad`` (many matches: ``broad_sql`` says so) asks each dossier's entry by
    its key as the list walks its sort index, which finds a page's matches after a few hundred
    rows; otherwise the GIN index gives every match, which are then sorted. The planner picks
    between the two by its estimate of the terms' frequency, which for several words typed
    together ("benh vien") is often far too low; the list asks first instead."""
    if dialect == "postgresql":
        found = terms(query)
        if not found:
            return None
        if broad:
            return (f"(SELECT s.words @@ CAST(:match AS tsquery) FROM dossier_search AS s "
                    f"WHERE s.dossier_id = {id_sql})", tsquery(found, prefix=True))
        return (f"{id_sql} IN (SELECT dossier_id FROM dossier_search "
                "WHERE words @@ CAST(:match AS tsquery))", tsquery(found, prefix=True))
    expression = match_expression(query)
    if expression is None:
        return None
    return (f"{id_sql} IN (SELECT rowid & {ID_MASK} FROM dossier_fts "
            "WHERE dossier_fts MATCH :match)", expression)
