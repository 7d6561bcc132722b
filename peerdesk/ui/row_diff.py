"""Turning one list of rows into another with row-level model signals instead of a reset.

A reset loses the selection, the scroll position and the current cell; an edit
that deactivates one person should repaint one row. Models keep their rows in a
list keyed by id and hand both key lists here.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def diff_rows(
    model: QAbstractItemModel,
    rows: list[Any],
    old_keys: list[Hashable],
    new_keys: list[Hashable],
    item_for: Callable[[Hashable], Any],
) -> bool:
    """Remove and insert rows of `rows` (in place, with begin/end signals) to go from `old_keys`
    to `new_keys`. Returns False, touching nothing, when rows that stay also change their order:
    that needs a layout change or a reset, which the caller does."""
    old_set, new_set = set(old_keys), set(new_keys)
    if [k for k in old_keys if k in new_set] != [k for k in new_keys if k in old_set]:
        return False
    for row in range(len(old_keys) - 1, -1, -1):
        if old_keys[row] not in new_set:
            model.beginRemoveRows(QModelIndex(), row, row)
            del rows[row]
            model.endRemoveRows()
    for row, key in enumerate(new_keys):
        if key not in old_set:
            model.beginInsertRows(QModelIndex(), row, row)
            rows.insert(row, item_for(key))
            model.endInsertRows()
    return True


def repaint_rows(model: QAbstractItemModel, rows: list[int]) -> None:
    """Tell the views that these whole rows show new data."""
    last = model.columnCount() - 1
    for row in rows:
        model.dataChanged.emit(model.index(row, 0), model.index(row, last))
