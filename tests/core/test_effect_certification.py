"""The certification of a recognised initiative's effect and scope for a named person, which
emulation titles count (Nghị định 152/2025, Thông tư 15/2025): from the decision's data, with
its verification code; printed from the command line too."""

from __future__ import annotations

import datetime as dt

from docx import Document

from sangkien_desktop.cli import main
from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.verification import CERTIFICATION, make_code
from sangkien_desktop.services import papers
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions, verification
from sangkien_desktop.services.council.rule_packs import set_unit_pack
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT
from tests.reference.helpers import pdf_text


def recognise_with_scope(s):
    set_unit_pack(s, "quoc-gia")
    save_unit_profile(s, UNIT)
    council = make_council(s)
    good, weak = make_dossiers(s)
    meeting = make_meeting(s, council, [good, weak])
    decision = decisions.issue_decision(s, Decision(
        date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED, scope_code="tinh"),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa có số liệu hiệu quả.")]))
    return decision, good


def test_one_certification_per_author_with_scope_and_effect(db, tmp_path):
    with db.session() as s:
        decision, good = recognise_with_scope(s)
        certs = decisions.effect_certification_data(s, decision.uuid)
        assert [c.person.full_name for c in certs] == [a.full_name for a in good.authors]
        first = certs[0]
        assert first.scope.startswith("Phạm vi tỉnh") and first.benefit_vnd == 86_400_000
        assert first.verification_code == make_code(CERTIFICATION, decision.uuid, good.uuid,
                                                    first.person.full_name)
        paper = verification.verify(s, first.verification_code)
        assert paper.kind == CERTIFICATION and paper.person == first.person.full_name
        assert "giay-xac-nhan" in [c.kind for c in papers.choices_for_dossier(s, good.uuid)]
    out = write_document("giay-xac-nhan", certs, "pdf", tmp_path / "xn.pdf")
    text = " ".join(pdf_text(out.read_bytes()))
    for expected in ("GIẤY XÁC NHẬN", "Hiệu quả và phạm vi ảnh hưởng của sáng kiến",
                     "Nghị định số 152/2025/NĐ-CP", "Thông tư số 15/2025/TT-BNV",
                     "Kiều Thị Mai Phương", "tỷ lệ đóng góp 70%", "Thu hồi nhiệt nước thải nhuộm",
                     f"Quyết định số {decision.number_text} ngày 22/03/2022", "Phạm vi tỉnh",
                     "86.400.000 đồng", f"Mã xác thực: {first.verification_code}",
                     "căn cứ xét tặng danh hiệu thi đua"):
        assert expected in text, expected


def test_printed_from_the_command_line(tmp_path, capsys):
    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        decision, good = recognise_with_scope(s)
        s.commit()
    app.close()
    out = tmp_path / "xn.docx"
    assert main(["--data-dir", str(tmp_path / "d"), "doc", "giay-xac-nhan", "--decision",
                 decision.number_text, "--format", "docx", "--out", str(out)]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Châu Ngọc Sơn" in text and "Phạm vi tỉnh" in text and "Mã xác thực" in text


def test_each_certification_takes_a_number_in_the_xn_register(db, tmp_path):
    """A Giấy xác nhận is an administrative paper (Nghị định 30/2020: XN): one number per
    person in the register of the body that decided, kept when printed again."""
    with db.session() as s:
        decision, good = recognise_with_scope(s)
        choice = next(c for c in papers.choices_for_decision(s, decision.uuid) if c.kind == "giay-xac-nhan")
        assert papers.proposed_number(s, choice) == 1
        papers.claim_number(s, choice, 1)
        certs = papers.paper_data(s, choice, 1)
        assert [c.number for c in certs] == ["01/XN-CĐCS", "02/XN-CĐCS"]
        # Printed again from the dossier: the same numbers, the next free one is 3.
        again = next(c for c in papers.choices_for_dossier(s, good.uuid) if c.kind == "giay-xac-nhan")
        assert [c.number for c in papers.paper_data(s, again, papers.proposed_number(s, again))] == [
            "01/XN-CĐCS", "02/XN-CĐCS"]
        fresh = papers.choices_for_decision(s, decision.uuid)
        other = next(c for c in fresh if c.kind == "giay-xac-nhan")
        assert papers.proposed_number(s, other) == 1  # the first paper already holds 1
        from sangkien_desktop.services.council import numbering

        assert numbering.propose_next(s, other.doc_type, other.year) == 3
    out = write_document("giay-xac-nhan", certs, "pdf", tmp_path / "xn.pdf")
    assert "Số: 01/XN-CĐCS" in " ".join(pdf_text(out.read_bytes()))
