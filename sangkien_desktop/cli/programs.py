"""``sangkien program …``: the programs (campaigns) this data folder knows — list them, show
one, make one from a template, check, import and export a program file. A program is edited
by exporting its file, changing it, and importing it back (checked as the window checks it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    p = sub.add_parser("program", help="chương trình: liệt kê, tạo từ mẫu, kiểm tra, nhập, xuất")
    ps = p.add_subparsers(dest="program_command", metavar="VIỆC", required=True)

    ls = ps.add_parser("list", help="các chương trình, chương trình nào đang mở")
    ls.add_argument("--json", action="store_true", help="in dạng JSON")
    ls.set_defaults(handler=_list)

    sh = ps.add_parser("show", help="in tệp chương trình (JSON)")
    sh.add_argument("id", metavar="ID")
    sh.set_defaults(handler=_show)

    new = ps.add_parser("new", help="tạo chương trình mới từ một chương trình làm mẫu")
    new.add_argument("--from", dest="template", required=True, metavar="ID", help="chương trình mẫu")
    new.add_argument("--id", required=True, metavar="ID", help="mã mới, ví dụ cap-co-so-2027")
    new.add_argument("--name", required=True, metavar="TEXT", help="tên đầy đủ")
    new.add_argument("--short-name", required=True, metavar="TEXT", help="tên ngắn (trong danh sách)")
    new.add_argument("--start", metavar="DD/MM/YYYY", help="ngày bắt đầu áp dụng (tùy chọn)")
    new.add_argument("--end", metavar="DD/MM/YYYY", help="ngày kết thúc (tùy chọn)")
    new.set_defaults(handler=_new)

    ck = ps.add_parser("check", help="kiểm tra một tệp chương trình (mã thoát 1 nếu có lỗi)")
    ck.add_argument("file", metavar="FILE")
    ck.set_defaults(handler=_check)

    im = ps.add_parser("import", help="nhập tệp chương trình (cấp trên gửi) vào thư mục dữ liệu")
    im.add_argument("file", metavar="FILE")
    im.set_defaults(handler=_import)

    ex = ps.add_parser("export", help="xuất tệp chương trình để gửi đơn vị khác")
    ex.add_argument("id", metavar="ID")
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.set_defaults(handler=_export)


def _find(app: AppData, key: str):
    from sangkien_desktop.domain.errors import NotFoundError

    campaign = app.campaigns.get(key)
    if campaign is None:
        raise NotFoundError("campaign_not_found", id=key)
    return campaign


def _list(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.campaign_edit import (
        STATE_LABELS,
        closes_on,
        default_campaign,
        ordered,
        state,
    )

    today = dt.date.today()
    default = default_campaign(app.campaigns, today)
    rows = [{"id": c.id, "version": c.version, "short_name": c.short_name,
             "state": state(c, today).value, "closes_on": (end := closes_on(c)) and end.isoformat(),
             "default": c.id == default} for c in ordered(app.campaigns, today)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for c, row in zip(ordered(app.campaigns, today), rows, strict=True):
        mark = "*" if row["default"] else " "
        print(f"{mark} {c.id} ({c.version}) — {c.short_name}: {STATE_LABELS[state(c, today)]}")
    print("* chương trình mặc định của hồ sơ mới")
    return 0


def _show(app: AppData, args: argparse.Namespace) -> int:
    print(json.dumps(_find(app, args.id).raw, ensure_ascii=False, indent=2))
    return 0


def _problems(exc) -> None:
    from sangkien_desktop.domain.campaign_edit import CampaignEditError

    if isinstance(exc, CampaignEditError):
        for p in exc.problems:
            print(f"  {p.field}: {p.message}")


def _new(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.campaign_edit import CampaignEditError
    from sangkien_desktop.domain.values import parse_date
    from sangkien_desktop.services import user_campaigns

    start = parse_date(args.start or "", field="start", label="--start")
    end = parse_date(args.end or "", field="end", label="--end")
    try:
        made = user_campaigns.new_from_template(app.layout.campaigns, app.campaigns, args.template,
                                                args.id, args.name, args.short_name)
        if start or end:
            data = dict(made.raw)
            data["application_window"] = {"start": start and start.isoformat(),
                                          "end": end and end.isoformat()}
            app.reload_campaigns()
            made = user_campaigns.save(app.layout.campaigns, data, app.campaigns)
    except CampaignEditError as exc:
        print(f"Lỗi: {exc.message}")
        _problems(exc)
        return 1
    print(f"Đã tạo chương trình {made.id} ({made.version}) — {made.short_name} "
          f"trong {app.layout.campaigns}.")
    return 0


def _check(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.campaign_edit import CampaignEditError
    from sangkien_desktop.services import user_campaigns
    from sangkien_desktop.services.campaign_files import read_json

    try:
        campaign = user_campaigns.checked(read_json(Path(args.file)), Path(args.file).name)
    except CampaignEditError as exc:
        print(f"Lỗi: {exc.message}")
        _problems(exc)
        return 1
    print(f"Tệp đúng: chương trình {campaign.id} ({campaign.version}) — {campaign.short_name}.")
    return 0


def _import(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.campaign_edit import CampaignEditError
    from sangkien_desktop.services import user_campaigns

    try:
        campaign = user_campaigns.import_file(app.layout.campaigns, Path(args.file), app.campaigns)
    except CampaignEditError as exc:
        print(f"Lỗi: {exc.message}")
        _problems(exc)
        return 1
    print(f"Đã nhập chương trình {campaign.id} ({campaign.version}) — {campaign.short_name}.")
    return 0


def _export(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import user_campaigns

    campaign = _find(app, args.id)
    user_campaigns.export(campaign, Path(args.out))
    print(f"Đã xuất chương trình {campaign.id} ({campaign.version}) ra {args.out}.")
    return 0
