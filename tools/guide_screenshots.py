"""Takes the screenshots of the user guide (resources/guide/images/) from the real program.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python tools/guide_screenshots.py [--only NAME...]

A temporary data folder gets a fictional unit profile and `sangkien demo` data (dossiers,
councils, meetings with score sheets, decisions, nominations, targets); then each window or
dialog is opened the way an officer would see it, put in a telling state, grabbed, and saved as
an optimised PNG at most MAX_WIDTH pixels wide. Nothing of the user's own data or settings is
touched. The same program version and seed give the same pictures.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guide" / "images"
MAX_WIDTH = 1100
SEED = 0
COUNT = 200

# Fictional unit: the province is real (the seeds are from Quảng Trị), the people are not.
PROFILE = {
    "parent_organisation": "Liên đoàn Lao động tỉnh Quảng Trị",
    "unit_name": "Công đoàn Công ty Cổ phần May mặc Hòa Bình",
    "number_suffix": "CĐCS",
    "place_name": "Quảng Trị",
    "province_code": "provinces-2025/quang-tri",
    "level": "cdcs",
    "signing_capacity": "TM. BAN CHẤP HÀNH",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Nguyễn Thị Minh Hòa",
    "recipients": ["Như Điều 3;", "LĐLĐ tỉnh (để b/c);", "Lưu: VT."],
    "employer_name": "Công ty Cổ phần May mặc Hòa Bình",
    "head_title": "Giám đốc",
    "employer_number_suffix": "MHB",
    "user_name": "Trần Văn Bình",
}

# The district union above the guide's unit, in the package screens.
UPPER_PROFILE = {
    "parent_organisation": "Liên đoàn Lao động tỉnh Quảng Trị",
    "unit_name": "Công đoàn các Khu công nghiệp tỉnh Quảng Trị",
    "number_suffix": "CĐKCN",
    "level": "district_or_sector",
    "signer_name": "Lê Thị Thanh Xuân",
    "recipients": ["Như trên;", "Lưu: VT."],
    "user_name": "Hồ Văn Lực",
}

# What the program shows on Windows for the data folder and a user's documents.
WINDOWS_DATA = "C:\\Users\\Binh\\AppData\\Roaming\\sangkien_desktop"
WINDOWS_DOCUMENTS = "C:\\Users\\Binh\\Documents"
# The editor needs more room than the guide's width: taken larger, scaled down.
EDITOR_SIZE = (1280, 760)
ISSUE_DATE = "22/12/2025"
STORY_MEETING = dt.date(2025, 12, 18)

# Titles that would not come from a garment company: left out of the guide's own unit.
OFF_TOPIC = (" tại ", "mạ", "lúa", "cây", "bệnh", "học", "lớp", "thuế", "trường", "giảng", "vật nuôi")
EMPLOYER = PROFILE["unit_name"].removeprefix("Công đoàn ")

SHOTS: dict[str, Callable] = {}


def shot(name: str):
    def register(fn):
        SHOTS[name] = fn
        return fn

    return register


# --- helpers ------------------------------------------------------------------------------------
def settle(ms: int = 150) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def save(widget, name: str, out: Path, overlay=None) -> Path:
    """Grabs the widget (without the window frame), with an open popup drawn over it, and
    writes an optimised PNG."""
    from PIL import Image

    from PySide6.QtCore import QBuffer, QIODevice, QPoint
    from PySide6.QtGui import QPainter, QPixmap

    settle()
    pixmap = widget.grab()
    if overlay is not None and overlay.isVisible():
        offset = overlay.mapToGlobal(QPoint(0, 0)) - widget.mapToGlobal(QPoint(0, 0))
        popup = overlay.grab()
        canvas = QPixmap(max(pixmap.width(), offset.x() + popup.width()),
                         max(pixmap.height(), offset.y() + popup.height()))
        canvas.fill(widget.palette().window().color())
        painter = QPainter(canvas)
        painter.drawPixmap(0, 0, pixmap)
        painter.drawPixmap(offset, popup)
        painter.end()
        pixmap = canvas
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    if image.width > MAX_WIDTH:
        height = round(image.height * MAX_WIDTH / image.width)
        image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    # 256 colours are plenty for a flat interface and make the files 3-4 times smaller.
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path = out / f"{name}.png"
    image.save(path, optimize=True)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}  {image.width}×{image.height}  {path.stat().st_size // 1024} KB")
    return path


def show(widget, width: int, height: int):
    widget.resize(width, height)
    widget.show()
    settle()
    return widget


@contextlib.contextmanager
def closing(widget) -> Iterator:
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        settle(30)


def dossier_uuid(app_data, status: str, *, nth: int = 0, min_authors: int = 1) -> str:
    """A demo dossier of that status, with a telling title (not too long, several authors)."""
    found = [d.uuid for d in _dossiers(app_data, status)
             if len(d.authors) >= min_authors and len(d.title) < 80]
    return found[min(nth, len(found) - 1)]


def _dossiers(app_data, status: str) -> list:
    from sqlalchemy import select

    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from sangkien_desktop.storage.models import DossierRow

    with app_data.db.session() as session:
        uuids = session.execute(
            select(DossierRow.uuid).where(DossierRow.status == status, DossierRow.deleted_at.is_(None))
            .order_by(DossierRow.code)
        ).scalars().all()
        return [get_dossier(session, u) for u in uuids]


def story_dossier(app_data, nth: int = 0) -> str:
    found = [d.uuid for status in ("submitted", "recognised") for d in _dossiers(app_data, status)
             if d.unit_name == EMPLOYER]
    return found[nth]


def dossier_with_findings(app_data) -> str:
    """The draft whose check says the most: errors first, then warnings."""
    from sangkien_desktop.domain.validation import Severity
    from sangkien_desktop.services.dossiers import checks

    def weight(d) -> tuple[int, int]:
        with app_data.db.session() as session:
            report = checks.check(session, d, app_data.campaigns, app_data.layout.attachments)
        warnings = sum(1 for f in report.findings if f.severity is Severity.WARNING)
        return (min(len(report.errors), 2), min(warnings, 3))

    drafts = [d for d in _dossiers(app_data, "draft") if len(d.title) < 80]
    return max(drafts, key=weight).uuid


def decided_dossier(app_data) -> str:
    """A recognised dossier with a decision and a meeting (all its documents can be printed)."""
    from sangkien_desktop.services import papers
    from sangkien_desktop.services.council import decisions

    with app_data.db.session() as session:
        recognised = _dossiers(app_data, "recognised")
        recognised.sort(key=lambda d: d.unit_name != EMPLOYER)  # the guide's own unit first
        for d in recognised:
            if len(d.title) < 80 and decisions.outcome_of(session, d.uuid) is not None \
                    and any(c.kind == "bien-ban" for c in papers.choices_for_dossier(session, d.uuid)):
                return d.uuid
    raise LookupError("no decided dossier in the demo data")


def busiest_meeting(app_data):
    from sangkien_desktop.services.council import council_lists

    with app_data.db.session() as session:
        return max(council_lists.list_meetings(session), key=lambda m: (m.dossier_count, m.date))


def windows_paths(ctx, widget) -> None:
    """Shows the data folder where the Windows program keeps it, not this script's temp folder."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    root = str(ctx.app_data.layout.root)

    def swap(text: str) -> str:
        if root not in text and str(ctx.tmp) not in text:
            return text
        text = text.replace(root + "/backups", WINDOWS_DATA + "\\backups").replace(root, WINDOWS_DATA)
        return text.replace(str(ctx.tmp) + "/", WINDOWS_DOCUMENTS + "\\")

    for child in widget.findChildren(QLabel) + widget.findChildren(QLineEdit):
        child.setText(swap(child.text()))


