"""The change log of one record (a dossier with every version of it, a council, a meeting or
a decision): who, when, what was done, and each field that changed, by its readable name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import history, history_names

from sangkien_desktop.gui.forms.ui_history_dialog import Ui_HistoryDialog
from sangkien_desktop.gui.history_text import action_text, change_lines
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP

KIND_LABELS = {
    history.DOSSIER: QT_TRANSLATE_NOOP("HistoryDialog", "Hồ sơ"),
    history.COUNCIL: QT_TRANSLATE_NOOP("HistoryDialog", "Hội đồng"),
    history.MEETING: QT_TRANSLATE_NOOP("HistoryDialog", "Cuộc họp"),
    history.DECISION: QT_TRANSLATE_NOOP("HistoryDialog", "Quyết định"),
}


class HistoryDialog(QDialog):
    @classmethod
    def show_for(cls, parent: QWidget | None, app_data: AppData, kind: str, uuid: str, title: str) -> None:
        cls(app_data, kind, uuid, title, parent).exec()

    def __init__(self, app_data: AppData, kind: str, uuid: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        label = self.tr(KIND_LABELS.get(kind, kind))
        ui.headingLabel.setText(f"<b>{label}:</b> {title}")
        self.setWindowTitle(self.tr("Lịch sử thay đổi — %1").replace("%1", title))
        with app_data.db.session() as session:
            self.entries = self._entries(session, kind, uuid)
            self.names = history_names.names_for(session, kind, uuid, [e for _v, e in self.entries])
        self._fill()
        header = ui.historyTree.header()
        for col, width in enumerate((140, 170)):
            header.resizeSection(col, width)
        # Field paths such as "Phiếu đánh giá thứ 2 (Cao Thị Sen, SK-…) › Điểm › Tính mới"
        # need room; the value column keeps at least about half of the width.
        room = max(230, int(self.width() * 0.45))
        header.resizeSection(2, max(230, min(ui.historyTree.sizeHintForColumn(2) + 12, room)))
        ui.expandCheck.toggled.connect(self._expand)
        ui.closeButton.clicked.connect(self.accept)

    @staticmethod
    def _entries(session, kind: str, uuid: str) -> list[tuple[int | None, history.Entry]]:
        """Entries oldest first; for a dossier, those of every version in its lineage, each
        with its version number (None when the dossier has a single version)."""
        if kind != history.DOSSIER:
            return [(None, e) for e in history.for_entity(session, kind, uuid)]
        versions = history.lineage(session, history.version_of(session, uuid).lineage_uuid)
        if len(versions) < 2:
            return [(None, e) for e in history.for_entity(session, kind, uuid)]
        found = [(v.version, e) for v in versions for e in history.for_entity(session, kind, v.dossier_uuid)]
        return sorted(found, key=lambda pair: pair[1].at)

    def _fill(self) -> None:
        tree = self.ui.historyTree
        tree.clear()
        for version, entry in reversed(self.entries):
            lines = change_lines(entry.action, entry.changes, self.names)
            action = action_text(entry.action)
            if version is not None:
                action = self.tr("Phiên bản %1: %2").replace("%1", str(version)).replace("%2", action)
            summary = ""
            if len(lines) == 1:
                summary = f"{lines[0][0]}: {lines[0][1]}"
            elif lines:
                summary = self.tr("%n mục", "", len(lines))
            top = QTreeWidgetItem([entry.at.strftime("%H:%M %d/%m/%Y"), entry.user or self.tr("(chưa đặt tên)"),
                                   action, summary])
            top.setToolTip(3, summary)
            if len(lines) > 1:
                for field, text in lines:
                    child = QTreeWidgetItem(["", "", field, text])
                    child.setToolTip(2, field)
                    child.setToolTip(3, text)
                    top.addChild(child)
            tree.addTopLevelItem(top)
        if not self.entries:
            tree.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("Chưa có thay đổi nào được ghi lại."), ""]))
        self._expand(self.ui.expandCheck.isChecked())

    def _expand(self, on: bool) -> None:
        if on:
            self.ui.historyTree.expandAll()
        else:
            self.ui.historyTree.collapseAll()

    def rows(self) -> list[list[str]]:
        """Every line as shown (entries and their changes), for tests and copying."""
        out = []
        tree = self.ui.historyTree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            out.append([top.text(c) for c in range(4)])
            out += [[top.child(j).text(c) for c in range(4)] for j in range(top.childCount())]
        return out
