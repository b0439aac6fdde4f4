"""The dossier's status in the editor and in the main list: shown, never typed, and moved only
by an act (domain/workflow.py). Submitting to the council is confirmed; undoing an act asks
for its reason (ReasonDialog) and is logged by the service."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from sangkien_desktop.domain.dossier import Dossier, Status
from sangkien_desktop.domain.workflow import ACT_LABELS, UNDO_ACTS, Act
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import workflow

from sangkien_desktop.gui.dialogs.reason_dialog import ReasonDialog
from sangkien_desktop.gui.labels import core_text, status_label
from sangkien_desktop.gui.operation import call_op


def act_text(act: Act) -> str:
    """The act's name on a button: an undo ends in "…" (a reason is asked)."""
    return core_text(ACT_LABELS[act]) + ("…" if act in UNDO_ACTS else "")


def undo(parent: QWidget, app_data: AppData, act: Act, dossier: Dossier) -> Dossier | None:
    """Asks for the reason and undoes ``act`` on one dossier; the dossier as stored after, or
    None (cancelled or refused, the refusal shown)."""
    name = dossier.title or dossier.code
    questions = {
        Act.WITHDRAW_SUBMISSION: QCoreApplication.translate(
            "StatusActs", "Rút hồ sơ “%1” khỏi Hội đồng? Hồ sơ trở về bản nháp; Hội đồng không xét "
            "hồ sơ này cho đến khi nộp lại."),
        Act.WITHDRAW_ENTRY: QCoreApplication.translate(
            "StatusActs", "Bỏ đánh dấu hồ sơ “%1” đã cập nhật lên Cổng? Hồ sơ trở lại danh sách "
            "cần cập nhật; ngày và mã tiếp nhận cũ vẫn được ghi trong lịch sử."),
    }
    reason = ReasonDialog.ask(parent, act_text(act).rstrip("…"),
                              questions[act].replace("%1", name), core_text(ACT_LABELS[act]))
    if reason is None:
        return None
    if act == Act.WITHDRAW_SUBMISSION:
        use_case = workflow.withdraw_submission
    else:
        from sangkien_desktop.services.exchange import portal

        use_case = portal.withdraw_entry
    done = call_op(parent, app_data, use_case, dossier.uuid, reason,
                   title=QCoreApplication.translate("StatusActs", "Không thực hiện được"))
    return done.result if done else None


def _submit_all(session: Session, uuids: list[str]) -> list[str]:
    return [workflow.submit(session, uuid).uuid for uuid in uuids]


class SubmitWords(QObject):
    """The counted sentences of submit_many, as self.tr (so lupdate knows their plural forms)."""

    def question(self, n: int) -> str:
        return self.tr("Nộp %n hồ sơ cho Hội đồng sáng kiến?", "", n)

    def others(self, n: int) -> str:
        return self.tr("%n hồ sơ khác đang chọn không nộp được (không phải bản nháp).", "", n)


def submit_many(parent: QWidget, app_data: AppData, dossiers: list[Dossier]) -> list[str]:
    """Nộp Hội đồng for the dossiers that may be submitted, after one confirmation; says which
    of the others cannot and why. Returns the uuids submitted."""
    ready = [d for d in dossiers if Act.SUBMIT in workflow.possible_acts(d.status)]
    others = [d for d in dossiers if d not in ready]
    if not ready:
        lines = [f"{d.code} “{d.title}”: {status_label(d.status)}" for d in others]
        QMessageBox.information(
            parent, QCoreApplication.translate("StatusActs", "Nộp Hội đồng"),
            QCoreApplication.translate("StatusActs", "Không có hồ sơ nào nộp được: chỉ nộp được bản nháp, hoặc hồ sơ không được "
                "công nhận đã sửa lại.") + "\n\n" + "\n".join(lines))
        return []
    names = "\n".join(f"• {d.code} “{d.title}”" for d in ready[:10])
    if len(ready) > 10:
        names += "\n…"
    words = SubmitWords()
    text = words.question(len(ready)) + "\n\n" + names
    if others:
        text += "\n\n" + words.others(len(others))
    if QMessageBox.question(parent, QCoreApplication.translate("StatusActs", "Nộp Hội đồng"), text) != QMessageBox.StandardButton.Yes:
        return []
    done = call_op(parent, app_data, _submit_all, [d.uuid for d in ready],
                   title=QCoreApplication.translate("StatusActs", "Không nộp được"))
    return done.result if done else []


class StatusActs(QObject):
    """The editor's status row: the status as a label and the button of the act the officer
    may start from it (Nộp Hội đồng, Rút khỏi Hội đồng…, Bỏ đánh dấu đã cập nhật lên Cổng…).

    ``before_act`` saves the editor first (a new or changed dossier is submitted as saved);
    it returns False to stop. ``changed`` carries the dossier as stored after the act."""

    changed = Signal(object)

    def __init__(self, label, button: QPushButton, app_data: AppData,
                 dossier: Callable[[], Dossier], before_act: Callable[[Act], bool],
                 parent: QWidget):
        super().__init__(parent)
        self.label, self.button, self.app_data = label, button, app_data
        self._dossier, self._before_act, self._parent = dossier, before_act, parent
        self.act: Act | None = None
        button.clicked.connect(self.run)

    def show(self, status: Status) -> None:
        self.label.setText(f"<b>{status_label(status)}</b>")
        acts = workflow.possible_acts(status)
        self.act = acts[0] if acts else None
        self.button.setVisible(self.act is not None)
        if self.act is not None:
            self.button.setText(act_text(self.act))

    def run(self) -> None:
        act = self.act
        if act is None or not self._before_act(act):
            return
        dossier = self._dossier()
        if act == Act.SUBMIT:
            stored = self._submit(dossier)
        else:
            stored = undo(self._parent, self.app_data, act, dossier)
        if stored is not None:
            self.show(stored.status)
            self.changed.emit(stored)

    def _submit(self, dossier: Dossier) -> Dossier | None:
        text = QCoreApplication.translate("StatusActs", "Nộp hồ sơ “%1” cho Hội đồng sáng kiến? Hồ sơ sẽ có trong danh sách "
                   "Hội đồng xét ở cuộc họp tới.").replace("%1", dossier.title or dossier.code)
        if QMessageBox.question(self._parent, QCoreApplication.translate("StatusActs", "Nộp Hội đồng"), text) != QMessageBox.StandardButton.Yes:
            return None
        done = call_op(self._parent, self.app_data, workflow.submit, dossier.uuid,
                       title=QCoreApplication.translate("StatusActs", "Không nộp được"))
        return done.result if done else None
