"""``sangkien settings``: the unit profile every paper prints (what the Settings window holds),
shown, or changed key by key for scripts: ``--set unit.name="Công đoàn cơ sở …"``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from sangkien_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from sangkien_desktop.domain.unit_profile import UnitProfile
    from sangkien_desktop.services.context import AppData

# Key on the command line → field of UnitProfile, with what it is (for the listing and --help).
KEYS: dict[str, tuple[str, str]] = {
    "unit.parent": ("parent_organisation", "cơ quan cấp trên (dòng đầu bên trái)"),
    "unit.name": ("unit_name", "tên đơn vị ra văn bản"),
    "unit.suffix": ("number_suffix", "ký hiệu sau loại văn bản trong số: 05/QĐ-CĐCS"),
    "unit.place": ("place_name", "địa danh trước ngày tháng"),
    "unit.province": ("province_code", "tỉnh, thành phố (mã trong danh sách đơn vị, ví dụ quang-tri)"),
    "unit.level": ("level", "cấp của đơn vị: cdcs, cdcs_direct, district_or_sector, "
                            "large_enterprise, province"),
    "signer.capacity": ("signing_capacity", "thẩm quyền ký: TM. BAN CHẤP HÀNH …"),
    "signer.title": ("signer_title", "chức vụ người ký"),
    "signer.name": ("signer_name", "họ tên người ký"),
    "recipients": ("recipients", "nơi nhận thường dùng, ngăn cách bởi |"),
    "employer.name": ("employer_name", "cơ quan, đơn vị có thủ trưởng xét công nhận"),
    "employer.head_title": ("head_title", "chức danh thủ trưởng: Giám đốc, Hiệu trưởng …"),
    "employer.suffix": ("employer_number_suffix", "ký hiệu trên văn bản của thủ trưởng"),
    "application.addressee": ("application_addressee",
                              "đơn yêu cầu gửi tới: head (thủ trưởng), council (Hội đồng "
                              "sáng kiến) hoặc nội dung tự ghi"),
    "user.name": ("user_name", "người dùng máy này (ghi vào lịch sử)"),
    "unit.campaign": ("campaign_id", "chương trình đơn vị đang thực hiện (mã, ví dụ "
                                     "cong-nhan-cap-co-so): hồ sơ mới theo chương trình này"),
}
LEVELS = ("cdcs", "cdcs_direct", "district_or_sector", "large_enterprise", "province")


def register(sub) -> None:
    p = sub.add_parser("settings", help="xem hoặc đặt thông tin đơn vị in trên văn bản")
    p.add_argument("--set", action="append", default=[], metavar="KHÓA=GIÁ_TRỊ",
                   help="đặt một mục (lặp lại được), ví dụ unit.name=\"Công đoàn cơ sở …\"; "
                   "các khóa: " + ", ".join(KEYS))
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(handler=_settings)


def _value(key: str, text: str) -> object:
    from sangkien_desktop.domain.text import clean_line

    if key == "recipients":
        return [r for r in (clean_line(part) for part in text.split("|")) if r]
    value = clean_line(text)
    if key == "unit.level" and value not in LEVELS:
        raise InputError(f"Cấp “{value}” không có. Các cấp: {', '.join(LEVELS)}.", field=key)
    if key == "unit.province" and value:
        from sangkien_desktop.services.catalog import load_unit_list

        code = value.removeprefix("provinces-2025/")
        if load_unit_list("provinces-2025").by_code(code) is None:
            raise InputError(f"Không có tỉnh, thành phố mã “{value}” trong danh sách 34 tỉnh, "
                             "thành phố từ 01/7/2025 (ví dụ: quang-tri, ha-noi).", field=key)
        value = f"provinces-2025/{code}"
    return value


def changed(profile: UnitProfile, assignments: list[str]) -> UnitProfile:
    """The profile with each ``key=value`` applied; nothing applied when one is wrong."""
    from sangkien_desktop.domain.unit_profile import UnitProfile

    data = profile.to_dict()
    for assignment in assignments:
        key, sep, text = assignment.partition("=")
        key = key.strip()
        if not sep or key not in KEYS:
            raise InputError(f"“{assignment}” không phải KHÓA=GIÁ_TRỊ với khóa đã biết. Các khóa: "
                             f"{', '.join(KEYS)}.", field="set")
        data[KEYS[key][0]] = _value(key, text)
    return UnitProfile.from_dict(data)


def _settings(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.settings import save_unit_profile, unit_profile

    with unit_of_work.session(app) as session:
        profile = unit_profile(session)
        if args.set:
            profile = changed(profile, args.set)
            if profile.campaign_id and profile.campaign_id not in app.campaigns:
                raise InputError("settings_campaign_unknown", campaign=profile.campaign_id,
                                 known=", ".join(sorted(app.campaigns)), field="unit.campaign")
            save_unit_profile(session, profile)
    if args.json:
        print(json.dumps({key: getattr(profile, name) for key, (name, _what) in KEYS.items()},
                         ensure_ascii=False, indent=2))
        return 0
    for key, (name, what) in KEYS.items():
        value = getattr(profile, name)
        shown = " | ".join(value) if isinstance(value, list) else value
        print(f"{key:<22} {shown or '—'}    ({what})")
    if not (profile.unit_name.strip() and profile.place_name.strip()):
        print("Chưa đủ: hãy đặt unit.name và unit.place, chúng được in trên mọi văn bản.")
    return 0
