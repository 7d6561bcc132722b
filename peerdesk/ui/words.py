"""Stored values shown as words of the window's language: a status, a skill level, a list cut short."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject


def status_word(status: str) -> str:
    """'planned', 'held', 'skipped', 'cancelled' in the window's language (anything else as stored)."""
    words = {
        "planned": QCoreApplication.translate("status", "planned"),
        "held": QCoreApplication.translate("status", "held"),
        "skipped": QCoreApplication.translate("status", "skipped"),
        "cancelled": QCoreApplication.translate("status", "cancelled"),
    }
    return words.get(status, status)


def level_names() -> tuple[str, ...]:
    """The five skill levels (0 aware ... 4 expert) as words of the window's language.

    Kept per window language, because the roster table asks for them once per person.
    """
    return _level_names(QLocale().name())


@lru_cache(maxsize=4)
def _level_names(_locale: str) -> tuple[str, ...]:
    return (
        QCoreApplication.translate("level", "aware"),
        QCoreApplication.translate("level", "beginner"),
        QCoreApplication.translate("level", "practitioner"),
        QCoreApplication.translate("level", "advanced"),
        QCoreApplication.translate("level", "expert"),
    )


def level_word(level: int) -> str:
    """'advanced' for 3, in the window's language."""
    return level_names()[level]


class _Counted(QObject):
    """Holds the counted phrases, so lupdate files their plural forms under one context."""

    def and_more(self, text: str, n: int) -> str:
        return self.tr("{0} and %n more", "", n).format(text)


def and_more(text: str, n: int) -> str:
    """'Ana, Ben and 3 more': a list cut short, with the plural the language needs."""
    return _Counted().and_more(text, n)
