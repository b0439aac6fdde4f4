"""The "Việc cần làm" panel of the main window: dossiers per stage (a click filters the list),
then what waits for the officer — dossiers with errors and with warnings nobody acknowledged
(a click filters the list too), recognised dossiers to nominate, nominated ones to enter on the
portal, meetings without a decision, nominations with the days left before their deadline, the
portal's answers, the current phase's target. Everything from one services.overview call.

A dock: the officer puts it above the list (the default, which leaves the list its width on a
1024-pixel screen), beside it, or closes it; the window remembers where (QMainWindow.saveState).

The window makes the dock before its first paint, empty and as tall as it was when last closed
(``reserve``), so that the list does not move down when the overview arrives after the rest of
the program has loaded; the lines are built then (``show_overview``). Until then nothing here
touches PySide's ``Qt`` namespace (building it costs the first paint about 20 ms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QMainWindow, QSizePolicy, QWidget

from sangkien_desktop.domain.status import Status

from sangkien_desktop.gui.labels import status_label
from sangkien_desktop.gui.views.status_badge import COLOURS

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from sangkien_desktop.services.overview import Overview

RECENTLY_LATE = 14  # days a missed nomination deadline is still shown
# Links of the panel: "status:<code>" and "check:<errors|warnings>" filter the list (the status
# filter's data, gui/main_window.py); the others open a window.
MEETINGS, NOMINATIONS, PORTAL, TARGETS = "open:meetings", "open:nominations", "open:portal", "open:targets"
WITH_ERRORS, OPEN_WARNINGS = "check:errors", "check:warnings"


def _link(href: str, text: str) -> str:
    return f'<a href="{href}" style="text-decoration:none">{text}</a>'


def stage_links(found: Overview) -> list[str]:
    """One link per status with its count, the count on the status's colour."""
    from html import escape

    links = []
    for status in Status:
        count = found.counts.get(status.value, 0)
        background, foreground = COLOURS[status.value]
        badge = (f'<span style="background-color:{background}; color:{foreground}">'
                 f'&nbsp;{count:,}&nbsp;</span>'.replace(",", "."))
        links.append(_link(f"status:{status.value}", f"{escape(status_label(status))} {badge}"))
    return links


