"""Sub-commands on rule packs: ``sangkien packs [list|show|export|import|use]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sangkien_desktop.domain.rule_pack import RulePack
    from sangkien_desktop.services.context import AppData

ORIGINS = {"shipped": "đi kèm chương trình", "imported": "nhập từ tệp", "edited": "của đơn vị",
           "migrated": "chuyển từ Hội đồng"}


def register(sub) -> None:
    p = sub.add_parser("packs", help="các bộ quy định xét công nhận (căn cứ, quy tắc biểu quyết, "
                                     "tiêu chí, điều kiện)")
    p.set_defaults(handler=_list)
    verbs = p.add_subparsers(dest="verb", metavar="VIỆC")
    verbs.add_parser("list", help="liệt kê các bộ quy định").set_defaults(handler=_list)
    show = verbs.add_parser("show", help="xem một bộ quy định")
    show.add_argument("ref", metavar="MÃ[@PHIÊN_BẢN]")
    show.set_defaults(handler=_show)
    export = verbs.add_parser("export", help="xuất một bộ quy định ra tệp JSON")
    export.add_argument("ref", metavar="MÃ[@PHIÊN_BẢN]")
    export.add_argument("file", metavar="TỆP.json")
    export.set_defaults(handler=_export)
    imp = verbs.add_parser("import", help="nhập một bộ quy định từ tệp JSON")
    imp.add_argument("file", metavar="TỆP.json")
    imp.set_defaults(handler=_import)
    use = verbs.add_parser("use", help="chọn bộ quy định của đơn vị")
    use.add_argument("ref", metavar="MÃ")
    use.set_defaults(handler=_use)


def _list(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import rule_packs

    with unit_of_work.session(app) as session:
        infos = rule_packs.list_packs(session)
        unit = rule_packs.unit_pack(session).id
    for info in infos:
        mark = "*" if info.pack.id == unit else " "
        print(f"{mark} {info.pack.id:<34} {info.pack.version:<9} {info.pack.name} "
              f"({ORIGINS.get(info.origin, info.origin)})")
    print("— * là bộ quy định đơn vị đang dùng")
    return 0


def describe(pack: RulePack) -> list[str]:
    """The pack as text lines, for ``packs show``."""
    from sangkien_desktop.domain.scoring import format_score
    from sangkien_desktop.domain.values import format_date

    e, rules = pack.eligibility, pack.rules
    lines = [f"{pack.name}", f"Mã: {pack.ref}; áp dụng cho: {pack.applies_to or '—'}",
             "Căn cứ pháp lý (kiểm tra ngày "
             f"{format_date(pack.legal_checked_on) or 'chưa ghi'}):"]
    lines += [f"  {b}" for b in pack.legal_basis]
    lines.append(f"Họp hợp lệ khi có mặt ít nhất {rules.quorum} số thành viên; công nhận khi "
                 f"{rules.describe()}.")
    lines.append("Tiêu chí chấm điểm:")
    for c in pack.rubric.criteria:
        floor = f", sàn {format_score(c.pass_mark)}" if c.pass_mark is not None else ""
        lines.append(f"  {c.name}: tối đa {format_score(c.max_score)}{floor}"
                     + (" (dưới sàn thì không công nhận)" if c.disqualifying else ""))
        for r in c.ranges:
            money = " — chỉ khi tính được tiền làm lợi" if r.requires else ""
            lines.append(f"    {format_score(r.low)}–{format_score(r.high)}: {r.label}{money}")
    names = {c.code: c.name for c in pack.rubric.criteria}
    for b in pack.rubric.bands:
        extra = "".join(f", {names.get(k, k)} ≥ {format_score(v)}" for k, v in b.min_scores.items())
        lines.append(f"  {b.label}: từ {format_score(b.min_total)} điểm{extra}")
    lines.append("Điều kiện hồ sơ:")
    if e.filing_within_months:
        lines.append(f"  nộp đơn trong vòng {e.filing_within_months} tháng kể từ khi áp dụng lần đầu")
    if e.min_coauthor_share:
        lines.append(f"  mỗi đồng tác giả đóng góp ít nhất {format_score(e.min_coauthor_share)} %")
    if e.research_requires_acceptance:
        lines.append("  đề tài nghiên cứu khoa học phải được nghiệm thu")
    if e.check_resubmission:
        lines.append("  không nộp lại sáng kiến đã được công nhận những năm trước")
    lines.append("Phạm vi ảnh hưởng: " + "; ".join(s.label for s in pack.scopes))
    lines.append("Giấy tờ cần có: " + "; ".join(p.label for p in pack.papers))
    lines.append(f"Thù lao tối thiểu: {format_score(pack.pay.min_percent)} % giá trị làm lợi mỗi "
                 f"năm trong {pack.pay.years} năm đầu (Nghị định 13/2012/NĐ-CP, Điều 10)")
    if pack.rounds:
        lines.append("Các đợt: " + "; ".join(f"{r.name} ({r.start} – {r.end})" for r in pack.rounds))
    return lines


def _show(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import rule_packs

    with unit_of_work.session(app) as session:
        pack = rule_packs.get_pack(session, args.ref)
    print("\n".join(describe(pack)))
    return 0


def _export(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import rule_packs

    with unit_of_work.session(app) as session:
        pack = rule_packs.get_pack(session, args.ref)
    path = rule_packs.export_pack(pack, Path(args.file))
    print(f"Đã xuất {pack.ref} ra {path}")
    return 0


def _import(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import rule_packs

    with unit_of_work.session(app) as session:
        pack = rule_packs.import_pack(session, Path(args.file))
    print(f"Đã nhập {pack.ref}: {pack.name}")
    return 0


def _use(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.council import rule_packs

    with unit_of_work.session(app) as session:
        pack = rule_packs.set_unit_pack(session, args.ref)
    print(f"Đơn vị dùng bộ quy định {pack.ref}: {pack.name}")
    return 0
