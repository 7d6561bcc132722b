"""Finding shipped files (templates, icons, demo data) wherever PeerDesk runs.

Installed from a wheel they live in `peerdesk/resources/`; in a source
checkout they live in the top-level `resources/`. Everything goes through
`resource_path`, so both work and nothing finds the wrong copy by accident.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resources_root() -> Path:
    """The folder holding PeerDesk's shipped resources."""
    for candidate in _CANDIDATES:
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError(
        "PeerDesk's resources are missing; reinstall PeerDesk "
        f"(looked in {', '.join(str(c) for c in _CANDIDATES)})"
    )


def resource_path(*parts: str) -> Path:
    """The path of one shipped resource, e.g. resource_path('demo', 'roster.csv')."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"PeerDesk resource {'/'.join(parts)} is missing at {path}")
    return path
