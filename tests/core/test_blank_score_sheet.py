"""A blank score sheet for a dossier no meeting has considered yet: the council of the
dossier's own unit, or a neutral header; never the first council in the database."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.council import Council, Member, Role
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services import papers
from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council
from tests.core.test_decisions import UNIT
from tests.reference.helpers import pdf_text

UPPER = UnitProfile(parent_organisation="Liên đoàn Lao động tỉnh Nghệ An",
                    unit_name="Liên đoàn Lao động huyện Nam Đàn", level="district_or_sector",
                    place_name="Nghệ An")


def _sheet_text(s, dossier) -> str:
    data = papers.blank_score_sheet(s, dossier.uuid)
    return " ".join(" ".join(pdf_text(write_document("phieu-danh-gia", data, "pdf"))).split())


def test_the_blank_sheet_is_headed_by_the_dossiers_own_council_or_neutrally(db):
    with db.session() as s:
        save_unit_profile(s, UNIT)
        make_council(s)  # the officer's own: Công ty TNHH Dệt nhuộm Sông Lam, 2022
        councils.save_council(s, Council(  # another unit's, later: first in the list
            name="Hội đồng sáng kiến Công ty CP Xi măng Hòa Bình",
            unit_name="Công ty CP Xi măng Hòa Bình", employer="Công ty CP Xi măng Hòa Bình",
            year=2024, members=[Member("Lê Văn Tám", Role.CHAIR), Member("Đỗ Thị Hà", Role.SECRETARY),
                                Member("Vi Văn Sơn", Role.MEMBER)]))
        assert councils.list_councils(s)[0].employer == "Công ty CP Xi măng Hòa Bình"

        def dossier(unit: str) -> Dossier:
            return save_dossier(s, Dossier(title=f"Sáng kiến của {unit}", unit_name=unit,
                                           first_applied_on=dt.date(2023, 5, 2),
                                           authors=[Author(full_name="Mai Thị Hoa")]))

        own = _sheet_text(s, dossier("Phân xưởng Nhuộm"))  # a department of the officer's unit
        assert "CÔNG TY TNHH DỆT NHUỘM SÔNG LAM" in own and "XI MĂNG" not in own
        assert "Hội đồng sáng kiến Công ty TNHH Dệt nhuộm Sông Lam" in own
        cement = _sheet_text(s, dossier("Công ty CP Xi măng Hòa Bình"))
        assert "CÔNG TY CP XI MĂNG HÒA BÌNH" in cement
        # An upper-level union keeps other units' records: a unit with no council of its own
        # gets a neutral header under its own name.
        save_unit_profile(s, UPPER)
        health = _sheet_text(s, dossier("Trạm Y tế xã An Phú"))
        assert "TRẠM Y TẾ XÃ AN PHÚ HỘI ĐỒNG SÁNG KIẾN" in health
        assert "XI MĂNG" not in health and "DỆT NHUỘM" not in health



def test_the_sheet_prints_the_packs_ranges_and_minimums(db):
    """What a member scores against, on the paper they score on: each criterion's ranges (one
    open only to a money benefit says so) and its minimum, and that each minimum is needed."""
    from sangkien_desktop.services.council import rule_packs

    with db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        council.pack = rule_packs.get_pack(s, "giao-duc-2026")
        councils.save_council(s, council)
        text = _sheet_text(s, save_dossier(s, Dossier(
            title="Sổ tay điện tử cho giáo viên chủ nhiệm", unit_name="Phân xưởng Nhuộm",
            authors=[Author(full_name="Mai Thị Hoa")])))
    assert "Khoảng điểm: 31–40: Giải pháp mới hoàn toàn; 21–30: Có cải tiến" in text, text
    assert "0–20: Ít tính mới." in text
    assert "21–30: Tính được giá trị làm lợi bằng tiền; 0–20" in text  # the label says when
    assert "Tính mới (tối thiểu 10 điểm)" in text and "Hiệu quả (tối thiểu 10 điểm)" in text
    assert "khi đạt từ 50 điểm, mỗi tiêu chí đạt điểm tối thiểu" in text


@pytest.mark.parametrize("pack_id", ["quoc-gia", "giao-duc-2026", "tinh-70-phan-tram"])
def test_the_blank_sheet_of_each_shipped_pack_is_one_page(db, pack_id):
    from pypdf import PdfReader

    from sangkien_desktop.services.council import rule_packs

    with db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        council.pack = rule_packs.get_pack(s, pack_id)
        councils.save_council(s, council)
        dossier = save_dossier(s, Dossier(title="Sổ tay điện tử", unit_name="Phân xưởng Nhuộm",
                                          authors=[Author(full_name="Mai Thị Hoa")]))
        data = papers.blank_score_sheet(s, dossier.uuid)
    assert len(PdfReader(io.BytesIO(write_document("phieu-danh-gia", data, "pdf"))).pages) == 1
