"""Where PeerDesk keeps the lead's files by default, on every platform.

platformdirs gives the per-user data folder (AppData on Windows, Application
Support on macOS, ~/.local/share on Linux).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from peerdesk import APP_NAME

WORKSPACE_SUFFIX = ".sqlite"


def data_dir() -> Path:
    """The per-user folder for PeerDesk's data."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_workspace() -> Path:
    """The workspace file opened when no --db is given."""
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"
