"""The JSON interchange format of dossiers (docs/dossier-format.md,
resources/schemas/dossier.schema.json).

It is the one format later packages reuse. Ids are UUIDs, so dossiers from different
machines never collide; dates are ISO 8601; shares are numbers with two decimals.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from sangkien_desktop import __version__, atomic
from sangkien_desktop.domain.dossier import (
    Applier,
    AttachmentRef,
    Author,
    Dossier,
    Sector,
    Status,
    has_title,
    split_requirement_tag,
)
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_text, fold, nfc
from sangkien_desktop.exchange.schema import (
    DOSSIER_SCHEMA,
    MAX_JSON_BYTES,
    InvalidDataError,
    Problem,
    check_document,
    load_json,
)

FORMAT_NAME = "sangkien-dossiers"
FORMAT_VERSION = 1

_DATE_FIELDS = {"first_applied_on", "research_accepted_on", "birth_date"}
_DATETIME_FIELDS = {"created_at", "updated_at", "deleted_at", "added_at"}
_NESTED = {"authors", "appliers", "attachments"}


def _encode_value(name: str, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (Status, Sector)):
        return value.value
    return value


def _encode_object(obj: Any) -> dict[str, Any]:
    return {f.name: _encode_value(f.name, getattr(obj, f.name)) for f in fields(obj)}


def dossier_to_json(d: Dossier) -> dict[str, Any]:
    data = {
        f.name: _encode_value(f.name, getattr(d, f.name))
        for f in fields(d)
        # Bookkeeping of the stored copy (revision, who saved it) is no content of the dossier.
        if f.name not in _NESTED and f.compare
    }
    data["authors"] = [_encode_object(a) for a in d.authors]
    data["appliers"] = [_encode_object(p) for p in d.appliers]
    data["attachments"] = [_encode_object(a) for a in d.attachments]
    return data


def document(dossiers: list[Dossier]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "dossiers": [dossier_to_json(d) for d in dossiers],
    }


def write_dossiers(path: Path, dossiers: list[Dossier],
                   versions: list[dict[str, Any]] | None = None) -> None:
    """Writes the file atomically; ``versions`` (the "versions" list of records.json) tells a
    reader which dossiers are versions of one initiative, sharing its code."""
    data = document(dossiers)
    if versions:
        data["versions"] = versions
    text = json.dumps(data, ensure_ascii=False, indent=2)
    atomic.write_bytes(path, (text + "\n").encode("utf-8"))


# ---- reading -------------------------------------------------------------------------------


def _decode_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if name in _DATETIME_FIELDS:
        return dt.datetime.fromisoformat(value)
    if name == "share_percent":
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if isinstance(value, str):
        return clean_text(value)
    return value


def _decode_object(cls: type, data: dict[str, Any]) -> Any:
    return cls(**{f.name: _decode_value(f.name, data[f.name]) for f in fields(cls)
                  if f.name not in _NESTED and f.name in data})


def dossier_from_json(data: dict[str, Any], index: int = 0) -> Dossier:
    """Decodes one dossier of a document that passed ``schema.check_document`` (or that this
    program wrote itself): the types are known good, only the values are converted."""
    scalars = {k: v for k, v in data.items() if k not in ("status", "sector")}
    dossier: Dossier = _decode_object(Dossier, scalars)
    dossier.uuid = str(uuidlib.UUID(data["uuid"]))
    dossier.status = Status(data.get("status", "draft"))
    dossier.sector = Sector(data.get("sector", ""))
    dossier.authors = [_decode_object(Author, a) for a in data.get("authors", [])]
    dossier.appliers = [_decode_object(Applier, a) for a in data.get("appliers", [])]
    dossier.attachments = [_attachment(item) for item in data.get("attachments", [])]
    return dossier


def _attachment(item: dict[str, Any]) -> AttachmentRef:
    note = clean_text(item.get("note") or "")
    requirement = clean_text(item.get("requirement") or "").strip()
    if not requirement:
        # A file written before attachments had the field marks it "#code" in the note; the
        # note stays as written (it may be a recognised dossier's frozen content).
        requirement = split_requirement_tag(note)[0]
    return AttachmentRef(
        sha256=item["sha256"],
        filename=nfc(item["filename"]),
        size=item.get("size") or 0,
        media_type=item.get("media_type") or "application/octet-stream",
        added_at=_decode_value("added_at", item.get("added_at")),
        note=note,
        requirement=requirement,
    )


def check_header(raw: Any, known: int, name: str) -> None:
    """The document is a dossier file of a format version this program reads; raises
    DataFileError (before the schema is consulted: a newer file may follow another one)."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise DataFileError("data_format", file=name, format=FORMAT_NAME)
    version = raw.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DataFileError("data_format_version", file=name, version=str(version)[:20])
    if version > known:
        raise DataFileError("data_newer", file=name, version=version, known=known)


