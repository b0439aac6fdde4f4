"""The editor when another officer saves the same dossier: asked at save time (reload theirs,
keep mine as a new dossier, or go on editing), and told while it is open."""

from __future__ import annotations

import dataclasses

import pytest

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import COPY_MARK, save_dossier
from tests.gui.council_setup import meeting_held, recognise

from sangkien_desktop.gui.dialogs import save_conflict
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

# On the test server too (tests/conftest.py), as the storage and services tests run.
pytestmark = pytest.mark.both_engines


def _stored(app_data) -> Dossier:
    with app_data.db.session() as s:
        saved = save_dossier(s, Dossier(title="Máy bơm tiết kiệm điện"), user="Hà")
        s.commit()
    return saved


def _other_officer_saves(app_data, uuid: str, **changes) -> None:
    with app_data.db.session() as s:
        save_dossier(s, dataclasses.replace(get_dossier(s, uuid), **changes), user="Minh")
        s.commit()


def _conflict(qtbot, app_data):
    """An editor with "của Hà" typed on a dossier Minh saved meanwhile ("của Minh")."""
    base = _stored(app_data)
    editor = DossierEditor(app_data, base.uuid)
    qtbot.addWidget(editor)
    _other_officer_saves(app_data, base.uuid, notes="của Minh")
    _type_notes(editor, "của Hà")
    return base, editor


def _type_notes(editor, text: str) -> None:
    editor.ui.notesEdit.setPlainText(text)
    assert editor.is_dirty()


def test_reload_drops_my_changes_and_shows_theirs(qtbot, app_data, monkeypatch):
    base = _stored(app_data)
    editor = DossierEditor(app_data, base.uuid)
    qtbot.addWidget(editor)
    _other_officer_saves(app_data, base.uuid, notes="ghi chú của Minh")
    _type_notes(editor, "ghi chú của Hà")
    asked = []
    monkeypatch.setattr(save_conflict, "ask",
                        lambda _parent, error: asked.append(error) or save_conflict.RELOAD)
    assert editor.save() is False
    assert asked[0].changed_by == "Minh"
    assert editor.ui.notesEdit.toPlainText() == "ghi chú của Minh"
    assert not editor.is_dirty()
    _type_notes(editor, "ghi chú của Minh, rồi Hà")  # now saved on top of theirs
    assert editor.save() is True
    with app_data.db.session() as s:
        assert get_dossier(s, base.uuid).notes == "ghi chú của Minh, rồi Hà"


def test_keep_mine_saves_it_as_a_new_dossier_and_leaves_theirs(qtbot, app_data, monkeypatch):
    base, editor = _conflict(qtbot, app_data)
    monkeypatch.setattr(save_conflict, "ask", lambda _parent, _error: save_conflict.COPY)
    assert editor.save() is True
    assert editor.dossier.uuid != base.uuid
    assert editor.ui.titleEdit.text() == f"{base.title} {COPY_MARK}"
    with app_data.db.session() as s:
        assert get_dossier(s, base.uuid).notes == "của Minh"
        assert get_dossier(s, editor.dossier.uuid).notes == "của Hà"


def test_going_back_saves_nothing_and_keeps_what_was_typed(qtbot, app_data, monkeypatch):
    base, editor = _conflict(qtbot, app_data)
    monkeypatch.setattr(save_conflict, "ask", lambda _parent, _error: None)
    assert editor.save() is False
    assert editor.ui.notesEdit.toPlainText() == "của Hà" and editor.is_dirty()
    with app_data.db.session() as s:
        assert get_dossier(s, base.uuid).notes == "của Minh"


def test_the_question_names_who_saved_and_offers_three_ways(qtbot, app_data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    base, editor = _conflict(qtbot, app_data)
    shown = []

    def exec_(box):
        shown.append((box.text(), sorted(b.text() for b in box.buttons())))
        next(b for b in box.buttons() if b.text().startswith("Giữ")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert editor.save() is True
    text, buttons = shown[0]
    assert "Minh" in text and base.title in text
    assert buttons == sorted(["Tải lại bản mới nhất", "Giữ bản của tôi thành hồ sơ mới",
                              "Quay lại sửa"])


def test_an_open_editor_notices_another_officers_save(qtbot, app_data):
    base = _stored(app_data)
    editor = DossierEditor(app_data, base.uuid)
    qtbot.addWidget(editor)
    _other_officer_saves(app_data, base.uuid, notes="của Minh")
    editor.watch.check()  # nothing typed here: reloaded at once
    assert editor.ui.notesEdit.toPlainText() == "của Minh"
    assert "Minh" in editor.ui.errorLabel.text()
    _other_officer_saves(app_data, base.uuid, notes="của Minh, lần hai")
    _type_notes(editor, "của Hà")
    editor.watch.check()  # something typed: kept, and told what will happen at save
    assert editor.ui.notesEdit.toPlainText() == "của Hà"
    assert "Khi anh/chị lưu" in editor.ui.errorLabel.text()


def test_a_recognition_meanwhile_locks_the_open_editors_content(qtbot, app_data):
    meeting, good, weak = meeting_held(app_data)
    quiet = DossierEditor(app_data, good.uuid)  # nothing typed in this one
    busy = DossierEditor(app_data, good.uuid)  # a change typed, not yet saved
    for editor in (quiet, busy):
        qtbot.addWidget(editor)
        assert not editor.ui.titleEdit.isReadOnly()
    _type_notes(busy, "ghi chú của Hà")
    recognise(app_data, meeting, good, weak)  # another officer issues the decision
    for editor in (quiet, busy):
        editor.watch.check()
        assert editor.version.frozen and editor.ui.titleEdit.isReadOnly()
    assert busy.ui.notesEdit.toPlainText() == "ghi chú của Hà"  # notes stay editable, kept
