"""The nominations window: a nomination of three dossiers built by clicking, its completeness
shown per row, the quota enforced, and the bundle produced and read back."""

from __future__ import annotations

import datetime as dt
import threading

from openpyxl import load_workbook
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sangkien_desktop.services.nominating import bundle as bundle_service
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.gui.typing import type_text

from sangkien_desktop.gui.dialogs import xlsx_actions
from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog


def _seed(app_data, count, **options):
    with app_data.db.session() as s:
        made = recognised_dossiers(s, count, **options)
        s.commit()
    return made


def _new_nomination(qtbot, app_data) -> NominationsDialog:
    """The window with a new draft nomination for "01 triệu sáng kiến"."""
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(
        dialog.ui.campaignCombo.findData("mot-trieu-sang-kien-2021-2023"))
    dialog.ui.newButton.click()
    return dialog


def _pick_all(dialog):
    dialog.ui.candidateList.selectAll()
    dialog.ui.addButton.click()


def test_build_a_nomination_of_three_and_produce_its_bundle(qtbot, app_data, tmp_path, monkeypatch):
    dossiers = _seed(app_data, 3, store=app_data.layout.attachments)
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.today = dt.date(2022, 5, 1)  # while the program's portal was open
    assert dialog.ui.nominationList.count() == 0
    dialog.ui.campaignCombo.setCurrentIndex(
        dialog.ui.campaignCombo.findData("mot-trieu-sang-kien-2021-2023"))
    dialog.ui.newButton.click()
    assert dialog.ui.nominationList.count() == 1
    assert dialog.ui.candidateList.count() == 3
    _pick_all(dialog)
    table = dialog.ui.itemsTable
    assert table.rowCount() == 3 and dialog.ui.candidateList.count() == 0
    titles = [table.item(r, 2).text() for r in range(3)]
    assert sorted(titles) == sorted(d.title for d in dossiers)
    # Each row carries the completeness check; these dossiers are complete.
    assert all(table.item(r, 5).text().startswith("✔") for r in range(3)), \
        [table.item(r, 5).text() for r in range(3)]
    # Order: the last one moves to the top.
    table.selectRow(2)
    dialog.ui.upButton.click()
    table.selectRow(1)
    dialog.ui.upButton.click()
    order = [titles[2], titles[0], titles[1]]
    assert [table.item(r, 2).text() for r in range(3)] == order
    assert "không giới hạn" in dialog.ui.quotaLabel.text()

    out = tmp_path / "gui-out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("pdf"))
    job = dialog.outputs.make_bundle()
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30000)
    assert job.error is None, job.error
    folder = dialog.last_bundle.folder
    assert folder is not None and dialog.ui.openFolderButton.isEnabled()
    assert (out / f"{folder.name}.zip").is_file()
    reader = PdfReader(folder / "02-bang-tong-hop.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    positions = [text.find(t) for t in order]
    assert all(p >= 0 for p in positions), text
    assert positions == sorted(positions)  # the three rows, in the nomination's order
    assert "Tổng số: 03 sáng kiến" in text
    # The attached files went in beside each dossier's papers.
    assert len(list(folder.glob("*/dinh-kem/*.pdf"))) == 6


def test_the_quota_stops_a_fourth_dossier(qtbot, app_data, _no_modal_boxes):
    _seed(app_data, 4, campaign_id="75-nghin-sang-kien-2021", applied=dt.date(2021, 3, 1),
          decided=dt.date(2021, 4, 1))
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(dialog.ui.campaignCombo.findData("75-nghin-sang-kien-2021"))
    dialog.ui.newButton.click()
    _pick_all(dialog)
    title, message = _no_modal_boxes[-1]
    assert "tối đa 3" in message
    assert dialog.ui.itemsTable.rowCount() == 0  # nothing half-added
    for row in range(3):
        dialog.ui.candidateList.item(row).setSelected(True)
    dialog.ui.addButton.click()
    assert dialog.ui.itemsTable.rowCount() == 3
    assert dialog.ui.quotaBar.value() == dialog.ui.quotaBar.maximum() == 3
    # The deadline of that campaign passed long ago, and the window says so.
    assert "quá hạn" in dialog.ui.deadlineWarning.text()
    # A favoured-field tag chosen in the row is kept.
    combo = dialog.ui.itemsTable.cellWidget(0, 4)
    combo.setCurrentIndex(combo.findData("san_pham_moi"))
    with app_data.db.session() as s:
        (stored,) = noms.list_nominations(s)
    assert stored.items[0].favoured_field == "san_pham_moi"
    assert dialog.ui.itemsTable.cellWidget(0, 4).currentData() == "san_pham_moi"
    assert dialog.ui.nominationList.currentItem().data(Qt.UserRole) == stored.uuid


def test_summary_table_exported_to_excel(qtbot, app_data, tmp_path, monkeypatch):
    dossiers = _seed(app_data, 2)
    dialog = _new_nomination(qtbot, app_data)
    assert not dialog.ui.exportXlsxButton.isEnabled()  # nothing to export yet
    _pick_all(dialog)
    assert dialog.ui.exportXlsxButton.isEnabled()
    target = tmp_path / "bang"  # no extension typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(xlsx_actions.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.ui.exportXlsxButton.click()
    out = tmp_path / "bang.xlsx"
    assert [u.toLocalFile() for u in opened] == [str(out)]
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    shown = [dialog.ui.itemsTable.item(r, 2).text() for r in range(2)]
    assert [r[1] for r in rows if isinstance(r[0], int)] == shown
    assert sorted(shown) == sorted(d.title for d in dossiers)


def test_the_bundle_is_written_off_the_gui_thread_and_cancel_leaves_nothing(
        qtbot, app_data, tmp_path, monkeypatch):
    _seed(app_data, 2)
    dialog = _new_nomination(qtbot, app_data)
    _pick_all(dialog)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    release, threads = threading.Event(), []
    real_write = bundle_service.write_document

    def slow_write(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)  # the first paper waits until the test has pressed Cancel
        return real_write(*args, **kwargs)

    monkeypatch.setattr(bundle_service, "write_document", slow_write)
    job = dialog.outputs.make_bundle()
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads[0] is not threading.main_thread()
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    assert job.was_cancelled and dialog.last_bundle is None
    assert list(out.iterdir()) == []  # no folder, no zip, no temporary folder
    assert not dialog.ui.openFolderButton.isEnabled()


def _visible(listing) -> list[str]:
    return [listing.item(r).text() for r in range(listing.count()) if not listing.item(r).isHidden()]


def test_candidates_are_searched_without_diacritics(qtbot, app_data):
    _seed(app_data, 4, unit_name="Công ty TNHH Đông Hải")
    dialog = _new_nomination(qtbot, app_data)
    search, listing = dialog.ui.candidateSearch, dialog.ui.candidateList
    assert len(_visible(listing)) == 4
    qtbot.keyClicks(search, "khuon duc")  # typed without diacritics
    (only,) = _visible(listing)
    assert "Khuôn đúc gạch không nung" in only
    search.clear()
    type_text(search, "đúc GẠCH")  # with them, any case
    assert _visible(listing) == [only]
    search.clear()
    qtbot.keyClicks(search, "dong hai")  # the unit, đ typed as d
    assert len(_visible(listing)) == 4
    search.clear()
    qtbot.keyClicks(search, "zalo phan mem")  # every word must match, in any order
    assert len(_visible(listing)) == 1 and "Zalo" in _visible(listing)[0]
    # "Thêm" adds what the search shows, even after "select all".
    listing.selectAll()
    dialog.ui.addButton.click()
    assert dialog.ui.itemsTable.rowCount() == 1
    assert "Zalo" in dialog.ui.itemsTable.item(0, 2).text()
    assert _visible(listing) == []  # the search stays applied to the refreshed list
    search.clear()
    assert len(_visible(listing)) == 3


def test_header_edits_are_saved_kept_or_dropped_when_switching(qtbot, app_data, monkeypatch):
    _seed(app_data, 2)
    dialog = _new_nomination(qtbot, app_data)
    dialog.ui.newButton.click()
    assert dialog.ui.nominationList.count() == 2
    listing, to_unit = dialog.ui.nominationList, dialog.ui.toUnitEdit
    answers, asked = [], []

    def question(_parent, title, _text, *_a, **_k):
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    first = listing.item(0).data(Qt.UserRole)
    listing.setCurrentRow(0)
    assert not asked  # nothing typed: nothing to ask
    to_unit.clear()
    type_text(to_unit, "Ban Thường vụ Công đoàn ngành Y tế")
    type_text(dialog.ui.basisEdit, "Công văn số 12/CĐN")

    answers.append(QMessageBox.Cancel)  # stay: the pick is undone, the typing kept
    listing.setCurrentRow(1)
    assert asked == ["Lưu thay đổi?"]
    assert listing.currentItem().data(Qt.UserRole) == first
    assert to_unit.text() == "Ban Thường vụ Công đoàn ngành Y tế"

    answers.append(QMessageBox.Save)  # saved, then the other one is shown
    listing.setCurrentRow(1)
    assert listing.currentItem().data(Qt.UserRole) != first
    with app_data.db.session() as s:
        stored = noms.get_nomination(s, first)
    assert stored.to_unit == "Ban Thường vụ Công đoàn ngành Y tế"
    assert stored.basis == "Công văn số 12/CĐN"

    listing.setCurrentRow([listing.item(r).data(Qt.UserRole) for r in range(2)].index(first))
    assert to_unit.text() == "Ban Thường vụ Công đoàn ngành Y tế"
    type_text(to_unit, " (bỏ)")
    answers.append(QMessageBox.Discard)  # dropped
    listing.setCurrentRow(1 - listing.currentRow())
    with app_data.db.session() as s:
        assert noms.get_nomination(s, first).to_unit == "Ban Thường vụ Công đoàn ngành Y tế"
    assert len(asked) == 3

    # Closing with unsaved typing asks too; Cancel keeps the window open.
    type_text(to_unit, " mới")
    dialog.show()
    answers.append(QMessageBox.Cancel)
    dialog.ui.closeButton.click()
    assert dialog.isVisible() and len(asked) == 4
    answers.append(QMessageBox.Discard)
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()


def test_without_a_deadline_the_editor_says_so_and_ticking_it_gives_a_real_date(qtbot, app_data):
    """No deadline: the greyed editor reads "không có hạn", not today's date; ticking the box
    offers a date to come (17:00 in a month) and saving stores it."""
    _seed(app_data, 1)
    dialog = _new_nomination(qtbot, app_data)  # "01 triệu sáng kiến" has no deadline
    editor = dialog.ui.deadlineEdit
    assert not dialog.ui.hasDeadlineCheck.isChecked() and not editor.isEnabled()
    assert editor.text() == "không có hạn"
    dialog.ui.hasDeadlineCheck.setChecked(True)
    offered = editor.dateTime().toPython()
    assert editor.isEnabled() and offered.date() > dt.date.today() and offered.hour == 17
    assert dialog.save()
    with app_data.db.session() as s:
        stored = noms.list_nominations(s)[0].deadline
    assert stored == offered.replace(second=0, microsecond=0)
    dialog.ui.hasDeadlineCheck.setChecked(False)
    assert editor.text() == "không có hạn"


def test_the_check_column_is_visible_at_the_default_size(qtbot, app_data):
    _seed(app_data, 1)
    dialog = _new_nomination(qtbot, app_data)
    default = dialog.size()  # as the form makes it (it fits a 1366×768 screen)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(default)  # the offscreen screen (800 px) shrank it on show
    qtbot.waitUntil(lambda: dialog.size() == default)
    table = dialog.ui.itemsTable
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(5) + header.sectionSize(5)
    assert right <= table.viewport().width()
    assert header.sectionSize(4) >= header.fontMetrics().horizontalAdvance("Lĩnh vực ưu tiên")
    # The title, which takes what is left, shows its first words.
    assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance("Tên sáng kiến") + 40
