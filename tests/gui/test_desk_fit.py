"""The windows of the officer's desk at 1366×768 and 1024×768, offscreen, in both languages: the
main window (its list, the "Việc cần làm" panel, the empty page), the setup assistant step by
step and Settings are no larger than the screen, and no label or button is narrower than its
text needs."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui import language
from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant
from sangkien_desktop.gui.main_window import MainWindow

SCREENS = [QSize(1366, 768), QSize(1024, 768)]
FRAME = QSize(16, 38)  # a title bar and borders
TASKBAR = 40


def clipped(root: QWidget) -> list[str]:
    """Visible labels (not wrapping) and buttons whose text needs more width than they have."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if not widget.text():
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{widget.objectName() or type(widget).__name__} “{widget.text()}” "
                         f"{widget.width()} < {widget.sizeHint().width()}")
    return found


def _fits(qtbot, window: QWidget, screen: QSize, pages=((None, lambda: None),)) -> list[str]:
    limit = QSize(screen.width() - FRAME.width(), screen.height() - TASKBAR - FRAME.height())
    window.resize(window.size().boundedTo(limit))
    window.show()
    qtbot.waitExposed(window)
    problems = []
    if window.width() > limit.width() or window.height() > limit.height() \
            or window.minimumSizeHint().width() > limit.width():
        problems.append(f"{type(window).__name__} larger than {screen.width()}×{screen.height()}")
    for page, show in pages:
        show()
        qtbot.wait(10)
        problems += [f"{type(window).__name__}/{page}: {p}" for p in clipped(window)]
    return problems


@pytest.fixture(params=["vi", "en"])
def lang(request, app_data):
    language.install(request.param)
    yield request.param
    language.install("vi")


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_desk_fits_and_shows_its_words_whole(qtbot, app_data, lang, screen):
    empty = MainWindow(app_data)
    qtbot.addWidget(empty)
    problems = _fits(qtbot, empty, screen)
    assert empty.showing_empty_state
    assistant = SetupAssistant(app_data)
    qtbot.addWidget(assistant)
    problems += _fits(qtbot, assistant, screen, [
        (step, lambda step=step: assistant._show_step(step)) for step in range(3)])
    settings = SettingsDialog(app_data)
    qtbot.addWidget(settings)
    problems += _fits(qtbot, settings, screen)
    with app_data.db.session() as s:
        save_dossier(s, Dossier(title="Khuôn gá hàn ống", unit_name="Nhà máy A"))
        s.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.resize(screen.width() - FRAME.width(), screen.height() - TASKBAR - FRAME.height())
    problems += _fits(qtbot, window, screen)
    qtbot.waitUntil(lambda: window.overview_panel.overview is not None
                    and window.overview_panel.isVisible())
    problems += [f"panel: {p}" for p in clipped(window.overview_panel)]
    assert window.ui.dossierTable.horizontalScrollBar().maximum() == 0
    assert problems == []


def test_a_clipped_button_or_an_oversized_window_would_be_seen(qtbot, app_data):
    assistant = SetupAssistant(app_data)
    qtbot.addWidget(assistant)
    assistant.ui.skipButton.setFixedWidth(40)
    assistant.setMinimumWidth(1200)
    problems = _fits(qtbot, assistant, QSize(1024, 768))
    assert any("skipButton" in p for p in problems)
    assert any("larger than 1024×768" in p for p in problems)
