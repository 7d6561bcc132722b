"""The one registry of the window's actions: text, shortcut, menu and tip.

Menus, toolbars and tests all look actions up here by name, so a shortcut is
defined once and standard keys follow each platform's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and is reached."""

    name: str
    text: str
    menu: str
    shortcut: SK | str | None = None
    tip: str = ""
    separator_before: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new_workspace", "&New Workspace...", "&File", SK.New, "Create an empty workspace file"),
    ActionSpec("open_workspace", "&Open...", "&File", SK.Open, "Open another workspace file"),
    ActionSpec(
        "save_copy",
        "Save a &Copy...",
        "&File",
        "Ctrl+Shift+S",
        "Write a consistent backup copy of this workspace",
        separator_before=True,
    ),
    ActionSpec(
        "import_roster",
        "&Import Roster CSV...",
        "&File",
        "Ctrl+I",
        "Add or update people from a CSV file",
        separator_before=True,
    ),
    ActionSpec("export_roster", "&Export Roster CSV...", "&File", "Ctrl+E", "Write the roster as a CSV file"),
    ActionSpec(
        "print",
        "&Print...",
        "&File",
        SK.Print,
        "Agendas, facilitator guides, sign-in sheets, feedback forms, handouts",
        separator_before=True,
    ),
    ActionSpec(
        "open_templates",
        "Open &Templates Folder",
        "&File",
        None,
        "Your own templates: a file here replaces the built-in one of the same name",
    ),
    ActionSpec(
        "reset_templates",
        "Reset Templates to &Built-in",
        "&File",
        None,
        "Move your own templates aside (kept in a backup folder)",
    ),
    ActionSpec(
        "import_feedback",
        "Import &Feedback CSV...",
        "&File",
        None,
        "Attendance and ratings from a CSV: date,email,attended,rating,answer",
    ),
    ActionSpec(
        "report",
        "Leadership &Report...",
        "&File",
        "Ctrl+R",
        "The weekly report for leadership as PDF, HTML or Markdown",
    ),
    ActionSpec("quit", "&Quit", "&File", SK.Quit, "Close PeerDesk", separator_before=True),
    ActionSpec("add_person", "&Add Person...", "&Roster", "Ctrl+Shift+A", "Add someone to the roster"),
    ActionSpec("edit_person", "&Edit Person...", "&Roster", "F2", "Edit the selected person"),
    ActionSpec(
        "deactivate",
        "&Deactivate",
        "&Roster",
        "Ctrl+D",
        "Mark the selected people inactive (kept, but left out of matching)",
    ),
    ActionSpec(
        "reactivate", "&Reactivate", "&Roster", "Ctrl+Shift+D", "Mark the selected people active again"
    ),
    ActionSpec(
        "delete_person",
        "De&lete...",
        "&Roster",
        SK.Delete,
        "Remove the selected people from the roster",
        separator_before=True,
    ),
    ActionSpec(
        "skills",
        "&Skills...",
        "&Roster",
        "Ctrl+K",
        "Rename, merge and categorise skills",
        separator_before=True,
    ),
    ActionSpec(
        "new_pilot", "&New Pilot...", "&Schedule", "Ctrl+Shift+P", "Plan a program of weekly sessions"
    ),
    ActionSpec(
        "edit_program",
        "Edit &Program...",
        "&Schedule",
        None,
        "Change a program's cadence, members or targets; future sessions follow",
    ),
    ActionSpec(
        "formats", "&Formats...", "&Schedule", None, "Session formats: lengths, descriptions, agendas"
    ),
    ActionSpec(
        "add_session",
        "&Add One-off Session...",
        "&Schedule",
        "Ctrl+Shift+O",
        "Add a session outside the weekly series",
    ),
    ActionSpec(
        "edit_session",
        "&Edit Session...",
        "&Schedule",
        None,
        "Edit the selected session (or double-click it)",
    ),
    ActionSpec(
        "skip_week",
        "S&kip This Week",
        "&Schedule",
        None,
        "Skip the selected session (a holiday): removed from the series",
        separator_before=True,
    ),
    ActionSpec(
        "cancel_session",
        "&Cancel Session",
        "&Schedule",
        None,
        "Cancel the selected session; attendees get a cancellation",
    ),
    ActionSpec(
        "cancel_rest",
        "Cancel the &Rest of the Series",
        "&Schedule",
        None,
        "Cancel the selected session and every later planned one",
    ),
    ActionSpec(
        "restore_session", "Restore &Session", "&Schedule", None, "Plan a skipped or cancelled session again"
    ),
    ActionSpec(
        "export_invites",
        "E&xport Invites...",
        "&Schedule",
        "Ctrl+Shift+E",
        "Write calendar invites (.ics) and email drafts",
        separator_before=True,
    ),
    ActionSpec(
        "publish_calendar",
        "Publish to Ca&lendar...",
        "&Schedule",
        None,
        "Publish a program to a shared calendar server (CalDAV) and keep it in step with every change",
    ),
    ActionSpec(
        "previous_week",
        "&Previous Week",
        "&Schedule",
        "Alt+Left",
        "Show the week before",
        separator_before=True,
    ),
    ActionSpec("next_week", "Next &Week", "&Schedule", "Alt+Right", "Show the week after"),
    ActionSpec("this_week", "&This Week", "&Schedule", "Alt+Home", "Show this week"),
    ActionSpec(
        "match_peers",
        "&Match Peers...",
        "&Roster",
        "Ctrl+M",
        "Pair people, group pods or pick mentors, with reasons; review before applying",
        separator_before=True,
    ),
    ActionSpec("find", "&Find", "&Edit", SK.Find, "Search the roster", separator_before=True),
    ActionSpec("show_roster", "&Roster", "&View", "Ctrl+1", "Show the Roster tab"),
    ActionSpec("show_schedule", "&Schedule", "&View", "Ctrl+2", "Show the Schedule tab"),
    ActionSpec("show_feedback", "&Feedback", "&View", "Ctrl+3", "Show the Feedback tab"),
    ActionSpec("about", "&About PeerDesk", "&Help", None, "Version and where your data lives"),
)

MENU_ORDER = ("&File", "&Edit", "&View", "&Roster", "&Schedule", "&Help")


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def create_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per spec, owned by `parent`, keyed by name."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(spec.name)
        if isinstance(spec.shortcut, SK):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        tip = _tr(spec.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setWhatsThis(tip)
        actions[spec.name] = action
    return actions
