"""Issuing the recognition decision: numbering, recognised/rejected dossiers, the freeze and
correction versions, the decision-date check, and the documents built from a decision."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import (
    Authority,
    Decision,
    DecisionItem,
    DossierFrozenError,
    Outcome,
)
from sangkien_desktop.domain.dossier import Dossier, Status
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.validation import check_decision_date
from sangkien_desktop.domain.workflow import StatusActError
from sangkien_desktop.services.council import councils, decisions, numbering
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.reference.helpers import pdf_text

UNIT = UnitProfile(
    parent_organisation="Liên đoàn Lao động tỉnh Nghệ An",
    unit_name="Công đoàn cơ sở Công ty TNHH Dệt nhuộm Sông Lam",
    number_suffix="CĐCS",
    place_name="Nghệ An",
    signer_name="Phan Thị Hồng Nhung",
    user_name="Đinh Thị Yến",
)
DAY = dt.date(2022, 3, 22)


@pytest.fixture
def setup(db):
    s = db.session()
    save_unit_profile(s, UNIT)
    council = make_council(s)
    dossiers = make_dossiers(s)
    meeting = make_meeting(s, council, dossiers)
    yield s, meeting, dossiers
    s.close()


def issue(s, meeting, dossiers, *, number=None, date=DAY) -> Decision:
    good, weak = dossiers
    return decisions.issue_decision(s, Decision(
        date=date, number=number, meeting_uuid=meeting.uuid, scope="đợt 1 năm 2022",
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED, reward_vnd=6_048_000),
               DecisionItem(weak.uuid, Outcome.REJECTED,
                            reason="Chưa có số liệu chứng minh hiệu quả sau khi áp dụng.")],
    ))


def test_decision_takes_the_next_number_and_sets_outcomes(setup):
    s, meeting, dossiers = setup
    numbering.register(s, "QĐ", 7, dt.date(2022, 2, 1), suffix="CĐCS", subject="Khen thưởng")
    assert decisions.proposed_number(s, 2022) == 8
    decision = issue(s, meeting, dossiers)
    assert decision.number == 8 and decision.number_text == "08/QĐ-CĐCS"
    assert decision.signer_name == "Phan Thị Hồng Nhung"
    assert decision.authority_text == "Ban Chấp hành Công đoàn cơ sở Công ty TNHH Dệt nhuộm Sông Lam"
    good, weak = (get_dossier(s, d.uuid) for d in dossiers)
    assert good.status == Status.RECOGNISED and weak.status == Status.REJECTED
    outcome = decisions.outcome_of(s, weak.uuid)
    assert outcome.outcome == Outcome.REJECTED and outcome.decision_number == "08/QĐ-CĐCS"
    assert outcome.reason.startswith("Chưa có số liệu")
    stored = decisions.get_decision(s, decision.uuid)
    assert stored.items[0].benefit_agreed_vnd == 86_400_000  # from the dossier
    assert decisions.proposed_number(s, 2022) == 9


def test_a_used_number_is_refused_and_numbers_restart_each_year(setup):
    s, meeting, dossiers = setup
    numbering.register(s, "QĐ", 3, dt.date(2022, 1, 5), suffix="CĐCS")
    with pytest.raises(InputError) as info:
        issue(s, meeting, dossiers, number=3)
    assert info.value.code == "number_used"
    assert get_dossier(s, dossiers[0].uuid).status == Status.SUBMITTED
    assert decisions.proposed_number(s, 2023) == 1
    decision = issue(s, meeting, dossiers, date=dt.date(2023, 1, 9))
    assert decision.number_text == "01/QĐ-CĐCS"


def test_a_rejection_needs_a_reason_and_the_head_needs_a_title(setup):
    s, meeting, dossiers = setup
    with pytest.raises(InputError) as info:
        decisions.issue_decision(s, Decision(DAY, [DecisionItem(dossiers[1].uuid, Outcome.REJECTED)]))
    assert info.value.code == "decision_reason_missing"
    with pytest.raises(InputError) as info:
        decisions.issue_decision(s, Decision(
            DAY, [DecisionItem(dossiers[0].uuid, Outcome.RECOGNISED)], authority=Authority.HEAD))
    assert info.value.code == "decision_authority"
    assert decisions.proposed_number(s, 2022) == 1  # nothing was used up


def test_a_recognised_dossier_is_frozen(setup):
    s, meeting, dossiers = setup
    issue(s, meeting, dossiers)
    good = get_dossier(s, dossiers[0].uuid)
    with pytest.raises(DossierFrozenError) as info:
        save_dossier(s, dataclasses.replace(good, title=good.title + " (sửa)"))
    assert info.value.code == "dossier_frozen" and "phiên bản sửa đổi" in info.value.message
    # The officer's notes are not the recognised content; the status is no one's to set.
    save_dossier(s, dataclasses.replace(good, notes="Đã gửi LĐLĐ tỉnh"))
    assert get_dossier(s, good.uuid).notes == "Đã gửi LĐLĐ tỉnh"
    with pytest.raises(StatusActError) as info:
        save_dossier(s, dataclasses.replace(good, status=Status.DRAFT))
    assert info.value.code == "status_needs_act"
    assert get_dossier(s, good.uuid).status == Status.RECOGNISED
    # A rejected dossier stays editable.
    weak = get_dossier(s, dossiers[1].uuid)
    save_dossier(s, dataclasses.replace(weak, benefit_unit_vnd=12_000_000))
    with pytest.raises(InputError) as info:
        issue(s, meeting, dossiers)
    assert info.value.code == "decision_already_recognised"


def test_a_new_version_keeps_the_lineage_and_the_old_one_stays_frozen(setup):
    s, meeting, dossiers = setup
    issue(s, meeting, dossiers)
    old_uuid = dossiers[0].uuid
    copy = decisions.new_version(s, old_uuid)
    assert copy.uuid != old_uuid and copy.status == Status.DRAFT
    assert copy.title == dossiers[0].title and copy.code == dossiers[0].code
    old_info, new_info = history.version_of(s, old_uuid), history.version_of(s, copy.uuid)
    assert new_info.lineage_uuid == old_info.lineage_uuid == old_uuid
    assert (old_info.version, new_info.version) == (1, 2)
    assert new_info.previous_uuid == old_uuid and not new_info.frozen and old_info.frozen
    save_dossier(s, dataclasses.replace(copy, benefit_unit_vnd=91_000_000))  # editable
    old = get_dossier(s, old_uuid)
    assert old.benefit_unit_vnd == 86_400_000 and old.status == Status.RECOGNISED
    with pytest.raises(DossierFrozenError):
        save_dossier(s, dataclasses.replace(old, benefit_unit_vnd=1))
    with pytest.raises(InputError) as info:
        decisions.new_version(s, old_uuid)
    assert info.value.code == "version_exists"
    with pytest.raises(InputError) as info:
        decisions.new_version(s, copy.uuid)
    assert info.value.code == "version_not_frozen"
    assert [v.version for v in history.lineage(s, old_uuid)] == [1, 2]


def test_decision_and_dossier_changes_are_in_the_history(setup):
    s, meeting, dossiers = setup
    decision = issue(s, meeting, dossiers)
    (entry,) = history.for_entity(s, history.DECISION, decision.uuid)
    assert entry.action == "issued" and entry.user == "Đinh Thị Yến"
    assert entry.changes["number_text"] == "01/QĐ-CĐCS"
    # One entry per event: created, submitted, then the decision (its status change is not
    # logged twice).
    created, submitted, rejected = history.for_entity(s, history.DOSSIER, dossiers[1].uuid)
    assert (created.action, submitted.action) == ("created", "submitted")
    assert rejected.action == "rejected" and rejected.changes["status"] == ["submitted", "rejected"]
    assert rejected.changes["reason"].startswith("Chưa có số liệu")
    recognised = history.for_entity(s, history.DOSSIER, dossiers[0].uuid)[-1]
    assert recognised.action == "recognised"
    assert recognised.changes["content_hash"] == history.version_of(s, dossiers[0].uuid).content_hash


def _campaign(start, end) -> Campaign:
    return Campaign("ctr", "1", "Chương trình thử", "CT thử", True, start, end, None, (), ())


def test_decision_date_check():
    dossier = Dossier(title="Thử", first_applied_on=dt.date(2021, 10, 1))
    window = _campaign(dt.date(2021, 9, 1), dt.date(2023, 9, 1))
    assert list(check_decision_date(dossier, window, dt.date(2022, 3, 22))) == []
    assert list(check_decision_date(dossier, _campaign(None, None), dt.date(2022, 3, 22))) == []
    early = list(check_decision_date(dossier, window, dt.date(2021, 9, 20)))
    assert [f.rule_id for f in early] == ["SK-FIRST-APPLIED-AFTER-DECISION"]
    late = list(check_decision_date(dossier, _campaign(None, dt.date(2023, 9, 1)),
                                    dt.date(2023, 9, 2)))
    assert [f.rule_id for f in late] == ["SK-DECISION-WINDOW"]
    assert "01/09/2023" in late[0].message


def test_decision_and_minutes_render_to_pdf_with_numbers_and_names(setup, tmp_path):
    s, meeting, dossiers = setup
    decision = issue(s, meeting, dossiers)
    path = write_document("quyet-dinh", decisions.decision_data(s, decision.uuid), "pdf",
                          tmp_path / "qd.pdf")
    text = " ".join(pdf_text(path.read_bytes()))
    for expected in ("Số: 01/QĐ-CĐCS", "Thu hồi nhiệt nước thải nhuộm", "Kiều Thị Mai Phương",
                     "86.400.000 đồng", "Phan Thị Hồng Nhung", "Biên bản họp số 02/BB-HĐSK",
                     "Căn cứ Nghị định số 13/2012/NĐ-CP"):
        assert expected in text, expected
    assert "Bảng theo dõi ca máy" not in text  # rejected: not in the annex
    minutes = write_document("bien-ban", councils.minutes_data(s, meeting.uuid), "pdf",
                             tmp_path / "bb.pdf")
    text = " ".join(pdf_text(minutes.read_bytes()))
    for expected in ("02/BB-HĐSK", "Hoàng Minh Châu", "Lương Văn Thịnh", "Đi công tác",
                     "82,25", "43,75", "Đề nghị công nhận", "Không đề nghị công nhận"):
        assert expected in text, expected


def test_certificates_and_score_sheets_are_built(setup):
    s, meeting, dossiers = setup
    decision = issue(s, meeting, dossiers)
    certificates = decisions.certificate_data(s, decision.uuid)
    assert [c.author.full_name for c in certificates] == ["Kiều Thị Mai Phương", "Châu Ngọc Sơn"]
    assert certificates[0].decision_number == "01/QĐ-CĐCS"
    write_document("giay-chung-nhan", certificates, "pdf")
    member = councils.get_council(s, meeting.council_uuid).members[0]
    sheet = councils.score_sheet_data(s, meeting.uuid, dossiers[0].uuid, member.id)
    assert sheet.member_name == "Hoàng Minh Châu" and sheet.member_role == "Chủ tịch Hội đồng"
    assert sheet.total == 87 and sheet.pass_total == 50
    assert all(a.phone == "" and a.cccd == "" for a in sheet.authors)
    blank = councils.score_sheet_data(s, meeting.uuid, dossiers[0].uuid)
    assert blank.scores is None and blank.member_name == ""
    text = " ".join(pdf_text(write_document("phieu-danh-gia", sheet, "pdf")))
    assert "Hoàng Minh Châu" in text and "87" in text


def test_the_check_sees_a_decision_dated_before_the_first_application(setup):
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.dossiers import checks

    s, meeting, dossiers = setup
    issue(s, meeting, dossiers, date=dt.date(2022, 3, 22))
    good = get_dossier(s, dossiers[0].uuid)
    ctx = checks.context_for(s, good, None, with_duplicates=False)
    assert ctx.decision_date == dt.date(2022, 3, 22)
    late = dataclasses.replace(good, first_applied_on=dt.date(2022, 4, 1))
    report = checks.check(s, late, load_campaigns(), None)
    assert "SK-FIRST-APPLIED-AFTER-DECISION" in report.rule_ids()
    assert "SK-FIRST-APPLIED-AFTER-DECISION" not in checks.check(s, good, load_campaigns(), None).rule_ids()


# ---- whose header: the officer's own unit, or the decision's own --------------------------

OTHER = "Bệnh viện Đa khoa tỉnh Kiên Giang"


def _other_units_decision(s, dossiers, *, by_head=True) -> Decision:
    """A decision of another unit (as the demo makes them), about dossiers from Kiên Giang."""
    good, weak = dossiers
    for d in (good, weak):
        save_dossier(s, dataclasses.replace(get_dossier(s, d.uuid),
                                            province_code="provinces-1997/kien-giang"))
    return decisions.issue_decision(s, Decision(
        date=DAY, unit_name=OTHER, items=[DecisionItem(good.uuid, Outcome.RECOGNISED)],
        authority=Authority.HEAD if by_head else Authority.COUNCIL,
        authority_text=f"Giám đốc {OTHER}" if by_head else "",
        signer_name="Lê Văn Tâm", signer_title="GIÁM ĐỐC"))


def test_the_officers_own_decision_prints_under_the_settings_header(setup):
    s, meeting, dossiers = setup
    decision = issue(s, meeting, dossiers)
    assert decision.unit_name == UNIT.unit_name
    data = decisions.decision_data(s, decision.uuid)
    assert (data.unit.parent_organisation, data.unit.unit_name, data.unit.place_name) == (
        UNIT.parent_organisation, UNIT.unit_name, UNIT.place_name)
    assert data.unit.recipients == UNIT.recipients


def test_another_units_decision_prints_under_its_own_name_and_place(setup, tmp_path):
    s, _meeting, dossiers = setup
    decision = _other_units_decision(s, dossiers)
    assert decision.unit_name == OTHER
    data = decisions.decision_data(s, decision.uuid)
    # The head of the hospital decides: no union above it in the header, its province's place.
    assert (data.unit.parent_organisation, data.unit.unit_name, data.unit.place_name) == (
        "", OTHER, "Kiên Giang")
    text = " ".join(pdf_text(write_document("quyet-dinh", data, "pdf", tmp_path / "qd.pdf").read_bytes()))
    assert "BỆNH VIỆN ĐA KHOA TỈNH KIÊN GIANG" in text and "Kiên Giang, ngày 22 tháng" in text
    assert "SÔNG LAM" not in text.upper() and "NGHỆ AN" not in text.upper()
    (certificate,) = decisions.certificate_data(s, decision.uuid)[:1]
    assert certificate.unit.unit_name == OTHER and certificate.unit.place_name == "Kiên Giang"


def test_another_units_council_decision_names_the_province_union_or_the_upper_unit(setup):
    s, _meeting, dossiers = setup
    decision = _other_units_decision(s, dossiers, by_head=False)
    unit = decisions.decision_data(s, decision.uuid).unit
    assert unit.parent_organisation == "Liên đoàn Lao động tỉnh Kiên Giang"
    # An upper-level officer keeps its own units' records: it is their parent.
    save_unit_profile(s, dataclasses.replace(UNIT, level="district_or_sector"))
    unit = decisions.decision_data(s, decision.uuid).unit
    assert unit.parent_organisation == UNIT.unit_name and unit.unit_name == OTHER


def test_another_units_council_minutes_use_its_place(setup):
    s, meeting, dossiers = setup
    council = councils.get_council(s, meeting.council_uuid)
    assert councils.minutes_data(s, meeting.uuid).unit.place_name == "Nghệ An"  # our own
    councils.save_council(s, dataclasses.replace(council, unit_name=OTHER, employer=OTHER))
    for d in dossiers:
        save_dossier(s, dataclasses.replace(get_dossier(s, d.uuid),
                                            province_code="provinces-1997/kien-giang"))
    minutes = councils.minutes_data(s, meeting.uuid)
    assert minutes.unit.place_name == "Kiên Giang" and minutes.council_parent == OTHER
    sheet = councils.score_sheet_data(s, meeting.uuid, dossiers[0].uuid)
    assert sheet.unit.place_name == "Kiên Giang"