def pick_tab(tabs, *, index: int) -> None:
    tabs.setCurrentIndex(index)
    settle()


# --- the shots ----------------------------------------------------------------------------------
def _new_folder(ctx):
    """A data folder as the program makes it at the first start: no unit, no dossier."""
    from sangkien_desktop.services.context import open_app_data

    if getattr(ctx, "new", None) is None:
        ctx.new = open_app_data(ctx.tmp / "moi")
    return ctx.new


def _assistant(ctx):
    from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant

    new = _new_folder(ctx)
    dialog = SetupAssistant(new)
    ui = dialog.ui
    ui.parentEdit.setText(PROFILE["parent_organisation"].upper())
    ui.unitNameEdit.setText(PROFILE["unit_name"].upper())
    ui.placeEdit.setText(PROFILE["place_name"])
    ui.provinceCombo.setCurrentIndex(ui.provinceCombo.findData(PROFILE["province_code"]))
    ui.signerNameEdit.setText(PROFILE["signer_name"])
    root = str(new.layout.root)
    show(dialog, 680, 460)
    return dialog, root


@shot("thiet-lap-buoc-1")
def setup_first_step(ctx):
    dialog, _root = _assistant(ctx)
    with closing(dialog):
        save(dialog, "thiet-lap-buoc-1", ctx.out)


@shot("thiet-lap-buoc-3")
def setup_last_step(ctx):
    dialog, root = _assistant(ctx)
    with closing(dialog):
        dialog.next_step()
        dialog.next_step()
        dialog.ui.backupEdit.setText(dialog.ui.backupEdit.text().replace(root + "/backups",
                                                                         "D:\\SaoLuu\\SangKien"))
        save(dialog, "thiet-lap-buoc-3", ctx.out)


@shot("danh-sach-trong")
def empty_list(ctx):
    from sangkien_desktop.gui.main_window import MainWindow

    with closing(MainWindow(_new_folder(ctx))) as window:
        show(window, 1024, 600)
        settle(300)
        save(window, "danh-sach-trong", ctx.out)


@shot("cua-so-chinh")
def main_window(ctx):
    with closing(ctx.window_factory()) as window:
        show(window, 1100, 640)
        settle(300)  # the icons and the "Việc cần làm" panel come just after the list
        window.ui.dossierTable.selectRow(2)
        save(window, "cua-so-chinh", ctx.out)


@shot("cai-dat-don-vi")
def settings(ctx):
    from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog

    with closing(SettingsDialog(ctx.app_data)) as dialog:
        windows_paths(ctx, dialog)
        show(dialog, 760, 720)
        save(dialog, "cai-dat-don-vi", ctx.out)


