"""Every window fits 1366×768 and 1024×768 screens in both languages (issue 18, item 3):
opened offscreen on demo data, page by page, it is no larger than the screen (its frame and a
taskbar counted) and no label or button is narrower than its text needs. Windows remember
their size; Ctrl+S saves in the editor."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtTest import QTest

from tests.gui.typing import commit_text
from tests.gui.window_catalogue import demo_data, open_all, problems_of

from sangkien_desktop.gui import language, window_fit
from sangkien_desktop.gui.app import create_application
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.programs_dialog import ProgramsDialog

SCREENS = [QSize(1366, 768), QSize(1024, 768)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):
    create_application()
    folder = tmp_path_factory.mktemp("fit")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "qsettings"))
    QCoreApplication.setOrganizationName("sangkien_desktop_tests")
    app_data = demo_data(folder / "data")
    yield app_data, folder
    app_data.close()


@pytest.fixture
def screen():
    yield window_fit.set_screen
    window_fit.set_screen(None)
    language.install("vi")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_window_fits_the_screen_and_shows_its_words_whole(demo, screen, size, lang,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: QMessageBox.StandardButton.No)
    app_data, folder = demo
    language.install(lang)
    screen(size)
    QSettings().remove("windows")  # no remembered size: each window as it opens first
    found, seen = [], []
    for name, widget, pages in open_all(app_data, folder):
        seen.append(name)
        for page, show in pages:
            show()
            QCoreApplication.processEvents()
            found += [f"{name}/{page}: {p}" for p in problems_of(widget, size)]
    classes = window_classes()
    assert len(classes) > 20 and set(seen) >= classes, sorted(classes - set(seen))
    assert found == [], "\n".join(found)


def window_classes() -> set[str]:
    """Every class of ours built on QDialog or QMainWindow (the source says so)."""
    import ast
    from pathlib import Path

    import sangkien_desktop.gui

    names = set()
    for path in Path(sangkien_desktop.gui.__file__).parent.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", "") in ("QDialog", "QMainWindow") for b in node.bases):
                names.add(node.name)
    return names


def test_a_window_that_cannot_shrink_is_found(qtbot, screen):
    """The check itself: a dialog wider than the screen, a button cut off."""
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

    screen(QSize(1024, 768))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    row = QHBoxLayout(dialog)
    for n in range(6):
        row.addWidget(QPushButton(f"Một nút bấm có nhãn rất dài số {n} ở hàng dưới cửa sổ"))
    dialog.show()
    problems = problems_of(dialog, QSize(1024, 768))
    assert problems and problems[0].startswith("window ")
    cut = QPushButton("Xuất bảng tổng hợp ra Excel…", dialog)
    cut.setGeometry(0, 0, 60, 30)
    cut.show()
    assert any("Xuất bảng tổng hợp" in p for p in problems_of(dialog, QSize(1024, 768)))


def test_a_window_opens_at_the_size_it_was_closed_at_within_the_screen(qtbot, app_data, screen):
    screen(QSize(1366, 768))
    dialog = ProgramsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(900, 560)
    dialog.close()
    again = ProgramsDialog(app_data)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(900, 560)
    again.resize(1300, 680)
    again.close()
    screen(QSize(1024, 768))  # a smaller screen next time: the size shrinks to fit it
    third = ProgramsDialog(app_data)
    qtbot.addWidget(third)
    third.show()
    limit = window_fit.client_limit(third)
    assert third.width() <= limit.width() and third.height() <= limit.height()


def test_the_editor_opens_inside_a_small_screen_and_ctrl_s_saves(qtbot, app_data, screen):
    screen(QSize(1024, 768))
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    editor.show()
    limit = window_fit.client_limit(editor)
    assert editor.width() <= limit.width() and editor.height() <= limit.height()
    assert editor.ui.buttonBox.isVisible()
    bottom = editor.ui.buttonBox.mapTo(editor, editor.ui.buttonBox.rect().bottomLeft()).y()
    assert bottom <= editor.height()  # Lưu and Đóng are on the screen
    commit_text(editor.ui.titleEdit, "Bộ gá hàn ống nhanh")
    QTest.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert editor.saved_uuid and not editor.is_dirty()
    assert editor.isVisible()  # saved, still open
