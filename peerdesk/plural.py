"""Counts in words: '1 team', '2 teams', never '1 teams' or 'session(s)'.

English only: a word and its plural glued to a number cannot be translated. Text a person
reads in their own language counts with `peerdesk.i18n.nformat('{n} session', '{n} sessions', n)`,
which gives translators the whole phrase and each language's own plural forms; `count` stays
for the callers not converted yet.
"""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 session' / '3 sessions'; `many` for irregular plurals ('person', 'people')."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