def _editor(ctx, uuid: str):
    from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

    editor = DossierEditor(ctx.app_data, uuid)
    show(editor, EDITOR_SIZE[0], EDITOR_SIZE[1])
    return editor


@shot("soan-ho-so-buoc-1")
def editor_first_step(ctx):
    with closing(_editor(ctx, story_dossier(ctx.app_data))) as editor:
        editor.ui.stepList.setCurrentRow(0)
        editor.ui.titleEdit.setFocus()
        editor.ui.titleEdit.setCursorPosition(0)
        save(editor, "soan-ho-so-buoc-1", ctx.out)


@shot("soan-ho-so-tac-gia")
def editor_authors(ctx):
    with closing(_editor(ctx, story_dossier(ctx.app_data))) as editor:
        editor.ui.stepList.setCurrentRow(1)
        save(editor, "soan-ho-so-tac-gia", ctx.out)


@shot("kiem-tra-ho-so")
def editor_check(ctx):
    with closing(_editor(ctx, dossier_with_findings(ctx.app_data))) as editor:
        editor.ui.stepList.setCurrentRow(editor.ui.steps.count() - 1)
        settle(300)
        save(editor, "kiem-tra-ho-so", ctx.out)


@shot("so-sanh-ho-so")
def similar(ctx):
    """A dossier filed in 2025 that says again, in other words, what a dossier of the same
    unit recognised in 2024 said: the comparison window with the shared passages marked."""
    from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
    from sangkien_desktop.domain.dossier import Author, Dossier
    from sangkien_desktop.services.council import decisions as decision_service
    from sangkien_desktop.services.dossiers import workflow
    from sangkien_desktop.services.dossiers.saving import save_dossier

    from sangkien_desktop.gui.dialogs.similarity_dialog import SimilarityDialog

    user = PROFILE["user_name"]
    authors = [Author(full_name="Vũ Đình Thắng", share_percent=Decimal(60), is_lead=True),
               Author(full_name="Lò Thị Xuân", share_percent=Decimal(40))]
    with ctx.app_data.db.session() as session:
        earlier = save_dossier(session, Dossier(
            title="Bảo dưỡng máy may công nghiệp theo giờ chạy thực tế tại xưởng may 2",
            unit_name=EMPLOYER, campaign_id="cong-nhan-cap-co-so", first_applied_on=dt.date(2023, 9, 4),
            created_at=dt.datetime(2024, 1, 15, 9, 0),
            description_before=(
                "Máy may được bảo dưỡng định kỳ theo lịch cố định mỗi tháng, không theo mức độ sử "
                "dụng: máy chạy nhiều thì hỏng giữa ca, máy ít chạy lại được bảo dưỡng thừa, tốn "
                "dầu và công thợ."),
            description_solution=(
                "Tổ cơ điện lắp bộ đếm giờ chạy vào từng máy may và lập sổ theo dõi giờ chạy của "
                "từng máy. Cứ 400 giờ chạy thì thay dầu, vệ sinh ổ thoi và kiểm tra dây curoa; mỗi "
                "tuần thợ máy đối chiếu sổ với bộ đếm. Máy sắp đến hạn được đưa vào danh sách bảo "
                "dưỡng cuối ca để không phải dừng chuyền."),
            description_novelty=(
                "Lần đầu tại công ty, lịch bảo dưỡng đi theo giờ chạy thực tế của từng máy thay cho "
                "lịch cố định."),
            authors=authors), user=user)
        workflow.submit(session, earlier.uuid, user=user)
        decision_service.issue_decision(session, Decision(
            date=dt.date(2024, 3, 20), items=[DecisionItem(earlier.uuid, Outcome.RECOGNISED)]),
            user=user, at=dt.datetime(2024, 3, 20, 10, 0))
        again = save_dossier(session, Dossier(
            title="Bảo dưỡng máy may theo số giờ chạy của từng máy ở xưởng may 2",
            unit_name=EMPLOYER, campaign_id="cong-nhan-cap-co-so", first_applied_on=dt.date(2025, 10, 6),
            created_at=dt.datetime(2025, 10, 20, 9, 0),
            description_before=(
                "Trước đây máy may được bảo dưỡng theo lịch cố định hằng tháng nên máy chạy nhiều "
                "hay hỏng giữa ca, còn máy ít chạy thì bảo dưỡng thừa."),
            description_solution=(
                "Lắp bộ đếm giờ chạy vào từng máy may và lập sổ theo dõi giờ chạy của từng máy. Cứ "
                "400 giờ chạy thì thay dầu, vệ sinh ổ thoi và kiểm tra dây curoa. Năm 2025 tổ cơ "
                "điện chuyển sổ theo dõi sang bảng tính dùng chung để tổ trưởng chuyền biết máy "
                "nào sắp đến hạn."),
            description_novelty="Lịch bảo dưỡng theo giờ chạy thực tế của từng máy, thay cho lịch cố định.",
            authors=authors), user=user)
        session.commit()
    with closing(SimilarityDialog(ctx.app_data, again)) as dialog:
        show(dialog, 1100, 620)
        save(dialog, "so-sanh-ho-so", ctx.out)


