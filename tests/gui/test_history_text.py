"""The history window reads like a register: real entries written by save_dossier, councils,
meetings and decisions show dates as dd/mm/yyyy, sums in đồng, có/không, list items by their
number or by whom they concern, and no raw field names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

from sangkien_desktop.domain.council import Decision, DecisionItem, Meeting, Outcome, ScoreEntry
from sangkien_desktop.domain.dossier import Applier
from sangkien_desktop.services.council import councils, decisions
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.gui.council_setup import set_up_unit

from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
RAW_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b")  # content_hash, benefit_unit_vnd, tinh_moi…


def _lines(qtbot, app_data, kind, uuid) -> list[str]:
    dialog = HistoryDialog(app_data, kind, uuid, "x")
    qtbot.addWidget(dialog)
    return [f"{r[2]} | {r[3]}" for r in dialog.rows()]


def _clean(lines: list[str]) -> None:
    for line in lines:
        assert not ISO.search(line), line
        assert not RAW_KEY.search(line), line


def test_a_dossier_edit_and_its_recognition_read_well(qtbot, app_data):
    _council, (good, _weak) = set_up_unit(app_data)
    with app_data.db.session() as session:
        d = get_dossier(session, good.uuid)
        save_dossier(session, dataclasses.replace(
            d, first_applied_on=dt.date(2024, 12, 28), benefit_unit_vnd=120_000_000,
            applied_as_trial=True,
            authors=[dataclasses.replace(d.authors[0], birth_date=dt.date(1970, 12, 28)),
                     dataclasses.replace(d.authors[1], share_percent=Decimal("30"))],
            appliers=[Applier(full_name="Lò Văn Páo"), Applier(full_name="Mai Thị Hoa")]))
        decisions.issue_decision(session, Decision(dt.date(2025, 3, 20), [
            DecisionItem(good.uuid, Outcome.RECOGNISED)]))
        session.commit()
    lines = _lines(qtbot, app_data, history.DOSSIER, good.uuid)
    _clean(lines)
    assert "Ngày áp dụng lần đầu | 02/11/2024 → 28/12/2024" in lines
    assert "Giá trị làm lợi (theo đơn vị) | 86.400.000 đồng → 120.000.000 đồng" in lines
    assert "Áp dụng thử | Không → Có" in lines
    assert "Tác giả thứ 1 › Ngày sinh | (trống) → (đã ẩn)" in lines  # personal data
    # Added list items: announced once, then their filled fields, with no doubled index.
    assert "Người tham gia áp dụng thứ 2 | Thêm mới" in lines
    assert "Người tham gia áp dụng thứ 2 › Họ và tên | Mai Thị Hoa" in lines
    assert not any(re.search(r"\d \d", line.split(" | ")[0]) for line in lines)
    # The recognition: translated hash row, the decision number, the new status.
    assert any(line.startswith("Mã kiểm tra nội dung (SHA-256) | ") for line in lines)
    assert any(line.startswith("Quyết định | 01/QĐ-CĐCS") for line in lines)
    # The creation snapshot shows shares as percentages.
    assert "Tác giả thứ 1 › Tỷ lệ đóng góp | 70%" in lines


def test_a_removed_author_says_who(qtbot, app_data):
    _council, (good, _weak) = set_up_unit(app_data)
    with app_data.db.session() as session:
        d = get_dossier(session, good.uuid)
        save_dossier(session, dataclasses.replace(
            d, authors=[dataclasses.replace(d.authors[0], share_percent=Decimal(100))]))
        session.commit()
    lines = _lines(qtbot, app_data, history.DOSSIER, good.uuid)
    assert "Tác giả thứ 2 | Đã xóa: Châu Ngọc Sơn" in lines
    assert "Tác giả thứ 1 › Tỷ lệ đóng góp | 70% → 100%" in lines


def test_council_meeting_and_decision_name_people_criteria_and_dossiers(qtbot, app_data):
    council, (good, weak) = set_up_unit(app_data)
    ids = [m.id for m in council.members]
    with app_data.db.session() as session:
        meeting = councils.record_meeting(session, Meeting(
            council_uuid=council.uuid, date=dt.date(2025, 3, 15), place="Phòng họp",
            present_member_ids=ids[:2], dossier_uuids=[good.uuid],
            sheets=[ScoreEntry(ids[0], good.uuid, {"tinh_moi": 34, "ap_dung": 27, "hieu_qua": 26}),
                    ScoreEntry(ids[1], good.uuid, {"tinh_moi": 30, "ap_dung": 25, "hieu_qua": 24})],
            absence_reasons={ids[2]: "Đi công tác"}))
        decision = decisions.issue_decision(session, Decision(dt.date(2025, 3, 20), [
            DecisionItem(good.uuid, Outcome.RECOGNISED, reward_vnd=6_048_000),
            DecisionItem(weak.uuid, Outcome.REJECTED, "Chưa có số liệu")], meeting_uuid=meeting.uuid))
        codes = {d.uuid: get_dossier(session, d.uuid).code for d in (good, weak)}
        session.commit()

    lines = _lines(qtbot, app_data, history.COUNCIL, council.uuid)
    _clean(lines)
    assert "Ngày quyết định thành lập | 10/01/2025" in lines
    assert "Thành viên thứ 1 › Họ và tên | Hoàng Minh Châu" in lines
    assert not any("Tên sáng kiến" in line for line in lines)  # a member's title is not a dossier's

    lines = _lines(qtbot, app_data, history.MEETING, meeting.uuid)
    _clean(lines)
    assert "Ngày | 15/03/2025" in lines
    assert "Lý do vắng | Vũ Quang Huy: Đi công tác" in lines
    assert "Thành viên có mặt | Hoàng Minh Châu, Đoàn Thị Lan Anh" in lines
    assert f"Hồ sơ xem xét | {codes[good.uuid]}" in lines
    assert (f"Phiếu đánh giá (Hoàng Minh Châu, {codes[good.uuid]}) › Điểm | "
            "Tính mới: 34; Khả năng áp dụng, nhân rộng: 27; Hiệu quả (kinh tế, xã hội): 26") in lines

    lines = _lines(qtbot, app_data, history.DECISION, decision.uuid)
    _clean(lines)
    assert "Ngày | 20/03/2025" in lines and "Trạng thái | Đã ban hành" in lines
    assert f"Hồ sơ ({codes[good.uuid]}) › Tiền thưởng | 6.048.000 đồng" in lines
    assert f"Hồ sơ ({codes[weak.uuid]}) › Kết quả | Không công nhận" in lines
    assert not any(line.startswith("Số |") for line in lines)  # "Số quyết định" says it
    assert not any(";;" in line or ";," in line for line in lines)  # legal bases joined once


# Actions the core records with a computed name: a dossier's new status after a decision or a
# nomination, and the portal's answer.
COMPUTED_ACTIONS = {"recognised", "rejected", "nominated", "portal_accepted", "portal_returned"}


def _recorded_actions() -> set[str]:
    """The action of every ``history.record(…)`` and ``entry_row(…)`` the core writes
    literally (conditional expressions give both branches)."""
    import ast
    from pathlib import Path

    import sangkien_desktop

    found: set[str] = set()
    root = Path(sangkien_desktop.__file__).parent
    for path in root.rglob("*.py"):
        if "gui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            position = {"record": 3, "entry_row": 2}.get(name)
            if position is None or len(node.args) <= position:
                continue
            branches = [node.args[position]]
            while branches:
                part = branches.pop()
                if isinstance(part, ast.IfExp):
                    branches += [part.body, part.orelse]
                elif isinstance(part, ast.Call) and part.args:  # literal("updated")
                    branches.append(part.args[0])
                elif isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found.add(part.value)
    return found


def test_every_action_the_core_records_has_words():
    from sangkien_desktop.gui.history_text import ACTIONS

    recorded = _recorded_actions()
    assert {"created", "binned", "purged", "imported", "replaced_by_import"} <= recorded
    assert recorded | COMPUTED_ACTIONS <= set(ACTIONS), sorted(recorded - set(ACTIONS))


def test_a_decisions_pay_and_scope_read_in_words(qtbot, app_data):
    """Pay to the authors and the recognition scope in the decision's history: the pay's
    basis, sum and rate by name (not basis, unit_sum_vnd), the scope by its label in the pack."""
    from sangkien_desktop.domain.pay import PayBasis, PayPlan

    _council, (good, weak) = set_up_unit(app_data)
    with app_data.db.session() as session:
        decision = decisions.issue_decision(session, Decision(dt.date(2025, 3, 20), [
            DecisionItem(good.uuid, Outcome.RECOGNISED, scope_code="co_so",
                         pay=PayPlan(PayBasis.BENEFIT, Decimal(7), (86_400_000, 90_000_000))),
            DecisionItem(weak.uuid, Outcome.RECOGNISED, benefit_agreed_vnd=0, scope_code="tinh",
                         pay=PayPlan(PayBasis.UNIT_SUM, unit_sum_vnd=2_000_000,
                                     basis_text="Quy chế chi tiêu nội bộ"))]))
        codes = {d.uuid: get_dossier(session, d.uuid).code for d in (good, weak)}
        session.commit()
    lines = _lines(qtbot, app_data, history.DECISION, decision.uuid)
    _clean(lines)
    good_code, weak_code = codes[good.uuid], codes[weak.uuid]
    assert (f"Hồ sơ ({good_code}) › Phạm vi ảnh hưởng | Phạm vi cơ sở: áp dụng, có hiệu quả "
            "tại đơn vị") in lines
    assert (f"Hồ sơ ({good_code}) › Thù lao cho tác giả › Cách tính | Theo giá trị làm lợi "
            "của từng năm") in lines
    assert f"Hồ sơ ({good_code}) › Thù lao cho tác giả › Tỷ lệ (%) | 7" in lines
    assert (f"Hồ sơ ({good_code}) › Thù lao cho tác giả › Giá trị làm lợi từng năm | "
            "86.400.000 đồng, 90.000.000 đồng") in lines
    assert (f"Hồ sơ ({weak_code}) › Thù lao cho tác giả › Cách tính | Khoản tiền do đơn vị "
            "quyết định") in lines
    assert f"Hồ sơ ({weak_code}) › Thù lao cho tác giả › Khoản tiền | 2.000.000 đồng" in lines
    assert f"Hồ sơ ({weak_code}) › Thù lao cho tác giả › Căn cứ | Quy chế chi tiêu nội bộ" in lines


def test_a_closed_meetings_results_name_the_members_out_and_abstaining(qtbot, app_data):
    from sangkien_desktop.domain.council import Recusal, RecusalKind
    from sangkien_desktop.services.council.meeting_closing import close_meeting

    council, (good, _weak) = set_up_unit(app_data)
    ids = [m.id for m in council.members]
    with app_data.db.session() as session:
        meeting = councils.record_meeting(session, Meeting(
            council_uuid=council.uuid, date=dt.date(2025, 3, 15), place="Phòng họp",
            present_member_ids=ids, dossier_uuids=[good.uuid],
            sheets=[ScoreEntry(ids[0], good.uuid, {"tinh_moi": 34, "ap_dung": 27, "hieu_qua": 26})],
            recusals=[Recusal(ids[1], good.uuid, RecusalKind.CONFLICT, "Em gái của tác giả"),
                      Recusal(ids[2], good.uuid, RecusalKind.ABSTAIN)]))
        close_meeting(session, meeting.uuid)
        code = get_dossier(session, good.uuid).code
        session.commit()
    lines = _lines(qtbot, app_data, history.MEETING, meeting.uuid)
    _clean(lines)
    assert f"Kết quả ({code}) › Không chấm, không biểu quyết | Đoàn Thị Lan Anh" in lines, lines
    assert f"Kết quả ({code}) › Không tham gia đánh giá | Vũ Quang Huy" in lines


def test_a_meeting_and_a_council_name_their_rule_pack_in_words(qtbot, app_data):
    from sangkien_desktop.services.council import rule_packs

    council, (good, _weak) = set_up_unit(app_data)
    with app_data.db.session() as session:
        meeting = councils.record_meeting(session, Meeting(
            council_uuid=council.uuid, date=dt.date(2025, 3, 15), place="Phòng họp",
            present_member_ids=[m.id for m in council.members], dossier_uuids=[good.uuid]))
        pack = rule_packs.get_pack(session, councils.get_meeting(session, meeting.uuid).rule_pack_ref)
        session.commit()
    for kind, uuid in ((history.MEETING, meeting.uuid), (history.COUNCIL, council.uuid)):
        lines = _lines(qtbot, app_data, kind, uuid)
        assert f"Bộ quy định | {pack.name} (phiên bản {pack.version})" in lines, lines
        assert not any("@" in line for line in lines), lines
