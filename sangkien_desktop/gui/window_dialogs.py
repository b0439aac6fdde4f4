"""The main window's other windows: councils, meetings, decisions, nominations, programs,
settings and the rest, each opened from the menus (and the first-run assistant)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


class WindowDialogs(QObject):
    """Opens the windows the main window's menus lead to."""


    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)

    def erase_person(self) -> None:
        from sangkien_desktop.gui.dialogs.erase_person_dialog import ErasePersonDialog
        ErasePersonDialog(self.window.app_data, self.window).exec()  # the list follows (operation.watch)

    def open_bin(self) -> None:
        from sangkien_desktop.gui.dialogs.bin_dialog import BinDialog
        BinDialog(self.window.app_data, self.window).exec()  # the list follows what it did (operation.watch)

    def open_councils(self) -> None:
        from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
        CouncilsDialog(self.window.app_data, self.window).exec()

    def open_meetings(self) -> None:
        from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog
        MeetingDialog(self.window.app_data, self.window).exec()

    def open_decisions(self) -> None:
        from sangkien_desktop.gui.dialogs.decisions_dialog import DecisionsDialog
        DecisionsDialog(self.window.app_data, self.window).exec()  # the list follows (operation.watch)

    def open_rule_packs(self) -> None:
        from sangkien_desktop.gui.dialogs.rule_pack_dialog import RulePackDialog

        RulePackDialog(self.window.app_data, self.window).exec()

    def open_verify(self) -> None:
        from sangkien_desktop.gui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self.window.app_data, self.window).exec()

    def open_nominations(self) -> None:
        from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog

        NominationsDialog(self.window.app_data, self.window).exec()  # the list follows (operation.watch)

    def open_received(self) -> None:
        from sangkien_desktop.gui.dialogs.received_dialog import ReceivedDialog

        dialog = ReceivedDialog(self.window.app_data, self.window)
        dialog.exec()
        if dialog.changed:
            self.window.reload()

    def open_targets(self) -> None:
        from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog

        TargetsDialog(self.window.app_data, self.window).exec()

    def open_shared_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.gui.dialogs.shared_data_dialog import SharedDataDialog

        if SharedDataDialog.ask(self.window, self.window.app_data) is not False:
            QMessageBox.information(self.window, self.tr("Dữ liệu dùng chung"), self.tr(
                "Đã lưu. Chương trình dùng dữ liệu mới từ lần mở sau."))

    def open_programs(self) -> None:
        from sangkien_desktop.gui.dialogs.programs_dialog import ProgramsDialog

        dialog = ProgramsDialog(self.window.app_data, self.window)
        dialog.exec()
        if dialog.changed_anything:
            self.window.filters.programs_changed()

    def open_settings(self) -> None:
        from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog
        SettingsDialog.ask(self.window, self.window.app_data)

    def offer_setup(self) -> QDialog | None:
        """At start: the first-run assistant, while the unit has no name and the assistant was
        neither finished nor skipped. Opened without waiting (the window stays live behind it)."""
        from sangkien_desktop.services.settings import setup_pending

        if self.window.app_data.read_only:
            return None
        with self.window.app_data.db.session() as session:
            if not setup_pending(session):
                return None
        from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant

        self.window.setup_assistant = SetupAssistant(self.window.app_data, self.window)
        self.window.setup_assistant.open()
        return self.window.setup_assistant

    def open_guide(self) -> None:
        from sangkien_desktop.gui.dialogs.guide_dialog import GuideDialog

        GuideDialog.show_guide(self.window)

    def about(self) -> None:
        from sangkien_desktop.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.window.app_data.layout, self.window, self.window.app_data.db.label).exec()
