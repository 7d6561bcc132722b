"""Undo commands: each wraps one planned service change and knows how to revert it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from peerdesk.roster import Roster, RosterChange, SkillRename


class RosterChangeCommand(QUndoCommand):
    """Applies a `RosterChange` on redo and reverts it on undo."""

    def __init__(self, roster: Roster, change: RosterChange, on_change: Callable[[], None]) -> None:
        super().__init__(change.description)
        self._roster = roster
        self._change = change
        self._on_change = on_change

    def redo(self) -> None:
        self._change = self._roster.apply(self._change)
        self._on_change()

    def undo(self) -> None:
        self._roster.revert(self._change)
        self._on_change()

    @property
    def change(self) -> RosterChange:
        """The change as last applied (new people carry their ids)."""
        return self._change


class RenameSkillCommand(QUndoCommand):
    """Renames (or merges) a skill on redo and puts it back on undo."""

    def __init__(self, roster: Roster, old: str, new: str, on_change: Callable[[], None]) -> None:
        super().__init__(f"Rename skill {old} to {new}")
        self._roster = roster
        self._old, self._new = old, new
        self._on_change = on_change
        self._done: SkillRename | None = None

    def redo(self) -> None:
        self._done = self._roster.rename_skill(self._old, self._new)
        self._on_change()

    def undo(self) -> None:
        if self._done is not None:
            self._roster.undo_rename(self._done)
        self._on_change()


class SkillCategoryCommand(QUndoCommand):
    """Sets a skill's category; undo restores the previous one."""

    def __init__(self, roster: Roster, skill: str, before: str, after: str,
                 on_change: Callable[[], None]) -> None:
        super().__init__(f"Set category of {skill}")
        self._roster, self._skill = roster, skill
        self._before, self._after = before, after
        self._on_change = on_change

    def redo(self) -> None:
        self._roster.set_skill_category(self._skill, self._after)
        self._on_change()

    def undo(self) -> None:
        self._roster.set_skill_category(self._skill, self._before)
        self._on_change()
