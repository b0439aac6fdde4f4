"""A unit with its council and submitted dossiers, for the council screens' tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sangkien_desktop.domain.council import Council, Member, Role
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers import workflow
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile

EMPLOYER = "Công ty TNHH Dệt nhuộm Sông Lam"
MEMBERS = (
    ("Hoàng Minh Châu", Role.CHAIR, "Phó Giám đốc Công ty"),
    ("Đoàn Thị Lan Anh", Role.SECRETARY, "Chủ tịch Công đoàn cơ sở"),
    ("Vũ Quang Huy", Role.MEMBER, "Trưởng phòng Kỹ thuật"),
)
GOOD = "Thu hồi nhiệt nước thải nhuộm để gia nhiệt nước cấp"
WEAK = "Bảng theo dõi ca máy bằng mã màu"


def set_up_unit(app_data, *, members=MEMBERS) -> tuple[Council, list[Dossier]]:
    """The unit profile, a council of three (by default) and two submitted dossiers."""
    with app_data.db.session() as session:
        save_unit_profile(session, UnitProfile(
            parent_organisation="Công đoàn Khu kinh tế Nghệ An",
            unit_name=f"Công đoàn cơ sở {EMPLOYER}", number_suffix="CĐCS", place_name="Vinh",
            signer_name="Đoàn Thị Lan Anh", user_name="Đinh Thị Yến"))
        council = councils.save_council(session, Council(
            name=f"Hội đồng sáng kiến {EMPLOYER}", unit_name=f"Công đoàn cơ sở {EMPLOYER}",
            employer=EMPLOYER, year=2025, founding_number="04/QĐ-DNSL",
            founding_date=dt.date(2025, 1, 10),
            members=[Member(name, role, position=position) for name, role, position in members]))
        dossiers = [
            save_dossier(session, Dossier(
                title=GOOD, unit_name="Phân xưởng Nhuộm",
                first_applied_on=dt.date(2024, 11, 2), benefit_unit_vnd=86_400_000,
                authors=[Author(full_name="Kiều Thị Mai Phương", share_percent=Decimal(70), is_lead=True),
                         Author(full_name="Châu Ngọc Sơn", share_percent=Decimal(30))])),
            save_dossier(session, Dossier(
                title=WEAK, unit_name="Phân xưởng Dệt",
                first_applied_on=dt.date(2024, 12, 1),
                authors=[Author(full_name="Quách Văn Toàn", share_percent=Decimal(100))])),
        ]
        dossiers = [workflow.submit(session, d.uuid) for d in dossiers]  # Nộp Hội đồng
        session.commit()
    return council, dossiers


def meeting_held(app_data):
    """The tests' unit (tests/core/test_decisions.py) with a council that has met on two
    submitted dossiers: (meeting, good, weak), no decision yet."""
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import UNIT

    with app_data.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        good, weak = make_dossiers(s)
        meeting = make_meeting(s, council, (good, weak))
        s.commit()
    return meeting, good, weak


def recognise(app_data, meeting, good: Dossier, weak: Dossier) -> None:
    """The decision on the meeting: ``good`` recognised (and frozen), ``weak`` not."""
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from tests.core.test_decisions import issue

    with app_data.db.session() as s:
        issue(s, meeting, (get_dossier(s, good.uuid), get_dossier(s, weak.uuid)))
        s.commit()
