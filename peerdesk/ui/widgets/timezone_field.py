"""A timezone field that helps without fighting: type a city, country or abbreviation, pick a zone.

A plain line edit with a popup list of matching IANA zones ("Berlin",
"Germany", "CET", "PST" all find Europe/Berlin or America/Los_Angeles). The
text typed is never completed inline or rewritten; only picking an entry puts
its IANA name in the field. It speaks the editable-combo-box API the dialogs
already use (currentText, setCurrentText, currentTextChanged).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from peerdesk.schedule.timezone_search import search_timezones, suggest_timezone

ZONE_ROLE = Qt.ItemDataRole.UserRole + 1


class TimezoneField(QLineEdit):
    """An IANA timezone typed or picked from a popup of matches."""

    currentTextChanged = Signal(str)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("timezone_field")
        self.setPlaceholderText(self.tr("City, country or abbreviation, e.g. Berlin, Japan, PST"))
        self.setToolTip(
            self.tr(
                "The timezone, as region and city, e.g. Europe/Berlin. Type a city, a country "
                "or an abbreviation (CET, PST) and pick from the list."
            )
        )
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(ZONE_ROLE)  # picking inserts the IANA name, not the label
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        # setWidget, not setCompleter: QLineEdit's own wiring splices a highlighted entry into the
        # typed text ("Berlin" + "/Berlin"); here only an entry the lead picks replaces the text.
        completer.setWidget(self)
        completer.activated[QModelIndex].connect(self._picked)
        self._completer = completer
        self.textChanged.connect(self.currentTextChanged)
        self.textEdited.connect(self._update_matches)

    def _update_matches(self, text: str) -> None:
        """Refill the popup with zones matching what was typed (the text itself is left alone)."""
        self.matches.clear()
        for entry in search_timezones(text):
            item = QStandardItem(entry.label())
            item.setData(entry.name, ZONE_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        completer = self._completer
        if self.matches.rowCount() and text.strip() and text.strip() != self.matches.item(0).data(ZONE_ROLE):
            completer.complete()
        else:
            completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        name = index.data(ZONE_ROLE)
        if name:
            self.setText(name)

    def completer(self) -> QCompleter:
        """The popup of matching zones."""
        return self._completer

    def match_names(self) -> list[str]:
        """The IANA names the popup offers now."""
        return [self.matches.item(r).data(ZONE_ROLE) for r in range(self.matches.rowCount())]

    def currentText(self) -> str:
        """The text as typed (or picked)."""
        return self.text()

    def setCurrentText(self, text: str) -> None:
        """Put a zone in the field without opening the popup."""
        self.setText(text)

    def suggestion(self) -> str | None:
        """The zone probably meant when the text is not an IANA name ('Berlin' -> Europe/Berlin)."""
        return suggest_timezone(self.text())
