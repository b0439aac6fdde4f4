"""Help → Hướng dẫn: the Vietnamese user guide, read offline inside the program.

The guide is Markdown with screenshots (resources/guide/), rendered by QTextDocument. Beside it:
a table of contents built from the headings, and a Find box that ignores diacritics, so
"sao luu" finds "sao lưu" (officers often type without Unikey switched on).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QTextEdit, QTreeWidgetItem, QWidget

from sangkien_desktop import __version__
from sangkien_desktop.guide import GUIDE_FILE, fold_keep_length, guide_path, heading_slug

from sangkien_desktop.gui.forms.ui_guide_dialog import Ui_GuideDialog

_HEADING = 0x0100  # Qt.UserRole: the block number of the heading behind a TOC item
_MAX_HIGHLIGHTS = 500
_FIT_DELAY_MS = 80


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    block: int  # block number in the document


class GuideDialog(QDialog):
    @classmethod
    def show_guide(cls, parent: QWidget | None, section: str | None = None) -> GuideDialog:
        """Opens the guide beside the program (not modal), reusing an open one."""
        dialog = parent.findChild(GuideDialog) if parent is not None else None
        if dialog is None:
            dialog = cls(parent)
        if section:
            dialog.go_to(section)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.path = path or guide_path()
        self.headings: list[Heading] = []
        self.missing_images: list[str] = []
        self._images: dict[str, QImage] = {}
        self._folded = ""
        self._fit_timer = QTimer(self, singleShot=True, interval=_FIT_DELAY_MS)
        self.ui.splitter.setSizes([260, 840])
        self.ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self.load()

    @property
    def document(self) -> QTextDocument:
        return self.ui.textBrowser.document()

    def _connect(self) -> None:
        ui = self.ui
        ui.tocTree.itemClicked.connect(lambda item, _col: self._go_to_item(item))
        ui.tocTree.itemActivated.connect(lambda item, _col: self._go_to_item(item))
        ui.textBrowser.anchorClicked.connect(self.follow_link)
        ui.findEdit.textChanged.connect(lambda _t: self.search(from_start=True))
        ui.findEdit.returnPressed.connect(self.find_next)
        ui.findNextButton.clicked.connect(self.find_next)
        ui.findPreviousButton.clicked.connect(self.find_previous)
        ui.closeButton.clicked.connect(self.close)
        for key, slot in ((QKeySequence.StandardKey.Find, self._focus_find),
                          (QKeySequence.StandardKey.FindNext, self.find_next),
                          (QKeySequence.StandardKey.FindPrevious, self.find_previous)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self._fit_timer.timeout.connect(self._fit_images)

    # --- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            text = self.tr("# Không mở được hướng dẫn\n\nKhông đọc được tệp %1: %2.\n\n"
                           "Hãy cài đặt lại Sáng kiến Desktop.").replace("%1", str(self.path)).replace("%2", exc.strerror or str(exc))
        document = self.document
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.ui.textBrowser.setSearchPaths([str(self.path.parent)])
        document.setMarkdown(unicodedata.normalize("NFC", text))
        self._load_images()
        self._collect_headings()
        self._fill_toc()
        self._folded = fold_keep_length(document.toRawText())
        self.ui.sourceLabel.setText(self.tr("Hướng dẫn đi kèm phiên bản %1").replace("%1", __version__))
        self.ui.sourceLabel.setToolTip(str(self.path))
        self.ui.textBrowser.moveCursor(QTextCursor.MoveOperation.Start)
        self.ui.textBrowser.verticalScrollBar().setValue(0)
        title = next((h.text for h in self.headings if h.level == 1), "")
        if title:
            self.setWindowTitle(title)

    def _image_fragments(self):
        block = self.document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    yield fragment
                it += 1
            block = block.next()

    def _load_images(self) -> None:
        """Reads every screenshot once, from the guide's folder, and notes what is missing."""
        self._images.clear()
        self.missing_images = []
        for fragment in self._image_fragments():
            name = fragment.charFormat().toImageFormat().name()
            if name in self._images or name in self.missing_images:
                continue
            image = QImage(str(self.path.parent / QUrl(name).path()))
            if image.isNull():
                self.missing_images.append(name)
                continue
            self._images[name] = image
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self._fit_images()

    def _fit_images(self) -> None:
        """Shows each screenshot at its own size, or narrower when the window is narrow; the
        paragraph at the top of the view stays there."""
        browser = self.ui.textBrowser
        available = browser.viewport().width() - 2 * int(self.document.documentMargin()) - 8
        available = max(available, 200)
        top = browser.cursorForPosition(QPoint(0, 0)).block().blockNumber()
        offset = browser.verticalScrollBar().value()
        changed = False
        for fragment in list(self._image_fragments()):
            fmt: QTextImageFormat = fragment.charFormat().toImageFormat()
            image = self._images.get(fmt.name())
            if image is None:
                continue
            width = min(image.width(), available)
            if abs(fmt.width() - width) < 1:
                continue
            fmt.setWidth(width)
            fmt.setHeight(image.height() * width / image.width())
            cursor = QTextCursor(self.document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
            changed = True
        if changed:
            if offset == 0:
                browser.verticalScrollBar().setValue(0)
            else:
                self._scroll_to_top_of(top)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _collect_headings(self) -> None:
        self.headings = []
        block = self.document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0 and block.text().strip():
                self.headings.append(Heading(level, block.text().strip(), block.blockNumber()))
            block = block.next()

    def _fill_toc(self) -> None:
        tree = self.ui.tocTree
        tree.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for heading in self.headings:
            if heading.level == 1 or heading.level > 3:
                continue  # the title is the window's; deeper headings would crowd the list
            parent = parents.get(heading.level - 1)
            item = QTreeWidgetItem([heading.text])
            item.setToolTip(0, heading.text)
            item.setData(0, _HEADING, heading.block)
            if heading.level == 2 or parent is None:
                tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[heading.level] = item

    # --- moving around ----------------------------------------------------------------------
    def _go_to_item(self, item: QTreeWidgetItem) -> None:
        self.scroll_to_block(int(item.data(0, _HEADING)))

    def scroll_to_block(self, number: int) -> None:
        """Puts the heading at the top of the view, and the cursor on it so Find goes on from there."""
        block = self.document.findBlockByNumber(number)
        if not block.isValid():
            return
        self.ui.textBrowser.setTextCursor(QTextCursor(block))
        self._scroll_to_top_of(number)

    def _scroll_to_top_of(self, number: int) -> None:
        block = self.document.findBlockByNumber(number)
        top = self.document.documentLayout().blockBoundingRect(block).top()
        self.ui.textBrowser.verticalScrollBar().setValue(int(top))

    def go_to(self, slug: str) -> bool:
        slug = slug.lstrip("#")
        for heading in self.headings:
            if heading_slug(heading.text) == slug:
                self.scroll_to_block(heading.block)
                return True
        return False

    def follow_link(self, url: QUrl) -> None:
        if url.hasFragment() and (not url.path() or url.path().endswith(GUIDE_FILE)):
            self.go_to(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            target = self.path.parent / url.path()
            if target.exists():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- find -------------------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()

    def _matches(self, query: str) -> list[int]:
        if not query:
            return []
        found, start = [], self._folded.find(query)
        while start >= 0:
            found.append(start)
            start = self._folded.find(query, start + len(query))
        return found

    def search(self, *, from_start: bool = False, backwards: bool = False) -> bool:
        """Selects the next (or previous) match after the cursor, wrapping around; says how many."""
        query = fold_keep_length(self.ui.findEdit.text().strip())
        browser = self.ui.textBrowser
        matches = self._matches(query)
        self._highlight(matches, len(query))
        if not query:
            self.ui.findStatus.clear()
            return False
        if not matches:
            self.ui.findStatus.setText(self.tr("Không tìm thấy"))
            return False
        cursor = browser.textCursor()
        if from_start:
            here = 0
            index = 0
        elif backwards:
            here = cursor.selectionStart()
            index = max((i for i, p in enumerate(matches) if p < here), default=len(matches) - 1)
        else:
            here = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            index = next((i for i, p in enumerate(matches) if p >= here), 0)
        position = matches[index]
        found = QTextCursor(self.document)
        found.setPosition(position)
        found.setPosition(position + len(query), QTextCursor.MoveMode.KeepAnchor)
        browser.setTextCursor(found)
        browser.ensureCursorVisible()
        self.ui.findStatus.setText(
            self.tr("Kết quả %1/%2").replace("%1", str(index + 1)).replace("%2", str(len(matches)))
        )
        return True

    def find_next(self) -> bool:
        return self.search()

    def find_previous(self) -> bool:
        return self.search(backwards=True)

    def _highlight(self, matches: list[int], length: int) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff2a8"))
        for position in matches[:_MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document)
            selection.cursor.setPosition(position)
            selection.cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.format = fmt
            selections.append(selection)
        self.ui.textBrowser.setExtraSelections(selections)
