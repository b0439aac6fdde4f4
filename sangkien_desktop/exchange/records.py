"""The records of an exchange package (``records.json``): the dossier interchange document of
part 1 (format "sangkien-dossiers", version 1) with four more optional lists — frozen
``versions``, ``decisions`` with their items, generated ``documents`` and ``nominations``.

A version 1 reader that knows only dossiers ignores the extra lists, so the format version
stays 1 (docs/dossier-format.md). Everything is checked here, against the schema
(resources/schemas/dossier.schema.json), before any of it is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from sangkien_desktop.domain.dossier import Dossier, DossierVersion
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.exchange.json_format import (
    FORMAT_VERSION,
    check_header,
    check_identities,
    document,
    dossier_from_json,
)
from sangkien_desktop.exchange.schema import DOSSIER_SCHEMA, check_document, too_deep

RECORDS_NAME = "records.json"


def version_json(v: DossierVersion) -> dict[str, Any]:
    """A dossier version as the package's records.json writes it."""
    return {
        "dossier_uuid": v.dossier_uuid, "lineage_uuid": v.lineage_uuid,
        "version": v.version, "previous_uuid": v.previous_uuid,
        "content_hash": v.content_hash,
        "frozen_at": v.frozen_at.isoformat(timespec="seconds") if v.frozen_at else None,
        "decision_uuid": v.decision_uuid,
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
    versions: list[DossierVersion] = field(default_factory=list)
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
    data["versions"] = [version_json(v) for v in records.versions]
    data["decisions"] = records.decisions
    data["documents"] = [d.to_json() for d in records.documents]
    data["nominations"] = records.nominations
    return data


def records_bytes(records: Records) -> bytes:
    return (json.dumps(records_document(records), ensure_ascii=False, indent=1) + "\n").encode()


# ---- reading -------------------------------------------------------------------------------


def _when(value: Any, kind: type[dt.date] | type[dt.datetime]) -> Any:
    return kind.fromisoformat(value) if value else None


def _uuid(value: Any) -> str | None:
    return str(uuidlib.UUID(value)) if value else None


def _version(data: dict[str, Any]) -> DossierVersion:
    return DossierVersion(
        dossier_uuid=_uuid(data["dossier_uuid"]) or "",
        lineage_uuid=_uuid(data["lineage_uuid"]) or "",
        version=data["version"],
        previous_uuid=_uuid(data.get("previous_uuid")),
        content_hash=data["content_hash"],
        frozen_at=_when(data.get("frozen_at"), dt.datetime),
        decision_uuid=_uuid(data.get("decision_uuid")) or "",
    )


def _decision(data: dict[str, Any]) -> dict[str, Any]:
    """A decision as received, with its uuids in their canonical form."""
    data = dict(data)
    data["uuid"] = _uuid(data["uuid"])
    data["items"] = [dict(item, dossier_uuid=_uuid(item["dossier_uuid"]))
                     for item in data["items"]]
    return data


def _document(data: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(data["path"], data["kind"], data["owner_kind"],
                          _uuid(data["owner_uuid"]) or "", nfc(data["filename"]),
                          data["sha256"], data["size"])


def _no_duplicates(values: list[str], code: str) -> None:
    """DataFileError ``code`` (naming the value) when a value comes twice."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise DataFileError(code, value=value)
        seen.add(value)


def parse_records(raw: Any) -> Records:
    """Checks and decodes a records document: its header, the schema with its limits, the
    nesting of what is kept as received, the identities; raises DataFileError (an
    InvalidDataError naming each bad record) before anything is decoded."""
    check_header(raw, FORMAT_VERSION, RECORDS_NAME)
    check_document(raw, DOSSIER_SCHEMA)
    for key in ("decisions", "nominations"):
        for i, item in enumerate(raw.get(key, [])):
            if too_deep(item):
                raise DataFileError("data_record_depth", code="data_depth",
                                    record=Message(f"data_record_{key}"), number=i + 1)
    dossiers = [dossier_from_json(d, i) for i, d in enumerate(raw["dossiers"])]
    records = Records(
        withheld=tuple(raw.get("withheld_personal_data", [])),
        dossiers=dossiers,
        versions=[_version(v) for v in raw.get("versions", [])],
        decisions=[_decision(d) for d in raw.get("decisions", [])],
        documents=[_document(d) for d in raw.get("documents", [])],
        nominations=list(raw.get("nominations", [])),
    )
    check_identities(dossiers, {v.dossier_uuid: v.lineage_uuid for v in records.versions})
    _no_duplicates([v.dossier_uuid for v in records.versions], "records_versions_twice")
    _no_duplicates([d["uuid"] for d in records.decisions], "records_decisions_twice")
    _no_duplicates([d.path for d in records.documents], "records_documents_twice")
    _no_duplicates([str(n.get("uuid")) for n in records.nominations], "records_nominations_twice")
    return records
