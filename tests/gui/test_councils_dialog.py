"""Setting up a council through its dialog: members with roles, the rubric edited, history."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from sangkien_desktop.domain.council import Role
from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers import history
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog


def _member(dialog, name: str, role: Role, position: str) -> None:
    dialog.ui.addMemberButton.click()
    table = dialog.ui.membersTable
    row = table.rowCount() - 1
    table.item(row, 0).setText(name)
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData(role.value))
    table.item(row, 3).setText(position)


def test_new_council_with_members_and_an_edited_rubric(qtbot, app_data):
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.nameEdit.clear()
    commit_text(ui.nameEdit, "Hội đồng sáng kiến Công ty Cổ phần Nhựa Tiền Phong")
    ui.yearSpin.setValue(2025)
    commit_text(ui.foundingNumberEdit, "12/QĐ-NTP")
    commit_text(ui.foundingDateEdit, "06/01/2025")
    _member(dialog, "Nguyễn Đức Thắng", Role.CHAIR, "Giám đốc")
    _member(dialog, "Lê Thị Hường", Role.SECRETARY, "Chủ tịch Công đoàn")
    _member(dialog, "Phạm Quốc Việt", Role.MEMBER, "Quản đốc")
    assert dialog.windowTitle().startswith("*")

    ui.criteriaTable.item(0, 1).setText("50")  # tính mới up to 50
    assert ui.maxTotalLabel.text() == "Tổng điểm tối đa: 110"
    ui.criteriaTable.item(1, 3).setText("35")  # a pass mark above the maximum is refused
    assert not dialog.save()
    assert "lớn hơn điểm tối đa" in ui.errorLabel.text()
    ui.criteriaTable.item(1, 3).setText("")
    ui.criteriaTable.item(1, 4).setCheckState(Qt.Unchecked)
    ui.quorumCombo.setEditText("3/4")
    assert dialog.save(), ui.errorLabel.text()
    assert not ui.errorLabel.isVisibleTo(dialog) and not dialog.windowTitle().startswith("*")

    with app_data.db.session() as session:
        (council,) = councils.list_councils(session)
    assert [(m.full_name, m.role) for m in council.members] == [
        ("Nguyễn Đức Thắng", Role.CHAIR), ("Lê Thị Hường", Role.SECRETARY), ("Phạm Quốc Việt", Role.MEMBER)]
    assert council.founding_number == "12/QĐ-NTP" and council.founding_date.day == 6
    criteria = council.rubric.criteria
    assert criteria[0].max_score == Decimal(50)
    assert criteria[1].pass_mark is None and not criteria[1].disqualifying
    assert str(council.rules.quorum) == "3/4"
    assert [b.label for b in council.rubric.bands] == ["Loại A", "Loại B", "Loại C"]

    # A change is logged with readable names.
    ui.membersTable.item(2, 3).setText("Trưởng phòng Kỹ thuật")
    assert dialog.save()
    log = HistoryDialog(app_data, history.COUNCIL, council.uuid, council.name)
    qtbot.addWidget(log)
    lines = [" | ".join(r) for r in log.rows()]
    assert any("Thành viên thứ 3 › Chức vụ" in line and "Quản đốc → Trưởng phòng Kỹ thuật" in line
               for line in lines), lines


def test_two_chairs_are_refused(qtbot, app_data):
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    _member(dialog, "Nguyễn Đức Thắng", Role.CHAIR, "")
    _member(dialog, "Lê Thị Hường", Role.CHAIR, "")
    assert not dialog.save()
    assert "một Chủ tịch" in dialog.ui.errorLabel.text()
    with app_data.db.session() as session:
        assert councils.list_councils(session) == []
