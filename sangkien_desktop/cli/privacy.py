"""``sangkien erase-person``: find one person's personal data and erase it (Luật 91/2025/QH15),
with the retained backups rewritten on request."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from sangkien_desktop.cli.dossiers import find_uuid

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData

DEFAULT_REASON = "Yêu cầu xóa dữ liệu cá nhân"


def register(sub) -> None:
    e = sub.add_parser(
        "erase-person",
        help="tìm và xóa dữ liệu cá nhân của một người (số CCCD, điện thoại, ngày sinh, nơi "
             "thường trú) trong mọi hồ sơ; họ tên và tỷ lệ đóng góp được giữ",
    )
    e.add_argument("--cccd", default="", metavar="SỐ", help="số CCCD/CMND của người cần xóa")
    e.add_argument("--phone", default="", metavar="SỐ", help="số điện thoại")
    e.add_argument("--name", default="", metavar="HỌ_TÊN",
                   help="họ và tên (so khớp không dấu, cả tên)")
    e.add_argument("--binned-dossier", metavar="ID",
                   help="thay vì một người: mọi người trong hồ sơ này (hồ sơ phải ở thùng rác)")
    e.add_argument("--include-related", action="store_true",
                   help="xóa cả người trùng họ tên nhưng không có số CCCD, điện thoại để đối chiếu")
    e.add_argument("--reason", default=DEFAULT_REASON, metavar="LÝ_DO",
                   help="lý do, ghi vào lịch sử hồ sơ (mặc định: “%(default)s”)")
    e.add_argument("--dry-run", action="store_true", help="chỉ cho biết dữ liệu nằm ở đâu, không xóa")
    e.add_argument("--rewrite-backups", action="store_true",
                   help="ghi lại các bản sao lưu đang giữ, bỏ dữ liệu của người này")
    e.add_argument("--json", action="store_true", help="in dạng JSON")
    e.set_defaults(handler=_erase_person)


def _where(o) -> str:
    from sangkien_desktop.domain.personal_data import PERSONAL_FIELD_LABELS, ROLE_LABELS

    state = ["đã công nhận, phiên bản " + str(o.version) if o.frozen else f"phiên bản {o.version}",
             "trong thùng rác" if o.in_bin else ""]
    held = ", ".join(PERSONAL_FIELD_LABELS[f] for f in o.held) or "không còn dữ liệu cá nhân"
    return (f"{o.code:<14} {o.title[:50]} ({'; '.join(s for s in state if s)}) — "
            f"{ROLE_LABELS[o.role]} thứ {o.index + 1} {o.full_name}: {held}")


def _report_json(report, result, backups_done) -> dict:
    def occ(o) -> dict:
        return {"dossier": o.dossier_uuid, "code": o.code, "title": o.title, "role": o.role,
                "position": o.index + 1, "name": o.full_name, "held": list(o.held),
                "frozen": o.frozen, "in_bin": o.in_bin, "version": o.version}

    return {
        "occurrences": [occ(o) for o in report.occurrences],
        "related": [occ(o) for o in report.related],
        "mentions": report.mentions, "history_entries": report.history_entries,
        "drafts": report.drafts,
        "erased": None if result is None else {
            "dossiers": result.dossiers, "frozen": result.frozen, "values": result.values,
            "history_entries": result.history_entries, "drafts": result.drafts},
        "backups": [{"file": r.path.name, "outcome": r.outcome.value, "detail": r.detail}
                    for r in backups_done],
    }


def _erase_person(app: AppData, args: argparse.Namespace) -> int:
    import dataclasses

    from sangkien_desktop.domain.personal_data import PersonQuery
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.backup import backup_redaction
    from sangkien_desktop.services.dossiers import personal_data

    with unit_of_work.session(app) as session:
        if args.binned_dossier:
            uuid = find_uuid(session, args.binned_dossier)
            report = personal_data.dossier_report(session, uuid)
        else:
            report = personal_data.find_person(
                session, PersonQuery(args.name, args.cccd, args.phone))
            uuid = ""
        chosen = {o.key for o in report.occurrences}
        if args.include_related:
            chosen |= {o.key for o in report.related}
        selection = dataclasses.replace(
            personal_data.Selection.of(report, chosen, reason=args.reason, dossier_uuid=uuid),
            all_related=args.include_related)
        result = None
        if not args.dry_run and (chosen or report.mentions):
            if uuid:
                result = personal_data.erase_binned_dossier(session, uuid, reason=args.reason)
            else:
                result = personal_data.erase_person(session, report, chosen=chosen,
                                                    reason=args.reason)
    if result is not None:
        personal_data.compact(app.db)
    retained = backup_redaction.retained_backups(app.layout)
    done = []
    if args.rewrite_backups and not args.dry_run:
        # Also when nothing is left here (erased earlier without --rewrite-backups).
        done = backup_redaction.rewrite_backups(app.layout, selection)
    if args.json:
        print(json.dumps(_report_json(report, result, done), ensure_ascii=False, indent=2))
        return 0
    _print(report, result, retained, done, args)
    return 0


def _print(report, result, retained, done, args) -> None:
    from sangkien_desktop.services.backup.backup_redaction import Outcome

    if not report.found:
        print("Không tìm thấy dữ liệu của người này trong dữ liệu hiện tại.")
    else:
        _print_found(report, result, args)
    if done:
        for r in done:
            label = {Outcome.REWRITTEN: "đã ghi lại", Outcome.CLEAN: "không có dữ liệu này",
                     Outcome.OLD_SCHEMA: "phiên bản cũ, không ghi lại được: hãy xóa tệp này",
                     Outcome.FAILED: "không ghi lại được"}[r.outcome]
            print(f"  sao lưu {r.path.name}: {label}{' (' + r.detail + ')' if r.detail else ''}")
        if any(r.outcome in (Outcome.OLD_SCHEMA, Outcome.FAILED) for r in done):
            print("Một số bản sao lưu vẫn còn dữ liệu cũ.", file=sys.stderr)
    elif retained:
        oldest = min(b.created_at for b in retained)
        print(f"Lưu ý: {len(retained)} bản sao lưu (cũ nhất {oldest:%d/%m/%Y}) có thể còn dữ "
              "liệu này cho tới khi bị xóa theo lịch giữ (khoảng 5 tuần). Dùng --rewrite-backups "
              "để ghi lại chúng ngay.")


def _print_found(report, result, args) -> None:
    print(f"Dữ liệu ở {len(report.dossier_uuids())} hồ sơ:")
    for o in report.occurrences:
        print(f"  {_where(o)}")
    if report.related:
        tail = "" if args.include_related else " — không xóa, trừ khi thêm --include-related"
        print(f"Cùng họ tên, không có số để đối chiếu (có thể là cùng người){tail}:")
        for o in report.related:
            print(f"  {_where(o)}")
    codes = {o.dossier_uuid: o.code for o in report.occurrences + report.related}
    for uuid, paths in report.mentions.items():
        print(f"  số CCCD/điện thoại được gõ trong {', '.join(paths)} của hồ sơ "
              f"{codes.get(uuid, uuid)}")
    print(f"Lịch sử hồ sơ: {report.history_entries} mục; bản nháp tự lưu: {len(report.drafts)}.")
    print("Giữ lại: họ tên và tỷ lệ đóng góp (hồ sơ đã công nhận và quyết định là văn bản "
          "pháp lý); xóa: số CCCD, điện thoại, ngày sinh, nơi công tác / nơi thường trú.")
    if result is None:
        if args.dry_run:
            print("— Chạy thử: chưa xóa gì (bỏ --dry-run để xóa).")
        return
    print(f"— Đã xóa {result.values} mục dữ liệu ở {len(result.dossiers)} hồ sơ "
          f"({len(result.frozen)} hồ sơ đã công nhận: ghi nhận vào lịch sử với mã kiểm tra trước "
          f"và sau), {result.history_entries} mục lịch sử, {result.drafts} bản nháp.")
