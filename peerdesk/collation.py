"""Sorting names the way people read them, in any language: one sort key used everywhere.

Code-point order puts 'Łukasz' after 'Zoë' and 'émile' after 'Zach'. This key follows the
Unicode Collation Algorithm with its default table (pyuca, pure Python, the same on every
platform and in the command line as in the window): accents and case count only after the
letters ('Ève' next to 'eve'), 'Ł' and 'Ø' sort right after 'L' and 'O', and symbols such as
emoji come before letters. Ties are broken by the text itself, so the order is total.
The table loads on the first sort (about 0.1 s); keys are cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_collator: Any = None


def _table() -> Any:
    global _collator
    if _collator is None:
        from pyuca import Collator

        _collator = Collator()
    return _collator


@lru_cache(maxsize=200_000)
def sort_key(text: str) -> tuple[tuple[int, ...], str]:
    """The key that sorts `text` among names, skills, teams... as a reader expects."""
    return tuple(_table().sort_key(text.strip())), text