class OverviewPanel(QDockWidget):
    """Shows an Overview; ``linkActivated`` carries the link clicked (see the constants)."""

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewDock")  # QMainWindow.saveState finds it by this name
        self.setWindowTitle(self.tr("Việc cần làm"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setWidget(QWidget(self))
        self.overview: Overview | None = None
        self._layout: QBoxLayout | None = None
        self._checking: tuple[int, int] | None = None  # (done, total) while checks are redone

    def reserve(self, height: int) -> None:
        """Keeps ``height`` pixels (the panel's height when last seen) until the overview comes."""
        if self.overview is None and height > 0:
            self.setMinimumHeight(height)

    def reserve_lines(self) -> None:
        """Keeps the height of the two lines' titles until the overview comes (the first start,
        with no height seen before)."""
        if self._layout is None:
            self._build()
        for label, title in zip((self.stages, self.tasks), self._titles(), strict=True):
            # html.escape's work, without importing html (and its entities) before the paint
            label.setText("<b>" + title.replace("&", "&amp;").replace("<", "&lt;") + "</b>")
        self.fit()
        self.reserve(self.maximumHeight())

    def _build(self) -> None:
        """The two lines of links, on the first overview."""
        from PySide6.QtCore import Qt

        body = self.widget()
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, body)
        self._layout.setContentsMargins(8, 2, 8, 4)
        self.stages = QLabel(body)
        self.tasks = QLabel(body)
        for label in (self.stages, self.tasks):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self.linkActivated)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self._layout.addWidget(label)
            label.show()  # made after the dock was shown: a child is not shown with it then
        self._layout.addStretch(1)  # beside the list: the lines at the top
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Connected now, not before the first paint: the signal's Qt.DockWidgetArea would build
        # the Qt namespace when the saved state puts the dock in its place.
        self.dockLocationChanged.connect(self._moved)

    def _moved(self, _area: Qt.DockWidgetArea) -> None:
        self._fill()
        self.fit()

    def beside_the_list(self) -> bool:
        from PySide6.QtCore import Qt

        parent = self.parentWidget()
        area = parent.dockWidgetArea(self) if isinstance(parent, QMainWindow) else None
        return area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)

    def fit(self) -> None:
        """Above or below the list the panel takes the height of its lines, no more; beside
        it, the whole height."""
        layout = self._layout
        if layout is None:
            return  # nothing to fit yet: the height reserved stays
        if self.isFloating() or self.beside_the_list():
            self.setMaximumHeight(16777215)
            return
        width = max(self.width() - 20, 300)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        title = self.fontMetrics().height() + 8
        self.setMaximumHeight(height + title)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def show_overview(self, found: Overview) -> None:
        if self._layout is None:
            self._build()
        self.setMinimumHeight(0)  # the height reserved gives way to the lines' own
        self.overview = found
        self._checking = None
        self._fill()

    def show_checking(self, done: int, total: int) -> None:
        """The kept checks are being done again (gui/check_refresh.py): how far."""
        self._checking = (done, total)
        self._fill()

    def _check_links(self, found: Overview) -> list[str]:
        """Dossiers with errors, with warnings nobody acknowledged (their kept check), or how
        far the checks being done again are."""
        from html import escape

        if self._checking is not None or found.checks_due:
            done, total = self._checking or (0, found.checks_due)
            text = self.tr("Đang kiểm tra lại hồ sơ: %1/%2").replace(
                "%1", f"{done:,}".replace(",", ".")).replace("%2", f"{total:,}".replace(",", "."))
            return [f"<i>{escape(text)}</i>"]
        links = []
        if found.with_errors:
            links.append(_link(WITH_ERRORS, "<b>" + self.tr(
                "%n hồ sơ có lỗi", "", found.with_errors) + "</b>"))
        if found.open_warnings:
            links.append(_link(OPEN_WARNINGS, self.tr(
                "%n hồ sơ có cảnh báo chưa xác nhận", "", found.open_warnings)))
        return links

    def task_links(self, found: Overview) -> list[str]:
        """What waits for the officer, the most pressing first; an empty list when nothing does."""
        from html import escape

        tasks = []
        if found.portal_deadline is not None:
            d = found.portal_deadline
            text = self.tr("Cổng %1 (%2) đóng sau %n ngày", "", d.days_left)
            tasks.append(_link(PORTAL, "<b>" + text.replace("%1", escape(d.campaign_name)).replace(
                "%2", escape(d.phase_name)) + "</b>"))
        for due in found.nominations_due:
            if due.days_left < -RECENTLY_LATE:
                continue  # long past: no longer a deadline that matters
            where = escape(due.to_unit) or self.tr("cấp trên")
            if due.days_left < 0:
                text = self.tr("Đợt đề nghị gửi %1 đã quá hạn %n ngày", "", -due.days_left)
            elif due.days_left == 0:
                text = self.tr("Đợt đề nghị gửi %1 hết hạn hôm nay")
            else:
                text = self.tr("Đợt đề nghị gửi %1 còn %n ngày", "", due.days_left)
            tasks.append(_link(NOMINATIONS, "<b>" + text.replace("%1", where) + "</b>"))
        tasks += self._check_links(found)
        if found.meetings_without_decision:
            tasks.append(_link(MEETINGS, self.tr("%n cuộc họp chưa có quyết định", "", found.meetings_without_decision)))
        if found.to_nominate:
            tasks.append(_link(f"status:{Status.RECOGNISED.value}",
                               self.tr("%n hồ sơ đã công nhận, chưa đề nghị", "", found.to_nominate)))
        if found.to_enter:
            tasks.append(_link(f"status:{Status.NOMINATED.value}",
                               self.tr("%n hồ sơ đã đề nghị, chưa nhập cổng", "", found.to_enter)))
        if found.portal_waiting:
            tasks.append(_link(PORTAL, self.tr("%n hồ sơ chờ cổng trả lời", "", found.portal_waiting)))
        if found.target is not None:
            t = found.target
            tasks.append(_link(TARGETS, self.tr("Chỉ tiêu %1: đạt %2/%3").replace(
                "%1", escape(t.phase_name)).replace("%2", str(t.achieved)).replace("%3", str(t.target))))
        return tasks

    def _titles(self) -> tuple[str, str]:
        return self.tr("Hồ sơ:"), self.tr("Cần làm:")

    def _fill(self) -> None:
        from html import escape

        found = self.overview
        if found is None:
            return
        # Above the list: each part on one line; beside it: one item a line.
        side = self.beside_the_list()
        sep = "<br>" if side else " &nbsp;·&nbsp; "
        after = "<br>" if side else " "
        stages_title, tasks_title = self._titles()
        self.stages.setText(f"<b>{escape(stages_title)}</b>{after}" + sep.join(stage_links(found)))
        tasks = self.task_links(found)
        lead = f"<b>{escape(tasks_title)}</b>{after}"
        self.tasks.setText(lead + (sep.join(tasks) if tasks else escape(self.tr("không có việc gì đang chờ."))))
        self.fit()
