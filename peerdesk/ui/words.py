"""Stored values shown as words of the window's language: a session's status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_word(status: str) -> str:
    """'planned', 'held', 'skipped', 'cancelled' in the window's language (anything else as stored)."""
    words = {
        "planned": QCoreApplication.translate("status", "planned"),
        "held": QCoreApplication.translate("status", "held"),
        "skipped": QCoreApplication.translate("status", "skipped"),
        "cancelled": QCoreApplication.translate("status", "cancelled"),
    }
    return words.get(status, status)
