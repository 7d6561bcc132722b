"""Sorting names the way people read them, in any language: one sort key used everywhere.

Code-point order puts 'Łukasz' after 'Zoë' and 'émile' after 'Zach'. This key follows the
Unicode Collation Algorithm with its default table (pyuca's, pure Python, the same on every
platform and in the command line as in the window): accents and case count only after the
letters ('Ève' next to 'eve'), 'Ł' and 'Ø' sort right after 'L' and 'O', and symbols such as
emoji come before letters. Ties are broken by the text itself, so the order is total.

Speed: a department has thousands of names. The weights of each character are looked up
once and kept; a text in which no contraction can apply (almost every name) is keyed
from them directly, anything else goes through pyuca's full algorithm. Keys are strings
(one character per weight), so comparing two is done in C; keys are cached. The
contractions, and the weights of the characters most names are written in, come
precomputed (`collation_table`, written by packaging/make_collation_table.py): pyuca's
table (about 0.1 s to load) loads only for a name that needs more, not at every start.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from peerdesk.collation_table import CHARACTERS, FOLLOW

_collator: Any = None
_LEVELS = 3


def _below(node: Any) -> set[int]:
    """Every character in the entries that continue from `node`."""
    found: set[int] = set()
    for cp, child in (node.children or {}).items():
        found.add(cp)
        found |= _below(child)
    return found


def _table() -> Any:
    """pyuca's collator (loaded on first use: about 0.1 s)."""
    global _collator
    if _collator is None:
        from pyuca import Collator

        _collator = Collator()
    return _collator


def contractions() -> dict[int, frozenset[int]]:
    """From pyuca's table: each contraction's first character and the characters that may follow it."""
    children = _table().table.root.children or {}
    return {cp: frozenset(_below(node)) for cp, node in children.items() if node.children}


def weights(cp: int) -> tuple[str, str, str]:
    """From pyuca's table: one character's weights per level (a character that starts no contraction)."""
    collator = _table()
    _matched, value, rest = collator.table.find_prefix([cp])
    return _encode(value if value and not rest else collator.implicit_weight(cp))


def _independent(points: list[int]) -> bool:
    """True when no contraction can apply: each character's weights stand on their own."""
    present = set(points)
    return all(present.isdisjoint(FOLLOW[cp]) for cp in present if cp in FOLLOW)


def _encode(elements: list[list[int]]) -> tuple[str, str, str]:
    """Collation elements as one string per level, zero weights left out (as the UCA says)."""
    levels = ([], [], [])  # type: tuple[list[str], list[str], list[str]]
    for element in elements:
        for level in range(_LEVELS):
            weight = element[level] if len(element) > level else 0
            if weight:
                levels[level].append(chr(weight))
    return "".join(levels[0]), "".join(levels[1]), "".join(levels[2])


@cache
def _character(cp: int) -> tuple[str, str, str]:
    """One character's weights per level (a character that starts no contraction)."""
    known = CHARACTERS.get(cp)
    return known if known is not None else weights(cp)


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    points = [ord(ch) for ch in decomposed]
    if _independent(points):
        parts = [_character(cp) for cp in points]
        levels = ["".join(p[level] for p in parts) for level in range(_LEVELS)]
    else:
        levels = list(_encode(_table().collation_elements(decomposed)))
    return "\0".join(levels)


@cache  # a plain dict: names are few, and no list node per entry
def sort_key(text: str) -> tuple[str, str]:
    """The key that sorts `text` among names, skills, teams... as a reader expects."""
    return _key(text.strip()), text
