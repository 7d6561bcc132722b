"""The one registry of the window's actions: text, shortcut, menu, tip and what runs.

Menus, toolbars and tests all look actions up here by name, so a shortcut is
defined once and standard keys follow each platform's conventions. Each entry
names its handler as "controller.method" (`window`, `roster`, `schedule`,
`feedback`, `print`): what happens when Deactivate is pressed is one hop away,
`RosterController.deactivate`. The tables' right-click menus come from here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

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
    handler: str = ""  # "controller.method", connected by the window


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_workspace",
        "&New Workspace...",
        "&File",
        SK.New,
        "Create an empty workspace file",
        handler="window.new_workspace",
    ),
    ActionSpec(
        "open_workspace",
        "&Open...",
        "&File",
        SK.Open,
        "Open another workspace file",
        handler="window.open_workspace_dialog",
    ),
    ActionSpec(
        "save_copy",
        "Save a &Copy...",
        "&File",
        "Ctrl+Shift+S",
        "Write a consistent backup copy of this workspace",
        separator_before=True,
        handler="window.save_copy",
    ),
    ActionSpec(
        "import_roster",
        "&Import Roster CSV...",
        "&File",
        "Ctrl+I",
        "Add or update people from a CSV file",
        separator_before=True,
        handler="roster.import_roster",
    ),
    ActionSpec(
        "export_roster",
        "&Export Roster CSV...",
        "&File",
        "Ctrl+E",
        "Write the roster as a CSV file",
        handler="roster.export_roster",
    ),
    ActionSpec(
        "print",
        "&Print...",
        "&File",
        SK.Print,
        "Agendas, facilitator guides, sign-in sheets, feedback forms, handouts",
        separator_before=True,
        handler="print.open_print",
    ),
    ActionSpec(
        "open_templates",
        "Open &Templates Folder",
        "&File",
        None,
        "Your own templates: a file here replaces the built-in one of the same name",
        handler="print.open_templates_folder",
    ),
    ActionSpec(
        "reset_templates",
        "Reset Templates to &Built-in",
        "&File",
        None,
        "Move your own templates aside (kept in a backup folder)",
        handler="print.reset_templates",
    ),
    ActionSpec(
        "import_feedback",
        "Import &Feedback CSV...",
        "&File",
        None,
        "Attendance and ratings from a CSV: date,email,attended,rating,answer",
        handler="feedback.import_feedback",
    ),
    ActionSpec(
        "import_replies",
        "Import Replie&s...",
        "&File",
        None,
        "Invitees' answers (accepted, declined, tentative) from saved mails, .ics files or a mailbox;"
        " you can also drop them on the window",
        handler="schedule.import_replies",
    ),
    ActionSpec(
        "import_checkins",
        "Import Chec&k-ins CSV...",
        "&File",
        None,
        "Competency check-ins from a spreadsheet: date,email,skill,level,assessor",
        handler="feedback.import_check_ins",
    ),
    ActionSpec(
        "report",
        "&Leadership Report...",
        "&File",
        "Ctrl+R",
        "The weekly report for leadership: choose program and week, preview, save or copy",
        handler="feedback.leadership_report",
    ),
    ActionSpec(
        "end_report",
        "En&d-of-Pilot Report...",
        "&File",
        None,
        "One page after the last session: outcomes, what worked, and your recommendation",
        handler="feedback.end_of_pilot_report",
    ),
    ActionSpec(
        "compare",
        "Co&mpare Pilots...",
        "&File",
        None,
        "Two programs, or a pilot and the time before it, side by side",
        handler="feedback.compare_pilots",
    ),
    ActionSpec(
        "quit", "&Quit", "&File", SK.Quit, "Close PeerDesk", separator_before=True, handler="window.close"
    ),
    ActionSpec(
        "add_person",
        "&Add Person...",
        "&Roster",
        "Ctrl+Shift+A",
        "Add someone to the roster",
        handler="roster.add_person",
    ),
    ActionSpec(
        "edit_person",
        "&Edit Person...",
        "&Roster",
        "F2",
        "Edit the selected person",
        handler="roster.edit_selected",
    ),
    ActionSpec(
        "deactivate",
        "&Deactivate",
        "&Roster",
        "Ctrl+D",
        "Mark the selected people inactive (kept, but left out of matching)",
        handler="roster.deactivate",
    ),
    ActionSpec(
        "reactivate",
        "&Reactivate",
        "&Roster",
        "Ctrl+Shift+D",
        "Mark the selected people active again",
        handler="roster.reactivate",
    ),
    ActionSpec(
        "delete_person",
        "De&lete...",
        "&Roster",
        "Del",  # not StandardKey.Delete: on Linux it is also Ctrl+D, which is Deactivate here
        "Remove the selected people from the roster",
        separator_before=True,
        handler="roster.delete_selected",
    ),
    ActionSpec(
        "skills",
        "&Skills...",
        "&Roster",
        "Ctrl+K",
        "Rename, merge and categorise skills",
        separator_before=True,
        handler="roster.open_skills",
    ),
    ActionSpec(
        "new_pilot",
        "&New Pilot...",
        "&Schedule",
        "Ctrl+Shift+P",
        "Plan a program of weekly sessions",
        handler="schedule.new_pilot",
    ),
    ActionSpec(
        "edit_program",
        "Edit &Program...",
        "&Schedule",
        None,
        "Change a program's cadence, members or targets; future sessions follow",
        handler="schedule.edit_program",
    ),
    ActionSpec(
        "formats",
        "&Formats...",
        "&Schedule",
        None,
        "Session formats: lengths, descriptions, agendas",
        handler="schedule.open_formats",
    ),
    ActionSpec(
        "add_session",
        "&Add One-off Session...",
        "&Schedule",
        "Ctrl+Shift+O",
        "Add a session outside the weekly series",
        handler="schedule.add_session",
    ),
    ActionSpec(
        "edit_session",
        "&Edit Session...",
        "&Schedule",
        None,
        "Edit the selected session (or double-click it)",
        handler="schedule.edit_selected_session",
    ),
    ActionSpec(
        "skip_week",
        "S&kip This Week",
        "&Schedule",
        None,
        "Skip the selected session (a holiday): removed from the series",
        separator_before=True,
        handler="schedule.skip_week",
    ),
    ActionSpec(
        "cancel_session",
        "&Cancel Session",
        "&Schedule",
        None,
        "Cancel the selected session; attendees get a cancellation",
        handler="schedule.cancel_session",
    ),
    ActionSpec(
        "cancel_rest",
        "Cancel the &Rest of the Series",
        "&Schedule",
        None,
        "Cancel the selected session and every later planned one",
        handler="schedule.cancel_rest_selected",
    ),
    ActionSpec(
        "restore_session",
        "Restore &Session",
        "&Schedule",
        None,
        "Plan a skipped or cancelled session again",
        handler="schedule.restore_session",
    ),
    ActionSpec(
        "delete_session",
        "&Delete Session...",
        "&Schedule",
        None,
        "Delete the selected session with its attendance (undoable); cancellations offered",
        handler="schedule.delete_selected_session",
    ),
    ActionSpec(
        "delete_program",
        "Delete Pr&ogram...",
        "&Schedule",
        None,
        "Delete a program with its sessions and attendance (undoable); cancellations offered",
        handler="schedule.delete_program",
    ),
    ActionSpec(
        "export_invites",
        "E&xport Invites...",
        "&Schedule",
        "Ctrl+Shift+E",
        "Write calendar invites (.ics) and email drafts",
        separator_before=True,
        handler="schedule.export_invites",
    ),
    ActionSpec(
        "export_session_invite",
        "Export Session &Invite...",
        "&Schedule",
        None,
        "Write the invitation (or cancellation) of the selected session only",
        handler="schedule.export_selected_session",
    ),
    ActionSpec(
        "publish_calendar",
        "Publish to Ca&lendar...",
        "&Schedule",
        None,
        "Publish a program to a shared calendar server (CalDAV) and keep it in step with every change",
        handler="schedule.publish_to_calendar",
    ),
    ActionSpec(
        "previous_week",
        "Pre&vious Week",
        "&Schedule",
        "Alt+Left",
        "Show the week before",
        separator_before=True,
        handler="schedule.previous_week",
    ),
    ActionSpec(
        "next_week",
        "Next &Week",
        "&Schedule",
        "Alt+Right",
        "Show the week after",
        handler="schedule.next_week",
    ),
    ActionSpec(
        "this_week", "&This Week", "&Schedule", "Alt+Home", "Show this week", handler="schedule.this_week"
    ),
    ActionSpec(
        "match_peers",
        "&Match Peers...",
        "&Roster",
        "Ctrl+M",
        "Pair people, group pods or pick mentors, with reasons; review before applying",
        separator_before=True,
        handler="schedule.open_matching",
    ),
    ActionSpec(
        "find", "&Find", "&Edit", SK.Find, "Search the roster", separator_before=True, handler="window.find"
    ),
    ActionSpec(
        "show_roster", "&Roster", "&View", "Ctrl+1", "Show the Roster tab", handler="window.show_roster"
    ),
    ActionSpec(
        "show_matrix",
        "S&kills Matrix",
        "&View",
        "Ctrl+4",
        "People as rows, skills as columns, with the knowledge at risk",
        handler="window.show_matrix",
    ),
    ActionSpec(
        "show_schedule",
        "&Schedule",
        "&View",
        "Ctrl+2",
        "Show the Schedule tab",
        handler="window.show_schedule",
    ),
    ActionSpec(
        "show_feedback",
        "&Feedback",
        "&View",
        "Ctrl+3",
        "Show the Feedback tab",
        handler="window.show_feedback",
    ),
    ActionSpec(
        "user_guide",
        "User &Guide",
        "&Help",
        SK.HelpContents,
        "The guide for team leads, offline",
        handler="window.user_guide",
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard Shortcuts",
        "&Help",
        "Ctrl+/",
        "Every keyboard shortcut, from the menus",
        handler="window.keyboard_shortcuts",
    ),
    ActionSpec(
        "whats_this",
        "&What's This?",
        "&Help",
        SK.WhatsThis,
        "Click on any part of the window to hear what it is for",
        handler="window.whats_this",
    ),
    ActionSpec(
        "open_demo",
        "Open &Demo",
        "&Help",
        None,
        "A made-up team three weeks into a pilot, in a copy of its own: nothing of yours changes",
        separator_before=True,
        handler="window.open_demo",
    ),
    ActionSpec(
        "welcome",
        "Welcome Agai&n...",
        "&Help",
        None,
        "The first-start questions again: who you are, then the demo, an import or an empty start",
        handler="window.welcome",
    ),
    ActionSpec(
        "about",
        "&About PeerDesk",
        "&Help",
        None,
        "Version and where your data lives",
        separator_before=True,
        handler="window.about",
    ),
    ActionSpec(
        "preferences",
        "Pr&eferences...",
        "&Edit",
        SK.Preferences,
        "Who I am, my timezone, paper size, working days, week view colours",
        separator_before=True,
        handler="schedule.open_preferences",
    ),
)

MENU_ORDER = ("&File", "&Edit", "&View", "&Roster", "&Schedule", "&Help")

_SESSION_MENU = (
    "edit_session",
    None,
    "skip_week",
    "cancel_session",
    "cancel_rest",
    "restore_session",
    "delete_session",
    None,
    "print",
    "export_session_invite",
    "export_invites",
)
# The right-click menu of each view, by the view's object name: the same actions as the
# menus (so the same shortcuts and enabled states), None for a separator.
CONTEXT_MENUS: dict[str, tuple[str | None, ...]] = {
    "roster_table": ("edit_person", None, "deactivate", "reactivate", "delete_person", None, "add_person"),
    "session_table": _SESSION_MENU,
    "week_view": _SESSION_MENU,
}


def build_context_menu(actions: dict[str, QAction], view: str, parent: QWidget) -> QMenu:
    """The right-click menu of `view` (an object name in CONTEXT_MENUS)."""
    menu = QMenu(parent)
    menu.setObjectName(f"{view}_menu")
    for name in CONTEXT_MENUS[view]:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[name])
    return menu


def attach_context_menu(widget: QWidget, actions: dict[str, QAction], view: str) -> None:
    """Right-click (or the Menu key) on `widget` opens its menu from CONTEXT_MENUS."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget

    def show(pos: QPoint) -> None:
        menu = build_context_menu(actions, view, widget)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(target.mapToGlobal(pos))

    widget.customContextMenuRequested.connect(show)


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
