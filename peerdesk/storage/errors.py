"""Errors about the workspace file, each phrased for the person who owns it."""

from __future__ import annotations


class WorkspaceError(Exception):
    """The workspace file cannot be used; the message says why and what to do."""


class WorkspaceInUse(WorkspaceError):
    """Another PeerDesk (or a lock left behind on another machine) holds the file."""
