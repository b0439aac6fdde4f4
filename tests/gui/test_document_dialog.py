"""The document dialog: the documents a dossier has, its number (a used one refused),
files written through a worker job, and the print preview's pages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.services.council import councils, decisions, numbering
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT

from sangkien_desktop.gui.dialogs import document_dialog
from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.print_preview import PrintPreview
from sangkien_desktop.gui.main_window import MainWindow


@pytest.fixture
def decided(app_data):
    """Two dossiers considered at a meeting whose minutes have no number yet; the first
    recognised by decision 1/QĐ-CĐCS. BB number 1 of 2022 is held by another document."""
    with app_data.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        good, weak = make_dossiers(s)
        meeting = make_meeting(s, council, [good, weak])
        meeting = councils.record_meeting(s, dataclasses.replace(meeting, minutes_number=""))
        decisions.issue_decision(s, Decision(
            date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid,
            items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
                   DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa có số liệu.")]))
        numbering.register(s, "BB", 1, dt.date(2022, 2, 1), suffix="HĐSK", ref_uuid="another")
        s.commit()
    return good.uuid, meeting.uuid


def _dialog(qtbot, app_data, uuid, kind) -> DocumentDialog:
    dialog = DocumentDialog.for_dossier(None, app_data, uuid)
    qtbot.addWidget(dialog)
    dialog.ui.kindCombo.setCurrentIndex([c.kind for c in dialog.choices].index(kind))
    return dialog


def _save_to(monkeypatch, path):
    asked = []

    def fake(_parent, _title, suggested, filters, *a, **k):
        asked.append((suggested, filters))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.is_running(), timeout=20000)


def test_the_dossier_offers_its_own_the_councils_and_the_decisions_documents(qtbot, app_data, decided):
    dialog = _dialog(qtbot, app_data, decided[0], "quyet-dinh")
    kinds = [c.kind for c in dialog.choices]
    assert kinds == ["don-yeu-cau", "bao-cao-mo-ta", "phieu-danh-gia", "bien-ban",
                     "quyet-dinh", "giay-chung-nhan", "giay-xac-nhan"]
    assert dialog.ui.numberFixed.text() == "01/QĐ-CĐCS"
    assert dialog.ui.numberSpin.isHidden()


def test_a_used_number_is_refused_and_a_free_one_is_written_and_registered(
        qtbot, app_data, decided, tmp_path, monkeypatch):
    good, meeting = decided
    dialog = _dialog(qtbot, app_data, good, "bien-ban")
    ui = dialog.ui
    assert not ui.numberSpin.isHidden() and ui.numberSuffix.text() == "/BB-HĐSK"
    assert ui.numberSpin.value() == 2  # the next free number of 2022
    asked = _save_to(monkeypatch, tmp_path / "bien-ban.pdf")
    ui.numberSpin.setValue(1)
    qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    assert not ui.errorLabel.isHidden()
    assert "01/BB-HĐSK năm 2022 đã được dùng" in ui.errorLabel.text()
    assert "Hãy dùng số 2" in ui.errorLabel.text()
    assert asked == [] and not (tmp_path / "bien-ban.pdf").exists()

    ui.numberSpin.setValue(2)
    assert ui.errorLabel.isHidden()
    qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    out = tmp_path / "bien-ban.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Số: 02/BB-HĐSK" in text and "BIÊN BẢN" in text
    assert dialog.written == [out]
    with app_data.db.session() as s:
        assert numbering.holder(s, "BB", 2022, 2) == meeting
    # The same document saved again keeps its number; the meeting now has it as its minutes
    # number, so a new dialog shows it as fixed.
    qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    assert ui.errorLabel.isHidden()
    again = _dialog(qtbot, app_data, good, "bien-ban").ui
    assert again.numberSpin.isHidden() and again.numberFixed.text() == "02/BB-HĐSK"


def test_a_rejected_dossier_offers_its_numbered_notice_not_the_decision(
        qtbot, app_data, decided, tmp_path, monkeypatch):
    with app_data.db.session() as s:
        weak = next(i.dossier_uuid for d in decisions.list_decisions(s) for i in d.items
                    if i.outcome == Outcome.REJECTED)
    dialog = _dialog(qtbot, app_data, weak, "thong-bao-khong-cong-nhan")
    ui = dialog.ui
    assert "quyet-dinh" not in [c.kind for c in dialog.choices]
    assert ui.kindCombo.currentText() == "Thông báo không công nhận sáng kiến"
    assert not ui.numberSpin.isHidden() and ui.numberSuffix.text() == "/TB-CĐCS"
    assert ui.numberSpin.value() == 1 and "Mỗi tờ một số" in ui.numberNote.text()
    _save_to(monkeypatch, tmp_path / "tb.pdf")
    qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "tb.pdf").pages).split())
    assert "Số: 01/TB-CĐCS" in text and "Lý do không công nhận: Chưa có số liệu." in text
    with app_data.db.session() as s:
        assert numbering.holder(s, "TB", 2022, 1).endswith(weak)


def test_both_formats_are_written_side_by_side(qtbot, app_data, decided, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, app_data, decided[0], "don-yeu-cau")
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("both"))
    asked = _save_to(monkeypatch, tmp_path / "don.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    assert asked[0][0].endswith(".pdf") and "Word (*.docx)" in asked[0][1]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["don.docx", "don.pdf"]
    assert (tmp_path / "don.pdf").read_bytes()[:4] == b"%PDF"
    assert (tmp_path / "don.docx").read_bytes()[:2] == b"PK"
    assert "don.docx" in dialog.ui.statusLabel.text()


def test_open_writes_to_the_temporary_folder_and_asks_the_system_viewer(
        qtbot, app_data, decided, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(document_dialog.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(document_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = _dialog(qtbot, app_data, decided[0], "giay-chung-nhan")
    qtbot.mouseClick(dialog.ui.openButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    path = tmp_path / document_dialog.OPEN_DIR / "giay-chung-nhan-01-QĐ-CĐCS.pdf"
    assert [u.toLocalFile() for u in opened] == [str(path)]
    assert len(PdfReader(path).pages) == 2  # the two authors of the recognised dossier


def test_preview_builds_every_page_and_printing_claims_the_number(
        qtbot, app_data, decided, monkeypatch):
    built = []

    def exec_(self):
        widget = self.preview_widget()
        widget.updatePreview()  # what showing the dialog does: paint every page
        built.append((widget.pageCount(), self.page_count, self.printer().pageLayout().orientation()))
        return QDialog.Accepted  # as after the officer pressed Print

    monkeypatch.setattr(PrintPreview, "exec", exec_)
    good, meeting = decided
    dialog = _dialog(qtbot, app_data, good, "bien-ban")
    qtbot.mouseClick(dialog.ui.previewButton, Qt.LeftButton)
    _wait(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(built), timeout=5000)
    pages, in_pdf, orientation = built[0]
    assert pages == in_pdf >= 2
    assert orientation.name == "Portrait"
    with app_data.db.session() as s:
        assert numbering.holder(s, "BB", 2022, 2) == meeting
    assert "máy in" in dialog.ui.statusLabel.text()


def test_print_in_the_main_window_opens_the_document_dialog(qtbot, app_data, decided, monkeypatch):
    shown = []
    monkeypatch.setattr(DocumentDialog, "exec", lambda self: shown.append(
        [c.kind for c in self.choices]) or QDialog.Rejected)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    row = window.model.row_of_uuid(decided[0])
    window.ui.dossierTable.selectRow(row)
    window.ui.actionPrint.trigger()
    assert shown and shown[0][:3] == ["don-yeu-cau", "bao-cao-mo-ta", "phieu-danh-gia"]
