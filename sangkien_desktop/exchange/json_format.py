"""The JSON interchange format of dossiers (docs/dossier-format.md, docs/dossier.schema.json).

It is the one format later packages reuse. Ids are UUIDs, so dossiers from different
machines never collide; dates are ISO 8601; shares are numbers with two decimals.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
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
)
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.text import clean_text

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
        if f.name not in _NESTED
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


def write_dossiers(path: Path, dossiers: list[Dossier]) -> None:
    text = json.dumps(document(dossiers), ensure_ascii=False, indent=2)
    atomic.write_bytes(path, (text + "\n").encode("utf-8"))


# ---- reading -------------------------------------------------------------------------------


@dataclass
class _Reader:
    where: str
    problems: list[str] = field(default_factory=list)

    def fail(self, message: str) -> DataFileError:
        return DataFileError(f"{self.where}: {message}")


def _decode_value(name: str, value: Any, r: _Reader, target_type: str) -> Any:
    if value is None:
        return None
    try:
        if name in _DATE_FIELDS:
            return dt.date.fromisoformat(value)
        if name in _DATETIME_FIELDS:
            return dt.datetime.fromisoformat(value)
        if name == "share_percent":
            return Decimal(str(value)).quantize(Decimal("0.01"))
    except (TypeError, ValueError, InvalidOperation):
        raise r.fail(f"trường “{name}” có giá trị không hợp lệ: {value!r}.") from None
    if target_type == "str":
        if not isinstance(value, str):
            raise r.fail(f"trường “{name}” phải là chuỗi văn bản.")
        return clean_text(value)
    if target_type == "bool":
        if not isinstance(value, bool):
            raise r.fail(f"trường “{name}” phải là true hoặc false.")
    if target_type == "int" and (not isinstance(value, int) or isinstance(value, bool)):
        raise r.fail(f"trường “{name}” phải là số nguyên.")
    return value


def _decode_object(cls: type, data: Any, r: _Reader) -> Any:
    if not isinstance(data, dict):
        raise r.fail("mỗi mục phải là một đối tượng JSON.")
    kwargs = {}
    for f in fields(cls):
        if f.name in _NESTED or f.name not in data:
            continue
        type_name = str(f.type).split("|")[0].strip()
        kwargs[f.name] = _decode_value(f.name, data[f.name], r, type_name)
    return cls(**kwargs)


def dossier_from_json(data: Any, index: int = 0) -> Dossier:
    r = _Reader(f"hồ sơ thứ {index + 1}")
    if not isinstance(data, dict):
        raise r.fail("phải là một đối tượng JSON.")
    raw_uuid = data.get("uuid")
    try:
        canonical = str(uuidlib.UUID(str(raw_uuid)))
    except ValueError:
        raise r.fail(f"mã định danh (uuid) “{raw_uuid}” không hợp lệ.") from None
    if not isinstance(data.get("title"), str):
        raise r.fail("thiếu tên sáng kiến (title).")
    try:
        status = Status(data.get("status", "draft"))
        sector = Sector(data.get("sector", ""))
    except ValueError as exc:
        raise r.fail(f"giá trị không hợp lệ: {exc}.") from None
    scalars = {k: v for k, v in data.items() if k not in ("status", "sector")}
    dossier: Dossier = _decode_object(Dossier, scalars, r)
    dossier.uuid = canonical
    dossier.status = status
    dossier.sector = sector
    for key, cls in (("authors", Author), ("appliers", Applier)):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise r.fail(f"“{key}” phải là một danh sách.")
        setattr(dossier, key, [_decode_object(cls, item, r) for item in items])
    attachments = data.get("attachments", [])
    if not isinstance(attachments, list):
        raise r.fail("“attachments” phải là một danh sách.")
    for item in attachments:
        if not isinstance(item, dict) or not isinstance(item.get("sha256"), str):
            raise r.fail("mỗi tệp đính kèm cần có “sha256”.")
        sha = item["sha256"].lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise r.fail(f"mã băm tệp đính kèm “{item['sha256']}” không hợp lệ.")
        dossier.attachments.append(
            AttachmentRef(
                sha256=sha,
                filename=str(item.get("filename") or sha),
                size=int(item.get("size") or 0),
                media_type=str(item.get("media_type") or "application/octet-stream"),
                added_at=_decode_value("added_at", item.get("added_at"), r, "datetime"),
                note=str(item.get("note") or ""),
            )
        )
    return dossier


def read_dossiers(path: Path) -> list[Dossier]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"Không tìm thấy tệp “{path}”.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Không đọc được tệp “{path.name}”: {exc}.") from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(
            f"Tệp “{path.name}” không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})."
        ) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise DataFileError(
            f"Tệp “{path.name}” không phải tệp hồ sơ sáng kiến (thiếu \"format\": "
            f"\"{FORMAT_NAME}\")."
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DataFileError(
            f"Tệp “{path.name}” dùng định dạng phiên bản {version}, mới hơn phiên bản "
            f"{FORMAT_VERSION} mà chương trình này đọc được. Hãy cập nhật Sáng kiến Desktop."
        )
    items = raw.get("dossiers")
    if not isinstance(items, list):
        raise DataFileError(f"Tệp “{path.name}” thiếu danh sách “dossiers”.")
    dossiers = [dossier_from_json(item, i) for i, item in enumerate(items)]
    seen: set[str] = set()
    for d in dossiers:
        if d.uuid in seen:
            raise DataFileError(f"Tệp “{path.name}” có hai hồ sơ trùng mã định danh {d.uuid}.")
        seen.add(d.uuid)
    return dossiers
