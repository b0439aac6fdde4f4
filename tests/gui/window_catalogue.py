"""Every window of the program, opened on demo data, page by page; and what a user would see
wrong at a given screen size (a window larger than the screen, a label or button cut off).
Used by tests/gui/test_window_fit.py. (No tests here.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from sangkien_desktop.services.context import AppData, open_app_data
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.exchange import package_import, packages
from sangkien_desktop.storage.models import DossierRow

from sangkien_desktop.gui import window_fit

Page = tuple[str, Callable[[], None]]


def demo_data(folder: Path) -> AppData:
    app_data = open_app_data(folder)
    with app_data.db.session() as s:
        create_demo(s, 60, seed=2)
        s.commit()
    return app_data


def _pages(widget: QWidget) -> list[Page]:
    """One page per tab of every tab widget (the first level), else the window as it is."""
    pages: list[Page] = []
    for tabs in widget.findChildren(QTabWidget):
        if tabs.window() is not widget:
            continue
        for i in range(tabs.count()):
            pages.append((f"{tabs.objectName()}{i}", lambda t=tabs, n=i: t.setCurrentIndex(n)))
    return pages or [("main", lambda: None)]


def windows(app_data: AppData, tmp: Path) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, a maker of the window) for every window and dialog."""
    from sqlalchemy import select

    from sangkien_desktop.domain.rule_pack import PayRule
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    from sangkien_desktop.gui.dialogs import (
        about_dialog,
        backups_dialog,
        bin_dialog,
        check_data_dialog,
        councils_dialog,
        damaged_data_dialog,
        decisions_dialog,
        document_dialog,
        dossier_editor,
        erase_person_dialog,
        guide_dialog,
        history_dialog,
        import_package_dialog,
        issue_decision_dialog,
        meeting_dialog,
        new_program_dialog,
        nominations_dialog,
        password_dialog,
        pay_dialog,
        portal_mark_dialog,
        portal_outbox_dialog,
        programs_dialog,
        reason_dialog,
        received_dialog,
        restore_server_dialog,
        rule_pack_dialog,
        send_nomination_dialog,
        settings_dialog,
        setup_assistant,
        shared_data_dialog,
        similarity_dialog,
        targets_dialog,
        verify_dialog,
        xlsx_import_dialog,
    )
    from sangkien_desktop.gui.main_window import MainWindow

    with app_data.db.session() as s:
        uuid = s.scalar(select(DossierRow.uuid).where(DossierRow.status == "recognised").limit(1))
        draft = s.scalar(select(DossierRow.uuid).where(DossierRow.status == "draft").limit(1))
    yield "MainWindow", lambda: MainWindow(app_data)
    yield "DossierEditor", lambda: dossier_editor.DossierEditor(app_data, uuid)
    yield "DossierEditorDraft", lambda: dossier_editor.DossierEditor(app_data, draft)
    yield "AboutDialog", lambda: about_dialog.AboutDialog(app_data.layout)
    yield "BackupsDialog", lambda: backups_dialog.BackupsDialog(app_data)
    yield "BinDialog", lambda: bin_dialog.BinDialog(app_data)
    yield "CheckDataDialog", lambda: check_data_dialog.CheckDataDialog(app_data)
    yield "CouncilsDialog", lambda: councils_dialog.CouncilsDialog(app_data)
    yield "DamagedDataDialog", lambda: damaged_data_dialog.DamagedDataDialog(
        app_data.layout, "Tệp dữ liệu bị hỏng (thử nghiệm kích thước cửa sổ).")
    yield "DecisionsDialog", lambda: decisions_dialog.DecisionsDialog(app_data)
    yield "DocumentDialog", lambda: document_dialog.DocumentDialog.for_dossier(None, app_data, uuid)
    yield "ErasePersonDialog", lambda: erase_person_dialog.ErasePersonDialog(app_data)
    yield "GuideDialog", lambda: guide_dialog.GuideDialog()
    yield "HistoryDialog", lambda: history_dialog.HistoryDialog(
        app_data, history.DOSSIER, uuid, "Hồ sơ")

    def package() -> QWidget:
        out = tmp / "goi.skpkg"
        with app_data.db.session() as s:
            if not out.exists():
                packages.export_package(s, app_data.layout.attachments, out, [uuid],
                                        app_data.campaigns)
            plan = package_import.inspect_package(s, out, app_data.layout.attachments)
        return import_package_dialog.ImportPackageDialog(plan)

    yield "ImportPackageDialog", package
    yield "IssueDecisionDialog", lambda: issue_decision_dialog.IssueDecisionDialog(app_data)
    yield "MeetingDialog", lambda: meeting_dialog.MeetingDialog(app_data)
    yield "NewProgramDialog", lambda: new_program_dialog.NewProgramDialog(app_data.campaigns, None)
    yield "NominationsDialog", lambda: nominations_dialog.NominationsDialog(app_data)

    def pay() -> QWidget:
        with app_data.db.session() as s:
            dossier = get_dossier(s, uuid)
        return pay_dialog.PayDialog(dossier.title, dossier.authors, PayRule(), None, 86_400_000)

    yield "PayDialog", pay
    yield "PortalMarkDialog", lambda: portal_mark_dialog.PortalMarkDialog(
        portal_mark_dialog.RETURNED, "SK-2022-00001 — Hồ sơ")
    yield "PortalOutboxDialog", lambda: portal_outbox_dialog.PortalOutboxDialog(app_data)
    yield "ProgramsDialog", lambda: programs_dialog.ProgramsDialog(app_data)
    yield "ReasonDialog", lambda: reason_dialog.ReasonDialog(
        "Rút hồ sơ khỏi Hội đồng", "Rút hồ sơ “Máy bóc vỏ lạc” khỏi Hội đồng?", "Rút")
    yield "ReceivedDialog", lambda: received_dialog.ReceivedDialog(app_data)
    yield "RulePackDialog", lambda: rule_pack_dialog.RulePackDialog(app_data)
    yield "SendNominationDialog", lambda: send_nomination_dialog.SendNominationDialog(app_data, 2)
    yield "SettingsDialog", lambda: settings_dialog.SettingsDialog(app_data)
    # Its later steps are checked one by one in test_desk_fit.py.
    yield "SetupAssistant", lambda: setup_assistant.SetupAssistant(app_data)
    yield "SharedDataDialog", lambda: shared_data_dialog.SharedDataDialog(app_data)
    yield "PasswordDialog", lambda: password_dialog.PasswordDialog(
        "Máy chủ dữ liệu không nhận mật khẩu đã cho.", "ha@may-chu:5432/sangkien")
    yield "RestoreServerDialog", lambda: restore_server_dialog.RestoreServerDialog(
        _on_a_server(app_data), tmp / "sao-luu-20250301-090000-thu-cong.zip",
        _backup_info(tmp))

    def similar() -> QWidget:
        with app_data.db.session() as s:
            dossier = get_dossier(s, uuid)
        return similarity_dialog.SimilarityDialog(app_data, dossier)

    yield "SimilarityDialog", similar
    yield "TargetsDialog", lambda: targets_dialog.TargetsDialog(app_data)
    yield "VerifyDialog", lambda: verify_dialog.VerifyDialog(app_data)
    yield "XlsxImportDialog", lambda: xlsx_import_dialog.XlsxImportDialog(app_data)