@shot("hoi-dong")
def councils(ctx):
    from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog

    with closing(CouncilsDialog(ctx.app_data)) as dialog:
        show(dialog, 1100, 560)
        save(dialog, "hoi-dong", ctx.out)
        pick_tab(dialog.ui.tabs, index=1)
        save(dialog, "hoi-dong-tieu-chi", ctx.out)


@shot("bo-quy-dinh")
def rule_packs(ctx):
    """The rule packs window on the 2026 education-department pack: its legal basis with the
    date it was checked, its rubric with score ranges and grades, its eligibility and pay."""
    from sangkien_desktop.gui.dialogs.rule_pack_dialog import RulePackDialog

    with closing(RulePackDialog(ctx.app_data, select_id="giao-duc-2026")) as dialog:
        show(dialog, 1100, 740)
        pick_tab(dialog.ui.tabs, index=0)
        save(dialog, "bo-quy-dinh", ctx.out)
        pick_tab(dialog.ui.tabs, index=2)
        save(dialog, "bo-quy-dinh-tieu-chi", ctx.out)
        pick_tab(dialog.ui.tabs, index=3)
        save(dialog, "bo-quy-dinh-dieu-kien", ctx.out)


def _meeting_dialog(ctx):
    from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog

    meeting = busiest_meeting(ctx.app_data)
    dialog = MeetingDialog(ctx.app_data, council_uuid=meeting.council_uuid)
    combo = dialog.ui.meetingCombo
    combo.setCurrentIndex(max(combo.findData(meeting.uuid), 0))
    show(dialog, 1100, 620)
    return dialog


@shot("cuoc-hop-diem-danh")
def meeting_attendance(ctx):
    with closing(_meeting_dialog(ctx)) as dialog:
        pick_tab(dialog.ui.tabs, index=0)
        save(dialog, "cuoc-hop-diem-danh", ctx.out)


@shot("cuoc-hop-cham-diem")
def meeting_scores(ctx):
    with closing(_meeting_dialog(ctx)) as dialog:
        pick_tab(dialog.ui.tabs, index=2)
        save(dialog, "cuoc-hop-cham-diem", ctx.out)


@shot("cham-diem-tranh-xet")
def blind_scoring(ctx):
    """The story's second dossier while one member has not scored it yet: the others' scores
    stay hidden, the member who declared a conflict of interest is out of it."""
    from sangkien_desktop.gui.dialogs.score_grid import Sheet

    with closing(_meeting_dialog(ctx)) as dialog:
        pick_tab(dialog.ui.tabs, index=2)
        grid = dialog.grid
        uuid = dialog.ui.scoringDossierCombo.itemData(1)
        dialog.ui.scoringDossierCombo.setCurrentIndex(1)
        settle()
        # Shown only: the last member present has not entered a sheet yet (nothing is saved).
        grid.sheets[(grid.present[-1].id or 0, uuid)] = Sheet()
        grid.show_dossier(uuid)
        # The row being entered: the last member's (the sheets entered before show dots).
        grid.table.setCurrentCell(len(grid.present) - 1, 1)
        settle()
        save(dialog, "cham-diem-tranh-xet", ctx.out)


@shot("thu-lao")
def pay(ctx):
    """The pay calculator on the first dossier the story's council recommends: 7 % of three
    years' benefit, split by the authors' shares (the decision itself is the next shot)."""
    from sangkien_desktop.gui.dialogs.issue_decision_dialog import IssueDecisionDialog

    meeting = busiest_meeting(ctx.app_data)
    with closing(IssueDecisionDialog(ctx.app_data, meeting_uuid=meeting.uuid)) as issue:
        uuid = _paid_dossier(issue)
        with closing(issue.edit_pay(uuid, show=False)) as dialog:
            _fill_pay(dialog)
            show(dialog, 820, 560)
            save(dialog, "thu-lao", ctx.out)


def _paid_dossier(issue) -> str:
    """The first dossier of the decision with several authors (the split shows)."""
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    with issue.app_data.db.session() as session:
        uuids = issue.dossier_uuids()
        return next((u for u in uuids if len(get_dossier(session, u).authors) > 1), uuids[0])


def _fill_pay(dialog) -> None:
    for row, value in enumerate(("48.000.000", "52.500.000", "55.000.000")):
        dialog.ui.yearsTable.item(row, 0).setText(value)
    dialog.update_split()


@shot("ra-quyet-dinh")
def issue_decision(ctx):
    from sangkien_desktop.gui.dialogs.issue_decision_dialog import IssueDecisionDialog

    meeting = busiest_meeting(ctx.app_data)
    with closing(IssueDecisionDialog(ctx.app_data, meeting_uuid=meeting.uuid)) as dialog:
        dialog.ui.dateEdit.setText(ISSUE_DATE)
        dialog.ui.dateEdit.editingFinished.emit()
        uuid = _paid_dossier(dialog)
        with closing(dialog.edit_pay(uuid, show=False)) as calculator:
            _fill_pay(calculator)
            calculator._accept()
            dialog.set_pay(uuid, calculator.plan)
        show(dialog, 1100, 560)
        save(dialog, "ra-quyet-dinh", ctx.out)
        # Issued for real: the decision, the frozen dossiers and their history in later shots.
        dialog.issue()
        if dialog.issued is None:
            raise RuntimeError(dialog.ui.errorLabel.text())


