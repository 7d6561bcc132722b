"""Turning rendered HTML (or Markdown) into pages: PDF files, printers and print preview.

One painter routine lays a QTextDocument out page by page with a footer
(program, date, page N of M), so a PDF, a printed sheet and the preview are
the same pages. Long tables repeat their header row on every page
(QTextDocument does this for <thead>); a heading that would end a page starts
the next one instead, so it stays with what it introduces; a word wider than
its table column is set smaller rather than broken (see fit.py). Links stay
links in the PDF.
"""

from __future__ import annotations

import errno
import html
import os
import re
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from peerdesk import clock, i18n
from peerdesk.atomic import WriteFailed, write_bytes_atomically
from peerdesk.printing.paint.fit import fit_one_page, keep_words_whole, pull_back_sliver
from peerdesk.printing.pdf_check import check_pdf_file, pdf_problem
from peerdesk.printing.templates import Rendered
from peerdesk.printing.wording import day_text

FOOTER_POINTS = 8
_KEEP: list[object] = []
MARGINS_MM = QMarginsF(16, 14, 16, 14)


def ensure_gui() -> None:
    """Painting text needs an application object; make one (offscreen without a display).

    A QGuiApplication: the command line prints with QtGui alone. When widgets are already loaded
    in this process (the window, a chart, a test), a QApplication instead, so they keep working.
    """
    if QGuiApplication.instance() is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        widgets = sys.modules.get("PySide6.QtWidgets")
        kind = widgets.QApplication if widgets is not None else QGuiApplication
        _KEEP.append(kind(sys.argv[:1]))  # keep it alive: Qt needs it until exit


def locale_page_size() -> QPageSize.PageSizeId:
    """Letter where the locale uses US measures, A4 everywhere else."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4


def page_size_from_name(name: str | None) -> QPageSize.PageSizeId:
    """'a4', 'letter' or None (the locale's)."""
    if not name:
        return locale_page_size()
    return {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}[name.lower()]


def make_document(rendered: Rendered, *, for_print: bool = False) -> QTextDocument:
    """The rendered text as a QTextDocument (HTML, or Markdown for follow-up notes).

    `for_print` adds what only paper shows (`Rendered.print_extra`, e.g. a QR code).
    """
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    if rendered.is_html:
        document.setHtml(rendered.text)
    else:
        document.setMarkdown(qt_markdown(rendered.text))
    if for_print and rendered.print_extra:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(rendered.print_extra)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, rendered.title)
    return document


# a hard break: a backslash (not itself escaped) at the end of a line, and the next line's indent
_HARD_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\\n[ \t]*")


def qt_markdown(text: str) -> str:
    """Markdown as Qt should read it: hard breaks as line separators (U+2028).

    Qt's Markdown reader starts a new block at each hard break, so the second
    line of a two-line commitment became a bullet of its own, with no owner.
    """
    return _HARD_BREAK.sub(lambda m: m.group(1) + "\u2028", text)


def relayout(document: QTextDocument) -> None:
    """Make sure the whole document is laid out: after a format change Qt may leave the end unlaid.

    Checked on the last block with text (cheap); only then is everything laid out again.
    """
    document.size()
    block = document.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if block.isValid() and block.layout().lineCount() == 0:
        document.markContentsDirty(0, document.characterCount())
        document.size()


def keep_together(document: QTextDocument, page_height: float, dpi: float) -> int:
    """Headings with what follows them, table rows whole, until nothing moves; returns the moves."""
    total = 0
    undo: Undo = []
    for _ in range(6):
        headings = keep_headings_with_next(document, page_height)
        if headings and undo:  # a heading moved: rows grown for the old layout may now be wrong
            _undo_growth(undo)
            relayout(document)
        rows = keep_rows_whole(document, page_height, dpi, undo)
        total += headings + rows
        if not headings and not rows:
            break
    return total


def _no_break_before_table_at(document: QTextDocument, position: int) -> None:
    """A table starting at `position` no longer needs its own page break (its heading has one)."""
    frame = document.frameAt(position)
    while isinstance(frame, QTextTable):
        if frame.firstPosition() == position:
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            frame.setFormat(table_format)
            return
        frame = frame.parentFrame()


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Start a new page at each heading that would otherwise be the last thing on its page.

    Lays the document out, finds headings whose following line falls on the next
    page, gives them a page break before, and repeats until nothing moves (each
    break can move later headings). Returns how many headings were moved.
    """
    moved = 0
    layout = document.documentLayout()
    root = document.rootFrame()
    for _ in range(20):
        changed = False
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if (
                fmt.headingLevel() > 0
                and document.frameAt(block.position()) is root
                and fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                and block.next().isValid()
            ):
                here = layout.blockBoundingRect(block)
                after = layout.blockBoundingRect(block.next())
                first_line = after.top() + min(after.height(), 2.2 * here.height())
                page = int(here.top() // page_height)
                if int(first_line // page_height) != page and here.top() % page_height > 0.05 * page_height:
                    cursor = QTextCursor(block)
                    new = QTextBlockFormat(fmt)
                    new.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    cursor.setBlockFormat(new)
                    _no_break_before_table_at(document, block.next().position())
                    relayout(document)
                    moved += 1
                    changed = True
                    break  # lay out again before judging the next heading
            block = block.next()
        if not changed:
            break
    return moved


def _row_span(table: QTextTable, row: int, layout: object) -> tuple[float, float]:
    """Top and bottom of a table row's text, in document coordinates."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        first = layout.blockBoundingRect(cell.firstCursorPosition().block())  # type: ignore[attr-defined]
        last = layout.blockBoundingRect(cell.lastCursorPosition().block())  # type: ignore[attr-defined]
        tops.append(first.top())
        bottoms.append(last.bottom())
    return min(tops), max(bottoms)


