"""Issue 18, item 1 in the window: the status is shown, never typed; "Nộp Hội đồng" in the
editor, the main list and the meeting's dossier list; undoing an act asks for its reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox

from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import portal
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.gui.council_setup import set_up_unit
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs import status_acts
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog
from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog
from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog
from sangkien_desktop.gui.dialogs.reason_dialog import ReasonDialog
from sangkien_desktop.gui.main_window import MainWindow


def _draft(app_data, title="Kẹp giữ ống mềm khi bảo dưỡng máy nén") -> Dossier:
    with app_data.db.session() as s:
        d = save_dossier(s, Dossier(title=title, unit_name="Tổ Bảo dưỡng", authors=[
            Author(full_name="Lục Văn Thành", share_percent=Decimal(100))]))
        s.commit()
    return d


def _status(app_data, uuid) -> Status:
    with app_data.db.session() as s:
        return get_dossier(s, uuid).status


def _yes(monkeypatch, asked):
    def question(_parent, title, text, *_a, **_k):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", question)


def test_the_editor_shows_the_status_and_has_no_way_to_type_it(qtbot, app_data):
    with app_data.db.session() as s:
        (recognised,) = recognised_dossiers(s, 1)
        s.commit()
    editor = DossierEditor(app_data, recognised.uuid)
    qtbot.addWidget(editor)
    assert editor.findChild(QComboBox, "statusCombo") is None
    assert "Đã công nhận" in editor.ui.statusValue.text()
    assert not editor.ui.statusActButton.isVisibleTo(editor)  # nothing to start from here
    # Saving the editor keeps the stored status whatever happened in the form.
    editor.ui.notesEdit.setPlainText("Đã gửi LĐLĐ tỉnh")
    assert editor.save()
    assert _status(app_data, recognised.uuid) == Status.RECOGNISED


def test_submitting_from_the_editor_and_withdrawing_with_a_reason(qtbot, app_data, monkeypatch,
                                                                   _no_modal_boxes):
    draft = _draft(app_data)
    editor = DossierEditor(app_data, draft.uuid)
    qtbot.addWidget(editor)
    ui = editor.ui
    assert "Bản nháp" in ui.statusValue.text() and ui.statusActButton.text() == "Nộp Hội đồng"
    ui.statusActButton.click()  # answered "No" by default: nothing happens
    assert _status(app_data, draft.uuid) == Status.DRAFT
    _yes(monkeypatch, _no_modal_boxes)
    ui.statusActButton.click()
    assert "Nộp hồ sơ “Kẹp giữ ống mềm" in _no_modal_boxes[-1][1]
    assert _status(app_data, draft.uuid) == Status.SUBMITTED
    assert "Đã nộp Hội đồng" in ui.statusValue.text()
    assert ui.statusActButton.text() == "Rút hồ sơ khỏi Hội đồng…"
    assert editor.saved_uuid == draft.uuid  # the list reloads after the editor closes

    asked = []
    monkeypatch.setattr(ReasonDialog, "ask", lambda _p, title, question, action:
                        asked.append(question) or "Tác giả xin bổ sung ảnh")
    ui.statusActButton.click()
    assert "Rút hồ sơ “Kẹp giữ ống mềm" in asked[0]
    assert _status(app_data, draft.uuid) == Status.DRAFT
    with app_data.db.session() as s:
        entry = history.for_entity(s, history.DOSSIER, draft.uuid)[-1]
    assert entry.action == "submission_withdrawn" and entry.changes["reason"] == "Tác giả xin bổ sung ảnh"
    # Typed edits stay in the form across an act, and save with the new status.
    commit_text(ui.fieldEdit, "Cơ khí")
    assert editor.save()
    with app_data.db.session() as s:
        assert get_dossier(s, draft.uuid).field_of_application == "Cơ khí"


def test_a_new_dossier_is_saved_before_it_is_submitted(qtbot, app_data, monkeypatch,
                                                       _no_modal_boxes):
    _yes(monkeypatch, _no_modal_boxes)
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    commit_text(editor.ui.titleEdit, "Sổ giao ca điện tử cho tổ vận hành")
    editor.ui.statusActButton.click()
    assert editor.saved_uuid
    assert _status(app_data, editor.saved_uuid) == Status.SUBMITTED


def test_the_reason_dialog_refuses_an_empty_reason(qtbot):
    dialog = ReasonDialog("Rút hồ sơ", "Rút hồ sơ “X” khỏi Hội đồng?", "Rút")
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "Hãy ghi lý do" in dialog.ui.errorLabel.text()
    commit_text(dialog.ui.reasonEdit, "Nộp nhầm hồ sơ")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1 and dialog.reason() == "Nộp nhầm hồ sơ"


def test_submitting_from_the_main_list(qtbot, app_data, monkeypatch, _no_modal_boxes):
    draft = _draft(app_data)
    with app_data.db.session() as s:
        (recognised,) = recognised_dossiers(s, 1)
        s.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.dossierTable.selectAll()
    _yes(monkeypatch, _no_modal_boxes)
    window.ui.actionSubmit.trigger()
    title, text = _no_modal_boxes[-1]
    assert "Nộp 1 hồ sơ cho Hội đồng sáng kiến?" in text
    assert "1 hồ sơ khác đang chọn không nộp được" in text
    assert _status(app_data, draft.uuid) == Status.SUBMITTED
    assert _status(app_data, recognised.uuid) == Status.RECOGNISED


def test_a_draft_added_to_a_meeting_is_submitted_first(qtbot, app_data, monkeypatch,
                                                      _no_modal_boxes):
    set_up_unit(app_data)
    draft = _draft(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.consideredList.count() == 2  # what was submitted fills a new meeting
    ui.includeDraftsCheck.setChecked(True)
    assert ui.availableList.count() == 1
    ui.availableList.item(0).setSelected(True)
    ui.addDossierButton.click()  # "No": the draft stays a draft, and where it was
    assert ui.availableList.count() == 1 and ui.consideredList.count() == 2
    assert _status(app_data, draft.uuid) == Status.DRAFT
    _yes(monkeypatch, _no_modal_boxes)
    ui.availableList.item(0).setSelected(True)
    ui.addDossierButton.click()
    assert ui.consideredList.count() == 3 and ui.availableList.count() == 0
    assert _status(app_data, draft.uuid) == Status.SUBMITTED
    assert dialog.save()


def test_withdrawing_a_sent_nomination_in_its_window(qtbot, app_data, monkeypatch):
    with app_data.db.session() as s:
        dossiers = recognised_dossiers(s, 2)
        n = noms.new_nomination(load_campaigns()["mot-trieu-sang-kien-2021-2023"], "LĐLĐ tỉnh")
        n.items = [noms.NominationItem(d.uuid) for d in dossiers]
        sent = noms.mark_sent(s, noms.save_nomination(s, n, load_campaigns()).uuid,
                              date=dt.date(2022, 5, 4))
        s.commit()
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.withdrawButton.isEnabled()
    monkeypatch.setattr(ReasonDialog, "ask", lambda *_a: None)  # cancelled
    ui.withdrawButton.click()
    assert {_status(app_data, d.uuid) for d in dossiers} == {Status.NOMINATED}
    monkeypatch.setattr(ReasonDialog, "ask", lambda *_a: "Cấp trên trả lại")
    ui.withdrawButton.click()
    assert {_status(app_data, d.uuid) for d in dossiers} == {Status.RECOGNISED}
    assert not ui.withdrawButton.isEnabled()
    assert "đã rút ngày" in ui.letterValue.text() and "Cấp trên trả lại" in ui.letterValue.text()
    assert sent.letter_number_text in ui.letterValue.text()


def test_unmarking_a_portal_entry_in_the_outbox(qtbot, app_data, monkeypatch):
    with app_data.db.session() as s:
        (d,) = recognised_dossiers(s, 1)
        portal.mark_entered(s, d.uuid, dt.date(2022, 5, 10))
        s.commit()
    dialog = PortalOutboxDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.showDoneCheck.setChecked(True)
    dialog.ui.outboxTable.selectRow(0)
    assert dialog.ui.unmarkButton.isEnabled()
    monkeypatch.setattr(ReasonDialog, "ask", lambda *_a: "Đánh dấu nhầm")
    dialog.ui.unmarkButton.click()
    assert _status(app_data, d.uuid) == Status.RECOGNISED
    assert workflow.possible_acts(Status.RECOGNISED) == []
    assert status_acts.act_text(workflow.possible_acts(Status.ENTERED)[0]).endswith("…")
    dialog.ui.showDoneCheck.setChecked(False)
    assert dialog.ui.outboxTable.item(0, 0).data(Qt.ItemDataRole.UserRole) == d.uuid  # to enter again
