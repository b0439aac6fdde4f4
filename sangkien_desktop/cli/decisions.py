"""Sub-commands on recognition decisions: ``sangkien decisions [--json] [--year Y]`` and
``sangkien verify CODE [--json]`` (is this decision or certificate real?)."""

from __future__ import annotations

import argparse
import json
import sys
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
    v = sub.add_parser(
        "verify",
        help="xác thực một quyết định hoặc giấy chứng nhận theo mã in trên giấy (mã thoát 1 nếu "
        "không có)",
    )
    v.add_argument("code", metavar="MÃ", help="mã xác thực, ví dụ SK7Q-4M2X (hoặc nội dung mã QR)")
    v.add_argument("--json", action="store_true", help="in dạng JSON")
    v.set_defaults(handler=_verify)

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
                   help="công nhận hồ sơ này dù Hội đồng không đề nghị, kèm --reason (lặp lại "
                   "được)")
    d.add_argument("--reason", action="append", default=[], metavar="MÃ_HỒ_SƠ=LÝ_DO",
                   help="lý do công nhận hồ sơ ghi ở --recognise mà Hội đồng không đề nghị; lưu "
                   "vào lịch sử hồ sơ và in trong quyết định (lặp lại được)")
    d.add_argument("--reject", action="append", default=[], metavar="MÃ_HỒ_SƠ=LÝ_DO",
                   help="không công nhận hồ sơ này, với lý do tác giả sẽ đọc (lặp lại được)")
    # Pay to the authors (Nghị định 13/2012, Điều 10), as the decision window's calculator: a
    # share of each year's benefit, or the unit's own sum with its basis; split by shares.
    d.add_argument("--pay-benefit", nargs="+", action="append", default=[],
                   metavar=("MÃ_HỒ_SƠ", "GIÁ_TRỊ_NĂM"),
                   help="thù lao theo giá trị làm lợi: mã hồ sơ rồi giá trị làm lợi của từng năm "
                   "đầu áp dụng (đồng, tối đa số năm của bộ quy định, ví dụ 86400000 \"90 triệu\"); "
                   "chỉ ghi mã: năm thứ nhất lấy giá trị làm lợi của hồ sơ")
    d.add_argument("--pay-percent", action="append", default=[], metavar="MÃ_HỒ_SƠ=PHẦN_TRĂM",
                   help="tỷ lệ thù lao cho --pay-benefit (mặc định: mức tối thiểu của bộ quy "
                   "định, thường 7)")
    d.add_argument("--pay-sum", action="append", default=[], metavar="MÃ_HỒ_SƠ=SỐ_TIỀN",
                   help="không tính được giá trị làm lợi: khoản tiền đơn vị quyết định (đồng)")
    d.add_argument("--pay-basis", action="append", default=[], metavar="MÃ_HỒ_SƠ=CĂN_CỨ",
                   help="căn cứ của khoản tiền --pay-sum, in trong phụ lục, ví dụ "
                   "\"Quy chế chi tiêu nội bộ năm 2026\"")
    d.add_argument("--scope", action="append", default=[], metavar="MÃ_HỒ_SƠ=PHẠM_VI",
                   help="phạm vi ảnh hưởng (mã trong bộ quy định, ví dụ co_so, tinh)")
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


def paper_lines(paper) -> list[str]:
    """What a verified paper is, as the command says it."""
    from sangkien_desktop.domain.values import format_date
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
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import verification

    code = normalise_code(args.code)
    if code is None:
        print("Lỗi: mã xác thực gồm 8 ký tự chữ và số (ví dụ SK7Q-4M2X), in dưới mã QR trên "
              "quyết định hoặc giấy chứng nhận.", file=sys.stderr)
        return 2
    with unit_of_work.session(app) as session:
        paper = verification.verify(session, code)
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


