"""Help → Hướng dẫn (F1): the guide opens offline with its pictures, a table of contents that
moves to a section, links between sections, and a Find that ignores diacritics."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from sangkien_desktop.guide import fold_keep_length, heading_slug

from sangkien_desktop.gui.dialogs.guide_dialog import GuideDialog
from sangkien_desktop.gui.main_window import MainWindow

BACKUPS = "12. Sao lưu và khôi phục"


def _toc_item(dialog, text):
    tree = dialog.ui.tocTree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [item.child(j) for item in list(items) for j in range(item.childCount())]
    return next(item for item in items if item.text(0) == text)


def _dialog(qtbot, path=None):
    dialog = GuideDialog(None, path) if path else GuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_opens_the_guide_beside_the_window_and_reuses_it(qtbot, app_data):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionGuide.isVisible()
    assert window.ui.actionGuide.shortcut().toString() == "F1"
    window.ui.actionGuide.trigger()
    opened = window.findChildren(GuideDialog)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Hướng dẫn sử dụng Sáng kiến Desktop"
    assert "Sáng kiến Desktop giúp cán bộ công đoàn" in dialog.ui.textBrowser.toPlainText()
    window.ui.actionGuide.trigger()
    assert window.findChildren(GuideDialog) == [dialog]


def test_every_picture_is_found_and_drawn(qtbot, app_data):
    dialog = _dialog(qtbot)
    assert dialog.missing_images == []
    names = [f.charFormat().toImageFormat().name() for f in dialog._image_fragments()]
    assert len(names) >= 15
    document = dialog.document
    for name in names:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    # Wide screenshots are shown narrower than the view, never cut off.
    available = dialog.ui.textBrowser.viewport().width()
    widths = [f.charFormat().toImageFormat().width() for f in dialog._image_fragments()]
    assert all(0 < w <= available for w in widths)


def test_a_missing_picture_is_reported(qtbot, app_data, tmp_path):
    guide = tmp_path / "huong-dan-su-dung.md"
    guide.write_text("# Thử\n\n## Một\n\n![ảnh](images/khong-co.png)\n", encoding="utf-8")
    dialog = _dialog(qtbot, guide)
    assert dialog.missing_images == ["images/khong-co.png"]


def test_a_missing_guide_says_so_instead_of_failing(qtbot, app_data, tmp_path):
    dialog = _dialog(qtbot, tmp_path / "khong-co.md")
    assert "Không mở được hướng dẫn" in dialog.ui.textBrowser.toPlainText()


def test_the_table_of_contents_moves_to_a_section(qtbot, app_data):
    dialog = _dialog(qtbot)
    tree = dialog.ui.tocTree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops[0] == "1. Cài đặt" and BACKUPS in tops
    assert tree.topLevelItem(0).childCount() >= 3  # Windows, USB, Linux, the data folder
    bar = dialog.ui.textBrowser.verticalScrollBar()
    assert bar.value() == 0
    item = _toc_item(dialog, BACKUPS)
    tree.itemClicked.emit(item, 0)
    assert bar.value() > 0
    block = dialog.document.findBlockByNumber(item.data(0, 0x0100))
    assert block.text() == BACKUPS
    top = dialog.document.documentLayout().blockBoundingRect(block).top()
    assert abs(top - bar.value()) <= 2 or bar.value() == bar.maximum()
    assert dialog.ui.textBrowser.textCursor().block().text() == BACKUPS


def test_a_link_inside_the_guide_moves_to_its_section(qtbot, app_data):
    dialog = _dialog(qtbot)
    assert dialog.go_to("#" + heading_slug(BACKUPS))
    assert dialog.ui.textBrowser.textCursor().block().text() == BACKUPS
    dialog.scroll_to_block(0)
    dialog.follow_link(QUrl("#" + heading_slug(BACKUPS)))
    assert dialog.ui.textBrowser.textCursor().block().text() == BACKUPS
    assert not dialog.go_to("khong-co-muc-nay")


def test_find_ignores_diacritics_and_goes_round(qtbot, app_data):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    ui.findEdit.setText("sao luu")  # typed without Unikey
    cursor = ui.textBrowser.textCursor()
    assert cursor.hasSelection()
    assert fold_keep_length(cursor.selectedText()) == "sao luu"
    assert "ư" in cursor.selectedText()
    status = ui.findStatus.text()
    assert status.startswith("Kết quả 1/")
    total = int(status.split("/")[1])
    assert total >= 5
    first = cursor.selectionStart()
    assert dialog.find_next()
    assert ui.textBrowser.textCursor().selectionStart() > first
    assert ui.findStatus.text() == f"Kết quả 2/{total}"
    assert dialog.find_previous()
    assert ui.textBrowser.textCursor().selectionStart() == first
    assert dialog.find_previous()  # before the first: round to the last
    assert ui.findStatus.text() == f"Kết quả {total}/{total}"
    assert len(ui.textBrowser.extraSelections()) == total
    ui.findEdit.setText("không có chữ này đâu")
    assert ui.findStatus.text() == "Không tìm thấy"
    assert ui.textBrowser.extraSelections() == []
