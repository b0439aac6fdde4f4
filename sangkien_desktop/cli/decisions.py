"""Sub-commands on recognition decisions: ``sangkien decisions [--json] [--year Y]`` and
``sangkien verify CODE [--json]`` (is this decision or certificate real?)."""

from __future__ import annotations

import argparse
import json
import sys

from sangkien_desktop.domain.council import Authority, Decision, Outcome
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.context import AppData

AUTHORITY_LABELS = {Authority.COUNCIL: "Hội đồng sáng kiến", Authority.HEAD: "Thủ trưởng đơn vị"}


def register(sub) -> None:
    p = sub.add_parser("decisions", help="liệt kê các quyết định công nhận sáng kiến")
    p.add_argument("--json", action="store_true", help="in dạng JSON (kèm hồ sơ và kết quả)")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ các quyết định của năm này")
    p.set_defaults(handler=_decisions)
    v = sub.add_parser(
        "verify",
        help="xác thực một quyết định hoặc giấy chứng nhận theo mã in trên giấy (mã thoát 1 nếu "
        "không có)",
    )
    v.add_argument("code", metavar="MÃ", help="mã xác thực, ví dụ SK7Q-4M2X (hoặc nội dung mã QR)")
    v.add_argument("--json", action="store_true", help="in dạng JSON")
    v.set_defaults(handler=_verify)


def _count(d: Decision, outcome: Outcome) -> int:
    return sum(1 for i in d.items if Outcome(i.outcome) == outcome)


def to_json(d: Decision) -> dict:
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


def paper_lines(paper) -> list[str]:
    """What a verified paper is, as the command says it."""
    from sangkien_desktop.domain.verification import CERTIFICATE, DECISION

    issued = f"Quyết định số {paper.number_text}"
    if paper.issued_on:
        issued += f" ngày {format_date(paper.issued_on)}"
    if paper.unit_name:
        issued += f" của {paper.unit_name}"
    if paper.kind == DECISION:
        what = f"{issued} (quyết định công nhận sáng kiến)"
    elif paper.kind == CERTIFICATE:
        what = (f"Giấy chứng nhận tác giả sáng kiến cấp cho {paper.person}, sáng kiến "
                f"“{paper.subject}”, theo {issued}")
    else:
        what = (f"Giấy xác nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến “{paper.subject}” cho "
                f"{paper.person}, theo {issued}")
    source = ("ban hành tại đơn vị này" if not paper.source
              else f"nhận trong gói hồ sơ của {paper.source}")
    return [f"Mã {paper.code}: có giấy này ({source}).", what,
            f"Mã kiểm tra nội dung (SHA-256): {paper.content_hash}"]


def _verify(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.verification import normalise_code
    from sangkien_desktop.services.council import verification

    code = normalise_code(args.code)
    if code is None:
        print("Lỗi: mã xác thực gồm 8 ký tự chữ và số (ví dụ SK7Q-4M2X), in dưới mã QR trên "
              "quyết định hoặc giấy chứng nhận.", file=sys.stderr)
        return 2
    with app.db.session() as session:
        paper = verification.verify(session, code)
        session.commit()
    if paper is None:
        if args.json:
            print(json.dumps({"code": code, "found": False}, ensure_ascii=False))
        else:
            print(f"Không tìm thấy giấy nào có mã {code} trong dữ liệu này. Giấy có thể do đơn vị "
                  "khác ban hành mà gói hồ sơ của họ chưa được nhận ở đây, hoặc mã bị sai.")
        return 1
    if args.json:
        print(json.dumps({
            "code": paper.code, "found": True, "kind": paper.kind, "person": paper.person,
            "subject": paper.subject, "number_text": paper.number_text,
            "issued_on": paper.issued_on.isoformat() if paper.issued_on else None,
            "unit_name": paper.unit_name, "content_hash": paper.content_hash,
            "source": paper.source, "decision_uuid": paper.owner_uuid,
            "dossier_uuid": paper.dossier_uuid,
        }, ensure_ascii=False, indent=2))
    else:
        print("\n".join(paper_lines(paper)))
    return 0
