"""Realistic but fictional data for every document: tests, benchmarks, the docs renders, and a
preview in the application all print these. Every person here is invented.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sangkien_desktop.documents.blocks import Signer
from sangkien_desktop.documents.data import (
    Certificate,
    ConsideredDossier,
    CouncilMember,
    Criterion,
    DossierPaper,
    EffectCertification,
    MeetingMinutes,
    NominationLetter,
    PhaseAchievement,
    RecognisedItem,
    RecognitionDecision,
    RefusalNotice,
    ScoreSheet,
    SheetInitiative,
    SummaryRow,
    SummaryTable,
    TargetReport,
    UnitAchievement,
    UnitSheet,
)
from sangkien_desktop.domain.dossier import Applier, Author, Dossier
from sangkien_desktop.domain.unit_profile import UnitProfile

CAMPAIGN = "01 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19"
DAY = dt.date(2022, 3, 22)
EMPLOYER = "Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh"


def unit() -> UnitProfile:
    return UnitProfile(
        parent_organisation="Liên đoàn Lao động tỉnh Quảng Trị",
        unit_name="Công đoàn cơ sở Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        number_suffix="CĐCS",
        place_name="Quảng Trị",
        signing_capacity="TM. BAN CHẤP HÀNH",
        signer_title="CHỦ TỊCH",
        signer_name="Lê Thị Minh Nguyệt",
        recipients=["Như Điều 3;", "LĐLĐ tỉnh (để b/c);", "Lưu: VT, CĐCS."],
        employer_name=EMPLOYER,
        head_title="Giám đốc",
    )


def authors() -> list[Author]:
    return [
        Author(
            full_name="Nguyễn Thị Thu Hường",
            birth_date=dt.date(1986, 5, 14),
            workplace="Phân xưởng May 2, Công ty CP May mặc và Thương mại Hòa Bình Xanh",
            job_title="Tổ trưởng tổ may",
            qualification="Trung cấp công nghệ may",
            share_percent=Decimal("60"),
            is_lead=True,
        ),
        Author(
            full_name="Phạm Văn Đức",
            birth_date=dt.date(1979, 11, 2),
            workplace="Phòng Kỹ thuật - Công nghệ",
            job_title="Kỹ sư cơ khí",
            qualification="Kỹ sư cơ khí chế tạo máy",
            share_percent=Decimal("40"),
        ),
    ]


def dossier() -> Dossier:
    return Dossier(
        code="SK-2022-007",
        title="Cải tiến cữ gấp mép túi áo sơ mi giúp giảm thời gian may và tỷ lệ hàng lỗi",
        solution_type="Giải pháp kỹ thuật",
        field_of_application="Sản xuất hàng may mặc",
        target_group="Công nhân lao động trong doanh nghiệp sản xuất, kinh doanh",
        unit_name="Công đoàn cơ sở Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        investor="",
        first_applied_on=dt.date(2021, 10, 4),
        description_before=(
            "Trước đây công nhân gấp mép túi áo bằng tay rồi là phẳng, mỗi chiếc mất khoảng "
            "45 giây; đường gấp không đều, tỷ lệ hàng phải sửa lại khoảng 6%."
        ),
        description_solution=(
            "Chế tạo cữ gấp bằng thép không gỉ gắn trên bàn là, gồm ba bước: đặt túi vào khuôn, "
            "gạt cần gấp hai cạnh, là định hình trong 5 giây.\n"
            "Cữ được làm tại xưởng cơ điện của Công ty với chi phí 1.250.000 đồng một bộ."
        ),
        description_novelty=(
            "Lần đầu áp dụng tại Công ty; khuôn điều chỉnh được theo 4 cỡ túi, thay khuôn "
            "trong chưa đầy một phút."
        ),
        confidential_info="",
        conditions="Bàn là hơi công nghiệp; công nhân được hướng dẫn sử dụng trong 30 phút.",
        benefit_author_vnd=154_320_000,
        benefit_calculation=(
            "Tiết kiệm 25 giây mỗi túi × 380.000 túi/năm, quy đổi theo đơn giá tiền lương "
            "công đoạn, cộng giảm chi phí sửa hàng lỗi."
        ),
        benefit_author_social="Giảm thao tác lặp lại, công nhân đỡ mỏi tay và vai.",
        benefit_unit_vnd=120_000_000,
        benefit_unit_social="Năng suất tổ may tăng 8%, tỷ lệ hàng lỗi giảm còn dưới 1%.",
        authors=authors(),
        appliers=[
            Applier(
                full_name="Hoàng Thị Mỹ Duyên",
                birth_date=dt.date(1992, 8, 9),
                workplace="Phân xưởng May 2",
                job_title="Công nhân may",
                qualification="Sơ cấp nghề may",
                task="May thử, ghi chép thời gian thao tác",
            ),
        ],
    )


def dossier_paper() -> DossierPaper:
    return DossierPaper(dossier=dossier(), unit=unit(), date=dt.date(2022, 2, 7))


CRITERIA = [
    Criterion("Tính mới", Decimal(40), "Mới trong phạm vi đơn vị; không trùng giải pháp đã có"),
    Criterion("Khả năng áp dụng, nhân rộng", Decimal(30), "Đã áp dụng; có thể áp dụng ở nơi khác"),
    Criterion("Hiệu quả kinh tế, xã hội", Decimal(30), "Giá trị làm lợi; lợi ích xã hội"),
]


def score_sheet(filled: bool = True) -> ScoreSheet:
    d = dossier()
    return ScoreSheet(
        unit=unit(),
        council_name="Hội đồng sáng kiến Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        criteria=list(CRITERIA),
        council_parent=EMPLOYER,
        dossier_title=d.title,
        authors=d.authors,
        dossier_code=d.code,
        member_name="Trần Quốc Bảo" if filled else "",
        member_role="Ủy viên Hội đồng" if filled else "",
        scores=[Decimal(34), Decimal("27.5"), Decimal(26)] if filled else None,
        remarks="Giải pháp đơn giản, dễ nhân rộng sang các phân xưởng khác." if filled else "",
        pass_total=Decimal(50),
        date=dt.date(2022, 3, 15) if filled else None,
    )


def members() -> list[CouncilMember]:
    return [
        CouncilMember("Võ Đình Khang", "Chủ tịch Hội đồng", "Phó Tổng Giám đốc Công ty"),
        CouncilMember("Lê Thị Minh Nguyệt", "Phó Chủ tịch Hội đồng", "Chủ tịch Công đoàn cơ sở"),
        CouncilMember(
            "Đặng Thu Trang", "Thư ký Hội đồng", "Chuyên viên Phòng Tổ chức - Hành chính"
        ),
        CouncilMember("Trần Quốc Bảo", "Ủy viên", "Trưởng phòng Kỹ thuật - Công nghệ"),
        CouncilMember("Bùi Văn Lực", "Ủy viên", "Quản đốc Phân xưởng Cắt", False, "Đi công tác"),
    ]


def minutes() -> MeetingMinutes:
    a = authors()
    return MeetingMinutes(
        unit=unit(),
        council_name="Hội đồng sáng kiến Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        number="03/BB-HĐSK",
        council_parent=EMPLOYER,
        date=dt.date(2022, 3, 15),
        venue="Phòng họp tầng 2, Nhà điều hành Công ty",
        start_time="08 giờ 00",
        end_time="10 giờ 30",
        members=members(),
        agenda="Xét, đánh giá các sáng kiến đề nghị công nhận năm 2022 (đợt 1).",
        considered=[
            ConsideredDossier(dossier().title, a, Decimal("88.5"), 4, 4, "Đề nghị công nhận"),
            ConsideredDossier(
                "Sắp xếp lại luồng kiểm hàng cuối chuyền theo mô hình chữ U",
                [Author(full_name="Ngô Thị Hạnh")],
                Decimal("71"),
                4,
                4,
                "Đề nghị công nhận",
            ),
            ConsideredDossier(
                "Sổ tay điện tử theo dõi ca kíp cho tổ trưởng",
                [Author(full_name="Lý Minh Tâm")],
                Decimal("42.5"),
                1,
                4,
                "Không đề nghị công nhận",
                "Chưa có số liệu áp dụng",
            ),
        ],
        conclusion=(
            "Hội đồng thống nhất đề nghị Ban Chấp hành Công đoàn cơ sở công nhận 02 sáng kiến "
            "có điểm trung bình từ 50 điểm trở lên và được trên hai phần ba số thành viên tán thành."
        ),
    )


def decision() -> RecognitionDecision:
    return RecognitionDecision(
        unit=unit(),
        number="12/QĐ-CĐCS",
        date=DAY,
        authority="Ban Chấp hành Công đoàn cơ sở Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        legal_basis=[
            "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến;",
            "Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 của Bộ Khoa học và Công nghệ "
            "hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến;",
            "Căn cứ Quy chế hoạt động sáng kiến của Công ty ban hành ngày 10/01/2022;",
        ],
        proposal=(
            "Xét đề nghị của Hội đồng sáng kiến tại Biên bản họp số 03/BB-HĐSK ngày 15/3/2022,"
        ),
        items=[
            RecognisedItem(
                dossier().title, authors(), "Phân xưởng May 2", 120_000_000, reward_vnd=8_400_000
            ),
            RecognisedItem(
                "Sắp xếp lại luồng kiểm hàng cuối chuyền theo mô hình chữ U",
                [Author(full_name="Ngô Thị Hạnh", share_percent=Decimal(100))],
                "Phòng Quản lý chất lượng",
                35_500_000,
                "Giảm quãng đường di chuyển của nhân viên kiểm hàng",
                reward_vnd=2_485_000,
            ),
        ],
    )


def certificates() -> list[Certificate]:
    return [
        Certificate(
            unit=unit(),
            author=a,
            dossier_title=dossier().title,
            decision_number="12/QĐ-CĐCS",
            decision_date=DAY,
            authority="Ban Chấp hành Công đoàn cơ sở",
            register_number=f"{i:02d}/GCN-2022",
            date=DAY,
            signer=Signer("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Minh Nguyệt"),
        )
        for i, a in enumerate(authors(), 1)
    ]


def effect_certifications() -> list[EffectCertification]:
    d = dossier()
    return [
        EffectCertification(
            unit=unit(), person=a, dossier_title=d.title, decision_number="12/QĐ-CĐCS",
            decision_date=DAY, authority="Ban Chấp hành Công đoàn cơ sở",
            field_of_application=d.field_of_application, first_applied_on=d.first_applied_on,
            scope="Phạm vi tỉnh, ngành: được nhân rộng trong tỉnh, ngành",
            benefit_vnd=120_000_000, date=DAY,
            signer=Signer("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Minh Nguyệt"),
            verification_code="K7Q4-M2XA",
        )
        for a in authors()[:2]
    ]


def refusal_notices() -> list[RefusalNotice]:
    """Two solutions the council did not recommend: one notice each, to its authors."""
    common = RefusalNotice(
        unit=unit(), number="", date=DAY, title="", authors=[], reason="",
        authority=decision().authority, legal_basis=decision().legal_basis[:2],
        council_result="Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản họp số 03/BB-HĐSK "
        "ngày 15/3/2022;",
        signer=Signer("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Minh Nguyệt"))
    return [
        dataclasses.replace(
            common,
            number="03/TB-CĐCS",
            title="Bố trí lại kho vải theo mã màu để giảm thời gian tìm vải",
            authors=[Author(full_name="Trịnh Văn Khải", workplace="Kho nguyên liệu",
                            share_percent=Decimal(70)),
                     Author(full_name="Lý Thị Mai", workplace="Kho nguyên liệu",
                            share_percent=Decimal(30))],
            reason="Giải pháp đã được Công ty áp dụng từ năm 2019 theo quy trình quản lý kho, "
            "không có tính mới trong phạm vi cơ sở.",
            applied_on=dt.date(2022, 1, 20), ref="sample-1",
        ),
        dataclasses.replace(
            common,
            number="04/TB-CĐCS",
            title="Ứng dụng bảng tính theo dõi năng suất tổ may",
            authors=[Author(full_name="Đoàn Thị Thu", workplace="Phân xưởng May 1")],
            reason="Chưa có số liệu chứng minh hiệu quả sau khi áp dụng thử.",
            ref="sample-2",
        ),
    ]


def summary_rows(count: int = 3) -> list[SummaryRow]:
    base = [
        SummaryRow(
            title=dossier().title,
            authors=authors(),
            unit_name="CĐCS Công ty CP May mặc và TM Hòa Bình Xanh",
            solution_type="Giải pháp kỹ thuật",
            field_of_application="Sản xuất hàng may mặc",
            target_group="Công nhân lao động trong doanh nghiệp sản xuất, kinh doanh",
            first_applied_on=dt.date(2021, 10, 4),
            benefit_vnd=120_000_000,
            summary="Cữ gấp mép túi bằng thép không gỉ gắn trên bàn là; giảm 25 giây mỗi túi, hàng lỗi dưới 1%.",
            decision_number="12/QĐ-CĐCS",
            decision_date=DAY,
            decision_body="BCH CĐCS",
        ),
        SummaryRow(
            title="Ứng dụng mã QR tra cứu quy trình an toàn tại từng máy",
            authors=[Author(full_name="Đinh Quang Vinh", share_percent=Decimal(100))],
            unit_name="CĐCS Công ty TNHH Cơ khí Trường Sơn",
            solution_type="Giải pháp ứng dụng tiến bộ kỹ thuật",
            field_of_application="An toàn, vệ sinh lao động",
            target_group="Công nhân lao động trong doanh nghiệp sản xuất, kinh doanh",
            first_applied_on=dt.date(2021, 12, 1),
            benefit_social="Không xảy ra tai nạn lao động trong 6 tháng áp dụng",
            summary="Mỗi máy có mã QR dẫn tới video và quy trình vận hành an toàn bằng tiếng Việt.",
            decision_number="05/QĐ-CT",
            decision_date=dt.date(2022, 2, 18),
            decision_body="Giám đốc Công ty",
        ),
        SummaryRow(
            title="Tổ chức “Phiên chợ 0 đồng” cho đoàn viên khó khăn mùa dịch",
            authors=[
                Author(full_name="Trương Thị Ngọc Ánh", share_percent=Decimal(50)),
                Author(full_name="Mai Xuân Tùng", share_percent=Decimal(50)),
            ],
            unit_name="CĐCS Trường THPT Cửa Tùng",
            solution_type="Giải pháp trong hoạt động công đoàn",
            field_of_application="Chăm lo đời sống đoàn viên",
            target_group="Cán bộ, viên chức, người lao động đơn vị sự nghiệp",
            first_applied_on=dt.date(2021, 9, 15),
            benefit_social="Hỗ trợ 312 lượt đoàn viên, người lao động",
            summary="Kết nối nhà hảo tâm, tổ chức phiên chợ theo lịch, phát phiếu theo danh sách.",
            decision_number="02/QĐ-CĐCS",
            decision_date=dt.date(2022, 1, 5),
            decision_body="BCH CĐCS",
            note="Đề nghị ưu tiên",
        ),
    ]
    rows = []
    for i in range(count):
        row = base[i % len(base)]
        if i >= len(base):
            row = SummaryRow(**{**row.__dict__, "title": f"{row.title} (bản {i + 1})"})
        rows.append(row)
    return rows


def summary_table(count: int = 3) -> SummaryTable:
    return SummaryTable(
        unit=unit(),
        rows=summary_rows(count),
        campaign_name=CAMPAIGN,
        letter_number="05/TTr-CĐCS",
        letter_date=DAY,
        date=DAY,
    )


def nomination() -> NominationLetter:
    return NominationLetter(
        unit=unit(),
        number="05/TTr-CĐCS",
        date=DAY,
        to_unit="Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị",
        campaign_name=CAMPAIGN,
        items=summary_rows(1),
        quota=1,
        recognised_count=2,
        basis=[
            "Thực hiện Hướng dẫn số 58/HD-LĐLĐ ngày 15/02/2022 của Liên đoàn Lao động tỉnh về thực hiện Chương trình;"
        ],
        recipients=["Như trên;", "Lưu: VT, CĐCS."],
    )


def target_report() -> TargetReport:
    rows = [
        UnitAchievement(
            "CĐCS Công ty CP May mặc và TM Hòa Bình Xanh",
            [PhaseAchievement(20, 23), PhaseAchievement(30, 12)],
        ),
        UnitAchievement(
            "CĐCS Công ty TNHH Cơ khí Trường Sơn", [PhaseAchievement(10, 6), PhaseAchievement(15, 4)]
        ),
        UnitAchievement("CĐCS Trường THPT Cửa Tùng", [PhaseAchievement(5, 5), PhaseAchievement(8, 0)]),
    ]
    return TargetReport(
        unit=unit(),
        campaign_name=CAMPAIGN,
        phase_names=["Đợt 1", "Đợt 2"],
        rows=rows,
        number="07/BC-CĐCS",
        date=dt.date(2022, 9, 30),
        to_unit="Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị",
        as_of=dt.date(2022, 9, 30),
        remarks="Đợt 2 còn chậm so với chỉ tiêu; Ban Chấp hành sẽ đôn đốc các tổ công đoàn.",
        recipients=["Như trên;", "Lưu: VT, CĐCS."],
    )


def unit_sheet() -> UnitSheet:
    return UnitSheet(
        unit=unit(),
        campaign_name=CAMPAIGN,
        unit_name="Phân xưởng May 2",
        phase_names=["Đợt 1", "Đợt 2"],
        phases=[PhaseAchievement(4, 3), PhaseAchievement(6, 2)],
        by_status=[("Bản nháp", 2), ("Đã công nhận", 3), ("Đã đề nghị", 2)],
        by_kind=[("Giải pháp kỹ thuật", 4), ("Giải pháp quản lý", 1)],
        by_group=[("Công nhân lao động trong các doanh nghiệp sản xuất, kinh doanh", 5)],
        benefit_vnd=274_320_000,
        initiatives=[
            SheetInitiative(
                "Cải tiến cữ gá may túi áo sơ mi giúp giảm 30% thời gian thao tác",
                ["Nguyễn Thị Thu Hường", "Phạm Văn Đức"], "Đã đề nghị", 154_320_000),
            SheetInitiative("Bảng theo dõi ca máy bằng mã màu", ["Trần Thị Hoa"], "Đã công nhận",
                            None),
        ],
        more_initiatives=3,
        as_of=dt.date(2022, 9, 30),
        date=dt.date(2022, 9, 30),
    )
