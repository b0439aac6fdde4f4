"""The records of an exchange package (``records.json``): the dossier interchange document of
part 1 (format "sangkien-dossiers", version 1) with four more optional lists — frozen
``versions``, ``decisions`` with their items, generated ``documents`` and ``nominations``.

A version 1 reader that knows only dossiers ignores the extra lists, so the format version
stays 1 (docs/dossier-format.md). Everything is checked here before any of it is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.personal_data import WITHHELD_FIELDS
from sangkien_desktop.exchange.json_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    document,
    dossier_from_json,
)
from sangkien_desktop.exchange.package import is_safe_path

OWNER_KINDS = ("dossier", "decision", "nomination")
OUTCOMES = ("recognised", "rejected")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class VersionRecord:
    """A dossier's place in its lineage and, when recognised, its freeze."""

    dossier_uuid: str
    lineage_uuid: str
    version: int
    previous_uuid: str | None
    content_hash: str
    frozen_at: dt.datetime | None
    decision_uuid: str

    def to_json(self) -> dict[str, Any]:
        return {
            "dossier_uuid": self.dossier_uuid, "lineage_uuid": self.lineage_uuid,
            "version": self.version, "previous_uuid": self.previous_uuid,
            "content_hash": self.content_hash,
            "frozen_at": self.frozen_at.isoformat(timespec="seconds") if self.frozen_at else None,
            "decision_uuid": self.decision_uuid,
        }


@dataclass(frozen=True)
class DocumentRecord:
    """A generated document carried in the package (its file under ``path``)."""

    path: str
    kind: str
    owner_kind: str
    owner_uuid: str
    filename: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "owner_kind": self.owner_kind,
                "owner_uuid": self.owner_uuid, "filename": self.filename,
                "sha256": self.sha256, "size": self.size}


@dataclass
class Records:
    dossiers: list[Dossier] = field(default_factory=list)
    versions: list[VersionRecord] = field(default_factory=list)
    # Decisions stay JSON objects: a received decision is kept as the sender wrote it.
    decisions: list[dict[str, Any]] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    # Reserved for nominations (services.nominations): kept as received, never interpreted here.
    nominations: list[dict[str, Any]] = field(default_factory=list)
    # Authors' fields the sender left out (domain.personal_data.WITHHELD_FIELDS): absent from
    # every author, which means "not sent", not "erased"; frozen versions' hashes are of the
    # content as carried.
    withheld: tuple[str, ...] = ()


def records_document(records: Records) -> dict[str, Any]:
    data = document(records.dossiers)
    if records.withheld:
        data["withheld_personal_data"] = list(records.withheld)
        for dossier in data["dossiers"]:
            for author in dossier["authors"]:
                for key in records.withheld:
                    author.pop(key, None)
    data["versions"] = [v.to_json() for v in records.versions]
    data["decisions"] = records.decisions
    data["documents"] = [d.to_json() for d in records.documents]
    data["nominations"] = records.nominations
    return data


def records_bytes(records: Records) -> bytes:
    return (json.dumps(records_document(records), ensure_ascii=False, indent=1) + "\n").encode()


# ---- reading -------------------------------------------------------------------------------


def _uuid(value: Any, where: str, *, optional: bool = False) -> str | None:
    if optional and value in (None, ""):
        return None
    try:
        return str(uuidlib.UUID(str(value)))
    except ValueError:
        raise DataFileError(f"{where}: mã định danh “{value}” không hợp lệ.") from None


def _when(value: Any, where: str, kind: type) -> Any:
    if value in (None, ""):
        return None
    try:
        return kind.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(f"{where}: thời điểm “{value}” không hợp lệ.") from None


def _version(data: Any, i: int) -> VersionRecord:
    where = f"phiên bản hồ sơ thứ {i + 1}"
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: phải là một đối tượng JSON.")
    number = data.get("version")
    content_hash = data.get("content_hash", "")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise DataFileError(f"{where}: số phiên bản không hợp lệ.")
    if not isinstance(content_hash, str) or (content_hash and not _SHA.match(content_hash)):
        raise DataFileError(f"{where}: mã băm nội dung không hợp lệ.")
    return VersionRecord(
        dossier_uuid=_uuid(data.get("dossier_uuid"), where) or "",
        lineage_uuid=_uuid(data.get("lineage_uuid"), where) or "",
        version=number,
        previous_uuid=_uuid(data.get("previous_uuid"), where, optional=True),
        content_hash=content_hash,
        frozen_at=_when(data.get("frozen_at"), where, dt.datetime),
        decision_uuid=_uuid(data.get("decision_uuid"), where, optional=True) or "",
    )


_DECISION_TEXT = ("number_text", "doc_type", "authority", "authority_text", "signer_name",
                  "signer_title", "signing_capacity", "scope", "unit_name", "status")


