"""The table of backups both the backups dialog and the damaged-data dialog show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from sangkien_desktop.services.backup import backups

from sangkien_desktop.gui.labels import core_text, error_text


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1048576:.1f} MB".replace(".", ",")
    return f"{max(n // 1024, 1)} KB"


def fill_backup_table(table: QTableWidget, found: list[backups.BackupInfo]) -> None:
    """One row per backup (time, reason, dossiers, size), those that cannot be restored in
    red with the reason as their tooltip, those in a folder used before marked so; the newest
    selected."""
    header = table.horizontalHeader()
    for column, width in enumerate((160, 300, 110, 120)):
        header.resizeSection(column, width)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setRowCount(len(found))
    for row, info in enumerate(found):
        count = (QCoreApplication.translate("BackupsDialog", "hỏng") if info.problem
                 else f"{info.dossier_count:,}".replace(",", "."))
        reason = core_text(info.reason_label)
        where = str(info.path)
        if info.earlier:  # in a folder backups went to before the officer chose another
            reason = QCoreApplication.translate("BackupsDialog", "%1 (thư mục cũ)").replace(
                "%1", reason)
            where = QCoreApplication.translate(
                "BackupsDialog", "Trong thư mục sao lưu dùng trước đây: %1").replace("%1", where)
        cells = (
            info.created_at.strftime("%H:%M %d/%m/%Y"),
            reason,
            count,
            size_text(info.size),
        )
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(error_text(info.problem) if info.problem else where)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.problem:
                item.setForeground(QColor(Qt.GlobalColor.darkRed))
            table.setItem(row, column, item)
    if found:
        table.selectRow(0)
