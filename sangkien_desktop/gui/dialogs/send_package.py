"""Sending a nomination upward as an exchange package (.skpkg), from the nominations window:
asks where to write it, then renders the papers and packs everything off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.exchange import packages
from sangkien_desktop.services.exchange.nomination_package import nomination_part
from sangkien_desktop.services.exchange.packages import EXTENSION
from sangkien_desktop.services.exchange.paper_cache import PaperCache
from sangkien_desktop.services.nominating.bundle import bundle_name
from sangkien_desktop.services.nominating.nominations import get_nomination

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.jobs import Job, run_job


def package_work(app_data: AppData, uuid: str, out: Path, personal_data: bool = False):
    """The job: its own Session (never the GUI thread's), the papers, then the package."""
    with app_data.db.session() as session:
        part = nomination_part(session, uuid, app_data.campaigns)
        manifest = yield from packages.iter_export_package(
            session, app_data.attachments, out, [], app_data.campaigns, nomination=part,
            personal_data=personal_data, papers=PaperCache.of(app_data.layout))
    return out, manifest


def send_nomination(parent: QWidget, app_data: AppData, uuid: str,
                    on_done: Callable[[Path], None] | None = None, *,
                    personal_data: bool = False) -> Job | None:
    """Asks for the file and starts the export; None when the officer stopped before it.
    The authors' CCCD and phone go only with ``personal_data``."""
    with app_data.db.session() as session:
        nomination = get_nomination(session, uuid)
        name = bundle_name(session, uuid)
    if not nomination.is_sent and QMessageBox.question(
            parent, QCoreApplication.translate("send_package", "Gửi lên cấp trên"),
            QCoreApplication.translate("send_package", "Đợt đề nghị còn là dự thảo: Tờ trình chưa có số. Vẫn xuất gói (cấp trên nhận "
                "bản dự thảo)?\n\nChọn “Không”, rồi bấm “Đánh dấu đã gửi…” để Tờ trình được cấp số trước khi xuất gói.")
    ) != QMessageBox.StandardButton.Yes:
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("send_package", "Lưu gói gửi cấp trên"), f"{name}{EXTENSION}",
        QCoreApplication.translate("send_package", "Gói hồ sơ sáng kiến (*.skpkg)"))
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != EXTENSION:
        out = out.with_name(out.name + EXTENSION)

    def done(result: tuple[Path, Any]) -> None:
        written, manifest = result
        size = sum(f.size for f in manifest.files) / 1048576
        text = QCoreApplication.translate("send_package",
            "Đã tạo gói %1 (%2, %3 MB).\n\nGửi tệp này cho công đoàn cấp trên (thư điện "
            "tử, USB); họ mở nó bằng Sáng kiến Desktop, mục “Nhận gói hồ sơ”.")
        text = counts.fill(text, written, counts.files(len(manifest.files)), f"{size:.1f}") + "\n\n"
        text += QCoreApplication.translate("send_package",
            "Gói có số CCCD và số điện thoại của tác giả: chỉ gửi qua kênh tin cậy, xóa bản chép "
            "khi cấp trên đã nhận.") if personal_data else QCoreApplication.translate(
            "send_package", "Gói không mang số CCCD và số điện thoại của tác giả.")
        QMessageBox.information(
            parent, QCoreApplication.translate("send_package", "Gửi lên cấp trên"), text)
        if on_done is not None:
            on_done(written)

    return run_job(parent, lambda: package_work(app_data, uuid, out, personal_data),
                   title=QCoreApplication.translate("send_package", "Đang tạo gói gửi cấp trên…"), on_success=done)
