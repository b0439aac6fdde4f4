"""Reading a received JSON document safely and checking it against its documented schema
(resources/schemas/*.schema.json) before anything is decoded or written.

``load_json`` bounds what a file can cost: its size is checked before it is read, the text
must be UTF-8, NaN, Infinity and unreadable numbers are refused, deep nesting stops the
parser, and a NUL character or a lone surrogate in any string is refused. ``check_document``
validates the whole document, limits included (lengths of text, counts of authors and
attachments, amounts, real dates, file names), with fastjsonschema: a record at a time, so
the officer reads at most MAX_SHOWN problems, each naming the record and the field in
Vietnamese ("Hồ sơ thứ 3 (“Máy ép…”), tác giả thứ 2: tỷ lệ đóng góp (%) phải từ 0 đến 100.").
The schema files are the single source of the rules; docs/dossier-format.md describes them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import fastjsonschema

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.file_names import NAME_PROBLEM_LABELS, name_problem
from sangkien_desktop.domain.messages import VIETNAMESE, Bullets, Capitalised, Message
from sangkien_desktop.resources import resource_path

DOSSIER_SCHEMA = "dossier.schema.json"
MANIFEST_SCHEMA = "package-manifest.schema.json"
# A dossier file of 100,000 dossiers takes about 500 MB.
MAX_JSON_BYTES = 1024 * 1024 * 1024
MAX_SHOWN = 8
# Records kept as received (decisions, nominations) are stored and compared as they are:
# their nesting is bounded so that no later step recurses too deep.
MAX_DEPTH = 16

# The lists whose items are records (each worded "json_record_<list>", "Hồ sơ thứ 3"), and the
# lists of items inside a record ("json_item_<list>", "tác giả thứ 2"); a field is worded
# "json_field_<name>" (domain/messages/json_checks.py).
RECORD_LISTS = ("dossiers", "versions", "decisions", "documents", "nominations", "files")
ITEM_LISTS = frozenset({"authors", "appliers", "attachments", "items", "legal_basis",
                        "rules_versions"})
TYPE_KINDS = frozenset({"string", "integer", "number", "boolean", "array", "object"})
FORMATS_WORDED = frozenset({"date", "local-date-time", "uuid"})
PATTERNS_WORDED = ("date", "datetime", "sha256")  # $defs of the dossier schema


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where (the record and item), the JSON path, the rule broken
    (a JSON Schema keyword, or "nul", "surrogate", "duplicate"), the sentence (a Message, so the
    GUI words it in its language with the data as it is), and the values it states (``limit``,
    ``length``, ``minimum``, ``maximum``, ``reason``…)."""

    where: str
    path: str
    rule: str
    message: Message
    params: dict[str, Any] = field(default_factory=dict)


class InvalidDataError(DataFileError):
    """A file refused for its content, with every problem found (``problems``, at most
    MAX_SHOWN of them; ``total`` counts all)."""

    code = "data_invalid"

    def __init__(self, problems: list[Problem], total: int, file_name: str = ""):
        listed = problem_list(problems, total)
        message = (Message("json_invalid_file", file=file_name, problems=listed) if file_name
                   else Message("json_invalid", problems=listed))
        super().__init__(message, code=self.code)
        self.problems = problems[:MAX_SHOWN]
        self.total = total
        self.file_name = file_name

    def named(self, file_name: str) -> InvalidDataError:
        """The same refusal, saying which file it is about."""
        return InvalidDataError(self.problems, self.total, file_name)


def problem_list(problems: list[Problem], total: int) -> Bullets:
    """The problems shown, one per line, and "và N lỗi khác" for the rest: the ``problems``
    param of a refusal."""
    shown: list[object] = [p.message for p in problems[:MAX_SHOWN]]
    more = total - min(len(problems), MAX_SHOWN)
    if more > 0:
        shown.append(Message("json_more_problems", count=more))
    return Bullets(shown)


# ---- reading -------------------------------------------------------------------------------


class _BadNumber(ValueError):
    pass


