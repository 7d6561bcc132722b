"""Landscape pages for the skills matrix, through the same painter as every printout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from peerdesk.atomic import temp_beside
from peerdesk.printing.templates import Rendered
from peerdesk.ui.printing.pdf import MARGINS_MM, ensure_gui, locale_page_size, paint_pages


def landscape_layout(page_size: QPageSize.PageSizeId | None = None) -> QPageLayout:
    """The page layout of a matrix printout: landscape, the usual margins."""
    return QPageLayout(
        QPageSize(page_size or locale_page_size()),
        QPageLayout.Orientation.Landscape,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def write_landscape_pdf(
    rendered: Rendered, path: Path, page_size: QPageSize.PageSizeId | None = None, day: date | None = None
) -> int:
    """Write a landscape PDF atomically; returns the page count."""
    ensure_gui()
    with temp_beside(Path(path)) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(300)
        writer.setTitle(rendered.title)
        writer.setCreator("PeerDesk")
        writer.setPageLayout(landscape_layout(page_size))
        pages = paint_pages(rendered, writer, day)
        del writer  # flushes and closes the file before the rename
    return pages