def _decide(app: AppData, args: argparse.Namespace) -> int:
    import dataclasses

    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.domain.council import Authority, Outcome
    from sangkien_desktop.domain.values import format_date, parse_date
    from sangkien_desktop.services import papers, unit_of_work
    from sangkien_desktop.services.council.councils import (
        _meeting_row,
        meeting_decision,
        meeting_pack,
    )
    from sangkien_desktop.services.council.decisions import (
        against_council,
        council_proposals,
        issue_decision,
    )
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    day = parse_date(args.date, field="date", label="Ngày quyết định")
    if day is None:
        raise InputError("Hãy ghi ngày ký quyết định: --date dd/mm/yyyy.", field="date")
    with unit_of_work.session(app) as session:
        meeting = papers.find_meeting(session, args.meeting)
        overrides: dict[str, tuple[Outcome, str]] = {}
        reasons = _by_dossier(session, args.reason, "--reason", "LÝ_DO")
        for key in args.recognise:
            uuid = find_uuid(session, key.strip())
            overrides[uuid] = (Outcome.RECOGNISED, reasons.pop(uuid, ""))
        for uuid in reasons:
            raise InputError(f"--reason {_title(session, uuid)}: chỉ ghi lý do cho hồ sơ ghi ở "
                             "--recognise (lý do không công nhận ghi ở --reject).", field="reason")
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
        proposals = council_proposals(session, decision)
        for item in decision.items:
            if item.outcome == Outcome.RECOGNISED and against_council(item, proposals) \
                    and not item.reason:
                raise InputError(
                    f"Hội đồng sáng kiến không đề nghị công nhận {_title(session, item.dossier_uuid)}: "
                    "muốn công nhận, hãy ghi lý do bằng --reason MÃ_HỒ_SƠ=LÝ_DO (lý do được lưu "
                    "vào lịch sử hồ sơ và in trong quyết định).", field="reason")
        pack = meeting_pack(session, _meeting_row(session, meeting))
        _pay_and_scope(session, args, decision, pack)
        for title in left:
            print(f"  bỏ qua (chưa có kết quả chấm, hãy dùng --recognise hoặc --reject): {title}")
        for item in decision.items:
            word = "công nhận" if item.outcome == Outcome.RECOGNISED else "không công nhận"
            reason = f" — lý do: {item.reason}" if item.reason else ""
            if against_council(item, proposals):
                reason = (" — Hội đồng không đề nghị" if item.outcome == Outcome.RECOGNISED
                          else " — Hội đồng đề nghị công nhận") + f"; lý do: {item.reason}"
            print(f"  {word:<16} {_title(session, item.dossier_uuid)}{reason}")
            if item.scope_code:
                print(f"      phạm vi ảnh hưởng: {pack.scope_label(item.scope_code)}")
            if item.pay is not None:
                print("\n".join(pay_lines(item.pay, get_dossier(session, item.dossier_uuid).authors,
                                          pack.pay.years)))
        if args.dry_run:
            print("(thử: chưa ra quyết định)")
            return 0
        issued = issue_decision(session, decision, user=None)
    print(f"Đã ra quyết định số {issued.number_text} ngày {format_date(issued.date)}: công nhận "
          f"{_count(issued, Outcome.RECOGNISED)}, không công nhận {_count(issued, Outcome.REJECTED)} "
          f"(mã {issued.uuid}).")
    return 0


def _by_dossier(session, entries: list[str], option: str, what: str) -> dict[str, str]:
    """``MÃ_HỒ_SƠ=VALUE`` options → dossier uuid → value."""
    from sangkien_desktop.cli.dossiers import find_uuid

    found = {}
    for entry in entries:
        key, sep, value = entry.partition("=")
        if not sep or not value.strip():
            raise InputError(f"“{entry}”: hãy ghi {option} MÃ_HỒ_SƠ={what}.", field=option)
        found[find_uuid(session, key.strip())] = value.strip()
    return found


