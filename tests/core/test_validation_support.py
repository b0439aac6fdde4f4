"""Shared builders for the validation tests: a dossier that passes "01 triệu sáng kiến"
cleanly, its check context, and the shipped campaigns. (No tests here.)"""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sangkien_desktop.domain.campaign import Campaign, parse_campaign
from sangkien_desktop.domain.dossier import AttachmentRef, Author, Dossier, Sector
from sangkien_desktop.domain.validation import (
    AttachmentState,
    CheckContext,
    Report,
    check_dossier,
)
from sangkien_desktop.resources import resource_path

MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"
NAM_2021 = "75-nghin-sang-kien-2021"
CO_SO = "cong-nhan-cap-co-so"
TODAY = dt.date(2022, 5, 1)
PDF = "application/pdf"


def campaign_data(campaign_id: str) -> dict[str, Any]:
    path = resource_path("campaigns", f"{campaign_id}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def campaign(campaign_id: str = MOT_TRIEU, **changes: Any) -> Campaign:
    """A shipped campaign, optionally with top-level keys replaced (a modified copy)."""
    data = copy.deepcopy(campaign_data(campaign_id))
    data.update(changes)
    return parse_campaign(data, f"{campaign_id}.json")


def province_codes() -> frozenset[str]:
    data = json.loads(resource_path("units", "provinces-1997.json").read_text(encoding="utf-8"))
    return frozenset(u["cccd_code"] for u in data["units"])


def good_dossier() -> Dossier:
    return Dossier(
        uuid="11111111-1111-1111-1111-111111111111",
        title="Cải tiến bàn cắt vải bán tự động",
        solution_type="ky_thuat",
        field_of_application="Sản xuất may mặc",
        target_group="cnld_doanh_nghiep",
        unit_name="Công ty TNHH May Hòa Bình",
        province_code="quang-tri",
        sector=Sector.ENTERPRISE,
        first_applied_on=dt.date(2022, 3, 15),
        description_before="Trước đây công nhân cắt vải bằng kéo tay, mất nhiều thời gian.",
        description_solution="Lắp thêm thanh dẫn và dao cắt chạy trên ray để cắt thẳng.",
        description_novelty="Lần đầu áp dụng tại công ty; tận dụng vật tư sẵn có.",
        benefit_unit_vnd=120_000_000,
        benefit_calculation="Giảm 2 giờ công mỗi ngày × 250 ngày × 240.000 đồng/giờ công.",
        benefit_unit_social="Giảm nguy cơ tai nạn do kéo cắt.",
        portal_text="Lắp thanh dẫn và dao cắt chạy trên ray, làm lợi 120.000.000 đồng/năm.",
        attests_public_order=True,
        attests_no_ip_protection=True,
        authors=[
            Author(
                full_name="Nguyễn Văn An",
                birth_date=dt.date(1985, 6, 12),
                cccd="045085123456",
                phone="0912345678",
                share_percent=Decimal("60"),
                is_lead=True,
            ),
            Author(
                full_name="Trần Thị Bình",
                birth_date=dt.date(1990, 2, 1),
                cccd="001190654321",
                phone="0387654321",
                share_percent=Decimal("40"),
            ),
        ],
        attachments=[
            AttachmentRef(
                "a" * 64, "quyet-dinh-12.pdf", 120_000, PDF, requirement="quyet_dinh_cong_nhan"
            ),
            AttachmentRef(
                "b" * 64, "danh-gia.pdf", 80_000, PDF, note="Bảng tính", requirement="danh_gia_hieu_qua"
            ),
        ],
    )


def good_context(dossier: Dossier | None = None, **changes: Any) -> CheckContext:
    d = dossier or good_dossier()
    states = {
        a.sha256: AttachmentState(exists=True, size=a.size, media_type=a.media_type)
        for a in d.attachments
    }
    values: dict[str, Any] = {
        "today": TODAY,
        "cccd_province_codes": province_codes(),
        "attachments": states,
    }
    values.update(changes)
    return CheckContext(**values)


def check(
    dossier: Dossier | None = None, camp: Campaign | None = None, **ctx_changes: Any
) -> Report:
    d = dossier or good_dossier()
    return check_dossier(d, camp or campaign(), good_context(d, **ctx_changes))


def ids(report: Report) -> set[str]:
    """Rule ids of errors and warnings (hints left out)."""
    return {f.rule_id for f in report.findings if f.severity != "info"}
