"""Sub-commands on nominations and targets: list nominations, write a nomination's bundle,
list or set targets; and the documents of a nomination or a campaign for ``sangkien doc``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    n = sub.add_parser("nominations", help="liệt kê các đợt đề nghị lên cấp trên")
    n.add_argument("--json", action="store_true", help="in dạng JSON")
    n.set_defaults(handler=_nominations)

    r = sub.add_parser("route", help="các cấp nhận đề nghị của đơn vị (chính quyền hai cấp, "
                                     "không còn cấp huyện) và nơi nhận theo Cài đặt")
    r.add_argument("--json", action="store_true", help="in dạng JSON")
    r.set_defaults(handler=_route)

    b = sub.add_parser("bundle", help="tạo bộ hồ sơ đề nghị (thư mục và tệp nén .zip)")
    b.add_argument("--nomination", required=True, metavar="ID", help="mã định danh đợt đề nghị")
    b.add_argument("--out", required=True, metavar="DIR", help="thư mục để ghi bộ hồ sơ")
    b.add_argument("--format", choices=["pdf", "docx", "both"], default="pdf")
    b.set_defaults(handler=_bundle)

    t = sub.add_parser("targets", help="xem hoặc đặt chỉ tiêu theo đơn vị và đợt")
    t.add_argument("--campaign", required=True, metavar="ID", help="mã chương trình")
    t.add_argument("--set", nargs=3, action="append", default=[],
                   metavar=("ĐƠN_VỊ", "ĐỢT", "SỐ"),
                   help="đặt chỉ tiêu một ô (lặp lại được); số 0 để xóa")
    t.add_argument("--json", action="store_true", help="in tiến độ dạng JSON")
    t.set_defaults(handler=_targets)


def _campaign(app: AppData, campaign_id: str):
    campaign = app.campaigns.get(campaign_id)
    if campaign is None:
        raise InputError(f"Không có chương trình “{campaign_id}”. Các chương trình: "
                         f"{', '.join(sorted(app.campaigns))}.", field="campaign")
    return campaign


def _nominations(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.values import format_date
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from sangkien_desktop.services.nominating import nominations as noms

    with app.db.session() as session:
        found = noms.list_nominations(session)
        codes = {u: get_dossier(session, u).code for n in found for u in n.dossier_uuids}
    if args.json:
        print(json.dumps([
            {"uuid": n.uuid, "campaign_id": n.campaign_id, "to_unit": n.to_unit,
             "to_level": n.to_level or None, "status": n.status, "deadline": n.deadline.isoformat() if n.deadline else None,
             "letter_number": n.letter_number_text or None,
             "letter_date": n.letter_date.isoformat() if n.letter_date else None,
             "dossiers": [{"uuid": i.dossier_uuid, "code": codes[i.dossier_uuid],
                           "favoured_field": i.favoured_field or None} for i in n.items]}
            for n in found], ensure_ascii=False, indent=2))
        return 0
    for n in found:
        status = noms.STATUS_LABELS.get(n.status, n.status)
        letter = f"{n.letter_number_text} ngày {format_date(n.letter_date)}" if n.is_sent else ""
        print(f"{n.uuid[:8]}  {status:<9} {n.campaign_id:<32} {len(n.items):>2} hồ sơ  "
              f"→ {n.to_unit}  {letter}")
        print(f"          {', '.join(codes[u] for u in n.dossier_uuids) or '(chưa có hồ sơ)'}")
    print(f"— {len(found)} đợt đề nghị")
    return 0


def _route(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.nominating import route
    from sangkien_desktop.services.settings import unit_profile

    with app.db.session() as session:
        found = route.choices(session)
        profile = unit_profile(session)
    warning = route.parent_warning(profile)
    if args.json:
        print(json.dumps({
            "level": profile.level,
            "receivers": [{"level": c.receiver.value, "label": c.label, "union": c.union or None,
                           "recipient": c.recipient or None} for c in found],
            "warning": warning}, ensure_ascii=False, indent=2))
        return 0
    for n, c in enumerate(found):
        mark = "*" if n == 0 else " "
        print(f"{mark} {c.receiver.value:<15} {c.label}")
        print(f"  {'':<15} Kính gửi: {c.recipient or '(chưa rõ: ghi khi lập đợt đề nghị)'}")
    print("* cấp nhận mặc định của đợt đề nghị mới")
    if warning is not None:
        print(warning, file=sys.stderr)
    return 0


def _bundle(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.nominating import bundle

    formats = bundle.formats_of(args.format)
    last = None
    with app.db.session() as session:
        for step in bundle.iter_write_bundle(session, args.nomination, app.campaigns,
                                             Path(args.out), formats=formats,
                                             store=app.attachments):
            print(f"\r[{step.done}/{step.total}] {step.label[:60]:<60}", end="", file=sys.stderr)
            last = step
    print(file=sys.stderr)
    assert last is not None
    print(f"Đã tạo bộ hồ sơ {last.folder} ({len(last.files)} tệp) và {last.zip_path}.")
    for problem in last.missing:
        print(f"  thiếu: {problem}")
    return 0


def _targets(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.nominating import targets

    campaign = _campaign(app, args.campaign)
    with unit_of_work.session(app) as session:
        if args.set:
            cells = {}
            for unit, phase, count in args.set:
                try:
                    cells[(unit, phase)] = int(count)
                except ValueError:
                    raise InputError(f"Chỉ tiêu “{count}” không phải số nguyên.",
                                     field="count") from None
            targets.set_targets(session, campaign, cells, replace=False)
        p = targets.achievement(session, campaign)
    if args.json:
        print(json.dumps({
            "campaign_id": campaign.id, "phases": p.phase_codes, "as_of": p.as_of.isoformat(),
            "units": [{"unit_name": u.unit_name, "targets": u.targets, "achieved": u.achieved,
                       "after_phases": u.after_phases, "by_status": dict(u.by_status),
                       "by_kind": dict(u.by_kind), "by_group": dict(u.by_group),
                       "benefit_vnd": u.benefit_vnd} for u in p.units],
        }, ensure_ascii=False, indent=2))
        return 0
    # The figures of the targets screen and the printed papers (targets.line).
    heads = "  ".join(f"{name[:14]:>14}" for _code, name in targets.columns(p))
    print(f"{'Đơn vị':<50}  {heads}  {'Cả chương trình':>15}  (đã đạt/chỉ tiêu, %)")
    for u in [*p.units, p.total]:
        figures = targets.line(p, u)
        shown = "  ".join(f"{a:>6}/{t:<7}" for t, a in figures.columns)
        whole = f"{figures.achieved}/{figures.target}"
        print(f"{u.unit_name[:50]:<50}  {shown}  {whole:>15}  {figures.rate}")
    return 0


def write_doc(app: AppData, args: argparse.Namespace) -> int:
    """``sangkien doc`` for a nomination (to-trinh, bang-tong-hop) or a campaign
    (bao-cao-chi-tieu, tom-tat-don-vi with --unit)."""
    from sangkien_desktop.services import papers
    from sangkien_desktop.services.nominating import nomination_papers, target_papers

    with app.db.session() as session:
        if args.nomination is not None:
            builders = {"to-trinh": nomination_papers.letter_data,
                        "bang-tong-hop": nomination_papers.summary_data}
            if args.kind not in builders:
                raise InputError(f"Từ một đợt đề nghị in được: {', '.join(builders)}.",
                                 field="kind")
            data = builders[args.kind](session, args.nomination, app.campaigns)
        else:
            campaign = _campaign(app, args.campaign)
            if args.kind == "bao-cao-chi-tieu":
                data = target_papers.target_report_data(session, campaign, as_of=dt.date.today())
            elif args.kind == "tom-tat-don-vi":
                if not args.unit:
                    raise InputError("Hãy ghi đơn vị: --unit “Tên đơn vị”.", field="unit")
                data = target_papers.unit_sheet_data(session, campaign, args.unit)
            else:
                raise InputError("Từ một chương trình in được: bao-cao-chi-tieu, tom-tat-don-vi.",
                                 field="kind")
        out = papers.write_atomically(args.kind, data, args.format, Path(args.out))
    print(f"Đã ghi {out}.")
    return 0
