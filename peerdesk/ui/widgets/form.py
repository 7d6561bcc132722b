"""Form labels that keep their Alt+letter when the field beside them is a row of widgets.

QFormLayout.addRow("&When", layout) makes a label with no buddy, which then
prints its '&' instead of underlining the letter. `buddy_label` gives the label
the row's first field as its buddy, so Alt+W jumps there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic focuses `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
