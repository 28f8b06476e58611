"""Printing a PDF: each page rendered as an image and fitted to the printer's page.

QtPdf draws no vector output, so pages go to the printer as images; above 300 dpi an A4
page would take hundreds of megabytes without looking any sharper on paper.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageRanges, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from maatwerkdesk.ui import theme

MAX_DPI = 300
POINTS_PER_INCH = 72

KeepGoing = Callable[[int, int], bool]
"""Told (pages done, pages in all) before each page; False stops the job."""


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """Zero-based page numbers: the range chosen in the print dialog, or all pages."""
    chosen = printer.printRange() == QPrinter.PrintRange.PageRange
    ranges = printer.pageRanges() if chosen else QPageRanges()
    return [i for i in range(page_count) if ranges.isEmpty() or ranges.contains(i + 1)]


def print_pdf(
    document: QPdfDocument, printer: QPrinter, keep_going: KeepGoing | None = None
) -> bool:
    """Print the chosen pages; False if the printer could not start or finish the job,
    or `keep_going` said stop (the job is then aborted)."""
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return False
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    sharpness = min(printer.resolution(), MAX_DPI) / printer.resolution()
    for number, index in enumerate(pages):
        if keep_going is not None and not keep_going(number, len(pages)):
            printer.abort()
            painter.end()
            return False
        if number and not printer.newPage():
            painter.end()
            return False
        points = document.pagePointSize(index)
        size = (points * (printer.resolution() / POINTS_PER_INCH)).scaled(
            area.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        corner = QPointF((area.width() - size.width()) / 2, 0)
        painter.drawImage(QRectF(corner, size), _white_page(document, index, size * sharpness))
    return painter.end()


def _white_page(document: QPdfDocument, index: int, size: QSizeF) -> QImage:
    """The page on white paper: `QPdfDocument.render` leaves the background transparent,
    which some printers and PDF writers turn black."""
    pixels = QSize(max(1, round(size.width())), max(1, round(size.height())))
    page = QImage(pixels, QImage.Format.Format_RGB32)
    page.fill(theme.qcolor(theme.current().paper))
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(index, pixels))
    painter.end()
    return page
