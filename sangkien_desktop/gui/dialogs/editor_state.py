"""Snapshots of the editor's widgets as typed, for autosave and crash recovery.

A snapshot holds raw text, not parsed values, so a half-typed date survives a power cut too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.services.dossiers.drafts import dossier_of, snapshot_of

SNAPSHOT_VERSION = 1


def widget_values(root: QWidget) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for edit in root.findChildren(QLineEdit):
        name = edit.objectName()
        if name and not name.startswith("qt_") and not isinstance(edit.parent(), QComboBox):
            values[name] = edit.text()
    for text_edit in root.findChildren(QPlainTextEdit):
        values[text_edit.objectName()] = text_edit.toPlainText()
    for combo in root.findChildren(QComboBox):
        values[combo.objectName()] = (
            {"text": combo.currentText()} if combo.isEditable() else {"data": combo.currentData()}
        )
    for box in root.findChildren(QCheckBox):
        values[box.objectName()] = box.isChecked()
    return values


def apply_widget_values(root: QWidget, values: dict[str, Any]) -> None:
    for name, value in values.items():
        widget = root.findChild(QWidget, name)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox) and isinstance(value, dict):
            if "text" in value:
                widget.setEditText(str(value["text"]))
            else:
                index = widget.findData(value.get("data"))
                if index >= 0:
                    widget.setCurrentIndex(index)


def make_snapshot(editor) -> dict[str, Any]:
    return {
        "version": SNAPSHOT_VERSION,
        "title": editor.ui.titleEdit.text(),
        "base": snapshot_of(editor.dossier),
        "widgets": widget_values(editor),
        "authors": editor.authors.texts(),
        "appliers": editor.appliers.texts(),
        "attachments": [
            {"sha256": a.sha256, "filename": a.filename, "size": a.size,
             "media_type": a.media_type, "note": a.note, "requirement": a.requirement}  # fmt: skip
            for a in editor.attachments_list
        ],
    }


def base_dossier(snapshot: dict[str, Any]):
    return dossier_of(snapshot["base"])


def restore_snapshot(editor, snapshot: dict[str, Any]) -> None:
    """Puts the typed state back: combos first (the campaign refills the kind lists)."""
    values = snapshot.get("widgets", {})
    apply_widget_values(editor, {k: v for k, v in values.items() if k == "campaignCombo"})
    apply_widget_values(editor, {k: v for k, v in values.items() if k != "campaignCombo"})
    editor.authors.load_texts(snapshot.get("authors", []))
    editor.appliers.load_texts(snapshot.get("appliers", []))
    editor.attachments_list = [
        AttachmentRef(
            sha256=a["sha256"], filename=a["filename"], size=int(a.get("size", 0)),
            media_type=a.get("media_type", ""), note=a.get("note", ""),
            requirement=a.get("requirement", ""),
        )  # fmt: skip
        for a in snapshot.get("attachments", [])
    ]
    editor.show_attachments()
