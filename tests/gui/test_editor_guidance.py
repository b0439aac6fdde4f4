"""The guided editor: portal counting, live checks, acknowledgements, help and autosave."""

from __future__ import annotations

import datetime as dt
import unicodedata

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.validation import Severity
from sangkien_desktop.services.dossiers import checks, drafts
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.gui.typing import type_text

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.main_window import MainWindow


def _text_of_length(n: int) -> str:
    sentence = "Đường ống dẫn nước mới giúp tiết kiệm điện năng và công sức của người lao động. "
    text = (sentence * (n // len(sentence) + 1))[:n]
    return text[:-1] + "x" if text.endswith(" ") else text


def _paste(widget, text: str) -> None:
    widget.clear()
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()
    QApplication.processEvents()


def _mot_trieu(editor) -> None:
    """The closed 2021–2023 program (2000 characters, its window): a new dossier no longer
    takes it by default."""
    combo = editor.ui.campaignCombo
    combo.setCurrentIndex(combo.findData("mot-trieu-sang-kien-2021-2023"))


def test_pasted_decomposed_text_at_the_limit_counts_as_the_limit(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    _mot_trieu(editor)
    exact = _text_of_length(2000)
    decomposed = unicodedata.normalize("NFD", "\u200b" + exact + "\u00ad")
    assert len(decomposed) > 2100  # every mark is a separate code point
    _paste(ui.portalEdit, decomposed)
    assert ui.portalEdit.toPlainText() == exact
    assert ui.portalCountLabel.text() == "2.000/2.000 ký tự"
    report = editor.panel.run()
    assert "SK-PORTAL-TEXT-LIMIT" not in report.rule_ids()

    _paste(ui.portalEdit, unicodedata.normalize("NFD", exact + "ế"))
    assert ui.portalCountLabel.text() == "2.001/2.000 ký tự"
    report = editor.panel.run()
    limit = [f for f in report.findings if f.rule_id == "SK-PORTAL-TEXT-LIMIT"]
    assert limit and limit[0].severity is Severity.ERROR and limit[0].field == "portal_text"


def test_live_panel_names_the_rule_and_jumps_to_the_field(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    _mot_trieu(editor)
    type_text(ui.titleEdit, "Máy gấp giấy tự động")
    ui.firstAppliedEdit.setText("31/08/2021")
    report = editor.panel.run()
    window = [f for f in report.findings if f.rule_id == "SK-DATE-WINDOW"]
    assert window and window[0].source
    items = [ui.findingsList.item(i) for i in range(ui.findingsList.count())]
    item = next(i for i in items if i.data(256) == "first_applied_on")  # Qt.ItemDataRole.UserRole
    ui.stepList.setCurrentRow(0)
    ui.findingsList.itemClicked.emit(item)
    assert ui.steps.currentWidget() is ui.applicationPage
    assert QApplication.focusWidget() is ui.firstAppliedEdit

    ui.firstAppliedEdit.setText("01/09/2021")  # the window's first day passes
    assert "SK-DATE-WINDOW" not in editor.panel.run().rule_ids()
    assert "Hồ sơ đạt kiểm tra không có nghĩa là chắc chắn được công nhận" in ui.disclaimerLabel.text()


def test_a_warning_is_acknowledged_by_a_named_person(qtbot, app_data, monkeypatch):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    type_text(ui.titleEdit, "Sổ theo dõi ca trực")
    report = editor.panel.run()
    row = next(
        i for i, f in enumerate(report.findings) if f.severity is Severity.WARNING
    )
    finding = report.findings[row]
    ui.findingsTable.selectRow(row)
    answers = iter([("Hoàng Thị Thu", True), ("Đã trao đổi với Hội đồng", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    editor.panel.acknowledge_selected(editor.dossier.uuid)
    with app_data.db.session() as session:
        kept = checks.acknowledgements(session, editor.dossier.uuid)
    assert [(a.rule_id, a.by, a.reason) for a in kept] == [
        (finding.rule_id, "Hoàng Thị Thu", "Đã trao đổi với Hội đồng")
    ]
    assert "(đã xác nhận bỏ qua)" in ui.findingsList.item(row).text()

    # An error cannot be acknowledged: the officer is told to fix it instead.
    error_row = next(i for i, f in enumerate(report.findings) if f.severity is Severity.ERROR)
    ui.findingsTable.selectRow(error_row)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    editor.panel.acknowledge_selected(editor.dossier.uuid)
    assert told and "Lỗi thì không bỏ qua được" in told[0]


def test_help_follows_the_field_with_focus(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.stepList.setCurrentRow(2)
    editor.ui.solutionEdit.setFocus()
    QApplication.processEvents()
    assert "Mô tả bản chất của sáng kiến" in editor.ui.helpBox.toPlainText()
    assert "Ví dụ" in editor.ui.helpBox.toPlainText()
    editor.ui.stepList.setCurrentRow(3)
    editor.ui.benefitUnitVndEdit.setFocus()
    QApplication.processEvents()
    assert "Giá trị làm lợi" in editor.ui.helpBox.toPlainText()


def test_typing_survives_a_crash_and_is_offered_back(qtbot, app_data, monkeypatch):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    type_text(ui.titleEdit, "Bảng nhắc việc điện tử")
    ui.firstAppliedEdit.setText("31/02/20")  # half-typed and invalid: still kept
    editor.authors.add_row({"full_name": "Đinh Văn Quang"})
    editor.autosave_timer.setInterval(50)
    editor._changed()
    qtbot.waitUntil(lambda: ui.autosaveLabel.text().startswith("Đã lưu nháp"), timeout=3000)
    uuid = editor.dossier.uuid
    # The power goes: no save, no close handler.
    editor.autosave_timer.stop()
    editor.panel.timer.stop()
    QApplication.instance().focusChanged.disconnect(editor._focus_changed)
    editor.hide()  # gone from the screen, never closed (qtbot deletes it at the end)

    with app_data.db.session() as session:
        pending = drafts.pending_drafts(session)
    assert [(p.dossier_uuid, p.title, p.is_new) for p in pending] == [(uuid, "Bảng nhắc việc điện tử", True)]

    window = MainWindow(app_data)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    reopened = []

    def fake_exec(self):
        reopened.append(
            (self.ui.titleEdit.text(), self.ui.firstAppliedEdit.text(), self.authors.texts()[0][0])
        )
        self.ui.firstAppliedEdit.setText("15/03/2024")
        assert self.save()
        return 1

    monkeypatch.setattr(DossierEditor, "exec", fake_exec)
    assert window.recover_drafts() == 1
    assert reopened == [("Bảng nhắc việc điện tử", "31/02/20", "Đinh Văn Quang")]
    with app_data.db.session() as session:
        saved = get_dossier(session, uuid)
        assert saved.first_applied_on == dt.date(2024, 3, 15)
        assert drafts.pending_drafts(session) == []


def test_check_a_selection_from_the_main_window(qtbot, app_data, monkeypatch):
    with app_data.db.session() as session:
        for title in ("Máy bóc vỏ lạc", "Phần mềm xếp lịch trực"):
            save_dossier(
                session,
                Dossier(title=title, campaign_id="mot-trieu-sang-kien-2021-2023",
                        authors=[Author(full_name="Mai Văn Tùng")]),
            )
        session.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.dossierTable.selectAll()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    job = window.check_selected()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    assert window.last_check_summary.startswith("Đã kiểm tra 2 hồ sơ:")
    errors = int(window.last_check_summary.split(": ")[1].split(" lỗi")[0])
    assert errors > 0  # neither dossier has a first application date, kind or description


def test_findings_are_marked_with_drawn_icons_not_emoji(qtbot, app_data):
    """Issue 18: "⛔" showed as an empty box without an emoji font; Qt's style draws the marks."""
    from sangkien_desktop.gui.dialogs import check_panel

    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    type_text(ui.titleEdit, "Sổ theo dõi ca trực")
    report = editor.panel.run()
    assert {f.severity for f in report.findings} >= {Severity.ERROR, Severity.WARNING}
    for i, finding in enumerate(report.findings):
        item = ui.findingsList.item(i)
        assert not item.icon().isNull()
        expected = check_panel.severity_icon(finding.severity).pixmap(16).toImage()
        assert item.icon().pixmap(16).toImage() == expected
        assert not any(ord(ch) > 0x2600 for ch in item.text()), item.text()
        assert not ui.findingsTable.item(i, 0).icon().isNull()
    errors = check_panel.severity_icon(Severity.ERROR).pixmap(16).toImage()
    assert errors != check_panel.severity_icon(Severity.WARNING).pixmap(16).toImage()