@shot("quyet-dinh")
def decisions(ctx):
    from sangkien_desktop.gui.dialogs.decisions_dialog import DecisionsDialog

    with closing(DecisionsDialog(ctx.app_data)) as dialog:
        busiest = max(range(len(dialog.decisions)), key=lambda i: (len(dialog.decisions[i].items), -i))
        dialog.ui.decisionsTable.selectRow(busiest)
        show(dialog, 1100, 560)
        save(dialog, "quyet-dinh", ctx.out)


@shot("thong-bao-khong-cong-nhan")
def refusal(ctx):
    """The notice of non-recognition the decision just issued gives a rejected solution's
    authors, numbered in the TB register, in the print preview."""
    from sangkien_desktop.services import papers
    from sangkien_desktop.services.council import decisions as decision_service


    with ctx.app_data.db.session() as session:
        found = [d for d in decision_service.list_decisions(session)
                 if any(i.outcome == "rejected" for i in d.items)]
        decision = max(found, key=lambda d: (d.unit_name == PROFILE["unit_name"], d.date, d.number))
        choice = next(c for c in papers.choices_for_decision(session, decision.uuid)
                      if c.kind == "thong-bao-khong-cong-nhan")
        papers.claim_number(session, choice, papers.proposed_number(session, choice))
        session.commit()
        data = papers.paper_data(session, choice)
    paper_preview(ctx, choice, data, "thong-bao-khong-cong-nhan")


def _story_decision(ctx):
    """The decision the guide's story issued (ra-quyet-dinh)."""
    from sangkien_desktop.services.council import decisions as decision_service

    with ctx.app_data.db.session() as session:
        found = [d for d in decision_service.list_decisions(session)
                 if d.unit_name in ("", PROFILE["unit_name"]) and d.date.strftime("%d/%m/%Y") == ISSUE_DATE]
        return max(found, key=lambda d: d.number)


@shot("giay-xac-nhan")
def effect_certification(ctx):
    """The certification of a recognised initiative's effect and scope for its first author,
    with its verification code and QR code, in the print preview."""
    from sangkien_desktop.services import papers

    decision = _story_decision(ctx)
    with ctx.app_data.db.session() as session:
        choice = next(c for c in papers.choices_for_decision(session, decision.uuid)
                      if c.kind == "giay-xac-nhan")
        papers.claim_number(session, choice, papers.proposed_number(session, choice))
        session.commit()
        data = papers.paper_data(session, choice)
    paper_preview(ctx, choice, data, "giay-xac-nhan")


@shot("xac-thuc")
def verify(ctx):
    """Hội đồng › Xác thực giấy tờ with the code printed under the story decision's QR code."""
    from sangkien_desktop.services.council import verification

    from sangkien_desktop.gui.dialogs.verify_dialog import VerifyDialog

    decision = _story_decision(ctx)
    with ctx.app_data.db.session() as session:
        code = verification.code_for(session, decision.uuid)
        session.commit()
    with closing(VerifyDialog(ctx.app_data)) as dialog:
        show(dialog, 760, 300)
        dialog.ui.codeEdit.setText(code.replace("-", "").lower())  # as someone might type it
        dialog.check()
        save(dialog, "xac-thuc", ctx.out)


@shot("ho-so-da-cong-nhan")
def frozen(ctx):
    with closing(_editor(ctx, decided_dossier(ctx.app_data))) as editor:
        save(editor, "ho-so-da-cong-nhan", ctx.out)


@shot("lich-su")
def history(ctx):
    from sangkien_desktop.services.dossiers import history as history_service
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog

    uuid = decided_dossier(ctx.app_data)
    with ctx.app_data.db.session() as session:
        title = get_dossier(session, uuid).title
    with closing(HistoryDialog(ctx.app_data, history_service.DOSSIER, uuid, title)) as dialog:
        show(dialog, 1000, 300)
        dialog.ui.expandCheck.setChecked(False)  # one line per change; details on demand
        save(dialog, "lich-su", ctx.out)


@shot("de-nghi")
def nominations(ctx):
    """A draft nomination (its receiving level and addressee can be changed), not a sent one."""
    from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog

    with closing(NominationsDialog(ctx.app_data)) as dialog:
        listing = dialog.ui.nominationList
        drafts = [row for row in range(listing.count())
                  if not listing.item(row).text().split(" — ")[0].count("/")]
        listing.setCurrentRow(drafts[0] if drafts else 0)
        show(dialog, 1100, 640)
        save(dialog, "de-nghi", ctx.out)


@shot("chi-tieu")
def targets(ctx):
    from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog

    with closing(TargetsDialog(ctx.app_data)) as dialog:
        show(dialog, 1000, 520)
        save(dialog, "chi-tieu", ctx.out)
        dialog.resize(1100, 700)
        pick_tab(dialog.ui.tabs, index=1)
        save(dialog, "chi-tieu-tien-do", ctx.out)


