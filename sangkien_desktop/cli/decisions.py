"""Sub-command on recognition decisions: ``sangkien decisions [--json] [--year Y]``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from sangkien_desktop.domain.errors import InputError

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

    d = sub.add_parser("decide", help="ra quyết định công nhận theo kết quả một cuộc họp Hội đồng")
    d.add_argument("--meeting", required=True, metavar="ID",
                   help="mã định danh cuộc họp (hoặc 8 ký tự đầu)")
    d.add_argument("--date", required=True, metavar="NGÀY", help="ngày ký quyết định, dd/mm/yyyy")
    d.add_argument("--number", type=int, metavar="SỐ",
                   help="số quyết định; không ghi: số tiếp theo chưa dùng của năm")
    d.add_argument("--authority", choices=list(AUTHORITY_LABELS), default="council",
                   help="council: Ban Chấp hành theo đề nghị của Hội đồng; head: thủ trưởng đơn vị")
    d.add_argument("--authority-text", default="", metavar="TEXT",
                   help="tên cơ quan hoặc chức danh ra quyết định, ví dụ “Giám đốc Công ty …” "
                   "(bắt buộc với --authority head)")
    d.add_argument("--signer", default="", metavar="HỌ_TÊN", help="người ký (mặc định: trong cài đặt)")
    d.add_argument("--signer-title", default="", metavar="CHỨC_VỤ")
    d.add_argument("--recognise", action="append", default=[], metavar="MÃ_HỒ_SƠ",
                   help="công nhận hồ sơ này dù Hội đồng không đề nghị (lặp lại được)")
    d.add_argument("--reject", action="append", default=[], metavar="MÃ_HỒ_SƠ=LÝ_DO",
                   help="không công nhận hồ sơ này, với lý do tác giả sẽ đọc (lặp lại được)")
    d.add_argument("--dry-run", action="store_true", help="chỉ in những gì sẽ quyết định, không ghi")
    d.set_defaults(handler=_decide)


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
            f"{d.uuid[:8]}  {d.number_text:<16} {format_date(d.date):<10}  {authority:<18}  "
            f"{d.signer_name:<24}  công nhận {_count(d, Outcome.RECOGNISED):>3}, "
            f"không công nhận {_count(d, Outcome.REJECTED):>3}"
        )
    print(f"— {len(found)} quyết định")
    return 0


def _decide(app: AppData, args: argparse.Namespace) -> int:
    import dataclasses

    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.domain.council import Authority, Outcome
    from sangkien_desktop.domain.values import format_date, parse_date
    from sangkien_desktop.services import papers, unit_of_work
    from sangkien_desktop.services.council.councils import meeting_decision
    from sangkien_desktop.services.council.decisions import issue_decision

    day = parse_date(args.date, field="date", label="Ngày quyết định")
    if day is None:
        raise InputError("Hãy ghi ngày ký quyết định: --date dd/mm/yyyy.", field="date")
    with unit_of_work.session(app) as session:
        meeting = papers.find_meeting(session, args.meeting)
        overrides: dict[str, tuple[Outcome, str]] = {}
        for key in args.recognise:
            overrides[find_uuid(session, key.strip())] = (Outcome.RECOGNISED, "")
        for item in args.reject:
            key, sep, reason = item.partition("=")
            if not sep or not reason.strip():
                raise InputError(f"“{item}”: hãy ghi MÃ_HỒ_SƠ=LÝ_DO; tác giả sẽ đọc lý do này.",
                                 field="reject")
            overrides[find_uuid(session, key.strip())] = (Outcome.REJECTED, reason.strip())
        decision, left = meeting_decision(session, meeting, overrides)
        decision = dataclasses.replace(
            decision, date=day, number=args.number, authority=Authority(args.authority),
            authority_text=args.authority_text.strip(), signer_name=args.signer.strip(),
            signer_title=args.signer_title.strip())
        for title in left:
            print(f"  bỏ qua (chưa có kết quả chấm, hãy dùng --recognise hoặc --reject): {title}")
        for item in decision.items:
            word = "công nhận" if item.outcome == Outcome.RECOGNISED else "không công nhận"
            reason = f" — lý do: {item.reason}" if item.reason else ""
            print(f"  {word:<16} {_title(session, item.dossier_uuid)}{reason}")
        if args.dry_run:
            print("(thử: chưa ra quyết định)")
            return 0
        issued = issue_decision(session, decision, user=None)
    print(f"Đã ra quyết định số {issued.number_text} ngày {format_date(issued.date)}: công nhận "
          f"{_count(issued, Outcome.RECOGNISED)}, không công nhận {_count(issued, Outcome.REJECTED)} "
          f"(mã {issued.uuid}).")
    return 0


def _title(session, uuid: str) -> str:
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    dossier = get_dossier(session, uuid)
    return f"{dossier.code} “{dossier.title}”"
