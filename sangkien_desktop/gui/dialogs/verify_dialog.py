"""Is this paper real? The verification code printed under a decision's or a certificate's QR
code, looked up in this data folder (services/council/verification.py)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.domain.values import format_date
from sangkien_desktop.domain.verification import CERTIFICATE, DECISION, Paper, normalise_code
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import verification

from sangkien_desktop.gui.forms.ui_verify_dialog import Ui_VerifyDialog

_OK, _NO = "color: #1e8449", "color: #b03a2e"


class VerifyDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))
        ui.buttonBox.rejected.connect(self.reject)
        ui.checkButton.clicked.connect(self.check)
        ui.codeEdit.returnPressed.connect(self.check)

    def check(self) -> Paper | None:
        ui = self.ui
        code = normalise_code(ui.codeEdit.text())
        if code is None:
            self._say(_NO, self.tr("Mã xác thực gồm 8 ký tự chữ và số, ví dụ SK7Q-4M2X. Hãy "
                                   "nhập lại đúng mã in dưới mã QR."))
            return None
        ui.codeEdit.setText(code)
        with unit_of_work.session(self.app_data) as session:
            paper = verification.verify(session, code)
        if paper is None:
            self._say(_NO, self.tr("Không tìm thấy giấy nào có mã %1 trong dữ liệu này. Giấy có "
                                   "thể do đơn vị khác ban hành mà gói hồ sơ của họ chưa được "
                                   "nhận ở đây, hoặc mã bị sai.").replace("%1", code))
            return None
        self._say(_OK, self._describe(paper))
        return paper

    def _describe(self, p: Paper) -> str:
        issued = self.tr("Quyết định số %1").replace("%1", p.number_text)
        if p.issued_on:
            issued += " " + self.tr("ngày %1").replace("%1", format_date(p.issued_on))
        if p.unit_name:
            issued += " " + self.tr("của %1").replace("%1", p.unit_name)
        if p.kind == DECISION:
            what = self.tr("%1 (quyết định công nhận sáng kiến).").replace("%1", issued)
        elif p.kind == CERTIFICATE:
            what = (self.tr("Giấy chứng nhận tác giả sáng kiến cấp cho %1, sáng kiến “%2”, theo %3.")
                    .replace("%1", p.person).replace("%2", p.subject).replace("%3", issued))
        else:
            what = (self.tr("Giấy xác nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến “%1” cho %2, "
                            "theo %3.").replace("%1", p.subject).replace("%2", p.person)
                    .replace("%3", issued))
        source = (self.tr("ban hành tại đơn vị này") if not p.source
                  else self.tr("nhận trong gói hồ sơ của %1").replace("%1", p.source))
        found = self.tr("Có giấy mang mã %1 (%2).").replace("%1", p.code).replace("%2", source)
        digest = self.tr("Mã kiểm tra nội dung (SHA-256): %1").replace("%1", p.content_hash)
        return (f"<b>✓ {html.escape(found)}</b><br>{html.escape(what)}<br>"
                f"<span style='color:#5f6368'>{html.escape(digest)}</span>")

    def _say(self, style: str, text: str) -> None:
        self.ui.resultLabel.setStyleSheet(style)
        self.ui.resultLabel.setText(text)