@shot("in-van-ban")
def document(ctx):
    from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog

    with closing(DocumentDialog.for_dossier(None, ctx.app_data, decided_dossier(ctx.app_data))) as dialog:
        kinds = [c.kind for c in dialog.choices]
        dialog.ui.kindCombo.setCurrentIndex(kinds.index("bien-ban"))
        show(dialog, 640, dialog.sizeHint().height())
        save(dialog, "in-van-ban", ctx.out)


@shot("xem-truoc-ban-in")
def preview(ctx):
    from sangkien_desktop.services import papers


    with ctx.app_data.db.session() as session:
        choices = papers.choices_for_dossier(session, decided_dossier(ctx.app_data))
        choice = next(c for c in choices if c.kind == "quyet-dinh")
        data = papers.paper_data(session, choice, None)
    paper_preview(ctx, choice, data, "xem-truoc-ban-in")


def paper_preview(ctx, choice, data, name: str) -> None:
    """A paper in the print preview, as the officer sees it before printing."""
    from sangkien_desktop.documents import iter_write_document

    from sangkien_desktop.gui.dialogs.print_preview import PrintPreview

    buffer = io.BytesIO()
    for _step in iter_write_document(choice.kind, data, "pdf", buffer):
        pass
    with closing(PrintPreview(buffer.getvalue(), choice.label)) as dialog:
        show(dialog, 1100, 760)
        dialog.preview_widget().fitToWidth()
        save(dialog, name, ctx.out)


@shot("nhap-excel")
def xlsx_import(ctx):
    from openpyxl import Workbook

    from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog

    path = ctx.tmp / "danh-sach-sang-kien-2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Hồ sơ"
    ws.append(["STT", "Tên sáng kiến", "Tác giả", "Ngày áp dụng lần đầu", "Giá trị làm lợi (đồng)"])
    ws.append([1, "Bàn thao tác chống mỏi cho tổ may", "Vũ Thị Nga (70%); Lò Văn Páo (30%)", "12/5/2025",
               "45.000.000 đ"])
    ws.append([2, "Phần mềm chấm công bằng mã QR", "Đặng Quốc Việt", "01/02/2025", 30000000])
    ws.append([3, "Giá treo cuộn vải di động", "Hà Thị Lan; Bùi Văn Tâm", "30/2/2025", ""])
    ws.append([4, "Sổ tay an toàn điện bằng hình ảnh", "Phạm Minh Đức (100%)", "15/8/2025", ""])
    wb.save(path)
    with closing(XlsxImportDialog(ctx.app_data, None, path)) as dialog:
        windows_paths(ctx, dialog)
        show(dialog, 1100, 400)
        save(dialog, "nhap-excel", ctx.out)


@shot("goi-nhap-cong")
def portal_outbox(ctx):
    from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog

    with closing(PortalOutboxDialog(ctx.app_data)) as dialog:
        show(dialog, 1100, 460)
        dialog.ui.outboxTable.selectRow(0)
        save(dialog, "goi-nhap-cong", ctx.out)


