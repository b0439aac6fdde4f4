"""Typing Vietnamese into widgets the way input methods deliver it.

``qtbot.keyClicks`` aborts the process on non-ASCII text (a Qt test-lib assertion), so each
character is sent as a key event that carries its text, or a whole string as an input-method
commit (how Unikey and IBus deliver composed text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character, each carrying the character as its text."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)
    QApplication.processEvents()


def commit_text(widget: QWidget, text: str) -> None:
    """An input-method commit of the whole string."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
