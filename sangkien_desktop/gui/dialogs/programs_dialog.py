"""Programs (chương trình) the officer keeps: the list with what is open today, one program's
rules in a form (window, limits, kinds, groups, quotas, phases, deadlines, required documents),
checked as a whole with every problem marked where it is; a new one from a template; a program
file imported from the upper union or exported for the units below."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.campaign_edit import (
    STATE_LABELS,
    CampaignEditError,
    Problem,
    State,
    default_campaign,
    ordered,
    problems,
    state,
)
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.values import parse_date
from sangkien_desktop.services import user_campaigns
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.dialogs.new_program_dialog import NewProgramDialog
from sangkien_desktop.gui.dialogs.rows_table import RowsTable
from sangkien_desktop.gui.dialogs.unit_choices import LEVELS
from sangkien_desktop.gui.forms.ui_programs_dialog import Ui_ProgramsDialog
from sangkien_desktop.gui.labels import core_text, error_text

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecec;"
_ROW = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
# Fields of the file shown in the "Chung" tab: key → widget name.
GENERAL = {
    "id": "idEdit", "version": "versionValue", "name": "nameEdit", "short_name": "shortNameEdit",
    "application_window.start": "startEdit", "application_window.end": "endEdit",
    "description_limit": "limitEdit", "nomination_deadline": "deadlineEdit",
    "nomination_warning_days": "warningSpin",
}  # fmt: skip


def _day_text(value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y") if value else ""
    except ValueError:
        return str(value)


def _moment_text(value: Any) -> str:
    try:
        return dt.datetime.fromisoformat(str(value)).strftime("%d/%m/%Y %H:%M") if value else ""
    except ValueError:
        return str(value)


class ProgramsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_ProgramsDialog()
        self.ui.setupUi(self)
        self.data: dict[str, Any] | None = None  # the file shown, as read
        self.dirty = False
        self._loading = False
        self.changed_anything = False
        ui = self.ui
        code, label = self.tr("Mã"), self.tr("Tên")
        self.tables = {
            "solution_types": RowsTable(ui.kindsTable, [("code", code, 150), ("label", label, 0)],
                                        ui.kindsAddButton, ui.kindsRemoveButton),
            "target_groups": RowsTable(ui.groupsTable, [("code", code, 150), ("label", label, 0)],
                                       ui.groupsAddButton, ui.groupsRemoveButton),
            "required_attachments": RowsTable(
                ui.requiredTable, [("code", code, 180), ("label", label, 0)],
                ui.requiredAddButton, ui.requiredRemoveButton),
            "favoured_fields": RowsTable(ui.favouredTable, [("code", code, 150), ("label", label, 0)],
                                         ui.favouredAddButton, ui.favouredRemoveButton),
            "phases": RowsTable(ui.phasesTable, [
                ("code", code, 60), ("name", label, 140),
                ("eligible_from", self.tr("Áp dụng từ"), 95), ("eligible_to", self.tr("đến"), 95),
                ("portal_opens", self.tr("Cổng mở"), 130), ("portal_closes", self.tr("Cổng đóng"), 0),
            ], ui.phasesAddButton, ui.phasesRemoveButton),
            "quotas": RowsTable(ui.quotasTable, [
                ("level", self.tr("Cấp"), 300), ("label", self.tr("Ghi là"), 160),
                ("count", self.tr("Số lượng"), 0),
            ], ui.quotasAddButton, ui.quotasRemoveButton,
                choices={"level": [(v, QCoreApplication.translate("SettingsDialog", text))
                                          for v, text in LEVELS]}),
        }
        ui.programList.setWordWrap(True)
        self._connect()
        self.refresh_list()
        if app_data.read_only:
            for w in (ui.saveButton, ui.newButton, ui.importButton):
                w.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.programList.currentItemChanged.connect(self._picked)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.newButton.clicked.connect(self.new_program)
        ui.importButton.clicked.connect(self.import_file)
        ui.exportButton.clicked.connect(self.export_file)
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.issuerEdit, ui.startEdit, ui.endEdit,
                     ui.limitEdit, ui.deadlineEdit):
            edit.textEdited.connect(self._changed)
        ui.nationalCheck.toggled.connect(self._changed)
        ui.warningSpin.valueChanged.connect(self._changed)
        for table in self.tables.values():
            table.changed.connect(self._changed)

    # --- the list -----------------------------------------------------------------------------
    def refresh_list(self, select_id: str | None = None) -> None:
        today = dt.date.today()
        campaigns = self.app_data.campaigns
        default = default_campaign(campaigns, today)
        lst = self.ui.programList
        lst.blockSignals(True)
        lst.clear()
        for c in ordered(campaigns, today):
            text = campaign_picker.label(c, today)
            if c.id == default:
                text += " — " + self.tr("mặc định cho hồ sơ mới")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if state(c, today) == State.CLOSED:
                item.setForeground(QBrush(campaign_picker.CLOSED_COLOUR))
            lst.addItem(item)
        lst.blockSignals(False)
        wanted = select_id or (self.data or {}).get("id") or default
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                lst.setCurrentRow(row)
                return
        if lst.count():
            lst.setCurrentRow(0)

    def _picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if self.dirty and previous is not None and not self._leave():
            lst = self.ui.programList
            lst.blockSignals(True)
            lst.setCurrentItem(previous)
            lst.blockSignals(False)
            return
        self.show_program(self.app_data.campaigns[current.data(Qt.ItemDataRole.UserRole)])

    def _leave(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Chương trình có thay đổi chưa lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def current(self) -> Campaign | None:
        item = self.ui.programList.currentItem()
        return self.app_data.campaigns.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- one program ----------------------------------------------------------------------------
    def show_program(self, c: Campaign) -> None:
        ui, data = self.ui, c.raw
        self._loading = True
        self.data = data
        ui.idEdit.setText(c.id)
        ui.versionValue.setText(c.version)
        found = state(c, dt.date.today())
        ui.stateValue.setText(core_text(STATE_LABELS[found]))
        ui.nameEdit.setText(c.name)
        ui.shortNameEdit.setText(c.short_name)
        ui.issuerEdit.setText(str(data.get("issuer") or ""))
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.issuerEdit):
            edit.setCursorPosition(0)  # a long name shows its start
        ui.nationalCheck.setChecked(c.national)
        window = data.get("application_window") or {}
        ui.startEdit.setText(_day_text(window.get("start")))
        ui.endEdit.setText(_day_text(window.get("end")))
        limit = data.get("description_limit")
        ui.limitEdit.setText("" if limit is None else str(limit))
        ui.deadlineEdit.setText(_moment_text(data.get("nomination_deadline")))
        ui.warningSpin.setValue(int(data.get("nomination_warning_days", 7) or 0))
        for key in ("solution_types", "target_groups", "required_attachments", "favoured_fields"):
            self.tables[key].load([dict(i) for i in data.get(key) or []])
        self.tables["phases"].load([
            {"code": str(p.get("code", "")), "name": str(p.get("name", "")),
             "eligible_from": _day_text(p.get("eligible_from")),
             "eligible_to": _day_text(p.get("eligible_to")),
             "portal_opens": _moment_text(p.get("portal_opens")),
             "portal_closes": _moment_text(p.get("portal_closes"))}
            for p in data.get("phases") or []])
        self.tables["quotas"].load([
            {"level": str(q.get("level", "")), "label": str(q.get("label", "")),
             "count": str(q.get("count", ""))} for q in data.get("quotas") or []])
        self._loading = False
        self._clear_marks()
        self.ui.problemsLabel.clear()
        self._set_dirty(False)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.setWindowTitle(("* " if dirty else "") + self.tr("Chương trình"))

    # --- reading the form ---------------------------------------------------------------------
    def collect(self) -> tuple[dict[str, Any], list[Problem]]:
        """The file as the form says, and what the form itself could not read (a date typed
        wrong); the file's own problems come from domain.campaign_edit.problems."""
        ui = self.ui
        data = dict(self.data or {})
        found: list[Problem] = []

        def day(text: str, field: str) -> str | None:
            try:
                value = parse_date(text, field=field)
            except InputError:
                found.append(Problem(field, Message("campaign_edit_date", value=text)))
                return None
            return value.isoformat() if value else None

        def moment(text: str, field: str) -> str | None:
            text = " ".join(text.split())
            if not text:
                return None
            match = re.fullmatch(r"(\S+)(?:\s+(\d{1,2})[:h](\d{2}))?", text)
            try:
                if match is None:
                    raise InputError("campaign_edit_date", value=text)
                date = parse_date(match.group(1), field=field)
                if date is None:
                    raise InputError("campaign_edit_date", value=text)
                hour, minute = (int(match.group(2)), int(match.group(3))) if match.group(2) else (0, 0)
                return dt.datetime.combine(date, dt.time(hour, minute)).isoformat(timespec="minutes")
            except (InputError, ValueError):
                found.append(Problem(field, Message("campaign_edit_date", value=text)))
                return None

        data["name"] = " ".join(ui.nameEdit.text().split())
        data["short_name"] = " ".join(ui.shortNameEdit.text().split())
        data["issuer"] = " ".join(ui.issuerEdit.text().split())
        data["national"] = ui.nationalCheck.isChecked()
        data["application_window"] = {
            "start": day(ui.startEdit.text(), "application_window.start"),
            "end": day(ui.endEdit.text(), "application_window.end")}
        limit = ui.limitEdit.text().strip().replace(".", "")
        if not limit:
            data["description_limit"] = None
        elif limit.isdigit():
            data["description_limit"] = int(limit)
        else:
            data["description_limit"] = limit  # reported by problems()
        data["nomination_deadline"] = moment(ui.deadlineEdit.text(), "nomination_deadline")
        data["nomination_warning_days"] = ui.warningSpin.value()
        for key in ("solution_types", "target_groups", "required_attachments", "favoured_fields"):
            data[key] = [{"code": r["code"], "label": r["label"]} for r in self.tables[key].rows()
                         if r["code"] or r["label"]]
        phases = []
        for i, r in enumerate(self.tables["phases"].rows()):
            where = f"phases[{i}]"
            phases.append({
                "code": r["code"], "name": r["name"],
                "eligible_from": day(r["eligible_from"], f"{where}.eligible_from"),
                "eligible_to": day(r["eligible_to"], f"{where}.eligible_to"),
                "portal_opens": moment(r["portal_opens"], f"{where}.portal_opens"),
                "portal_closes": moment(r["portal_closes"], f"{where}.portal_closes")})
        data["phases"] = phases
        quotas = []
        for r in self.tables["quotas"].rows():
            count: Any = r["count"]
            quotas.append({"level": r["level"], "label": r["label"] or r["level"],
                           "count": int(count) if count.isdigit() else count})
        data["quotas"] = quotas
        return data, found

    # --- problems -------------------------------------------------------------------------------
    def _clear_marks(self) -> None:
        for name in GENERAL.values():
            widget = getattr(self.ui, name)
            widget.setStyleSheet("")
            widget.setToolTip("")
        for table in self.tables.values():
            table.clear_marks()

    def _where(self, field: str) -> str:
        """Where a problem is, as the form names it: "Giai đoạn, dòng 2, Cổng đóng"."""
        names = {
            "id": self.tr("Mã chương trình"), "version": self.tr("Phiên bản"),
            "name": self.tr("Tên đầy đủ"), "short_name": self.tr("Tên ngắn"),
            "application_window.start": self.tr("Áp dụng lần đầu từ ngày"),
            "application_window.end": self.tr("đến ngày"),
            "description_limit": self.tr("Giới hạn ký tự mô tả"),
            "nomination_deadline": self.tr("Hạn nộp đề nghị"),
            "nomination_warning_days": self.tr("Báo trước hạn"),
            "solution_types": self.tr("Loại giải pháp"), "target_groups": self.tr("Đối tượng"),
            "required_attachments": self.tr("Giấy tờ bắt buộc"),
            "favoured_fields": self.tr("Lĩnh vực được ưu tiên"),
            "phases": self.tr("Giai đoạn"), "quotas": self.tr("Chỉ tiêu"),
        }
        match = _ROW.match(field)
        if match is None:
            return names.get(field, field)
        key, row, column = match.groups()
        text = self.tr("%1, dòng %2").replace("%1", names.get(key, key)).replace("%2", str(int(row) + 1))
        table = self.tables.get(key)
        header = (table.table.horizontalHeaderItem(table.keys.index(column))
                  if table is not None and column in table.keys else None)
        if header is not None:
            text += f", {header.text()}"
        return text

    def show_problems(self, found: list[Problem]) -> None:
        """Marks every field and cell at fault and lists them all."""
        self._clear_marks()
        lines = []
        for p in found:
            message = core_text(p.message)
            lines.append(f"<b>{self._where(p.field)}</b>: {message}")
            if p.field in GENERAL:
                widget = getattr(self.ui, GENERAL[p.field])
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(message)
                continue
            match = _ROW.match(p.field)
            key = match.group(1) if match else p.field
            if key in self.tables:
                self.tables[key].mark(int(match.group(2)) if match else None,
                                      match.group(3) if match else None, message)
        self.ui.problemsLabel.setText(
            self.tr("Chưa lưu được: %n chỗ cần sửa.", "", len(found)) + "<br>" + "<br>".join(lines))

    # --- acts -----------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.data is None:
            return False
        data, found = self.collect()
        found += [p for p in problems(data) if p.field not in {f.field for f in found}]
        if found:
            self.show_problems(found)
            return False
        try:
            saved = user_campaigns.save(self.app_data.layout.campaigns, data, self.app_data.campaigns)
        except CampaignEditError as exc:
            self.show_problems(exc.problems)
            return False
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(str(exc)))
            return False
        self.app_data.reload_campaigns()
        self.changed_anything = True
        self._set_dirty(False)
        self.refresh_list(saved.id)
        self.ui.problemsLabel.setText(
            self.tr("Đã lưu chương trình %1 (phiên bản %2).").replace("%1", saved.short_name)
            .replace("%2", saved.version))
        return True

    def new_program(self) -> None:
        if self.dirty and not self._leave():
            return
        current = self.current()
        asked = NewProgramDialog.ask(self, self.app_data.campaigns, current.id if current else None)
        if asked is None:
            return
        try:
            made = user_campaigns.new_from_template(
                self.app_data.layout.campaigns, self.app_data.campaigns, *asked)
        except CampaignEditError as exc:
            QMessageBox.warning(self, self.tr("Chưa tạo được chương trình"),
                                "\n".join(f"{self._where(p.field)}: {core_text(p.message)}"
                                          for p in exc.problems))
            return
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Chưa tạo được chương trình"), error_text(str(exc)))
            return
        self.app_data.reload_campaigns()
        self.changed_anything = True
        self.refresh_list(made.id)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.startEdit.setFocus()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập tệp chương trình"), "",
                                              self.tr("Tệp chương trình (*.json)"))
        if not path:
            return
        try:
            campaign = user_campaigns.import_file(self.app_data.layout.campaigns, Path(path),
                                                  self.app_data.campaigns)
        except CampaignEditError as exc:
            QMessageBox.warning(self, self.tr("Không nhập được tệp chương trình"),
                                "\n".join(f"{self._where(p.field)}: {core_text(p.message)}"
                                          for p in exc.problems))
            return
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Không nhập được tệp chương trình"),
                                error_text(str(exc)))
            return
        self.app_data.reload_campaigns()
        self.changed_anything = True
        self.refresh_list(campaign.id)
        QMessageBox.information(self, self.tr("Đã nhập chương trình"), self.tr(
            "Đã nhập chương trình “%1”, phiên bản %2.").replace("%1", campaign.short_name)
            .replace("%2", campaign.version))

    def export_file(self) -> None:
        campaign = self.current()
        if campaign is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất tệp chương trình"),
                                              f"{campaign.id}.json",
                                              self.tr("Tệp chương trình (*.json)"))
        if not path:
            return
        try:
            user_campaigns.export(campaign, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không xuất được"), error_text(str(exc)))
            return
        QMessageBox.information(self, self.tr("Đã xuất chương trình"), self.tr(
            "Đã lưu tệp chương trình “%1” vào %2.").replace("%1", campaign.short_name)
            .replace("%2", path))

    def reject(self) -> None:
        if self.dirty and not self._leave():
            return
        super().reject()
