"""Every window fits the screen it opens on and remembers its size.

An application-wide event filter (``install``) sees each of our dialogs the first time it is
shown: it gives the dialog the size it had when last closed, and then shrinks it, if need be,
so that the whole window — title bar and frame included — lies inside the screen's available
area (1024×768 and 1366×768 laptops, a taskbar at the bottom). A dialog whose layout cannot
shrink that far is a defect the tests find (tests/gui/test_window_fit.py): such a form puts its
content in a scroll area. Qt's own boxes (messages, file dialogs, progress) size themselves.

The filter sees every event of the application, so start-up installs it once the list is
painted (gui/app.py: ``run``) and fits the main window itself before showing it; Qt's box
classes are looked up when first needed (each Qt class costs the first paint its creation).
"""

from __future__ import annotations

from functools import cache
from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

# Until a window is shown its frame is unknown: a title bar and borders of about this size.
FRAME = QSize(16, 38)
TASKBAR = 40  # what a desktop keeps for its taskbar, when the screen size is given (tests)
_screen_override: QSize | None = None


def set_screen(size: QSize | None) -> None:
    """Pretends the screen is ``size`` (tests: 1366×768, 1024×768); None: the real one."""
    global _screen_override
    _screen_override = size


def available(widget: QWidget) -> QRect:
    """The part of the screen a window may use (without the taskbar)."""
    if _screen_override is not None:
        return QRect(0, 0, _screen_override.width(), _screen_override.height() - TASKBAR)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    if widget.isVisible() and _screen_override is None:
        extra = widget.frameGeometry().size() - widget.geometry().size()
        if extra.height() > 0:
            return extra
    return FRAME


def client_limit(widget: QWidget) -> QSize:
    """The largest inside size the window may have and still show whole on the screen."""
    area, frame = available(widget), frame_extra(widget)
    return QSize(area.width() - frame.width(), area.height() - frame.height())


def _key(widget: QWidget) -> str:
    return f"windows/{type(widget).__name__}/size"


def fit(widget: QWidget, *, restore: bool = True) -> None:
    """The remembered size (``restore``), then no larger than the screen allows, and inside it."""
    if restore and not isinstance(widget, QMainWindow):  # the main window restores its own
        saved = QSettings().value(_key(widget))
        if isinstance(saved, QSize) and saved.isValid():
            widget.resize(saved)
    limit = client_limit(widget)
    size = widget.size()
    if size.width() > limit.width() or size.height() > limit.height():
        widget.resize(min(size.width(), limit.width()), min(size.height(), limit.height()))
    area = available(widget)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.x(), area.right() - frame.width() + 1))
    y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


def remember(widget: QWidget) -> None:
    if not isinstance(widget, QMainWindow) and not widget.isMaximized():
        QSettings().setValue(_key(widget), widget.size())


@cache
def _qt_boxes() -> tuple[type[QDialog], ...]:
    from PySide6.QtWidgets import (
        QColorDialog,
        QFileDialog,
        QInputDialog,
        QMessageBox,
        QProgressDialog,
    )

    return (QMessageBox, QFileDialog, QProgressDialog, QInputDialog, QColorDialog)


def is_ours(widget: QObject) -> TypeGuard[QDialog | QMainWindow]:
    return (isinstance(widget, QDialog | QMainWindow) and not isinstance(widget, _qt_boxes())
            and widget.isWindow())


def fit_once(widget: QDialog | QMainWindow) -> None:
    """``fit`` on the window's first show (the filter's work, or start-up's before the filter
    is installed); later shows leave the size the officer gave it."""
    if not widget.property("windowFitted"):
        widget.setProperty("windowFitted", True)
        fit(widget)


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and is_ours(watched):
            fit_once(watched)
        elif kind == QEvent.Type.Hide and is_ours(watched) and watched.property("windowFitted"):
            remember(watched)
        return False


_fitter: _Fitter | None = None


def install(app: QApplication) -> None:
    """Watches every window of ``app`` (once). A window of ours already open (a key pressed
    as start-up painted the list, before this) is fitted now."""
    global _fitter
    if _fitter is None:
        _fitter = _Fitter(app)
        app.installEventFilter(_fitter)
        for widget in app.topLevelWidgets():
            if widget.isVisible() and is_ours(widget):
                fit_once(widget)
