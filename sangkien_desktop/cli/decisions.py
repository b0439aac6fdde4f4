"""Sub-command on recognition decisions: ``sangkien decisions [--json] [--year Y]``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sangkien_desktop.domain.council import Decision, Outcome
    from sangkien_desktop.services.context import AppData

# Keyed by domain.council.Authority values (a StrEnum): the domain is imported by the handler.
AUTHORITY_LABELS = {"council": "Hội đồng sáng kiến", "head": "Thủ trưởng đơn vị"}


def register(sub) -> None:
    p = sub.add_parser("decisions", help="liệt kê các quyết định công nhận sáng kiến")
    p.add_argument("--json", action="store_true", help="in dạng JSON (kèm hồ sơ và kết quả)")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ các quyết định của năm này")
    p.set_defaults(handler=_decisions)


def _count(d: Decision, outcome: Outcome) -> int:
    return sum(1 for i in d.items if i.outcome == outcome)


def to_json(d: Decision) -> dict:
    from sangkien_desktop.domain.council import Authority, Outcome

    return {
        "uuid": d.uuid,
        "number": d.number_text,
        "date": d.date.isoformat(),
        "authority": Authority(d.authority).value,
        "authority_text": d.authority_text,
        "signer": d.signer_name,
        "signer_title": d.signer_title,
        "scope": d.scope,
        "meeting_uuid": d.meeting_uuid or None,
        "recognised": _count(d, Outcome.RECOGNISED),
        "rejected": _count(d, Outcome.REJECTED),
        "dossiers": [
            {"uuid": i.dossier_uuid, "outcome": Outcome(i.outcome).value, "reason": i.reason,
             "benefit_agreed_vnd": i.benefit_agreed_vnd, "reward_vnd": i.reward_vnd}
            for i in d.items
        ],
    }


def _decisions(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.council import Authority, Outcome
    from sangkien_desktop.domain.values import format_date
    from sangkien_desktop.services.council.decisions import list_decisions

    with app.db.session() as session:
        found = list_decisions(session, args.year)
    if args.json:
        print(json.dumps([to_json(d) for d in found], ensure_ascii=False, indent=2))
        return 0
    for d in found:
        authority = AUTHORITY_LABELS[Authority(d.authority)]
        print(
            f"{d.number_text:<16} {format_date(d.date):<10}  {authority:<18}  "
            f"{d.signer_name:<24}  công nhận {_count(d, Outcome.RECOGNISED):>3}, "
            f"không công nhận {_count(d, Outcome.REJECTED):>3}"
        )
    print(f"— {len(found)} quyết định")
    return 0
