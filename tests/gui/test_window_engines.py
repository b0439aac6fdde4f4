"""The window on either engine: SQLite always, and a shared database on the test server when
the run has one (``both_engines``, as tests/core run). Two officers work at once, each with
a window of their own on the same data: the list shows what the other saved, the second of
two saves of one dossier is told who saved it and when (then reloads, or keeps a copy), and a
dossier one of them has recognised is read-only in the other's editor."""

from __future__ import annotations

import dataclasses

import pytest

from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.council import DossierFrozenError
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import COPY_MARK, save_dossier
from tests.gui.council_setup import meeting_held, recognise
from tests.gui.leftovers import close_windows_of
from tests.gui.typing import type_text

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.both_engines


@pytest.fixture
def officers(app_data, tmp_path, database_url):
    """Hà's data (the test's own window) and Minh's: another computer on the same shared
    database, or on SQLite another window's connection to the same data folder."""
    folder = tmp_path / ("data" if database_url is None else "may-cua-minh")
    minh = open_app_data(folder, database=database_url)
    app_data.db.user, minh.db.user = "Hà", "Minh"
    yield app_data, minh
    close_windows_of(minh)
    minh.close()


def _store(app_data, title: str, **fields) -> Dossier:
    with app_data.db.session() as s:
        saved = save_dossier(s, Dossier(title=title, **fields))
        s.commit()
    return saved


def _titles(window) -> list[str]:
    return [window.model.row_at(i).title for i in range(window.model.rowCount())]


def _editor(qtbot, app_data, uuid: str) -> DossierEditor:
    editor = DossierEditor(app_data, uuid)
    qtbot.addWidget(editor)
    return editor


def _both_editing(qtbot, officers, title: str, minhs_notes: str):
    """Hà and Minh open the same dossier; Minh writes notes and saves first. Returns the
    dossier as it was and Hà's editor, still on it."""
    ha, minh = officers
    base = _store(ha, title)
    mine, theirs = _editor(qtbot, ha, base.uuid), _editor(qtbot, minh, base.uuid)
    theirs.ui.notesEdit.setPlainText(minhs_notes)
    assert theirs.save()
    return base, mine


def _answer_conflict(monkeypatch, button: str) -> list[str]:
    """Answers the save-conflict question with the button whose text begins so; returns what
    it said."""
    said: list[str] = []

    def exec_(box):
        said.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(button)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def test_the_window_lists_and_finds_what_another_officer_saved(qtbot, officers):
    ha, minh = officers
    _store(ha, "Máy bóc vỏ lạc dùng động cơ cũ", unit_name="HTX Gio An")
    window = MainWindow(ha)
    qtbot.addWidget(window)
    assert _titles(window) == ["Máy bóc vỏ lạc dùng động cơ cũ"]
    if ha.db.server is not None:  # the shared database is named in the title bar
        assert ha.db.server.label in window.windowTitle()
    theirs = _store(minh, "Đường ống dẫn nước tiết kiệm", unit_name="Nhà máy nước Đông Hà")
    window.reload()
    assert sorted(_titles(window)) == ["Máy bóc vỏ lạc dùng động cơ cũ",
                                       "Đường ống dẫn nước tiết kiệm"]
    for typed in ("duong ong", "ĐƯỜNG", "dong ha"):  # đ folded to d on both engines
        window.ui.searchEdit.clear()
        type_text(window.ui.searchEdit, typed)
        qtbot.waitUntil(lambda t=typed: window.model.query.search == t, timeout=2000)
        assert _titles(window) == ["Đường ống dẫn nước tiết kiệm"], typed
    window.ui.dossierTable.selectRow(0)
    assert window.selected_uuid() == theirs.uuid
    with ha.db.session() as s:
        assert history.for_entity(s, history.DOSSIER, theirs.uuid)[-1].user == "Minh"


def test_the_second_save_is_told_who_and_when_and_reloads(qtbot, officers, monkeypatch):
    ha, minh = officers
    base, mine = _both_editing(qtbot, officers, "Bảng theo dõi ca máy bằng mã màu",
                               "Minh đã kiểm tra số liệu")
    with minh.db.session() as s:
        saved_at = get_dossier(s, base.uuid).updated_at
    mine.ui.notesEdit.setPlainText("Hà bổ sung ảnh chụp")
    said = _answer_conflict(monkeypatch, "Tải lại")
    assert mine.save() is False
    assert "Minh" in said[0] and saved_at.strftime("%H:%M %d/%m/%Y") in said[0]
    assert base.title in said[0]
    assert mine.ui.notesEdit.toPlainText() == "Minh đã kiểm tra số liệu" and not mine.is_dirty()
    mine.ui.notesEdit.setPlainText("Minh đã kiểm tra số liệu; Hà bổ sung ảnh chụp")
    assert mine.save()  # on top of theirs now
    with ha.db.session() as s:
        stored = get_dossier(s, base.uuid)
    assert stored.notes == "Minh đã kiểm tra số liệu; Hà bổ sung ảnh chụp"
    assert stored.updated_by == "Hà"


def test_the_second_save_may_keep_a_copy_and_leaves_theirs(qtbot, officers, monkeypatch):
    ha, _minh = officers
    base, mine = _both_editing(qtbot, officers, "Sổ tay an toàn lao động bằng tranh",
                               "bản của Minh")
    mine.ui.notesEdit.setPlainText("bản của Hà")
    said = _answer_conflict(monkeypatch, "Giữ")
    assert mine.save() is True
    assert "Minh" in said[0]
    assert mine.dossier.uuid != base.uuid
    assert mine.ui.titleEdit.text() == f"{base.title} {COPY_MARK}"
    assert not mine.is_dirty() and not mine.autosave_timer.isActive()  # shown as saved
    with ha.db.session() as s:
        assert get_dossier(s, base.uuid).notes == "bản của Minh"
        copy = get_dossier(s, mine.dossier.uuid)
    assert copy.notes == "bản của Hà" and copy.code != base.code


def test_a_dossier_recognised_by_one_officer_is_read_only_for_the_other(qtbot, officers):
    ha, minh = officers
    meeting, good, weak = meeting_held(minh)
    open_before = _editor(qtbot, ha, good.uuid)
    assert not open_before.ui.titleEdit.isReadOnly()
    recognise(minh, meeting, good, weak)  # Minh issues the decision that recognises it
    open_before.watch.check()
    opened_after = _editor(qtbot, ha, good.uuid)
    for editor in (open_before, opened_after):
        assert editor.version.frozen
        assert editor.ui.titleEdit.isReadOnly() and editor.ui.solutionEdit.isReadOnly()
    # The content cannot be saved changed by either officer; the notes stay theirs to write.
    with ha.db.session() as s:
        frozen = get_dossier(s, good.uuid)
        with pytest.raises(DossierFrozenError):
            save_dossier(s, dataclasses.replace(frozen, title="Tên khác"))
    opened_after.ui.notesEdit.setPlainText("Đã gửi quyết định cho tác giả")
    assert opened_after.save()
    with minh.db.session() as s:
        assert get_dossier(s, good.uuid).notes == "Đã gửi quyết định cho tác giả"
