"""Layout rules the painter applies to every printout before it cuts pages: words stay whole.

Qt breaks a word that is wider than its table column anywhere ("CANCELLE/D",
"Accessibilit/y"). Text in such a cell is set smaller, step by step, until
every line breaks at a space (or a hyphen), down to a legible minimum; a word
too long even then (a 300-character name without spaces) is left to wrap.

A printout meant for one sheet (`Rendered.one_page`: certificate, thank-you
card, kickoff) that runs onto a second page has all its text set smaller,
step by step, until it fits one page (a 300-character name shrinks).

Any other printout whose last page would hold only a sliver (a calendar's last
week alone on a Letter sheet) is set a little smaller, at most two steps, when
that pulls the sliver back; otherwise it is left exactly as it was.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

MIN_POINTS = 6.0
STEP = 0.9


def _is_word_char(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces (not CJK, where any break is fine)."""
    return char.isalnum() and ord(char) < 0x2E80


def broken_inside_word(block: QTextBlock) -> bool:
    """True when one of the block's lines ends between two letters of one word."""
    layout = block.layout()
    text = block.text()
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        if 0 < end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
            return True
    return False


def _shrink(document: QTextDocument, block: QTextBlock) -> bool:
    """Set the block's text one step smaller; False when it is at the minimum already."""
    default = document.defaultFont().pointSizeF()
    changes = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        size = fragment.charFormat().fontPointSize() or default
        if size > MIN_POINTS:
            changes.append((fragment.position(), fragment.length(), max(size * STEP, MIN_POINTS)))
        it += 1
    cursor = QTextCursor(document)
    for position, length, size in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        smaller = QTextCharFormat()
        smaller.setFontPointSize(size)
        cursor.mergeCharFormat(smaller)
    return bool(changes)


def keep_words_whole(document: QTextDocument) -> int:
    """Shrink the text of table cells whose lines break inside a word; returns the blocks shrunk."""
    shrunk = 0
    for _ in range(12):
        document.size()  # lay out
        broken = []
        block = document.begin()
        while block.isValid():
            in_table = document.frameAt(block.position()) is not document.rootFrame()
            if in_table and block.layout().lineCount() > 1 and broken_inside_word(block):
                broken.append(block)
            block = block.next()
        changed = 0
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for block in broken:
            changed += _shrink(document, block)
        cursor.endEditBlock()
        if not changed:
            break
        shrunk += changed
    return shrunk


def _shrink_all(document: QTextDocument) -> bool:
    """Every block one step smaller, as one undoable edit; False when nothing could shrink."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    changed = False
    block = document.begin()
    while block.isValid():
        changed |= _shrink(document, block)
        block = block.next()
    cursor.endEditBlock()
    document.size()
    return changed


def fit_one_page(document: QTextDocument, steps: int = 10) -> int:
    """Set every block smaller, step by step, until the document is one page; returns the steps taken."""
    taken = 0
    while document.pageCount() > 1 and taken < steps:
        changed = _shrink_all(document)
        taken += 1
        if not changed:
            break
    return taken


SLIVER = 0.25  # a last page filled less than this is a sliver
SLIVER_STEPS = 2


def pull_back_sliver(document: QTextDocument) -> bool:
    """Save a page when the last one would hold only a sliver; True when the text was set smaller."""
    pages = document.pageCount()
    height = document.pageSize().height()
    if pages < 2 or height <= 0 or document.size().height() - (pages - 1) * height > SLIVER * height:
        return False
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(True)
    taken = 0
    while taken < SLIVER_STEPS and _shrink_all(document):
        taken += 1
        if document.pageCount() < pages:
            document.setUndoRedoEnabled(undo)
            return True
    for _ in range(taken):
        document.undo()
    document.size()
    document.setUndoRedoEnabled(undo)
    return False
