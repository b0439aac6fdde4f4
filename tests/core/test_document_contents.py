"""What the papers say where they used to leave a gap or say too much: the unit sheet's
unknown benefit and no internal note, every co-author signing the description report, the
application addressed as Settings say."""

from __future__ import annotations

import dataclasses

import pytest

from sangkien_desktop.documents import samples, write_document
from sangkien_desktop.domain.unit_profile import ADDRESSEE_COUNCIL, UnitProfile
from tests.reference.helpers import pdf_text


def _text(kind, data) -> str:
    return " ".join(" ".join(pdf_text(write_document(kind, data, "pdf"))).split())


def test_the_unit_sheet_says_the_benefit_is_not_known_and_carries_no_internal_note():
    sheet = dataclasses.replace(samples.unit_sheet(), benefit_vnd=0)
    text = _text("tom-tat-don-vi", sheet)
    assert "Tổng giá trị làm lợi của các sáng kiến đã công nhận: chưa xác định." in text
    assert "0 đồng" not in text and "CCCD" not in text
    assert "274.320.000 đồng" in _text("tom-tat-don-vi", samples.unit_sheet())


def test_every_co_author_signs_the_description_report():
    paper = samples.dossier_paper()
    text = _text("bao-cao-mo-ta", paper)
    assert "CÁC ĐỒNG TÁC GIẢ" in text and "XÁC NHẬN CỦA ĐƠN VỊ" in text
    tail = text[text.index("CÁC ĐỒNG TÁC GIẢ"):]
    assert all(a.full_name in tail for a in paper.dossier.authors)
    alone = dataclasses.replace(paper, dossier=dataclasses.replace(
        paper.dossier, authors=paper.dossier.authors[:1]))
    one = _text("bao-cao-mo-ta", alone)
    assert "TÁC GIẢ (Ký và ghi rõ họ tên)" in one and "ĐỒNG TÁC GIẢ" not in one


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("", "Kính gửi: Giám đốc Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh"),
        (ADDRESSEE_COUNCIL,
         "Kính gửi: Hội đồng sáng kiến Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh"),
        ("Ban Giám đốc Công ty", "Kính gửi: Ban Giám đốc Công ty"),
    ],
)
def test_the_application_is_addressed_as_settings_say(setting, expected):
    paper = samples.dossier_paper()
    paper = dataclasses.replace(paper, unit=dataclasses.replace(paper.unit, application_addressee=setting))
    assert expected in _text("don-yeu-cau", paper)


def test_without_an_employer_the_head_of_the_unit_named_by_the_union_is_asked():
    paper = dataclasses.replace(samples.dossier_paper(), unit=UnitProfile(
        unit_name="Công đoàn cơ sở Trường THCS Lê Lợi", place_name="Huế"))
    assert "Kính gửi: Thủ trưởng Trường THCS Lê Lợi" in _text("don-yeu-cau", paper)


def test_the_minutes_conclude_from_the_votes_and_scores_unless_the_secretary_wrote_one(db):
    from sangkien_desktop.services.council import councils
    from sangkien_desktop.services.settings import save_unit_profile
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import UNIT

    with db.session() as s:
        save_unit_profile(s, UNIT)
        good, weak = make_dossiers(s)
        meeting = councils.record_meeting(s, dataclasses.replace(
            make_meeting(s, make_council(s), [good, weak]), conclusion=""))
        text = _text("bien-ban", councils.minutes_data(s, meeting.uuid))
        assert (f"III. KẾT LUẬN Hội đồng thống nhất đề nghị công nhận 01 sáng kiến: “{good.title}” "
                "(điểm trung bình 82,25; 04/05 thành viên tán thành).") in text
        assert (f"Hội đồng không đề nghị công nhận 01 giải pháp: “{weak.title}” (điểm trung bình "
                "43,75, chưa đạt mức công nhận).") in text
        councils.record_meeting(s, dataclasses.replace(meeting, conclusion="Thư ký ghi kết luận."))
        text = _text("bien-ban", councils.minutes_data(s, meeting.uuid))
        assert "III. KẾT LUẬN Thư ký ghi kết luận." in text and "thống nhất đề nghị" not in text
