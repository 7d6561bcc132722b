"""Landscape pages for the skills matrix, through the same painter as every printout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize

from peerdesk.printing.paint.pdf import MARGINS_MM, locale_page_size, save_pdf
from peerdesk.printing.templates import Rendered


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
    """Write a landscape PDF atomically and read it back; returns the page count."""
    return save_pdf(rendered, path, landscape_layout(page_size), day)