Undo = list[tuple[QTextTable, int, int, "float | None"]]


def _grow_row(table: QTextTable, row: int, extra: float, undo: Undo) -> None:
    """Add `extra` below the text of one row (bottom padding of each of its cells)."""
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        fmt = cell.format().toTableCellFormat()
        has_own = fmt.hasProperty(QTextFormat.Property.TableCellBottomPadding)
        undo.append((table, row, column, fmt.bottomPadding() if has_own else None))
        padding = fmt.bottomPadding() if has_own else table.format().cellPadding()
        fmt.setBottomPadding(padding + extra)
        cell.setFormat(fmt)


def _undo_growth(undo: Undo) -> None:
    """Give grown rows their own padding back (in reverse, so the first saved value wins)."""
    for table, row, column, padding in reversed(undo):
        cell = table.cellAt(row, column)
        fmt = cell.format().toTableCellFormat()
        if padding is None:
            fmt.clearProperty(QTextFormat.Property.TableCellBottomPadding)
        else:
            fmt.setBottomPadding(padding)
        cell.setFormat(fmt)
    undo.clear()


def keep_rows_whole(
    document: QTextDocument, page_height: float, dpi: float = 96.0, undo: Undo | None = None
) -> int:
    """Move each table row that would straddle a page foot to the next page, whole.

    Qt splits a row when the first line of one of its cells still fits, leaving a
    sliver of the row at the page foot. Growing the row above it by the gap (as
    Qt itself does when it moves a row) pushes the row onto the next page.
    Rows taller than 80% of a page are left to split. Returns how many rows moved.
    `dpi` is the paint device's: Qt scales cell padding from 96 dpi pixels to it.
    """
    moved = 0
    layout = document.documentLayout()
    undo = undo if undo is not None else []
    # rows pushed with the row above grown just short of the page foot, and rows left to split:
    # growing the row above past the foot made Qt move that row too, which cascades up the table
    tight: set[tuple[int, int]] = set()
    split: set[tuple[int, int]] = set()
    for _ in range(500):
        grown = None
        for table in _tables(document):
            grown = _fix_table(document, table, layout, page_height, dpi, undo, split, tight)
            if grown is not None:
                break  # everything below moved: lay out again before the next table
        if grown is None:
            break
        relayout(document)
        table, row, page = grown
        if row > 0 and _moved_or_split(table, row - 1, layout, page_height, page):
            _undo_growth(undo[-table.columns() :])
            del undo[-table.columns() :]
            relayout(document)
            key = (table.firstPosition(), row)
            (split if key in tight else tight).add(key)
            continue
        moved += 1
    return moved


def _is_filler(table: QTextTable, row: int) -> bool:
    """A blank row to write in (a sign-in sheet's walk-in row): nothing but its number, if that."""
    return table.columns() > 1 and all(not _cell_text(table, row, c) for c in range(1, table.columns()))


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = QTextCursor(cell.firstCursorPosition())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip(" \u00a0\u2029")


def fill_with_blank_rows(document: QTextDocument) -> int:
    """A table that ends in blank numbered rows (a sign-in sheet's walk-in rows) gets more of them,
    numbered on, until its last page is full; returns how many were added.

    The template gives only the few walk-in rows every sheet needs; how many more fit depends on
    the paper, the fonts and how many names take two lines, which only the laid-out page knows.
    """
    tables = [t for t in _tables(document) if t.rows() > 1 and _is_filler(t, t.rows() - 1)]
    if not tables:
        return 0
    table = tables[-1]
    number = _cell_text(table, table.rows() - 1, 0)
    if not number.isdigit():
        return 0
    source = table.cellAt(table.rows() - 1, 0).firstCursorPosition()
    char_format, block_format = source.charFormat(), source.blockFormat()
    added, pages = 0, document.pageCount()
    for _ in range(200):
        table.appendRows(1)
        cursor = table.cellAt(table.rows() - 1, 0).firstCursorPosition()
        cursor.setBlockFormat(block_format)
        cursor.insertText(str(int(number) + added + 1), char_format)
        relayout(document)
        if document.pageCount() > pages:
            table.removeRows(table.rows() - 1, 1)
            relayout(document)
            break
        added += 1
    return added


