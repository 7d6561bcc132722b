"""Counts in words: '1 team', '2 teams', never '1 teams' or 'session(s)'."""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 session' / '3 sessions'; `many` for irregular plurals ('person', 'people')."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