def _pay_and_scope(session, args: argparse.Namespace, decision: Decision, pack) -> None:
    """The pay plans and scopes the options give, set on the decision's items (recognised
    ones only); checked against the pack as the window's calculator checks them."""
    from decimal import Decimal, InvalidOperation

    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.domain.council import Outcome
    from sangkien_desktop.domain.pay import PayBasis, PayPlan, check_plan
    from sangkien_desktop.domain.values import parse_money
    from sangkien_desktop.services.council.decisions import agreed_benefit
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    plans: dict[str, PayPlan] = {}
    percents = _by_dossier(session, args.pay_percent, "--pay-percent", "PHẦN_TRĂM")
    for values in args.pay_benefit:
        uuid = find_uuid(session, values[0].strip())
        years = tuple(parse_money(v, field="pay-benefit") or 0 for v in values[1:])
        if not years:
            dossier = get_dossier(session, uuid)
            stated = next((i.benefit_agreed_vnd for i in decision.items
                           if i.dossier_uuid == uuid and i.benefit_agreed_vnd), None)
            stated = stated or dossier.benefit_unit_vnd
            if not stated:
                raise InputError(f"{dossier.code}: hồ sơ chưa ghi giá trị làm lợi; hãy ghi giá trị "
                                 "của từng năm sau mã hồ sơ ở --pay-benefit.", field="pay-benefit")
            years = (stated,)
        text = percents.pop(uuid, None)
        try:
            percent = Decimal(text.replace(",", ".").rstrip("% ")) if text else pack.pay.min_percent
        except InvalidOperation:
            raise InputError(f"Tỷ lệ thù lao “{text}” không phải là số (ví dụ 7 hoặc 7,5).",
                             field="pay-percent") from None
        plans[uuid] = PayPlan(PayBasis.BENEFIT, percent, years)
    if percents:
        raise InputError("--pay-percent chỉ dùng cùng --pay-benefit của cùng hồ sơ.",
                         field="pay-percent")
    bases = _by_dossier(session, args.pay_basis, "--pay-basis", "CĂN_CỨ")
    for uuid, amount in _by_dossier(session, args.pay_sum, "--pay-sum", "SỐ_TIỀN").items():
        if uuid in plans:
            raise InputError(f"{get_dossier(session, uuid).code}: chọn một cách tính thù lao, "
                             "--pay-benefit hoặc --pay-sum.", field="pay-sum")
        plans[uuid] = PayPlan(PayBasis.UNIT_SUM, unit_sum_vnd=parse_money(amount, field="pay-sum"),
                              basis_text=bases.pop(uuid, ""))
    if bases:
        raise InputError("--pay-basis là căn cứ của --pay-sum: hãy ghi cả --pay-sum cho hồ sơ đó.",
                         field="pay-basis")
    scopes = _by_dossier(session, args.scope, "--scope", "PHẠM_VI")
    items = {i.dossier_uuid: i for i in decision.items}
    for uuid in [*plans, *scopes]:
        item = items.get(uuid)
        if item is None or item.outcome != Outcome.RECOGNISED:
            raise InputError(f"{get_dossier(session, uuid).code}: thù lao và phạm vi ảnh hưởng chỉ "
                             "ghi cho hồ sơ được công nhận trong quyết định này.", field="pay")
    for uuid, plan in plans.items():
        try:
            check_plan(plan, min_percent=pack.pay.min_percent, years=pack.pay.years,
                       benefit_vnd=agreed_benefit(items[uuid], get_dossier(session, uuid)))
        except InputError as exc:
            raise InputError(f"{get_dossier(session, uuid).code}: {exc.message}", code=exc.code,
                             field=exc.field) from exc
        items[uuid].pay = plan
    known = {s.code for s in pack.scopes}
    for uuid, code in scopes.items():
        if code not in known:
            raise InputError(f"Phạm vi “{code}” không có trong bộ quy định {pack.name}: "
                             f"{', '.join(sorted(known)) or '(không có phạm vi nào)'}.", field="scope")
        items[uuid].scope_code = code


def pay_lines(plan, authors, years: int) -> list[str]:
    """The pay as the window's calculator shows it: the basis printed on the annex, then each
    author's part (of each year, by contribution share) and the totals."""
    from sangkien_desktop.domain.pay import basis_sentence, split_pay
    from sangkien_desktop.domain.values import format_money

    lines = [f"      thù lao — căn cứ: {basis_sentence(plan, years=years)}"]
    for part in split_pay(plan, authors):
        share = f"{part.share_percent.normalize():f}".replace(".", ",")
        each = " + ".join(format_money(v, unit=False) for v in part.per_year)
        lines.append(f"        {part.full_name} ({share} %): "
                     + (f"{each} = " if len(part.per_year) > 1 else "") + format_money(part.total))
    lines.append(f"        Tổng cộng: {format_money(plan.total)}")
    return lines


def _title(session, uuid: str) -> str:
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    dossier = get_dossier(session, uuid)
    return f"{dossier.code} “{dossier.title}”"
