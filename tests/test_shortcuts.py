"""No two actions share a key, on Windows, macOS or Linux, standard keys included.

A standard key (QKeySequence.StandardKey) means different keys on each platform: on
Linux, Delete is also Ctrl+D, which once made Deactivate (Ctrl+D) dead there. The
table below is Qt's own (qkeysequence.cpp) for the standard keys the registry may use;
a standard key missing from it fails the test rather than passing unchecked.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence

from peerdesk.ui.actions import SPECS
from peerdesk.ui.main_window import MainWindow

SK = QKeySequence.StandardKey
PLATFORMS = ("windows", "macos", "linux")
STANDARD_KEYS: dict[QKeySequence.StandardKey, dict[str, tuple[str, ...]]] = {
    SK.New: dict.fromkeys(PLATFORMS, ("Ctrl+N",)),
    SK.Open: dict.fromkeys(PLATFORMS, ("Ctrl+O",)),
    SK.Find: dict.fromkeys(PLATFORMS, ("Ctrl+F",)),
    SK.Print: dict.fromkeys(PLATFORMS, ("Ctrl+P",)),
    SK.Delete: {"windows": ("Del",), "macos": ("Del", "Meta+D"), "linux": ("Del", "Ctrl+D")},
    SK.Quit: {"windows": (), "macos": ("Ctrl+Q",), "linux": ("Ctrl+Q",)},
    SK.HelpContents: {"windows": ("F1",), "macos": ("Ctrl+?",), "linux": ("F1",)},
    SK.WhatsThis: dict.fromkeys(PLATFORMS, ("Shift+F1",)),
    SK.Preferences: {"windows": (), "macos": ("Ctrl+,",), "linux": ()},
    SK.Undo: dict.fromkeys(PLATFORMS, ("Ctrl+Z",)),
    SK.Redo: {"windows": ("Ctrl+Y", "Shift+Ctrl+Z"), "macos": ("Shift+Ctrl+Z",), "linux": ("Ctrl+Shift+Z",)},
}


def keys(shortcut: object, platform: str) -> tuple[str, ...]:
    """The keys a registry shortcut means on `platform`, in one spelling."""
    if shortcut is None:
        return ()
    if isinstance(shortcut, QKeySequence.StandardKey):
        assert shortcut in STANDARD_KEYS, f"add {shortcut} to STANDARD_KEYS (see qkeysequence.cpp)"
        raw = STANDARD_KEYS[shortcut][platform]
    else:
        raw = tuple(str(shortcut).split(", "))
    return tuple(QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText) for k in raw if k)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_key_does_two_things(platform: str) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for spec in SPECS:
        for key in keys(spec.shortcut, platform):
            owners[key].append(spec.name)
    # Undo and Redo come from the undo stack with their standard keys
    for name, standard in (("undo", SK.Undo), ("redo", SK.Redo)):
        for key in keys(standard, platform):
            owners[key].append(name)
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_the_real_window_binds_each_key_once(demo_window: MainWindow) -> None:
    """On this machine's platform, as Qt resolved the standard keys."""
    owners: dict[str, list[str]] = defaultdict(list)
    for name, action in demo_window.actions.items():
        for sequence in action.shortcuts():
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert "Ctrl+D" in owners and owners["Ctrl+D"] == ["deactivate"]