def _decision(data: Any, i: int) -> dict[str, Any]:
    where = f"quyết định thứ {i + 1}"
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: phải là một đối tượng JSON.")
    data = dict(data)
    data["uuid"] = _uuid(data.get("uuid"), where)
    if not isinstance(data.get("number"), int) or _when(data.get("date"), where, dt.date) is None:
        raise DataFileError(f"{where}: thiếu số hoặc ngày quyết định.")
    for key in _DECISION_TEXT:
        if not isinstance(data.get(key, ""), str):
            raise DataFileError(f"{where}: trường “{key}” phải là chuỗi văn bản.")
    basis = data.get("legal_basis", [])
    if not isinstance(basis, list) or not all(isinstance(b, str) for b in basis):
        raise DataFileError(f"{where}: “legal_basis” phải là danh sách văn bản.")
    items = data.get("items")
    if not isinstance(items, list):
        raise DataFileError(f"{where}: thiếu danh sách “items”.")
    for item in items:
        if not isinstance(item, dict) or item.get("outcome") not in OUTCOMES:
            raise DataFileError(f"{where}: một mục có kết quả không hợp lệ.")
        item["dossier_uuid"] = _uuid(item.get("dossier_uuid"), where)
        for key in ("benefit_agreed_vnd", "reward_vnd"):
            value = item.get(key)
            if value is not None and (not isinstance(value, int) or value < 0):
                raise DataFileError(f"{where}: “{key}” phải là số tiền nguyên không âm.")
    return data


def _document(data: Any, i: int) -> DocumentRecord:
    where = f"văn bản thứ {i + 1}"
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: phải là một đối tượng JSON.")
    path, sha, size = data.get("path"), data.get("sha256"), data.get("size")
    if not isinstance(path, str) or not is_safe_path(path):
        raise DataFileError(f"{where}: đường dẫn “{path}” không an toàn.")
    if not isinstance(sha, str) or not _SHA.match(sha) or not isinstance(size, int) or size < 0:
        raise DataFileError(f"{where}: mã băm hoặc kích thước không hợp lệ.")
    if data.get("owner_kind") not in OWNER_KINDS:
        raise DataFileError(f"{where}: “owner_kind” phải là một trong {', '.join(OWNER_KINDS)}.")
    kind, filename = data.get("kind"), data.get("filename")
    if not isinstance(kind, str) or not isinstance(filename, str) or not filename.strip():
        raise DataFileError(f"{where}: thiếu loại hoặc tên tệp.")
    return DocumentRecord(path, kind, data["owner_kind"],
                          _uuid(data.get("owner_uuid"), where) or "", filename, sha, size)


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise DataFileError(f"“{key}” phải là một danh sách.")
    return value


def _no_duplicates(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise DataFileError(f"có hai {what} trùng mã {value}.")
        seen.add(value)


def parse_records(raw: Any) -> Records:
    """Checks and decodes a records document; raises DataFileError naming the bad record."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise DataFileError(f"thiếu \"format\": \"{FORMAT_NAME}\".")
    version = raw.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DataFileError(f"định dạng hồ sơ phiên bản {version} mới hơn phiên bản "
                            f"{FORMAT_VERSION} mà chương trình này đọc được.")
    withheld = _list(raw, "withheld_personal_data")
    if not all(isinstance(w, str) and w in WITHHELD_FIELDS for w in withheld) \
            or len(set(withheld)) != len(withheld):
        raise DataFileError(f"“withheld_personal_data” chỉ được nêu {', '.join(WITHHELD_FIELDS)}.")
    records = Records(
        withheld=tuple(withheld),
        dossiers=[dossier_from_json(d, i) for i, d in enumerate(_list(raw, "dossiers"))],
        versions=[_version(v, i) for i, v in enumerate(_list(raw, "versions"))],
        decisions=[_decision(d, i) for i, d in enumerate(_list(raw, "decisions"))],
        documents=[_document(d, i) for i, d in enumerate(_list(raw, "documents"))],
        nominations=_list(raw, "nominations"),
    )
    _no_duplicates([d.uuid for d in records.dossiers], "hồ sơ")
    _no_duplicates([v.dossier_uuid for v in records.versions], "phiên bản hồ sơ")
    _no_duplicates([d["uuid"] for d in records.decisions], "quyết định")
    _no_duplicates([d.path for d in records.documents], "văn bản")
    if not all(isinstance(n, dict) for n in records.nominations):
        raise DataFileError("mỗi đợt đề nghị trong “nominations” phải là một đối tượng JSON.")
    _no_duplicates([str(n.get("uuid")) for n in records.nominations], "đợt đề nghị")
    return records
