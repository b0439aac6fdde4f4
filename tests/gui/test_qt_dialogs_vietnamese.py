"""Qt's own file dialog in Vietnamese (issue 18: "Tìm trong" said "Look in:", the list said
"Folder"): resources/i18n/qtbase_vi.ts holds every text of the file dialog, its file list and
its standard buttons under the source strings Qt 6 uses, checked against a catalogue Qt ships."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

from sangkien_desktop.resources import resource_path

from sangkien_desktop.gui import language

CONTEXTS = {"QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QPlatformTheme"}


def _qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a compiled Qt catalogue (.qm)."""
    data = path.read_bytes()
    pos, found = 16, set()
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        body, pos = data[pos + 5:pos + 5 + length], pos + 5 + length
        if tag != 0x69:  # the messages block
            continue
        p, record = 0, {}
        while p < len(body):
            kind, p = body[p], p + 1
            if kind == 1:  # end of a message
                found.add((record.get(7, ""), record.get(6, "")))
                record = {}
                continue
            size = struct.unpack(">I", body[p:p + 4])[0]
            p += 4
            if kind in (3, 6, 7, 8):
                size = 0 if size == 0xFFFFFFFF else size
                if kind != 3:
                    record[kind] = body[p:p + size].decode("utf-8")
                p += size
    return found


def _ours() -> dict[tuple[str, str], str]:
    root = ET.parse(resource_path("i18n", "qtbase_vi.ts")).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
            for c in root.iter("context") for m in c.iter("message")}


def test_every_file_dialog_text_qt_uses_has_vietnamese():
    shipped = next(d / "qtbase_de.qm" for d in language._qt_translations_dirs()
                   if (d / "qtbase_de.qm").is_file())
    qt = {k for k in _qm_messages(shipped) if k[0] in CONTEXTS}
    ours = _ours()
    assert len(qt) > 60  # the file dialog, its list and the standard buttons
    assert sorted(qt - set(ours)) == []
    assert all(ours[k].strip() for k in qt)


def test_the_file_dialog_speaks_vietnamese(qtbot, qapp, tmp_path):
    (tmp_path / "ho-so").mkdir()
    language.install("vi")
    dialog = QFileDialog(None, "Lưu văn bản", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "Tên &tệp:", "&Loại tệp:"} <= labels, labels
    view = next(v for v in dialog.findChildren(QTreeView) if v.model() is not None)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1, timeout=5000)
    model, index = view.model(), view.rootIndex()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(index))]
    assert heads[:4] == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    assert model.index(0, 2, index).data() == "Thư mục"
    assert all("Look" not in w.text() for w in dialog.findChildren(QLabel))