def _no_constant(name: str) -> float:
    raise _BadNumber(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(text)
    return value


def _integer(text: str) -> int:
    if len(text) > 40:  # far above any amount; Python refuses 4,300 digits with a raw error
        raise _BadNumber(text)
    return int(text)


_SUSPECT_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


def load_json(data: bytes, name: str) -> Any:
    """The JSON value in ``data`` (the file ``name``); raises DataFileError in Vietnamese for
    anything a careful reader refuses. The caller checks the size before reading."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataFileError("data_encoding", file=name, position=exc.start) from None
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite,
                           parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise DataFileError("data_json", file=name, line=exc.lineno, column=exc.colno) from None
    except _BadNumber as exc:
        line = _line_of(text, str(exc))
        if line is None:
            raise DataFileError("data_number", file=name) from None
        raise DataFileError("data_number_at", file=name, line=line) from None
    except RecursionError:
        raise DataFileError("data_depth", file=name) from None
    if _SUSPECT_ESCAPE.search(text):
        problems = list(_bad_strings(value))
        if problems:
            raise InvalidDataError(problems[:MAX_SHOWN], len(problems), name)
    return value


def _line_of(text: str, literal: str) -> int | None:
    """The line where ``literal`` first stands as a value in ``text``."""
    found = re.search(r"[:\[,]\s*" + re.escape(literal[:50]), text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _walk(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) under ``value``, keys included as values, without recursion."""
    stack = [(path, value)]
    while stack:
        here, node = stack.pop()
        yield here, node
        if isinstance(node, dict):
            for key in node:
                yield here, key
            stack.extend((here + (key,), child) for key, child in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((here + (i,), node[i]) for i in reversed(range(len(node))))


def _bad_strings(value: Any) -> Iterator[Problem]:
    for path, node in _walk(value):
        if isinstance(node, str) and (bad := _BAD_CHARACTER.search(node)):
            rule = "nul" if bad.group() == "\x00" else "surrogate"
            yield _problem(value, path, rule, Message(f"json_{rule}"))


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests lists and objects deeper than ``limit``."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
    return False


# ---- where and what ------------------------------------------------------------------------


def _field_label(key: str) -> Message | str:
    """A field's name for the officer; a name the tables do not know, as it is, quoted."""
    code = f"json_field_{key}"
    return Message(code) if code in VIETNAMESE else f"“{key}”"


def _record_name(key: str, record: Any) -> str:
    """A short name of a record for the officer: a dossier's title, a decision's number."""
    if not isinstance(record, dict):
        return ""
    name = {"dossiers": record.get("title") or record.get("code"),
            "decisions": record.get("number_text"),
            "nominations": record.get("letter_number_text"),
            "documents": record.get("filename"),
            "files": record.get("path")}.get(key)
    if not isinstance(name, str) or not name.strip() or _BAD_CHARACTER.search(name):
        return ""
    name = " ".join(name.split())
    return f"{name[:40]}…" if len(name) > 40 else name


def _describe(document: Any, path: tuple[Any, ...]) -> tuple[list[Message], Message | str]:
    """(where, field) of a JSON path: ["Hồ sơ thứ 3 (“…”)", "tác giả thứ 2"] and "tỷ lệ đóng góp
    (%)" for ("dossiers", 2, "authors", 1, "share_percent")."""
    parts: list[Message] = []
    node: Any = document
    named: Message | str = ""
    for i, step in enumerate(path):
        parent = str(path[i - 1]) if i else ""
        if isinstance(step, int):
            child = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
            if i == 1 and parent in RECORD_LISTS:
                record = Message(f"json_record_{parent}", n=step + 1)
                name = _record_name(parent, child)
                parts.append(Message("json_record_named", record=record, name=name) if name
                             else record)
            else:
                code = f"json_item_{parent}" if parent in ITEM_LISTS else "json_item"
                parts.append(Message(code, n=step + 1))
            node, named = child, ""
        else:
            node = node.get(step) if isinstance(node, dict) else None
            label = _field_label(str(step))
            named = Message("json_field_in", parent=named, field=label) if named else label
    return parts, named


def _problem(document: Any, path: tuple[Any, ...], rule: str, what: Message,
             **params: Any) -> Problem:
    where, label = _describe(document, path)
    if where and label:
        text = Message("json_problem_at_field", where=where, field=label, what=what)
    elif where:
        text = Message("json_problem_at", where=where, what=what)
    elif label:
        text = Message("json_problem_field", field=Capitalised(label), what=what)
    else:
        text = Message("json_problem", what=Capitalised(what))
    dotted = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path).lstrip(".")
    return Problem(", ".join(where), dotted, rule, text, params)


# ---- the schema ----------------------------------------------------------------------------


def _accepts(parse: Callable[[str], object]) -> Callable[[object], bool]:
    """A format check from a parser that raises ValueError on a bad value; a value that is no
    string passes (a format says nothing of other values)."""
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        try:
            parse(value)
        except ValueError:
            return False
        return True
    return check


def _file_name(text: str) -> None:
    if name_problem(unicodedata.normalize("NFC", text)) is not None:
        raise ValueError(text)


# The schema's formats, as this program reads them (also given to the reference validator in
# the tests): "file-name" is domain/file_names.py's rule.
FORMATS: dict[str, Callable[[object], bool]] = {
    "date": _accepts(dt.date.fromisoformat),
    "local-date-time": _accepts(dt.datetime.fromisoformat),
    "uuid": _accepts(uuidlib.UUID),
    "file-name": _accepts(_file_name),
}


@cache
def schema(name: str) -> dict[str, Any]:
    return json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))


@cache
def _validator(name: str, part: str) -> Callable[[Any], Any]:
    """A compiled validator of the whole document (``part`` "") without the items of its
    record lists, or of one record of the list ``part``."""
    full = schema(name)
    if part:
        definition = {"$defs": full.get("$defs", {}),
                      **full["properties"][part]["items"]}
    else:
        definition = json.loads(json.dumps(full))
        for key in RECORD_LISTS:
            prop = definition["properties"].get(key)
            if isinstance(prop, dict):
                prop.pop("items", None)
    return fastjsonschema.compile(definition, formats=FORMATS, use_default=False)