@shot("goi-nhap-cong-trang")
def portal_page(ctx):
    """The package's index.html. Qt WebEngine is not part of the program, so the page is shown
    in a QTextBrowser: its layout and its data are the real ones, its Copy buttons (script) and
    some of its styling are not drawn the way a browser draws them."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QTextBrowser

    from sangkien_desktop.services.exchange import portal

    out_zip = ctx.tmp / "goi-cap-nhat-cong.zip"
    with ctx.app_data.db.session() as session:
        ready = [r.uuid for r in portal.outbox(session, ctx.app_data.campaigns) if r.to_enter]
        done = portal.export_portal(session, ctx.app_data.layout.attachments, out_zip,
                                    ctx.app_data.campaigns, ready[:2])
    page = done.folder / "index.html"
    with closing(QTextBrowser()) as browser:
        browser.setSearchPaths([str(done.folder)])
        browser.setSource(QUrl.fromLocalFile(str(page)))
        show(browser, 1000, 620)
        save(browser, "goi-nhap-cong-trang", ctx.out)


@shot("xoa-du-lieu-ca-nhan")
def erase_person(ctx):
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    from sangkien_desktop.gui.dialogs.erase_person_dialog import ErasePersonDialog

    with ctx.app_data.db.session() as session:
        person = get_dossier(session, story_dossier(ctx.app_data)).authors[0]
    with closing(ErasePersonDialog(ctx.app_data)) as dialog:
        show(dialog, 1100, 520)
        dialog.ui.nameEdit.setText(person.full_name)
        dialog.find_person()
        dialog.ui.reasonEdit.setText(f"Theo đơn đề nghị của {person.full_name} ngày 05/01/2026")
        save(dialog, "xoa-du-lieu-ca-nhan", ctx.out)


def upper_level(ctx):
    """The guide's upper level: a second data folder (a district union) that received the
    guide unit's nomination as a package, with one dossier edited there since (a conflict when
    the unit sends it again). Made once, kept on the context."""
    if getattr(ctx, "upper", None) is not None:
        return ctx.upper
    import dataclasses

    from sangkien_desktop.domain.unit_profile import UnitProfile
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from sangkien_desktop.services.dossiers.saving import save_dossier
    from sangkien_desktop.services.exchange import package_merge
    from sangkien_desktop.services.nominating import nominations as noms
    from sangkien_desktop.services.settings import save_unit_profile

    from sangkien_desktop.gui.dialogs.send_package import package_work

    with ctx.app_data.db.session() as session:
        nomination = max(noms.list_nominations(session), key=lambda n: len(n.items))
        if not nomination.is_sent:  # sent first, as the guide says: its Tờ trình has a number
            noms.mark_sent(session, nomination.uuid, user=PROFILE["user_name"])
            session.commit()
    package = ctx.tmp / "de-nghi-len-cap-tren.skpkg"
    steps = package_work(ctx.app_data, nomination.uuid, package)
    try:
        while True:
            next(steps)
    except StopIteration:
        pass
    upper = open_app_data(ctx.tmp / "cap-tren")
    with upper.db.session() as session:
        save_unit_profile(session, UnitProfile(**{**PROFILE, **UPPER_PROFILE}))
        session.commit()
    with upper.db.session() as session:
        package_merge.import_package(session, package, upper.layout.attachments)
        first = get_dossier(session, nomination.items[0].dossier_uuid)
        # A recognised dossier is frozen; its notes are not: the upper level wrote one.
        save_dossier(session, dataclasses.replace(first, notes="Đề nghị bổ sung ảnh chụp sản phẩm khi áp dụng."),
                     user=UPPER_PROFILE["user_name"])
        session.commit()
    ctx.upper = (upper, package)
    return ctx.upper


@shot("nhan-goi-ho-so")
def import_package(ctx):
    from sangkien_desktop.services.exchange import package_import

    from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog

    upper, package = upper_level(ctx)
    with upper.db.session() as session:
        plan = package_import.inspect_package(session, package, upper.layout.attachments)
    with closing(ImportPackageDialog(plan)) as dialog:
        show(dialog, 1100, 560)
        save(dialog, "nhan-goi-ho-so", ctx.out)


@shot("ho-so-nhan")
def received(ctx):
    from sangkien_desktop.gui.dialogs.received_dialog import ReceivedDialog

    upper, _package = upper_level(ctx)
    with closing(ReceivedDialog(upper)) as dialog:
        show(dialog, 1100, 560)
        tree = dialog.ui.receivedTree
        tree.expandAll()
        if tree.topLevelItemCount() and tree.topLevelItem(0).childCount():
            tree.setCurrentItem(tree.topLevelItem(0).child(0))
        save(dialog, "ho-so-nhan", ctx.out)


@shot("sao-luu")
def backups_dialog(ctx):
    from sangkien_desktop.services.backup import backups

    from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog

    layout = ctx.app_data.layout
    if not backups.list_backups(layout):
        morning = dt.datetime(2025, 12, 20, 7, 42)
        for days, reason in ((3, backups.Reason.DAILY), (2, backups.Reason.DAILY), (1, backups.Reason.IMPORT),
                             (1, backups.Reason.DAILY), (0, backups.Reason.DAILY)):
            minutes = 95 if reason is backups.Reason.IMPORT else 0
            backups.backup_now(layout, reason, now=morning - dt.timedelta(days=days, minutes=-minutes))
        backups.backup_now(layout, backups.Reason.MANUAL, now=morning + dt.timedelta(hours=9, minutes=13))
    with closing(BackupsDialog(ctx.app_data)) as dialog:
        windows_paths(ctx, dialog)
        show(dialog, 960, 400)
        dialog.ui.backupTable.selectRow(0)
        save(dialog, "sao-luu", ctx.out)


@shot("gioi-thieu")
def about(ctx):
    from sangkien_desktop.gui.app import app_icon
    from sangkien_desktop.gui.dialogs.about_dialog import AboutDialog

    with closing(AboutDialog(ctx.app_data.layout)) as dialog:
        dialog.setWindowIcon(app_icon())
        windows_paths(ctx, dialog)
        show(dialog, 780, 560)
        save(dialog, "gioi-thieu", ctx.out)


@shot("huong-dan")
def guide(ctx):
    from sangkien_desktop.gui.dialogs.guide_dialog import GuideDialog

    with closing(GuideDialog()) as dialog:
        show(dialog, 1100, 620)
        dialog.ui.findEdit.setText("sao lưu")
        dialog.ui.findEdit.setText("sao luu")
        dialog.find_next()
        save(dialog, "huong-dan", ctx.out)


# --- running ------------------------------------------------------------------------------------
class Context:
    def __init__(self, app_data, out: Path, tmp: Path):
        self.app_data = app_data
        self.out = out
        self.tmp = tmp

    def window_factory(self):
        from sangkien_desktop.gui.main_window import MainWindow

        return MainWindow(self.app_data)


def prepare_data(folder: Path):
    from sangkien_desktop.domain.unit_profile import UnitProfile
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.demo.demo_dossiers import create_demo
    from sangkien_desktop.services.settings import save_unit_profile

    app_data = open_app_data(folder)
    with app_data.db.session() as session:
        save_unit_profile(session, UnitProfile(**PROFILE))
        create_demo(session, COUNT, SEED)
        session.commit()
    with app_data.db.session() as session:
        add_story(session)
        session.commit()
    return app_data


def add_story(session) -> None:
    """The guide follows one unit: its council meets on STORY_MEETING and scores five of its
    dossiers; the decision is still to be made (the guide shows how)."""
    import dataclasses
    import uuid as uuid_module

    from sangkien_desktop.domain.council import (
        Council,
        Meeting,
        Member,
        Recusal,
        RecusalKind,
        Role,
        ScoreEntry,
    )
    from sangkien_desktop.domain.dossier import Status
    from sangkien_desktop.services.council import councils
    from sangkien_desktop.services.dossiers import workflow
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
    from sangkien_desktop.services.dossiers.saving import save_dossier

    employer = EMPLOYER
    drafts = [d for d in list_dossiers(session, DossierQuery(status="draft"),
                                                       limit=60)]
    chosen = []
    for row in drafts:
        d = get_dossier(session, row.uuid)
        if d.campaign_id == "cong-nhan-cap-co-so" and len(d.title) < 75 and d.authors \
                and not any(word in d.title.lower() for word in OFF_TOPIC):
            # A new dossier of the guide's unit, written by its officer (so its history is too).
            chosen.append(dataclasses.replace(
                d, uuid=str(uuid_module.UUID(int=len(chosen) + 1, version=4)), code="", unit_name=employer,
                status=Status.DRAFT, created_at=dt.datetime(2025, 11, 3 + 4 * len(chosen), 9, 30),
                updated_at=None))
        if len(chosen) == 5:
            break
    for d in chosen:
        # A new dossier starts as a draft; the officer submits it to the council (Nộp Hội đồng).
        save_dossier(session, d, user=PROFILE["user_name"])
        workflow.submit(session, d.uuid, user=PROFILE["user_name"])
    members = [
        Member("Lê Quang Huy", Role.CHAIR, "ThS.", "Giám đốc"),
        Member("Phạm Thị Thu Hà", Role.VICE_CHAIR, "", "Phó Giám đốc"),
        Member("Trần Văn Bình", Role.SECRETARY, "CN.", "Trưởng phòng Tổ chức - Hành chính"),
        Member("Nguyễn Thị Minh Hòa", Role.MEMBER, "", "Chủ tịch Công đoàn cơ sở"),
        Member("Đỗ Văn Khải", Role.MEMBER, "KS.", "Trưởng phòng Kỹ thuật"),
    ]
    council = councils.save_council(session, Council(
        name=f"Hội đồng sáng kiến {employer}", unit_name=employer, year=STORY_MEETING.year,
        employer=employer, founding_number="15/QĐ-MHB", founding_date=dt.date(STORY_MEETING.year, 1, 8),
        members=members), user=PROFILE["user_name"])
    ids = [m.id for m in council.members]
    present = ids[:-1]  # the head of the technical office is away
    marks = ((34, 27, 26), (31, 24, 22), (22, 16, 12), (36, 28, 27), (29, 22, 20))
    # The secretary is the brother-in-law of the second dossier's lead author: he declares the
    # conflict of interest and does not score it.
    conflict = Recusal(ids[2], chosen[1].uuid, RecusalKind.CONFLICT,
                       f"Em rể của tác giả {chosen[1].authors[0].full_name}")
    sheets = []
    for n, d in enumerate(chosen):
        for k, member in enumerate(present):
            if (member, d.uuid) == (conflict.member_id, conflict.dossier_uuid):
                continue
            base = marks[n]
            scores = {"tinh_moi": base[0] - k % 3, "ap_dung": base[1] - (k + 1) % 2, "hieu_qua": base[2] - k % 2}
            sheets.append(ScoreEntry(member, d.uuid, scores, ""))
    councils.record_meeting(session, Meeting(
        council_uuid=council.uuid, date=STORY_MEETING, place="Phòng họp tầng 2, nhà điều hành",
        present_member_ids=present, dossier_uuids=[d.uuid for d in chosen], sheets=sheets,
        absence_reasons={ids[-1]: "Đi công tác"}, recusals=[conflict], minutes_number="03/BB-HĐSK", start_time="14 giờ 00",
        end_time="16 giờ 30", agenda=f"Xét công nhận sáng kiến năm {STORY_MEETING.year}."),
        user=PROFILE["user_name"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS), help="only these pictures")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("Cần một màn hình: chạy Xvfb và đặt DISPLAY (xem đầu tệp).", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QFont

    from sangkien_desktop.gui.app import create_application

    with tempfile.TemporaryDirectory(prefix="sangkien-shots-") as tmp_name:
        tmp = Path(tmp_name)
        QCoreApplication.setOrganizationName("sangkien_guide_screenshots")
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "qsettings"))
        app = create_application([sys.argv[0]])
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "qsettings"))
        app.setStyle("Fusion")
        # Liberation Sans is metric-compatible with Arial: close to what Windows offices see.
        app.setFont(QFont("Liberation Sans", 9))
        app_data = prepare_data(tmp / "data")
        args.out.mkdir(parents=True, exist_ok=True)
        ctx = Context(app_data, args.out, tmp)
        try:
            for name, take in SHOTS.items():
                if args.only and name not in args.only:
                    continue
                take(ctx)
        finally:
            if getattr(ctx, "upper", None) is not None:
                ctx.upper[0].close()
            if getattr(ctx, "new", None) is not None:
                ctx.new.close()
            app_data.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
