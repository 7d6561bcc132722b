"""A table whose first column (the name) stays put while the others scroll, and whose columns fit.

Qt's "frozen column" pattern: a second view over the same model and selection
shows only column 0 on top of the table, scrolling vertically with it. Until
the lead drags a column edge, columns share the width by weight, so the most
useful ones are on screen at any window size.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


class FrozenFirstColumnTable(QTableView):
    """A QTableView with column 0 frozen and columns fitted to the width by weight."""

    def __init__(
        self, weights: tuple[int, ...], minimums: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.weights, self.minimums = weights, minimums
        self.user_sized = False
        self._fitting = False
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen_names")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setStyleSheet("QTableView { border-right: 1px solid palette(mid); }")
        self.frozen.setWordWrap(False)
        self.frozen.activated.connect(self.activated)
        self.frozen.doubleClicked.connect(self.doubleClicked)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda index, _old, size: self.frozen.setRowHeight(index, size)
        )
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.horizontalHeader().sectionClicked.connect(
            lambda _: self.sortByColumn(
                0,
                Qt.SortOrder.DescendingOrder
                if self.horizontalHeader().sortIndicatorSection() == 0
                and self.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder,
            )
        )

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if model is not None:
            model.modelReset.connect(self._hide_other_columns)
            model.layoutChanged.connect(self._hide_other_columns)
        self._hide_other_columns()

    def _hide_other_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.setAlternatingRowColors(self.alternatingRowColors())
        self.frozen.setEditTriggers(self.editTriggers())
        self.frozen.horizontalHeader().setSortIndicatorShown(self.horizontalHeader().isSortIndicatorShown())
        self.frozen.horizontalHeader().setSortIndicator(
            0 if self.horizontalHeader().sortIndicatorSection() == 0 else -1,
            self.horizontalHeader().sortIndicatorOrder(),
        )
        self._place_frozen()

    def _section_resized(self, index: int, _old: int, size: int) -> None:
        if index == 0:
            self.frozen.setColumnWidth(0, size)
            self._place_frozen()
        if not self._fitting:
            self.user_sized = True  # the lead took over: stop fitting

    def fit_columns(self) -> None:
        """Share the visible width among the columns by weight (never below their minimum)."""
        model = self.model()
        if model is None or self.user_sized:
            return
        count = min(model.columnCount(), len(self.weights))
        available = self.viewport().width() - 1
        total = sum(self.weights[:count])
        widths = [max(self.minimums[c], available * self.weights[c] // total) for c in range(count)]
        excess = sum(widths) - available
        for c in sorted(range(count), key=lambda c: -widths[c]):  # give back what minimums took
            if excess <= 0:
                break
            spare = min(excess, widths[c] - self.minimums[c])
            widths[c] -= spare
            excess -= spare
        if excess < 0:
            widths[-1] -= excess  # rounding leftovers go to the last column
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _place_frozen(self) -> None:
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if not self._fitting and self.viewport().width() != getattr(self, "_fitted_for", -1):
            self._fitted_for = self.viewport().width()  # a scroll bar came or went: fit again
            self.fit_columns()
            self._place_frozen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self._place_frozen()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0:
            hidden_under = self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)
            if hidden_under:
                bar = self.horizontalScrollBar()
                bar.setValue(
                    bar.value() + self.visualRect(current).topLeft().x() - self.frozen.columnWidth(0)
                )
        return current

    def scrollTo(
        self,
        index: QModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() > 0:
            super().scrollTo(index, hint)
        else:  # only scroll vertically: the name column is always in view
            bar = self.horizontalScrollBar()
            value = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(value)
