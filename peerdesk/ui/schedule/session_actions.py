"""Which session actions (Edit, Skip, Cancel, Cancel the Rest, Restore,
Delete, Export Session Invite) apply to a selected session.

A module of its own so the window can set the actions' states before the Schedule tab is built.
"""

from __future__ import annotations

# which session actions apply to a session in each state (None: nothing selected)
SESSION_ACTIONS = {
    "edit_session": ("planned", "held", "skipped", "cancelled"),
    "skip_week": ("planned",),
    "cancel_session": ("planned",),
    "cancel_rest": ("planned",),
    "restore_session": ("skipped", "cancelled"),
    "delete_session": ("planned", "held", "skipped", "cancelled"),
    "export_session_invite": ("planned", "held", "cancelled"),
}


def session_action_states(status: str | None) -> dict[str, bool]:
    """Action name -> enabled, for the selected session's status (None when none is selected)."""
    return {name: status in allowed for name, allowed in SESSION_ACTIONS.items()}
