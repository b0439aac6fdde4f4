"""Councils, meetings and their results: the quorum and the two-thirds vote (Thông tư 18/2013)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from sangkien_desktop.domain.council import (
    Council,
    CouncilRules,
    Meeting,
    Member,
    Outcome,
    Role,
    ScoreEntry,
    quorum_met,
    votes_needed,
)
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.saving import save_dossier

EMPLOYER = "Công ty TNHH Dệt nhuộm Sông Lam"
MEMBERS = [
    ("Hoàng Minh Châu", Role.CHAIR, "Phó Giám đốc Công ty"),
    ("Đoàn Thị Lan Anh", Role.VICE_CHAIR, "Chủ tịch Công đoàn cơ sở"),
    ("Tạ Thị Bích Ngọc", Role.SECRETARY, "Chuyên viên Phòng Hành chính - Nhân sự"),
    ("Vũ Quang Huy", Role.MEMBER, "Trưởng phòng Kỹ thuật"),
    ("Lương Văn Thịnh", Role.MEMBER, "Quản đốc Phân xưởng Nhuộm"),
]


def make_council(session) -> Council:
    return councils.save_council(session, Council(
        name=f"Hội đồng sáng kiến {EMPLOYER}",
        unit_name=f"Công đoàn cơ sở {EMPLOYER}",
        employer=EMPLOYER, year=2022, founding_number="04/QĐ-DNSL",
        founding_date=dt.date(2022, 1, 10),
        members=[Member(name, role, position=position) for name, role, position in MEMBERS],
    ), user="Đinh Thị Yến")


def make_dossiers(session) -> list[Dossier]:
    """Two dossiers submitted to the council (Nộp Hội đồng)."""
    return [workflow.submit(session, d.uuid) for d in [
        save_dossier(session, Dossier(
            title="Thu hồi nhiệt nước thải nhuộm để gia nhiệt nước cấp",
            unit_name="Phân xưởng Nhuộm", first_applied_on=dt.date(2021, 11, 2),
            benefit_unit_vnd=86_400_000,
            authors=[Author(full_name="Kiều Thị Mai Phương", share_percent=Decimal(70), is_lead=True),
                     Author(full_name="Châu Ngọc Sơn", share_percent=Decimal(30))])),
        save_dossier(session, Dossier(
            title="Bảng theo dõi ca máy bằng mã màu",
            unit_name="Phân xưởng Dệt", first_applied_on=dt.date(2021, 12, 1),
            authors=[Author(full_name="Quách Văn Toàn", share_percent=Decimal(100))])),
    ]]


def make_meeting(session, council: Council, dossiers: list[Dossier], *, present=4) -> Meeting:
    ids = [m.id for m in council.members]
    good = [(34, 27, 26), (30, 25, 24), (32, 26, 25), (31, 24, 25)]
    weak = [(20, 15, 10), (15, 12, 9), (25, 15, 12), (18, 14, 10)]
    sheets = []
    for n, member_id in enumerate(ids[:present]):
        for dossier, table in zip(dossiers, (good, weak), strict=True):
            a, b, c = table[n]
            sheets.append(ScoreEntry(member_id, dossier.uuid,
                                     {"tinh_moi": a, "ap_dung": b, "hieu_qua": c}))
    return councils.record_meeting(session, Meeting(
        council_uuid=council.uuid, date=dt.date(2022, 3, 15),
        place="Phòng họp tầng 3, Nhà điều hành", present_member_ids=ids[:present],
        dossier_uuids=[d.uuid for d in dossiers], sheets=sheets,
        absence_reasons={ids[4]: "Đi công tác"} if present == 4 else {},
        minutes_number="02/BB-HĐSK", start_time="14 giờ 00", end_time="16 giờ 30",
        agenda="Xét công nhận sáng kiến năm 2022 (đợt 1).",
    ), user="Đinh Thị Yến")


@pytest.mark.parametrize(
    ("present", "size", "met"),
    [(4, 6, True), (3, 5, False), (4, 5, True), (2, 3, True), (1, 3, False), (0, 0, False)],
)
def test_quorum_two_thirds_is_exact(present, size, met):
    assert quorum_met(present, size) is met


def test_quorum_rule_is_data():
    assert quorum_met(3, 5, Fraction(1, 2))
    assert CouncilRules.from_dict({"quorum": "1/2"}).quorum == Fraction(1, 2)


@pytest.mark.parametrize(("base", "needed"), [(3, 2), (5, 4), (6, 4), (7, 5), (9, 6)])
def test_votes_needed_for_two_thirds(base, needed):
    assert votes_needed(base) == needed
    assert needed * 3 >= base * 2 > (needed - 1) * 3  # the least that reaches two thirds


def test_council_is_saved_with_members_and_logged(db):
    with db.session() as s:
        council = make_council(s)
        again = councils.get_council(s, council.uuid)
        assert [m.full_name for m in again.members] == [m[0] for m in MEMBERS]
        assert again.rubric.criteria[0].name == "Tính mới"
        again.members[3].position = "Giám đốc Trung tâm Kỹ thuật"
        del again.members[4]
        councils.save_council(s, again, user="Đinh Thị Yến")
        assert len(councils.get_council(s, council.uuid).members) == 4
        log = history.for_entity(s, history.COUNCIL, council.uuid)
        assert [e.action for e in log] == ["created", "updated"]
        assert log[1].user == "Đinh Thị Yến"
        assert log[1].changes["members[3].position"] == [
            "Trưởng phòng Kỹ thuật", "Giám đốc Trung tâm Kỹ thuật"]
        removed, now_gone = log[1].changes["members[4]"]
        assert removed["full_name"] == "Lương Văn Thịnh" and now_gone is None


def test_meeting_results_per_dossier(db):
    with db.session() as s:
        council = make_council(s)
        dossiers = make_dossiers(s)
        meeting = make_meeting(s, council, dossiers)
        good, weak = councils.meeting_results(s, meeting.uuid)
        assert good.quorum_met and good.vote_base == 5 and good.votes_needed == 4
        assert good.votes_for == 4 and good.vote_passed
        assert good.score.total == Decimal("82.25") and good.score.band.code == "B"
        assert good.proposed == Outcome.RECOGNISED
        # Totals 45, 36, 52, 42: average 43,75; one member's own sheet reaches 50 (a vote for).
        assert weak.score.total == Decimal("43.75") and weak.score.band.code == "khong_dat"
        assert weak.score.spread == Decimal(16) and not weak.score.members_disagree
        assert weak.proposed == Outcome.REJECTED and weak.votes_for == 1


def test_three_of_five_in_favour_is_not_two_thirds(db):
    with db.session() as s:
        council = make_council(s)
        dossiers = make_dossiers(s)[:1]
        ids = [m.id for m in council.members]
        sheets = [ScoreEntry(i, dossiers[0].uuid, {"tinh_moi": 30, "ap_dung": 20, "hieu_qua": 20},
                             in_favour=(n < 3)) for n, i in enumerate(ids)]
        meeting = councils.record_meeting(s, Meeting(
            council.uuid, dt.date(2022, 3, 15), "Hội trường", ids, [dossiers[0].uuid], sheets))
        (result,) = councils.meeting_results(s, meeting.uuid)
        assert result.score.recognised and result.votes_for == 3
        assert not result.vote_passed and result.proposed == Outcome.REJECTED


def test_meeting_without_quorum_proposes_nothing_recognised(db):
    with db.session() as s:
        council = make_council(s)
        meeting = make_meeting(s, council, make_dossiers(s), present=3)
        good, _ = councils.meeting_results(s, meeting.uuid)
        assert not good.quorum_met and good.proposed == Outcome.REJECTED


def test_meeting_refuses_a_sheet_from_an_absent_member_and_bad_scores(db):
    with db.session() as s:
        council = make_council(s)
        (dossier,) = make_dossiers(s)[:1]
        ids = [m.id for m in council.members]
        absent = Meeting(council.uuid, dt.date(2022, 3, 15), "Hội trường", ids[:4], [dossier.uuid],
                         [ScoreEntry(ids[4], dossier.uuid, {"tinh_moi": 1, "ap_dung": 1, "hieu_qua": 1})])
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, absent)
        assert info.value.code == "sheet_absent_member"
        bad = Meeting(council.uuid, dt.date(2022, 3, 15), "Hội trường", ids, [dossier.uuid],
                      [ScoreEntry(ids[0], dossier.uuid, {"tinh_moi": 41, "ap_dung": 1, "hieu_qua": 1})])
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, bad)
        assert info.value.code == "score_above_max" and "Tính mới" in info.value.message


def test_re_recording_a_meeting_replaces_sheets_and_logs_the_diff(db):
    with db.session() as s:
        council = make_council(s)
        meeting = make_meeting(s, council, make_dossiers(s))
        meeting.sheets[0].scores = {"tinh_moi": 35, "ap_dung": 27, "hieu_qua": 26}
        meeting.place = "Phòng họp trực tuyến"
        councils.record_meeting(s, meeting, user="Đinh Thị Yến")
        again = councils.get_meeting(s, meeting.uuid)
        assert again.sheets[0].scores["tinh_moi"] == "35" and again.place == "Phòng họp trực tuyến"
        log = history.for_entity(s, history.MEETING, meeting.uuid)
        assert [e.action for e in log] == ["created", "updated"]
        assert log[1].changes["place"][1] == "Phòng họp trực tuyến"
        assert log[1].changes["sheets[0].scores.tinh_moi"] == ["34", "35"]


# ---- a council is a council: a chair, enough members, one copy; removed only when unused --


@pytest.mark.parametrize(("members", "code"), [
    ([("Hoàng Minh Châu", Role.MEMBER)], "council_no_chair"),
    ([("Hoàng Minh Châu", Role.SECRETARY), ("Vũ Quang Huy", Role.MEMBER),
      ("Lương Văn Thịnh", Role.MEMBER)], "council_no_chair"),
    ([("Hoàng Minh Châu", Role.CHAIR)], "council_too_few"),
    ([("Hoàng Minh Châu", Role.CHAIR), ("Tạ Thị Bích Ngọc", Role.SECRETARY)], "council_too_few"),
])
def test_a_council_without_a_chair_or_with_too_few_members_is_refused(db, members, code):
    with db.session() as s:
        with pytest.raises(InputError) as info:
            councils.save_council(s, Council(
                name="Hội đồng sáng kiến", unit_name="Công đoàn cơ sở Công ty A", year=2026,
                members=[Member(name, role) for name, role in members]))
        assert info.value.code == code and info.value.field == "members"
        assert councils.list_councils(s) == []  # nothing saved


def test_a_second_identical_council_is_refused_but_another_year_is_not(db):
    with db.session() as s:
        first = make_council(s)
        copy = Council(name=first.name, unit_name=first.unit_name, year=first.year,
                       members=[Member(m.full_name, m.role) for m in first.members])
        with pytest.raises(InputError) as info:
            councils.save_council(s, copy)
        assert info.value.code == "council_duplicate" and "2022" in info.value.message
        councils.save_council(s, Council(**{**copy.__dict__, "year": 2023}))
        assert [c.year for c in councils.list_councils(s)] == [2023, 2022]
        councils.save_council(s, first)  # saving the council itself again is no copy


def test_an_unused_council_is_deleted_and_one_that_met_is_archived(db):
    with db.session() as s:
        used = make_council(s)
        make_meeting(s, used, make_dossiers(s))
        unused = councils.save_council(s, Council(
            name="Hội đồng sáng kiến năm sau", unit_name=used.unit_name, year=2023,
            members=[Member(m.full_name, m.role) for m in used.members]))
        assert councils.remove_council(s, unused.uuid) is True
        assert [c.uuid for c in councils.list_councils(s, archived=True)] == [used.uuid]
        assert [e.action for e in history.for_entity(s, history.COUNCIL, unused.uuid)] == [
            "created", "deleted"]

        assert councils.remove_council(s, used.uuid) is False
        assert councils.list_councils(s) == []  # out of the pickers…
        kept = councils.list_councils(s, archived=True)
        assert [c.uuid for c in kept] == [used.uuid] and kept[0].archived  # …kept for its meetings
        assert history.for_entity(s, history.COUNCIL, used.uuid)[-1].action == "archived"
        with pytest.raises(InputError) as info:  # no new meeting on an archived council
            councils.record_meeting(s, Meeting(council_uuid=used.uuid, date=dt.date(2022, 4, 1),
                                               place="", present_member_ids=[], dossier_uuids=[]))
        assert info.value.code == "council_archived"
        councils.set_archived(s, used.uuid, False)
        assert [c.uuid for c in councils.list_councils(s)] == [used.uuid]
