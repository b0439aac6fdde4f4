"""What the core says to people: a stable code, its params, and the Vietnamese written once.

A :class:`Message` is the Vietnamese sentence the command line prints (it *is* a ``str``), and it
also carries the ``code`` and ``params`` it was made from, so the GUI translates it by code and
puts the params back as they are: a title, a name or a file path is data and is never translated.
The Vietnamese for every code lives in the tables of this package (one module per area, merged
into :data:`VIETNAMESE`, each area read when a code is first looked for in it); see docs/architecture.md, "Core messages", for how to add one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

# The status names' table, which the window's first paint reads (domain/status.py): template()
# looks there first, so a status name reads no other table.
from sangkien_desktop.domain.messages import dossiers as _first

# The area modules (one per part of the program), read in this order as codes are looked up
# and not yet found: the statuses a list prints are in the first two; a command that says
# nothing else never reads the others (tests/core/test_cli_imports.py).
_AREAS = (
    "common", "dossiers", "checks", "council", "nominating", "exchange", "json_checks", "storage",
    "server", "documents", "rule_names",
)


def _area(name: str) -> Mapping[str, str]:
    table: Mapping[str, str] = import_module(f"{__name__}.{name}").MESSAGES
    return table


class _Catalogue(Mapping[str, str]):
    """Every area's codes in one table, each area read when a code is first looked for in it;
    read whole (and each code checked to be defined once) when iterated or counted."""

    def __init__(self) -> None:
        self._found: dict[str, str] = {}
        self._unread = list(_AREAS)
        self._whole_read = False

    def _find(self, code: object) -> str | None:
        if not isinstance(code, str):
            return None
        text = self._found.get(code)
        while text is None and self._unread:
            self._found.update(_area(self._unread.pop(0)))
            text = self._found.get(code)
        return text

    def _whole(self) -> dict[str, str]:
        if not self._whole_read:
            merged: dict[str, str] = {}
            for name in _AREAS:
                for code, text in _area(name).items():
                    if code in merged:
                        raise RuntimeError(f"message code {code!r} is defined twice "
                                           f"({__name__}.{name})")
                    merged[code] = text
            self._found, self._unread, self._whole_read = merged, [], True
        return self._found

    def __getitem__(self, code: str) -> str:
        text = self._find(code)
        if text is None:
            raise KeyError(code)
        return text

    def __contains__(self, code: object) -> bool:
        return self._find(code) is not None

    def get(self, code: str, default: str | None = None) -> str | None:  # type: ignore[override]
        text = self._find(code)
        return default if text is None else text

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())


# Code → Vietnamese template, with ``{name}`` where a param goes.
VIETNAMESE: Mapping[str, str] = _Catalogue()
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# In a translation only: "{count|file was|files were}" is the word for one and the word for
# any other number, chosen by the number in ``count`` (English: "1 file was", "2 files were").
# Vietnamese needs none: its nouns do not change with the number.
PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")
# The tests set this, so that a code missing from the tables fails where it is used.
STRICT = False


class Bullets(tuple[object, ...]):
    """A param shown as a list, one item per line after "- " (each item a plain value or a
    Message); a plain list or tuple is joined by ", " instead."""


class Capitalised:
    """A param that opens a sentence: shown with its first letter in upper case, in whichever
    language it is shown ("{field} {what}." → "Tên sáng kiến phải là …"). A plain class: the
    window's first paint reads status names from this package and imports no dataclasses."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Capitalised) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Capitalised({self.value!r})"


class Message(str):
    """A message of the core: its Vietnamese text, with the ``code`` and ``params`` behind it.

    ``Message("meeting_not_found", uuid=u)`` reads "Không tìm thấy cuộc họp …". A param is a
    plain value (shown as it is, in every language), another Message (translated in turn) or
    a list of those (joined by ", ", or one per line as ``Bullets``); ``Capitalised`` when it
    opens the sentence.
    """

    code: str
    params: Mapping[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        self = super().__new__(cls, fill(template(code), params, str))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickles (a worker's error) keep the code
        return (_rebuild, (self.code, dict(self.params)))


def _rebuild(code: str, params: dict[str, object]) -> Message:
    return Message(code, **params)


def template(code: str) -> str:
    """The Vietnamese template of ``code``; an unknown code reads as itself rather than failing
    while an error is being raised (tests/core/test_messages.py keeps every code known)."""
    first = _first.MESSAGES.get(code)
    if first is not None:  # a status name: no other table read (the first paint)
        return first
    if STRICT and code not in VIETNAMESE:
        raise KeyError(f"no Vietnamese message for code {code!r} in domain/messages")
    return VIETNAMESE.get(code, code)


def fill(text: str, params: Mapping[str, object], word: Callable[[object], str]) -> str:
    """``text`` with each ``{name}`` replaced by ``word(params[name])`` (a list or tuple:
    each item so, joined by ", "), and each ``{name|one|other}`` by the form for the number
    in ``params[name]``; a name without a value stays as it is."""

    def plural(match: re.Match[str]) -> str:
        # A number given as text ("1") counts the same; anything else takes the other form,
        # so the choice's own syntax never shows.
        given = params.get(match[1])
        one = given == 1 if isinstance(given, (int, float)) else str(given).strip() == "1"
        return match[2] if one else match[3]

    def value(match: re.Match[str]) -> str:
        name = match[1]
        if name not in params:
            return match[0]
        given = params[name]
        if isinstance(given, Capitalised):
            text = word(given.value)
            return text[:1].upper() + text[1:]
        if isinstance(given, Bullets):
            return "".join(f"\n- {word(item)}" for item in given)
        if isinstance(given, (list, tuple)):
            return ", ".join(word(item) for item in given)
        return word(given)

    return PLACEHOLDER.sub(value, PLURAL.sub(plural, text))
