"""The workspace file: one SQLite database that the lead owns.

`open_workspace` is the single way in; it checks, locks, backs up and migrates
the file before anyone reads from it. `check_output_path` is the one check
every export makes so that no output replaces the workspace.
"""

from peerdesk.storage.errors import WorkspaceError, WorkspaceInUse
from peerdesk.storage.guard import OutputRefused, check_output_folder, check_output_path
from peerdesk.storage.workspace import Workspace, open_workspace

__all__ = [
    "OutputRefused",
    "Workspace",
    "WorkspaceError",
    "WorkspaceInUse",
    "check_output_folder",
    "check_output_path",
    "open_workspace",
]
