"""The part of a package import that concerns nominations sent up by a lower unit: check each
nomination record, compare it with what is stored, and store it (linked to the sending unit,
in the import's transaction); keep the items of received decisions in step with their JSON.

Called by ``package_import`` (``classify`` from ``inspect_package``) and ``package_merge``
(``store`` from ``apply_plan``), so the merge rules are the same as for dossiers and decisions: new ones are
added, identical ones skipped, differing ones kept or replaced at the officer's choice.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.messages import Message
from sangkien_desktop.exchange.package import Manifest
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.exchange.import_plan import (
    Conflict,
    ImportPlan,
    ImportReport,
    Item,
    Resolution,
    refuse,
    sort_into,
)
from sangkien_desktop.storage.models_exchange import ReceivedDecisionRow
from sangkien_desktop.storage.models_nominations import NominationRow
from sangkien_desktop.storage.models_received import (
    ReceivedDecisionItemRow,
    ReceivedNominationItemRow,
    ReceivedNominationRow,
    ReceivedUnitRow,
)

NOMINATION = "nomination"
ENTITY = "received_nomination"  # entity kind in the change log
_TEXT = ("campaign_id", "to_unit", "status", "letter_number_text", "basis", "notes")


def _title(data: dict[str, Any]) -> Message:
    number = data.get("letter_number_text")
    return Message("item_nomination", number=number) if number else Message("item_nomination_draft")


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def check_record(data: dict[str, Any], dossiers: set[str], name: str) -> dict[str, Any]:
    """The nomination record with its uuids normalised; a PackageError names what is wrong."""
    def bad(what: Message) -> Exception:
        return refuse(name, Message("received_nomination_bad", uuid=str(data.get("uuid", "?")),
                                    what=what))

    data = dict(data)
    try:
        data["uuid"] = str(uuidlib.UUID(str(data.get("uuid"))))
        _date(data.get("letter_date"))
    except ValueError:
        raise bad(Message("received_bad_ids")) from None
    for key in _TEXT:
        if not isinstance(data.get(key, ""), str):
            raise bad(Message("received_field_not_text", key=key))
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise bad(Message("received_no_items"))
    seen: set[str] = set()
    checked = []
    for item in items:
        try:
            uuid = str(uuidlib.UUID(str(item.get("dossier_uuid")))) \
                if isinstance(item, dict) else ""
        except ValueError:
            uuid = ""
        if uuid not in dossiers:
            raise bad(Message("received_dossier_not_in_package"))
        if uuid in seen:
            raise bad(Message("received_dossier_twice"))
        seen.add(uuid)
        checked.append({**item, "dossier_uuid": uuid})
    data["items"] = checked
    return data


def _stored(session: Session, uuid: str) -> ReceivedNominationRow | None:
    return session.scalar(select(ReceivedNominationRow).where(ReceivedNominationRow.uuid == uuid))


def classify(session: Session, plan: ImportPlan, name: str) -> None:
    """Sorts the package's nominations into new, unchanged and conflicts (writes nothing)."""
    dossiers = {d.uuid for d in plan.records.dossiers}
    plan.records.nominations = [check_record(n, dossiers, name)
                                for n in plan.records.nominations]
    for data in plan.records.nominations:
        item = Item(NOMINATION, data["uuid"], _title(data))
        if session.scalar(select(NominationRow.id).where(
                NominationRow.uuid == data["uuid"])) is not None:
            plan.conflicts.append(Conflict(
                NOMINATION, item.uuid, item.title, {}, data, {}, (Resolution.KEEP_MINE,),
                Message("package_note_own_nomination")))
            continue
        row = _stored(session, data["uuid"])
        mine = json.loads(row.payload_json) if row is not None else None
        sort_into(plan, item, mine, data, (Resolution.KEEP_MINE, Resolution.TAKE_THEIRS))