def _on_a_server(app_data: AppData) -> AppData:
    """The data as a window on a shared database sees it (only its address differs)."""
    import copy

    from sangkien_desktop.storage.server import ServerAddress

    shared = copy.copy(app_data)
    shared.db = copy.copy(app_data.db)
    shared.db.server = ServerAddress("192.168.1.10", "sangkien", "ha")
    return shared


def _backup_info(tmp: Path):
    import datetime as dt

    from sangkien_desktop.services.backup.backups import BackupInfo

    return BackupInfo(tmp / "sao-luu-20250301-090000-thu-cong.zip", dt.datetime(2025, 3, 1, 9),
                      "manual", 60, 10, "0.1.0", 2_000_000, integrity="ok")


def open_all(app_data: AppData, tmp: Path) -> Iterator[tuple[str, QWidget, list[Page]]]:
    """Each window shown (and fitted by gui.window_fit), with its pages."""
    for name, make in windows(app_data, tmp):
        widget = make()
        if name == "DossierEditor" or name == "DossierEditorDraft":
            steps = widget.ui.stepList
            pages = [(f"step{i}", lambda s=steps, n=i: s.setCurrentRow(n))
                     for i in range(steps.count())]
        else:
            pages = _pages(widget)
        widget.show()
        QApplication.processEvents()
        yield name, widget, pages
        if isinstance(widget, QDialog):
            widget.done(0)
        else:
            widget.close()
        widget.deleteLater()


def _shown(widget: QWidget, window: QWidget) -> bool:
    probe: QWidget | None = widget
    while probe is not None and probe is not window:
        if not probe.isVisible():
            return False
        probe = probe.parentWidget()
    return True


def problems_of(window: QWidget, screen: QSize) -> list[str]:
    """What does not fit: the window against the screen (frame and taskbar counted), and every
    shown label or button narrower than its text needs."""
    found = []
    limit = window_fit.client_limit(window)
    size = window.size()
    if size.width() > limit.width() or size.height() > limit.height():
        found.append(f"window {size.width()}×{size.height()} > {limit.width()}×{limit.height()} "
                     f"on a {screen.width()}×{screen.height()} screen")
    for child in window.findChildren(QWidget):
        if not isinstance(child, QLabel | QAbstractButton) or isinstance(child, QTabBar):
            continue
        if isinstance(child, QToolButton) and isinstance(child.parentWidget(), QTabBar):
            continue  # the tab bar's scroll arrows
        if not _shown(child, window):
            continue
        if isinstance(child, QLabel) and (child.wordWrap() or not child.text()):
            continue
        need = child.sizeHint().width()
        if child.width() + 1 < need:
            text = child.text().replace("\n", " ")[:60]
            found.append(f"{type(child).__name__} {child.objectName()} “{text}” "
                         f"{child.width()} < {need}")
    return found
