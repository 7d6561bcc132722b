"""Settings that cannot be read are set aside, not trusted: the window starts with defaults for them.

A settings file edited by hand, written by another version or damaged can hold
values of the wrong kind (a number where a list of files belongs, bytes where a
name belongs, a type Qt cannot even load). Each known key is checked for its
kind when the window starts; the file is copied aside once, the bad keys are
removed (so their defaults apply) and the window says which ones.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from peerdesk import clock

TEXT_GROUPS = ("preferences/", "publish/", "folders/")


def unreadable_keys(settings: QSettings) -> list[str]:
    """The keys whose values are not of the kind PeerDesk reads them as."""
    return [key for key in settings.allKeys() if not _readable(key, settings.value(key))]


def _readable(key: str, value: object) -> bool:
    if key == "recent":
        return isinstance(value, str) or (
            isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        )
    if key == "window/geometry":
        return isinstance(value, (QByteArray, bytes))
    if key == "first_run_done":
        return isinstance(value, bool) or (isinstance(value, str) and value.lower() in ("true", "false"))
    if key.startswith(TEXT_GROUPS):
        return isinstance(value, str)
    return True  # another part of PeerDesk (or a newer version) owns it


def set_aside_unreadable(settings: QSettings) -> str | None:
    """Keep a copy of the settings file, drop the keys that cannot be read; a message, or None."""
    bad = unreadable_keys(settings)
    if not bad:
        return None
    settings.sync()
    kept = _copy_aside(Path(settings.fileName()))
    for key in bad:
        settings.remove(key)
    settings.sync()
    message = QCoreApplication.translate(
        "settings", "Some settings could not be read ({0}); they are back to their defaults."
    ).format(", ".join(bad))
    if kept:
        message += " " + QCoreApplication.translate("settings", "The old settings were kept in {0}.").format(
            kept
        )
    return message


def _copy_aside(path: Path) -> Path | None:
    """A copy of the settings file beside it (None for the Windows registry or when it fails)."""
    if not path.is_file():
        return None
    target = path.with_name(f"{path.name}.unreadable-{clock.local_now():%Y%m%d-%H%M%S}")
    with contextlib.suppress(OSError):
        shutil.copyfile(path, target)
        return target
    return None
