"""Print preview of a PDF we generated: its pages, rendered by pdfium, in QPrintPreviewDialog.

QtPdf is not part of PySide6-Essentials, so pypdfium2 renders each page to a grey image that
is painted over the whole sheet (the PDF carries its own margins). The pages are what the
PDF file holds, so the preview, the printed sheet and the saved file agree.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QWidget

PT_PER_INCH = 72.0


def render_dpi(pages: int) -> int:
    """Sharp for a few pages; lower for long tables, whose images the preview keeps all at
    once (300 dpi grey is 8.7 MB an A4 page)."""
    if pages <= 12:
        return 300
    return 200 if pages <= 40 else 150


def page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / PT_PER_INCH, grayscale=True)
    if bitmap.n_channels != 1:  # pdfium gives grey as asked; any other layout goes by PIL
        return _via_pil(bitmap)
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the bytes above go away with this function


def _via_pil(bitmap: pdfium.PdfBitmap) -> QImage:
    grey = bitmap.to_pil().convert("L")
    image = QImage(grey.tobytes(), grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return image.copy()


class PrintPreview(QPrintPreviewDialog):
    """The pages of one PDF (bytes), ready to print; ``exec()`` is Accepted once printed."""

    @classmethod
    def show_pdf(cls, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """Shows the preview; True when the officer printed."""
        dialog = cls(pdf, title, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.close_document()

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None):
        self.document = pdfium.PdfDocument(pdf)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFullPage(True)
        width, height = self.document.get_page_size(0) if len(self.document) else (595.3, 841.9)
        landscape = width > height
        size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point,
                         "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageLayout(QPageLayout(
            size, QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait, QMarginsF()))
        super().__init__(printer, parent)  # self.printer() gives it back
        self._printer = printer  # the dialog does not own it: kept alive as long as the dialog
        self.setWindowTitle(self.tr("Xem trước khi in — %1").replace("%1", title))
        self.resize(1000, 760)
        self.paintRequested.connect(self.paint_pages)

    @property
    def page_count(self) -> int:
        return len(self.document)

    def preview_widget(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None  # QPrintPreviewDialog is built around one
        return widget

    def paint_pages(self, printer: QPrinter) -> None:
        """Paints every page of the PDF onto ``printer`` (the preview or the real one)."""
        dpi = render_dpi(len(self.document))
        painter = QPainter()
        if not painter.begin(printer):
            return
        # Without it the on-screen preview samples the 300 dpi page: thin strokes such as the
        # bar of "Đ" vanish and "Đ" reads as "D".
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            for index in range(len(self.document)):
                if index:
                    printer.newPage()
                page = self.document[index]
                image = page_image(page, dpi)
                page.close()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                painter.drawImage(target, image)
        finally:
            painter.end()

    def close_document(self) -> None:
        self.document.close()
