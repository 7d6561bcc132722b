"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on every empty value
Qt handed back (combo data, item data), and PeerDesk aborted at exit on a large roster."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_empty_values_do_not_steal_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    combo.addItem("no value", None)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert combo.currentData() is None
        assert combo.itemData(99) is None
    assert sys.getrefcount(None) - before > -100  # a broken binding loses 2,000 here