def _moved_or_split(table: QTextTable, row: int, layout: object, page_height: float, page: int) -> bool:
    """True when the row is no longer whole on `page`: Qt moved it, or some of its text, on."""
    top, bottom = _row_span(table, row, layout)
    return int(top // page_height) != page or int((bottom - 1) // page_height) != page


def _tables(document: QTextDocument) -> list[QTextTable]:
    """Every table, nested ones too, in document order."""
    tables = []
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            tables.append(frame)
    return sorted(tables, key=lambda t: t.firstPosition())


def _fix_table(
    document: QTextDocument,
    table: QTextTable,
    layout: object,
    page_height: float,
    dpi: float,
    undo: Undo,
    split: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
    tight: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> tuple[QTextTable, int, int] | None:
    """Push this table's first straddling row to the next page: (table, row, the page of the row above)
    when something moved (row 0 when the whole table moved), else None.

    One row at a time: where the rows below land then depends on Qt's own page
    breaks and repeated headers, so the document is laid out again before the next.
    """
    headers = table.format().headerRowCount()
    for row in range(headers, table.rows()):
        if (table.firstPosition(), row) in split:
            continue
        top, bottom = _row_span(table, row, layout)
        page = int(top // page_height)
        if int((bottom - 1) // page_height) == page or bottom - top > page_height * 0.8:
            continue
        if row == headers:
            # the first row would straddle: start the whole table on the next page
            table_format = table.format()
            if table.parentFrame() is not document.rootFrame() or (
                table_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            ):
                continue
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
            return table, 0, page
        above = int(_row_span(table, row - 1, layout)[0] // page_height)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one layout for the whole row, not one per cell
        beyond = -2 if (table.firstPosition(), row) in tight else 2  # just short of the foot, or past it
        _grow_row(table, row - 1, ((page + 1) * page_height - top + beyond) * 96.0 / dpi, undo)
        cursor.endEditBlock()
        return table, row, above
    return None


def paint_pages(rendered: Rendered, device: QPagedPaintDevice, day: date | None = None) -> int:
    """Lay the document out on `device`'s pages with a footer; returns the page count."""
    document = make_document(rendered, for_print=True)
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
    if keep_words_whole(document):
        relayout(document)
    fitted = fit_one_page(document) if rendered.one_page else pull_back_sliver(document)
    if fitted:
        relayout(document)
    keep_together(document, body.height(), resolution)
    fill_with_blank_rows(document)
    pages = document.pageCount()
    with i18n.language(rendered.language):  # the document's language, not the window's
        printed_on = day_text(day or clock.today())
        page_words = [i18n._("Page {page} of {pages}").format(page=n + 1, pages=pages) for n in range(pages)]
    footer_left = " \u00b7 ".join(x for x in (rendered.program, printed_on) if x)
    metrics = QFontMetricsF(footer_font, device)
    footer_left = metrics.elidedText(footer_left, Qt.TextElideMode.ElideMiddle, paint.width() * 0.7)
    # a continuation page names its document (the session's sign-in sheet, agenda...) in its footer;
    # the title is shortened, never the program (a DRAFT mark) or the date
    room = paint.width() * 0.7 - metrics.horizontalAdvance(" \u00b7 " + footer_left)
    title = metrics.elidedText(rendered.title, Qt.TextElideMode.ElideRight, max(room, 0))
    footers = [footer_left, " \u00b7 ".join(x for x in (title, footer_left) if x)]
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
        left = footers[1 if page else 0]
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), left)
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            page_words[page],
        )
    painter.end()
    return pages


def write_pdf(
    rendered: Rendered, path: Path, page_size: QPageSize.PageSizeId | None = None, day: date | None = None
) -> int:
    """Write a PDF atomically and read it back (see save_pdf); returns the page count."""
    layout = QPageLayout(
        QPageSize(page_size or locale_page_size()),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    return save_pdf(rendered, path, layout, day)


def save_pdf(rendered: Rendered, path: Path, layout: QPageLayout, day: date | None = None) -> int:
    """Paint the PDF in memory, check it is whole, write it atomically and check the file read back.

    Qt's PDF writer reports no write errors (a full disk gave an empty file), so
    nothing reaches the disk until the whole document is in hand.
    """
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(rendered.title)
    writer.setCreator("PeerDesk")
    writer.setPageLayout(layout)
    pages = paint_pages(rendered, writer, day)
    del writer  # finishes the document
    data = bytes(buffer.data())
    problem = pdf_problem(data, pages)
    if problem is not None:
        raise WriteFailed(errno.EIO, problem, str(path))
    write_bytes_atomically(path, data, check=check_pdf_file(pages))
    return pages


def html_for_export(rendered: Rendered) -> str:
    """HTML to save: the template's HTML, or Markdown turned into HTML by Qt (title escaped).

    Qt writes a document's title into <title> as it is, so a title holding
    `</title><script>` would run in a browser; the title goes in escaped instead.
    """
    if rendered.is_html:
        return rendered.text
    ensure_gui()
    document = make_document(rendered)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, "")
    text = document.toHtml()
    title = f"<title>{html.escape(rendered.title)}</title>"
    text, found = re.subn(r"<title>\s*</title>", lambda _m: title, text, count=1)
    if not found:
        text = text.replace("<head>", "<head>" + title, 1)
    return text
