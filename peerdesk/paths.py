"""Where PeerDesk keeps the lead's files by default, on every platform.

platformdirs gives the per-user data folder (AppData on Windows, Application
Support on macOS, ~/.local/share on Linux).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import platformdirs

from peerdesk import APP_NAME

WORKSPACE_SUFFIX = ".peerdesk"  # PeerDesk's own document type (application/x-peerdesk)
LEGACY_SUFFIX = ".sqlite"  # workspaces made before it still open, and keep their name
WORKSPACE_SUFFIXES = (WORKSPACE_SUFFIX, LEGACY_SUFFIX, ".db")
DEMO_PREFIX = "peerdesk-demo-"  # `peerdesk --demo` works on a copy in a temporary folder named so


def data_dir() -> Path:
    """The per-user folder for PeerDesk's data."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_workspace() -> Path:
    """The workspace file opened when no --db is given: workspace.peerdesk, or the workspace.sqlite
    an earlier PeerDesk made there (kept as it is, never renamed behind the lead's back)."""
    current = data_dir() / f"workspace{WORKSPACE_SUFFIX}"
    legacy = current.with_suffix(LEGACY_SUFFIX)
    return legacy if legacy.exists() and not current.exists() else current


def with_workspace_suffix(path: Path) -> Path:
    """`team` as `team.peerdesk`: a new workspace typed without an extension gets PeerDesk's own."""
    return path if path.suffix.lower() in WORKSPACE_SUFFIXES else path.with_name(path.name + WORKSPACE_SUFFIX)


def new_demo_folder() -> Path:
    """A fresh temporary folder for `peerdesk --demo` (removed again by remove_demo_folder)."""
    return Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))


def is_temporary_demo(path: Path | str) -> bool:
    """True for a workspace inside a `--demo` temporary folder: not worth remembering in Open Recent."""
    folder = Path(path).absolute().parent
    return folder.name.startswith(DEMO_PREFIX) and folder.parent == Path(tempfile.gettempdir()).absolute()


def remove_demo_folder(path: Path | str) -> None:
    """Delete the temporary demo folder holding `path` (nothing else, never a folder the lead made)."""
    if is_temporary_demo(path):
        shutil.rmtree(Path(path).absolute().parent, ignore_errors=True)
