"""What a window test leaves behind, put away before its data closes. (No tests here.)"""

from __future__ import annotations


def close_windows_of(data) -> None:
    """Stops the timers of the dialogs a test left open on ``data`` before it closes: one
    never shown is not closed by qtbot (a QDialog rejects only while visible), and its timers
    (an editor's autosave, its watch for other officers' saves) would fire in a later test,
    on data gone."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and getattr(widget, "app_data", None) is data:
            for timer in widget.findChildren(QTimer):
                timer.stop()