def _message(document: Any, path: tuple[Any, ...], exc: fastjsonschema.JsonSchemaValueException) -> Problem:
    rule, definition = exc.rule or "", exc.rule_definition
    node_schema = exc.definition if isinstance(exc.definition, dict) else {}
    value = exc.value
    params: dict[str, Any] = {key: node_schema[key] for key in
                              ("minimum", "maximum", "maxLength", "maxItems", "format", "enum")
                              if key in node_schema}
    if isinstance(value, (str, list)):
        params["length"] = len(value)
    return _problem(document, path, rule, _what(rule, definition, node_schema, value, params),
                    **params)


def _what(rule: str, definition: Any, node_schema: dict[str, Any], value: Any,
          params: dict[str, Any]) -> Message:
    """What is wrong with the value, for the rule it broke (the values it states in params)."""
    if rule == "type":
        kinds = definition if isinstance(definition, list) else [definition]
        worded = [Message(f"json_kind_{k}") if k in TYPE_KINDS else str(k)
                  for k in kinds if k != "null"]
        kind: Message | str = worded[0] if worded else ""
        for other in worded[1:]:
            kind = Message("json_either", first=kind, second=other)
        return Message("json_type", kind=kind)
    if rule in ("minimum", "maximum") and "minimum" in node_schema and "maximum" in node_schema:
        return Message("json_range", minimum=_number(node_schema["minimum"]),
                       maximum=_number(node_schema["maximum"]))
    if rule == "minimum":
        return Message("json_minimum", minimum=_number(definition))
    if rule == "maximum":
        return Message("json_maximum", maximum=_number(definition))
    if rule == "maxLength":
        length = len(value) if isinstance(value, str) else 0
        return Message("json_max_length", length=_number(length), limit=_number(definition))
    if rule == "maxItems":
        count = len(value) if isinstance(value, list) else 0
        return Message("json_max_items", count=_number(count), limit=_number(definition))
    if rule == "maxProperties":
        return Message("json_max_properties", limit=_number(definition))
    if rule == "required":
        missing = [k for k in definition if not isinstance(value, dict) or k not in value]
        return Message("json_required", fields=[_field_label(k) for k in missing])
    if rule in ("enum", "const"):
        allowed = definition if isinstance(definition, list) else [definition]
        return Message("json_enum", allowed=[f"“{a}”" for a in allowed])
    if rule == "format" and definition == "file-name" and isinstance(value, str):
        reason = name_problem(unicodedata.normalize("NFC", value)) or "empty"
        params["reason"] = reason
        return Message("json_file_name", name=_short(value), reason=NAME_PROBLEM_LABELS[reason])
    if rule == "format":
        name = str(definition)
        return Message(f"json_format_{name.replace('-', '_')}" if name in FORMATS_WORDED
                       else "json_format")
    if rule == "pattern":
        return _pattern_label(node_schema)
    return Message("json_invalid_value")


def _pattern_label(node_schema: dict[str, Any]) -> Message:
    pattern = node_schema.get("pattern", "")
    for name in PATTERNS_WORDED:
        if schema(DOSSIER_SCHEMA)["$defs"].get(name, {}).get("pattern") == pattern:
            return Message(f"json_pattern_{name}")
    return Message("json_pattern")


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def _short(text: str) -> str:
    shown = "".join(ch if unicodedata.category(ch)[0] != "C" else "�" for ch in text[:80])
    return shown + ("…" if len(text) > 80 else "")


def _path_of(exc: fastjsonschema.JsonSchemaValueException, prefix: tuple[Any, ...]) -> tuple[Any, ...]:
    steps: list[Any] = []
    for step in (exc.path or [])[1:]:  # the first is "data"
        steps.append(int(step) if isinstance(step, str) and step.isdigit() else step)
    return prefix + tuple(steps)


def check_document(document: Any, name: str = DOSSIER_SCHEMA, file_name: str = "") -> None:
    """Validates ``document`` (read from ``file_name``) against the schema ``name``, record
    by record; raises InvalidDataError listing the first problems (one per record) and counting
    the others."""
    problems: list[Problem] = []
    total = 0
    try:
        _validator(name, "")(document)
    except fastjsonschema.JsonSchemaValueException as exc:
        problems.append(_message(document, _path_of(exc, ()), exc))
        total += 1
    if isinstance(document, dict):
        for key in RECORD_LISTS:
            records = document.get(key)
            if not isinstance(records, list) or key not in schema(name)["properties"]:
                continue
            check = _validator(name, key)
            for i, record in enumerate(records):
                try:
                    check(record)
                except fastjsonschema.JsonSchemaValueException as exc:
                    total += 1
                    if len(problems) < MAX_SHOWN:
                        problems.append(_message(document, _path_of(exc, (key, i)), exc))
    if total:
        raise InvalidDataError(problems, total, file_name)