def lineages(versions: list[dict[str, Any]]) -> dict[str, str]:
    """dossier uuid → the uuid of version 1 of its lineage, from a document's "versions"."""
    return {v["dossier_uuid"]: v["lineage_uuid"] for v in versions}


def check_identities(dossiers: list[Dossier], lineage: dict[str, str], file_name: str = "") -> None:
    """Every dossier of a file has a title (domain.dossier.has_title), and no two share a
    uuid, nor (within one unit, outside one lineage of versions) a code; raises
    InvalidDataError naming them."""
    problems: list[Problem] = []
    total = 0
    seen_uuid: dict[str, int] = {}
    seen_code: dict[tuple[str, str], tuple[int, str]] = {}
    for i, d in enumerate(dossiers):
        where = Message("json_record_dossiers", n=i + 1)
        if d.uuid in seen_uuid:
            total += 1
            problems.append(Problem(where, f"dossiers[{i}].uuid", "duplicate",
                                    Message("json_uuid_twice", where=where, uuid=d.uuid, other=seen_uuid[d.uuid] + 1)))
            continue
        seen_uuid[d.uuid] = i
        if not has_title(d):
            total += 1
            problems.append(Problem(where, f"dossiers[{i}].title", "required",
                                    Message("json_untitled", where=where)))
        if not d.code:
            continue
        key = (fold(d.code), fold(" ".join(d.unit_name.split())))
        family = lineage.get(d.uuid, d.uuid)
        first = seen_code.setdefault(key, (i, family))
        if first[0] != i and first[1] != family:
            total += 1
            problems.append(Problem(where, f"dossiers[{i}].code", "duplicate",
                                    Message("json_code_twice", where=where, code=d.code, other=first[0] + 1)))
    if total:
        raise InvalidDataError(problems, total, file_name)


def read_document(path: Path) -> Any:
    """The JSON value of the file at ``path``, read within MAX_JSON_BYTES (schema.load_json)."""
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise DataFileError("data_too_large", file=path.name,
                                size=f"{size / 1048576:,.0f}".replace(",", "."),
                                limit=f"{MAX_JSON_BYTES // 1048576:,}".replace(",", "."))
        with path.open("rb") as fh:  # a file growing meanwhile is caught below
            data = fh.read(size + 1)
    except FileNotFoundError:
        raise DataFileError("data_missing", path=str(path)) from None
    except OSError as exc:
        raise DataFileError("data_unreadable", file=path.name,
                            reason=exc.strerror or str(exc)) from exc
    if len(data) > size:
        raise DataFileError("data_changing", file=path.name)
    return load_json(data, path.name)


def read_dossiers(path: Path) -> list[Dossier]:
    """Reads and checks the whole file (size, encoding, schema with its limits, identities)
    before returning anything; raises DataFileError (InvalidDataError for the content)."""
    raw = read_document(path)
    check_header(raw, FORMAT_VERSION, path.name)
    check_document(raw, DOSSIER_SCHEMA, path.name)
    dossiers = [dossier_from_json(item, i) for i, item in enumerate(raw["dossiers"])]
    check_identities(dossiers, lineages(raw.get("versions", [])), path.name)
    return dossiers
