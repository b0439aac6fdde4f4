"""Builders for the nomination and target tests: recognised dossiers with their decision.
(No tests here.)"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import AttachmentRef, Dossier, new_uuid
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_validation_support import MOT_TRIEU, good_dossier

UNIT = UnitProfile(
    parent_organisation="Liên đoàn Lao động tỉnh Quảng Trị",
    unit_name="Liên đoàn Lao động huyện Hải Lăng",
    number_suffix="LĐLĐ",
    place_name="Quảng Trị",
    level="district_or_sector",
    signer_name="Hồ Thị Thanh Tâm",
)

# Different words in every text, so the duplicate hint stays quiet.
TEXTS = [
    ("Máy ép bùn thải tận dụng làm phân vi sinh cho vườn ươm",
     "Bùn thải bị chở đi chôn lấp tốn chi phí vận chuyển.",
     "Ép khô bùn, phối trộn chế phẩm vi sinh thành phân bón hữu cơ."),
    ("Phần mềm nhắc lịch bảo dưỡng thiết bị qua tin nhắn Zalo",
     "Sổ tay ghi lịch bảo dưỡng hay bị quên, máy hỏng đột xuất.",
     "Bảng tính tự động gửi tin nhắn nhắc tổ trưởng trước ba ngày."),
    ("Khuôn đúc gạch không nung từ tro xỉ nhà máy nhiệt điện",
     "Tro xỉ tồn đọng gây ô nhiễm bãi chứa ven sông.",
     "Thiết kế khuôn rung ép tạo viên gạch đạt mác 75 từ tro xỉ."),
    ("Quy trình tiếp nhận hồ sơ một cửa có phiếu hẹn mã QR",
     "Người dân phải hỏi nhiều lần về tiến độ giải quyết hồ sơ.",
     "Phiếu hẹn in mã QR để tự tra cứu tình trạng trên điện thoại."),
]


def stored_attachments(store: Path, tag: str) -> list[AttachmentRef]:
    """The two documents "01 triệu sáng kiến" requires, as real files in ``store``."""
    refs = []
    for code, name in (("quyet_dinh_cong_nhan", "quyet-dinh"), ("danh_gia_hieu_qua", "danh-gia")):
        source = store.parent / f"{name}-{tag}.pdf"
        source.write_bytes(b"%PDF-1.4\n% " + f"{name} {tag}".encode() + b"\n%%EOF\n")
        refs.append(dataclasses.replace(store_file(store, source), requirement=code))
    return refs


def recognised_dossiers(session, count: int, *, campaign_id: str = MOT_TRIEU,
                        applied: dt.date = dt.date(2022, 3, 15),
                        decided: dt.date = dt.date(2022, 4, 1),
                        unit_name: str = "Công ty TNHH May Hòa Bình",
                        store: Path | None = None, unit: UnitProfile = UNIT) -> list[Dossier]:
    """``count`` dossiers that pass the check of "01 triệu sáng kiến", recognised by one
    decision dated ``decided`` of ``unit``; with ``store``, their attachments are real stored
    files."""
    save_unit_profile(session, unit)
    made = []
    for n, (title, before, solution) in enumerate(TEXTS[:count]):
        extra = {"attachments": stored_attachments(store, str(n))} if store else {}
        d = dataclasses.replace(
            good_dossier(), uuid=new_uuid(), title=title, description_before=before,
            description_solution=solution, description_novelty="Lần đầu áp dụng tại đơn vị.",
            campaign_id=campaign_id, first_applied_on=applied, unit_name=unit_name, **extra,
        )
        made.append(save_dossier(session, d))
    decisions.issue_decision(session, Decision(
        date=decided, items=[DecisionItem(d.uuid, Outcome.RECOGNISED) for d in made]))
    return [get_dossier(session, d.uuid) for d in made]
