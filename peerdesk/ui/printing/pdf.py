"""Turning rendered HTML (or Markdown) into pages: PDF files, printers and print preview.

One painter routine lays a QTextDocument out page by page with a footer
(program, date, page N of M), so a PDF, a printed sheet and the preview are
the same pages. Long tables repeat their header row on every page
(QTextDocument does this for <thead>).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from peerdesk.atomic import temp_beside
from peerdesk.printing.templates import Rendered

FOOTER_POINTS = 8
_KEEP: list[object] = []
MARGINS_MM = QMarginsF(16, 14, 16, 14)


def ensure_gui() -> None:
    """Painting text needs an application object; make one (offscreen without a display).

    A QApplication rather than a QGuiApplication, so a window opened later in
    the same process (or a test) can still use widgets.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _KEEP.append(QApplication(sys.argv[:1]))  # keep it alive: Qt needs it until exit


def locale_page_size() -> QPageSize.PageSizeId:
    """Letter where the locale uses US measures, A4 everywhere else."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4


def page_size_from_name(name: str | None) -> QPageSize.PageSizeId:
    """'a4', 'letter' or None (the locale's)."""
    if not name:
        return locale_page_size()
    return {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}[name.lower()]


def make_document(rendered: Rendered) -> QTextDocument:
    """The rendered text as a QTextDocument (HTML, or Markdown for follow-up notes)."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    if rendered.is_html:
        document.setHtml(rendered.text)
    else:
        document.setMarkdown(rendered.text)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, rendered.title)
    return document


def paint_pages(rendered: Rendered, device: QPagedPaintDevice, day: date | None = None) -> int:
    """Lay the document out on `device`'s pages with a footer; returns the page count."""
    document = make_document(rendered)
    layout = device.pageLayout()
    resolution = device.logicalDpiY()
    paint = layout.paintRectPixels(device.resolution() if hasattr(device, "resolution") else resolution)
    painter = QPainter(device)
    document.documentLayout().setPaintDevice(device)
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_height = int(resolution * 0.35)  # about 9 mm for the footer line
    body = QSizeF(paint.width(), paint.height() - footer_height)
    document.setPageSize(body)
    pages = document.pageCount()
    footer_left = " \u00b7 ".join(x for x in (rendered.program, f"{(day or date.today()):%d %B %Y}") if x)
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * body.height())
        document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        footer = QRectF(0, paint.height() - footer_height * 0.6, paint.width(), footer_height * 0.6)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), footer_left)
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            f"Page {page + 1} of {pages}",
        )
    painter.end()
    return pages


def write_pdf(
    rendered: Rendered, path: Path, page_size: QPageSize.PageSizeId | None = None, day: date | None = None
) -> int:
    """Write a PDF atomically (temp file, then rename); returns the page count."""
    ensure_gui()
    with temp_beside(Path(path)) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(300)
        writer.setTitle(rendered.title)
        writer.setCreator("PeerDesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_size or locale_page_size()),
                QPageLayout.Orientation.Portrait,
                MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        pages = paint_pages(rendered, writer, day)
        del writer  # flushes and closes the file before the rename
    return pages


def html_for_export(rendered: Rendered) -> str:
    """HTML to save: the template's HTML, or Markdown turned into HTML by Qt."""
    if rendered.is_html:
        return rendered.text
    ensure_gui()
    return make_document(rendered).toHtml()
