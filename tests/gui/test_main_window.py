"""Driving the real window: create a dossier by typing Vietnamese, save, reopen, search."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.gui.typing import commit_text, type_text

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.main_window import MainWindow

# On the test server too (tests/conftest.py), as the storage and services tests run.
pytestmark = pytest.mark.both_engines


def _save(app_data, *dossiers):
    """Stores the dossiers; one with a status other than draft as an import would (the status
    of a dossier made here follows its acts)."""
    with app_data.db.session() as session:
        for d in dossiers:
            save_dossier(session, d, imported=d.status != "draft")
        session.commit()


def _titles(window):
    model = window.model
    return [model.row_at(i).title for i in range(model.rowCount())]


def _search(qtbot, window, text):
    window.ui.searchEdit.clear()
    type_text(window.ui.searchEdit, text)
    qtbot.waitUntil(lambda: window.model.query.search == text, timeout=2000)


def test_create_save_reopen_and_find_without_diacritics(qtbot, app_data, tmp_path,
                                                        database_url):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    editor = DossierEditor(app_data, None, window)
    qtbot.addWidget(editor)
    ui = editor.ui
    type_text(ui.titleEdit, "Cải tiến đường dẫn khí nén")
    commit_text(ui.fieldEdit, "Sản xuất linh kiện điện tử")
    ui.unitCombo.setEditText("")
    commit_text(ui.unitCombo.lineEdit(), "Công ty TNHH Điện tử Lao Động Mới")
    type_text(ui.firstAppliedEdit, "15/09/2022")
    commit_text(ui.solutionEdit, "Lắp đặt van một chiều và đường ống mới.")
    ui.benefitAuthorVndEdit.setText("120.000.000")
    editor.authors.add_row()
    table = ui.authorsTable
    table.item(0, 0).setText("Nguyễn Thị Hằng")
    table.item(0, 1).setText("03/04/1988")
    table.item(0, 7).setText("100")
    assert editor.save(), ui.errorLabel.text()
    uuid = editor.saved_uuid
    editor.close()
    window.close()
    app_data.close()

    reopened = open_app_data(tmp_path / "data", database=database_url)
    try:
        window2 = MainWindow(reopened)
        qtbot.addWidget(window2)
        for query in ("duong dan", "lao dong", "hang", "DUONG"):
            _search(qtbot, window2, query)
            assert _titles(window2) == ["Cải tiến đường dẫn khí nén"], query
        _search(qtbot, window2, "khong co")
        assert _titles(window2) == []
        with reopened.db.session() as session:
            saved = get_dossier(session, uuid)
        assert saved.first_applied_on == dt.date(2022, 9, 15)
        assert saved.benefit_author_vnd == 120_000_000
        assert saved.authors[0].full_name == "Nguyễn Thị Hằng"
        assert saved.authors[0].share_percent == Decimal("100.00")
        assert saved.unit_name == "Công ty TNHH Điện tử Lao Động Mới"
        assert saved.description_solution == "Lắp đặt van một chiều và đường ống mới."
    finally:
        reopened.close()


def test_bad_inputs_are_shown_at_the_field_and_nothing_is_saved(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    type_text(ui.titleEdit, "Sáng kiến thử")
    ui.firstAppliedEdit.setText("31/02/2022")
    assert not editor.save()
    assert "không có thật" in ui.errorLabel.text()
    assert ui.steps.currentWidget() is ui.applicationPage
    assert "border" in ui.firstAppliedEdit.styleSheet()

    ui.firstAppliedEdit.setText("01/09/2022")
    editor.authors.add_row({"full_name": "Trần Văn Bình"})
    ui.authorsTable.item(0, 7).setText("năm mươi")
    assert "không phải là một số" in ui.errorLabel.text()  # shown live, while typing
    assert not editor.save()
    assert ui.steps.currentWidget() is ui.authorsPage
    assert ui.authorsTable.currentRow() == 0 and ui.authorsTable.currentColumn() == 7

    ui.authorsTable.item(0, 7).setText("100")
    ui.benefitUnitVndEdit.setText("một trăm triệu")
    assert not editor.save()
    assert "không đọc được" in ui.errorLabel.text()
    with app_data.db.session() as session:
        assert count_dossiers(session, DossierQuery()) == 0

    ui.benefitUnitVndEdit.setText("100.000.000")
    assert editor.save()
    with app_data.db.session() as session:
        assert count_dossiers(session, DossierQuery()) == 1


def test_unreadable_attachment_is_refused_with_a_message(qtbot, app_data, tmp_path, monkeypatch):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    bad = tmp_path / "ghi-chu.txt"
    bad.write_text("không phải PDF")
    missing = tmp_path / "khong-ton-tai.pdf"
    good = tmp_path / "quyet-dinh.pdf"
    good.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    monkeypatch.setattr(
        "sangkien_desktop.gui.dialogs.attachments_step.QFileDialog.getOpenFileNames",
        lambda *a, **k: ([str(bad), str(missing), str(good)], ""),
    )
    shown = []
    monkeypatch.setattr(
        "sangkien_desktop.gui.dialogs.attachments_step.QMessageBox.warning",
        lambda _p, _t, text: shown.append(text),
    )
    editor.attachments.add()
    assert [a.filename for a in editor.attachments.refs] == ["quyet-dinh.pdf"]
    assert len(shown) == 1
    assert "ghi-chu.txt" in shown[0] and "khong-ton-tai.pdf" in shown[0]


def test_filters_sort_and_bin(qtbot, app_data, monkeypatch):
    _save(
        app_data,
        Dossier(title="Bảng điều khiển máy nén", unit_name="Nhà máy A", status="recognised",
                campaign_id="mot-trieu-sang-kien-2021-2023",
                authors=[Author(full_name="Lê Văn Cường", share_percent=Decimal(100))]),
        Dossier(title="Ứng dụng phần mềm chấm công", unit_name="Trường THCS B",
                campaign_id="cong-nhan-cap-co-so"),
        Dossier(title="Đổi mới cách thu đoàn phí", unit_name="Nhà máy A"),
    )
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 3
    ui = window.ui
    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData("recognised"))
    assert _titles(window) == ["Bảng điều khiển máy nén"]
    ui.statusFilter.setCurrentIndex(0)
    window.show()
    qtbot.waitUntil(lambda: ui.unitFilter.count() == 3)  # filled just after the first paint
    ui.unitFilter.setCurrentIndex(ui.unitFilter.findData("Nhà máy A"))
    assert sorted(_titles(window)) == ["Bảng điều khiển máy nén", "Đổi mới cách thu đoàn phí"]
    ui.unitFilter.setCurrentIndex(0)
    ui.campaignFilter.setCurrentIndex(ui.campaignFilter.findData("cong-nhan-cap-co-so"))
    assert _titles(window) == ["Ứng dụng phần mềm chấm công"]
    ui.campaignFilter.setCurrentIndex(0)

    # Sorting by title follows Vietnamese letters folded: Đ sorts with D, not after Z.
    window.ui.dossierTable.sortByColumn(0, Qt.AscendingOrder)
    assert _titles(window) == [
        "Bảng điều khiển máy nén", "Đổi mới cách thu đoàn phí", "Ứng dụng phần mềm chấm công"
    ]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ui.dossierTable.selectRow(0)
    window.delete_selected()
    assert "Bảng điều khiển máy nén" not in _titles(window)

    from sangkien_desktop.gui.dialogs.bin_dialog import BinDialog

    bin_dialog = BinDialog(app_data, window)
    qtbot.addWidget(bin_dialog)
    assert bin_dialog.model.rowCount() == 1
    bin_dialog.ui.binTable.selectRow(0)
    bin_dialog.restore_selected()
    assert bin_dialog.model.rowCount() == 0
    window.reload()
    assert len(_titles(window)) == 3


def test_quit_after_load_signal_fires_once_list_is_painted(qtbot, app_data):
    _save(app_data, Dossier(title="Sáng kiến một"))
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listPainted, timeout=3000):
        window.show()
    QTimer.singleShot(0, QApplication.processEvents)


def test_a_recognised_dossier_is_not_binned_or_purged_and_the_user_is_told(
    qtbot, app_data, monkeypatch, _no_modal_boxes
):
    from sangkien_desktop.services.dossiers import history

    from sangkien_desktop.gui.dialogs.bin_dialog import BinDialog

    kept = Dossier(title="Máy cắt ống tự động", unit_name="Nhà máy A")
    binned = Dossier(title="Giá đỡ khuôn", unit_name="Nhà máy A")
    _save(app_data, kept, binned)
    with app_data.db.session() as session:
        move_to_bin(session, binned.uuid)
        # Recognised after it went to the bin (e.g. a decision imported later): still protected.
        for uuid in (kept.uuid, binned.uuid):
            history.freeze(session, get_dossier(session, uuid))
        session.commit()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, *a, **k: (
        asked.append(title), QMessageBox.StandardButton.Yes)[1])

    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.dossierTable.selectRow(0)
    window.delete_selected()
    assert _titles(window) == ["Máy cắt ống tự động"]
    # Refused before any question, with the reason (issue 18: it asked first, then refused).
    assert asked == []
    assert _no_modal_boxes and _no_modal_boxes[-1][0] == "Không xóa được"
    assert "đã được công nhận" in _no_modal_boxes[-1][1]

    bin_dialog = BinDialog(app_data, window)
    qtbot.addWidget(bin_dialog)
    bin_dialog.ui.binTable.selectRow(0)
    bin_dialog.purge_selected()
    assert bin_dialog.model.rowCount() == 1
    assert _no_modal_boxes[-1][0] == "Không xóa hẳn được"


def test_a_correction_and_its_recognised_version_are_told_apart_in_the_list(qtbot, app_data):
    from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
    from sangkien_desktop.services.council import decisions

    with app_data.db.session() as session:
        d = save_dossier(session, Dossier(
            title="Khuôn gá hàn ống", code="SK-2024-00001", first_applied_on=dt.date(2024, 3, 1),
            authors=[Author(full_name="Vũ Văn Khải", share_percent=Decimal(100))]))
        decisions.issue_decision(session, Decision(date=dt.date(2024, 5, 2), items=[
            DecisionItem(d.uuid, Outcome.RECOGNISED)]))
        decisions.new_version(session, d.uuid)
        session.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    model = window.model
    # By default the list shows the dossier once, as it now stands: the correction.
    assert [model.data(model.index(i, 1)) for i in range(model.rowCount())] == ["SK-2024-00001 · bản 2"]
    assert window.count_label.text() == "1 hồ sơ"
    window.ui.oldVersionsCheck.setChecked(True)  # "Hiện cả phiên bản cũ"
    assert model.rowCount() == 2 and window.count_label.text() == "2 hồ sơ"
    codes = {model.row_at(i).superseded: model.index(i, 1) for i in range(model.rowCount())}
    assert model.data(codes[True]) == "SK-2024-00001 · bản 1"
    assert model.data(codes[False]) == "SK-2024-00001 · bản 2"
    assert "bản sửa đổi (bản 2)" in model.data(codes[True], Qt.ItemDataRole.ToolTipRole)
    assert model.data(codes[True], Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(codes[False], Qt.ItemDataRole.ForegroundRole) is None


def test_every_menu_entry_leads_somewhere(qtbot, app_data):
    from PySide6.QtCore import SIGNAL

    window = MainWindow(app_data)
    qtbot.addWidget(window)
    dead = []
    for menu in window.ui.menubar.findChildren(type(window.ui.menuFile)):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.isVisible(), action.objectName()
            if action.receivers(SIGNAL("triggered(bool)")) == 0:
                dead.append(action.objectName())
    assert not dead


def test_default_columns_hold_a_revised_code_and_the_longest_status(qtbot, app_data):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    header = window.ui.dossierTable.horizontalHeader()
    metrics = window.ui.dossierTable.fontMetrics()
    assert header.sectionSize(1) > metrics.horizontalAdvance("SK-2025-00017 · bản 2")
    assert header.sectionSize(6) > metrics.horizontalAdvance("Đã cập nhật lên cổng")


def test_the_list_opens_in_its_default_order_whatever_column_was_sorted_last(qtbot, app_data):
    _save(app_data, Dossier(title="Bảng điều khiển", code="SK-2024-00002"),
          Dossier(title="Ứng dụng chấm công", code="SK-2024-00001"))
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    newest_first = _titles(window)
    window.ui.dossierTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by code
    assert _titles(window) == ["Ứng dụng chấm công", "Bảng điều khiển"]
    window.close()  # keeps the columns (and the sort indicator) in the settings
    again = MainWindow(app_data)
    qtbot.addWidget(again)
    assert again.model.query.sort == "updated_at" and _titles(again) == newest_first
    assert again.ui.dossierTable.horizontalHeader().sortIndicatorSection() == -1


def test_a_data_folder_without_wal_is_said_once_at_start(qtbot, app_data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    if app_data.db.server is not None:
        pytest.skip("a data folder's journal mode: SQLite only")

    from sangkien_desktop.gui.app import warn_about_journal

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    warn_about_journal(parent, app_data)
    assert shown == []  # a local folder: nothing to say
    monkeypatch.setattr(app_data.db, "journal_mode", "delete")
    warn_about_journal(parent, app_data)
    assert len(shown) == 1 and "WAL" in shown[0]


def test_the_window_title_names_the_program_once(qtbot, app_data):
    """Qt appends the display name ("Sáng kiến Desktop") to every title: the window's own
    title must not say it again (issue 18)."""
    from sangkien_desktop import APP_NAME

    from sangkien_desktop.gui.labels import core_text

    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert APP_NAME not in window.windowTitle()
    # On a shared database, which one (gui/main_window.py: window_title).
    shared = f" — {core_text(app_data.db.label)}" if app_data.db.server is not None else ""
    assert window.windowTitle() == "Danh sách hồ sơ sáng kiến" + shared


def test_a_long_title_opens_at_its_beginning(qtbot, app_data):
    title = ("Cải tiến quy trình kiểm tra chất lượng đường may bằng bảng đối chiếu màu và thước đo "
             "tự chế cho tổ may số 3 của phân xưởng may xuất khẩu")
    d = Dossier(title=title, unit_name="Công ty TNHH May Nam Việt")
    _save(app_data, d)
    editor = DossierEditor(app_data, d.uuid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.titleEdit.text() == title
    assert editor.ui.titleEdit.cursorPosition() == 0  # the start shows, not the last words
    assert editor.ui.unitCombo.lineEdit().cursorPosition() == 0