def _unit(session: Session, sending: dict[str, str]) -> ReceivedUnitRow:
    name = sending.get("name", "").strip() or "(không rõ đơn vị)"  # i18n: keep (stored)
    parent = sending.get("parent", "").strip()
    row = session.scalar(select(ReceivedUnitRow).where(ReceivedUnitRow.name == name,
                                                       ReceivedUnitRow.parent == parent))
    if row is None:
        row = ReceivedUnitRow(name=name, parent=parent, first_received_at=history.now())
        session.add(row)
    # What the unit says of itself now (a CĐCS may move under another parent code).
    row.province_code = sending.get("province_code", row.province_code or "")
    row.level = sending.get("level", row.level or "")
    return row


def _fill(row: ReceivedNominationRow, data: dict[str, Any], package_id: str) -> None:
    row.campaign_id = data.get("campaign_id", "")
    row.to_unit = data.get("to_unit", "")
    row.status = data.get("status", "")
    row.letter_number_text = data.get("letter_number_text", "")
    row.letter_date = _date(data.get("letter_date"))
    row.payload_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
    row.package_id = package_id
    row.items = [ReceivedNominationItemRow(dossier_uuid=i["dossier_uuid"], position=n)
                 for n, i in enumerate(data["items"])]


def store(session: Session, plan: ImportPlan, manifest: Manifest, report: ImportReport,
          resolutions: dict[str, Resolution], default: Resolution,
          user: str | None = None) -> None:
    """Adds new nominations under their sending unit, replaces a differing one only when the
    officer chose so (the old values go to the history); flushes, never commits."""
    origin = {"package": plan.package_id, "from": plan.sender}
    new = {i.uuid for i in plan.new}
    for data in plan.records.nominations:
        uuid = data["uuid"]
        item = Item(NOMINATION, uuid, _title(data))
        conflict = plan.conflict(uuid)
        if uuid in new:
            row = ReceivedNominationRow(uuid=uuid, unit=_unit(session, manifest.sending_unit),
                                        received_at=history.now())
            _fill(row, data, plan.package_id)
            session.add(row)
            history.record(session, ENTITY, uuid, "imported", user, origin)
            report.added.append(item)
        elif conflict is not None:
            choice = resolutions.get(uuid, default)
            stored = _stored(session, uuid)
            if choice == Resolution.TAKE_THEIRS and choice in conflict.choices and stored:
                row = stored
                row.items = []
                session.flush()
                _fill(row, data, plan.package_id)
                row.unit = _unit(session, manifest.sending_unit)
                history.record(session, ENTITY, uuid, "replaced_by_import", user,
                               {**origin, "changes": conflict.changes})
                report.replaced.append(item)
            else:
                report.kept_mine.append(item)
        else:
            report.unchanged.append(item)
    session.flush()
    sync_decision_items(session, [d["uuid"] for d in plan.records.decisions])


def sync_decision_items(session: Session, decision_uuids: list[str]) -> None:
    """Makes received_decision_item say what each stored decision's JSON says (rows that
    already agree are left alone, so a second import writes nothing)."""
    rows = session.scalars(select(ReceivedDecisionRow).where(
        ReceivedDecisionRow.uuid.in_(decision_uuids)))
    for decision in rows:
        wanted = {i["dossier_uuid"]: (i["outcome"], i.get("reason") or "")
                  for i in json.loads(decision.payload_json).get("items", [])}
        stored = {r.dossier_uuid: r for r in session.scalars(select(ReceivedDecisionItemRow)
                  .where(ReceivedDecisionItemRow.decision_uuid == decision.uuid))}
        for uuid, row in stored.items():
            if uuid not in wanted:
                session.delete(row)
            elif (row.outcome, row.reason) != wanted[uuid]:
                row.outcome, row.reason = wanted[uuid]
        for uuid, (outcome, reason) in wanted.items():
            if uuid not in stored:
                session.add(ReceivedDecisionItemRow(decision_uuid=decision.uuid,
                                                    dossier_uuid=uuid, outcome=outcome,
                                                    reason=reason))
    session.flush()
