"""PeerDesk: plan, run and measure peer-to-peer learning at work, offline.

The version has one source, `pyproject.toml`: a source checkout reads it there (so an
editable install never shows a stale number), an installed wheel or a built application
reads the same number from the package metadata it was built with.
"""

from __future__ import annotations

import platform
import sqlite3
import tomllib
from pathlib import Path

APP_NAME = "PeerDesk"
DISTRIBUTION = "peerdesk"


def read_version() -> str:
    """The version in pyproject.toml (source checkout), else the installed metadata's."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == DISTRIBUTION and project.get("version"):
            return str(project["version"])
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        pass
    from importlib import metadata  # only outside a checkout; its import costs start-up time

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def runtime_versions() -> list[tuple[str, str]]:
    """(component, version) for bug reports: Python and SQLite (the window adds Qt's)."""
    return [("Python", platform.python_version()), ("SQLite", sqlite3.sqlite_version)]


__version__ = read_version()
