"""The workspace file: one SQLite database that the lead owns.

`open_workspace` is the single way in; it checks, locks, backs up and migrates
the file before anyone reads from it.
"""

from peerdesk.storage.errors import WorkspaceError, WorkspaceInUse
from peerdesk.storage.workspace import Workspace, open_workspace

__all__ = ["Workspace", "WorkspaceError", "WorkspaceInUse", "open_workspace"]
