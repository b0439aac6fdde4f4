"""``sangkien overview``: what the window's "Việc cần làm" panel shows (services/overview.py),
for a script or a look from the command line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from sangkien_desktop.domain.status import STATUS_LABELS, Status

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    p = sub.add_parser("overview", help="việc cần làm: số hồ sơ theo trạng thái, hồ sơ có lỗi, "
                                        "hạn gửi, chỉ tiêu")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(handler=_overview)


def _overview(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.overview import overview

    app.refresh_checks()  # the kept checks the counts read, up to date
    with app.db.session() as session:
        found = overview(session, app.campaigns)
    if args.json:
        print(json.dumps({
            "counts": found.counts,
            "to_nominate": found.to_nominate,
            "to_enter": found.to_enter,
            "with_errors": found.with_errors,
            "open_warnings": found.open_warnings,
            "meetings_without_decision": found.meetings_without_decision,
            "portal_waiting": found.portal_waiting,
            "nominations_due": [{"uuid": n.uuid, "to_unit": n.to_unit,
                                 "deadline": n.deadline.isoformat(), "days_left": n.days_left,
                                 "dossiers": n.dossier_count} for n in found.nominations_due],
            "portal_deadline": None if found.portal_deadline is None else {
                "campaign": found.portal_deadline.campaign_name,
                "phase": found.portal_deadline.phase_name,
                "closes": found.portal_deadline.closes.isoformat(),
                "days_left": found.portal_deadline.days_left},
            "target": None if found.target is None else {
                "campaign": found.target.campaign_id, "phase": found.target.phase_name,
                "target": found.target.target, "achieved": found.target.achieved},
        }, ensure_ascii=False, indent=2))
        return 0
    for status in Status:
        print(f"{STATUS_LABELS[status]:<24} {found.counts[status.value]:>8,}".replace(",", "."))
    print()
    lines = []
    if found.portal_deadline is not None:
        d = found.portal_deadline
        lines.append(f"Cổng {d.campaign_name} ({d.phase_name}) đóng sau {d.days_left} ngày")
    for n in found.nominations_due:
        when = (f"còn {n.days_left} ngày" if n.days_left > 0 else "hết hạn hôm nay"
                if n.days_left == 0 else f"đã quá hạn {-n.days_left} ngày")
        lines.append(f"Đợt đề nghị gửi {n.to_unit or 'cấp trên'} ({n.dossier_count} hồ sơ): {when}")
    if found.with_errors:
        lines.append(f"{found.with_errors} hồ sơ có lỗi (sangkien list --check errors)")
    if found.open_warnings:
        lines.append(f"{found.open_warnings} hồ sơ có cảnh báo chưa xác nhận "
                     f"(sangkien list --check warnings)")
    if found.meetings_without_decision:
        lines.append(f"{found.meetings_without_decision} cuộc họp chưa có quyết định")
    if found.to_nominate:
        lines.append(f"{found.to_nominate} hồ sơ đã công nhận, chưa đề nghị")
    if found.to_enter:
        lines.append(f"{found.to_enter} hồ sơ đã đề nghị, chưa nhập cổng")
    if found.portal_waiting:
        lines.append(f"{found.portal_waiting} hồ sơ chờ cổng trả lời")
    if found.target is not None:
        t = found.target
        lines.append(f"Chỉ tiêu {t.phase_name}: đạt {t.achieved}/{t.target}")
    print("Cần làm:" if lines else "Cần làm: không có việc gì đang chờ.")
    for line in lines:
        print(f"  - {line}")
    return 0
