"""Sending a nomination: its Tờ trình's number and date chosen from the unit's own register of
document numbers (the next free number offered, the numbers already given that year listed, a
used one refused before anything is written)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.values import format_date, parse_date
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import numbering
from sangkien_desktop.services.nominating.nominations import DOC_TYPE
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.forms.ui_send_nomination_dialog import Ui_SendNominationDialog
from sangkien_desktop.gui.labels import error_text

SHOWN = 8  # the last numbers of the year listed; the register holds them all


class SendNominationDialog(QDialog):
    def __init__(self, app_data: AppData, incomplete: int = 0, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_SendNominationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with app_data.db.session() as session:
            self.suffix = unit_profile(session).number_suffix
        # "/TTr-CĐCS": what follows the number in the register's form of it.
        ui.numberSuffix.setText("/" + numbering.format_number(1, DOC_TYPE, self.suffix).split("/", 1)[1])
        ui.dateEdit.setText(format_date(today or dt.date.today()))
        ui.warningLabel.setText(self.tr("Cảnh báo: %n hồ sơ chưa đủ điều kiện.", "", incomplete)
                                if incomplete else "")
        ui.warningLabel.setVisible(bool(incomplete))
        ui.errorLabel.setVisible(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cấp số và &gửi"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.dateEdit.textEdited.connect(lambda _t: self._show_register(propose=True))
        ui.numberSpin.valueChanged.connect(lambda _v: self._error(""))
        self._year: int | None = None
        self._show_register(propose=True)

    def _date(self) -> dt.date | None:
        try:
            return parse_date(self.ui.dateEdit.text(), field="letter_date",
                              label=self.tr("Ngày ký Tờ trình"))
        except InputError:
            return None

    def _show_register(self, *, propose: bool) -> None:
        """The year's register under the fields; the next free number offered for a new year."""
        day = self._date()
        if day is None or day.year == self._year:
            return
        self._year = day.year
        with self.app_data.db.session() as session:
            given = numbering.entries(session, DOC_TYPE, day.year)
            following = numbering.propose_next(session, DOC_TYPE, day.year)
        if propose:
            self.ui.numberSpin.setValue(following)
        if given:
            listed = "; ".join(f"{e.text} ({format_date(e.date)})" for e in given[-SHOWN:])
            more = "" if len(given) <= SHOWN else self.tr("…; ")
            text = self.tr("Sổ văn bản năm %1, Tờ trình đã cấp số: %2. Số tiếp theo còn trống: %3.")
            text = text.replace("%2", more + listed)
        else:
            text = self.tr("Sổ văn bản năm %1 chưa có Tờ trình nào. Số tiếp theo còn trống: %3.")
        self.ui.registerLabel.setText(text.replace("%1", str(day.year)).replace("%3", str(following)))

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _accept(self) -> None:
        try:
            day = parse_date(self.ui.dateEdit.text(), field="letter_date",
                             label=self.tr("Ngày ký Tờ trình"))
        except InputError as exc:
            self._error(error_text(exc.message))
            return
        if day is None:
            self._error(self.tr("Hãy ghi ngày ký Tờ trình, ví dụ 15/03/2026."))
            return
        number = self.ui.numberSpin.value()
        with self.app_data.db.session() as session:
            used = numbering.is_used(session, DOC_TYPE, day.year, number)
            following = numbering.propose_next(session, DOC_TYPE, day.year)
        if used:
            self._error(self.tr("Số %1 năm %2 đã cấp cho văn bản khác trong sổ. Hãy dùng số %3 "
                                "hoặc một số còn trống.")
                        .replace("%1", numbering.format_number(number, DOC_TYPE, self.suffix))
                        .replace("%2", str(day.year)).replace("%3", str(following)))
            self.ui.numberSpin.setFocus()
            return
        self.accept()

    def answer(self) -> tuple[int, dt.date]:
        day = self._date()
        assert day is not None
        return self.ui.numberSpin.value(), day

    @classmethod
    def ask(cls, parent: QWidget | None, app_data: AppData,
            incomplete: int = 0) -> tuple[int, dt.date] | None:
        """(number, date) of the Tờ trình, or None when cancelled."""
        dialog = cls(app_data, incomplete, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
