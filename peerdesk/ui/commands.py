"""Undo commands: each wraps one planned service change and knows how to revert it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from peerdesk.changes import OpChanges, ids
from peerdesk.domain import Format, Program, Session
from peerdesk.roster.service import Roster, SkillRename
from peerdesk.schedule.service import Schedule
from peerdesk.storage.sessions import FormatRepository

Announce = Callable[[OpChanges], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class Applier(Protocol):
    """A service that applies and reverts its own planned changes."""

    def apply(self, change: Any) -> Any: ...  # a change record with a `changes()` method

    def revert(self, change: Any) -> None: ...


class ChangeCommand(QUndoCommand):
    """Applies a planned change (roster or schedule) on redo and reverts it on undo."""

    def __init__(self, service: Applier, change: Any, on_change: Announce) -> None:
        super().__init__(change.description)
        self._service = service
        self._change = change
        self._on_change = on_change

    def redo(self) -> None:
        self._change = self._service.apply(self._change)
        self._on_change(self._change.changes())

    def undo(self) -> None:
        self._service.revert(self._change)
        self._on_change(self._change.changes())

    @property
    def change(self) -> Any:
        """The change as last applied (new rows carry their ids)."""
        return self._change


class DeleteCommand(ChangeCommand):
    """A deletion: undo puts every row back; when that is no longer possible (a new program took
    the name) it says why, changes nothing and leaves the stack."""

    def __init__(
        self, service: Applier, change: Any, on_change: Announce, on_error: Callable[[str], None]
    ) -> None:
        super().__init__(service, change, on_change)
        self._on_error = on_error

    def undo(self) -> None:
        try:
            super().undo()
        except ValueError as exc:  # storage.removal.RestoreError
            self.setObsolete(True)
            self._on_error(str(exc))


class CreateProgramCommand(QUndoCommand):
    """Creates a program with its series; undo removes both, redo puts back the same ids."""

    def __init__(
        self, schedule: Schedule, program: Program, on_change: Announce, on_holiday: str = "keep"
    ) -> None:
        super().__init__(_tr("New pilot {0}").format(program.name))
        self._schedule = schedule
        self._program = program
        self._on_holiday = on_holiday
        self._on_change = on_change
        self.created: tuple[Program, list[Session]] | None = None

    def redo(self) -> None:
        if self.created is None:
            self.created = self._schedule.create_program(self._program, self._on_holiday)
        else:
            program, sessions = self.created
            with self._schedule.workspace.db.atomic():
                self._schedule.programs.save(program)
                self._schedule.sessions.save_many(sessions)
        self._on_change(self._changes())

    def undo(self) -> None:
        if self.created is not None and self.created[0].id is not None:
            self._schedule.programs.delete(self.created[0].id)
        self._on_change(self._changes())

    def _changes(self) -> OpChanges:
        program, sessions = self.created or (self._program, [])
        return OpChanges(
            schedule=True,
            programs=ids([program.id]),
            programs_edited=ids([program.id]),
            sessions=ids(s.id for s in sessions),
        )


class RenameSkillCommand(QUndoCommand):
    """Renames (or merges) a skill on redo and puts it back on undo."""

    def __init__(self, roster: Roster, old: str, new: str, on_change: Announce) -> None:
        super().__init__(_tr("Rename skill {0} to {1}").format(old, new))
        self._roster = roster
        self._old, self._new = old, new
        self._on_change = on_change
        self._done: SkillRename | None = None

    def redo(self) -> None:
        self._done = self._roster.rename_skill(self._old, self._new)
        self._on_change(self._done.changes())

    def undo(self) -> None:
        if self._done is not None:
            self._roster.undo_rename(self._done)
            self._on_change(self._done.changes())


class SkillCategoryCommand(QUndoCommand):
    """Sets a skill's category; undo restores the previous one."""

    def __init__(self, roster: Roster, skill: str, before: str, after: str, on_change: Announce) -> None:
        super().__init__(_tr("Set category of {0}").format(skill))
        self._roster, self._skill = roster, skill
        self._before, self._after = before, after
        self._on_change = on_change

    def redo(self) -> None:
        self._roster.set_skill_category(self._skill, self._after)
        self._on_change(OpChanges(skills=True))

    def undo(self) -> None:
        self._roster.set_skill_category(self._skill, self._before)
        self._on_change(OpChanges(skills=True))


class FormatCommand(QUndoCommand):
    """Stores the lead's version of a format (or removes it); undo restores what was there."""

    def __init__(
        self,
        repo: FormatRepository,
        key: str,
        before: Format | None,
        after: Format | None,
        on_change: Announce,
    ) -> None:
        super().__init__(_tr("Change format {0}").format(key))
        self._repo, self._key = repo, key
        self._before, self._after = before, after
        self._on_change = on_change

    def _write(self, fmt: Format | None) -> None:
        if fmt is None or fmt.builtin:
            self._repo.delete(self._key)
        else:
            self._repo.save(fmt)
        self._on_change(OpChanges(formats=True))

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class CallbackCommand(QUndoCommand):
    """A small change given as a pair of functions: do it, and undo it."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        on_change: Announce,
        changes: OpChanges,
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._on_change = do, undo, on_change
        self._changes = changes

    def redo(self) -> None:
        self._do()
        self._on_change(self._changes)

    def undo(self) -> None:
        self._undo()
        self._on_change(self._changes)
