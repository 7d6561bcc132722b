"""Roster edits as reversible changes.

Every edit is planned as a `RosterChange` (who the affected people were before
and will be after), applied in one transaction, and can be reverted exactly;
the window wraps each in an undo command, the command line just applies it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from peerdesk.changes import OpChanges, ids
from peerdesk.domain import (
    Absence,
    FieldError,
    OperationCancelled,
    Person,
    Skill,
    normalise_email,
    validate_person,
)
from peerdesk.i18n import _, nformat
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository, references_to, restore_references


@dataclass(frozen=True)
class RosterChange:
    """One roster edit: the affected people before and after, and what it was."""

    description: str
    before: tuple[Person, ...] = ()
    after: tuple[Person, ...] = ()
    # rows elsewhere that pointed at deleted people (programs, sessions, feedback, check-ins...)
    references: dict[str, list[dict[str, object]]] = field(default_factory=dict, compare=False)
    # skills the change added to the shared list (removed again when it is undone, if unused)
    created_skills: tuple[str, ...] = field(default=(), compare=False)

    def changes(self) -> OpChanges:
        """What applying or reverting this touches: these people, their skills, and for a delete
        every kind of row that pointed at them."""
        people = ids(p.id for p in (*self.before, *self.after))
        if self.references:
            return OpChanges(
                roster=True,
                skills=True,
                schedule=True,
                attendance=True,
                checkins=True,
                recognition=True,
                matches=True,
                people=people,
            )
        before = {p.id: (p.teaches, p.wants) for p in self.before}
        skills = any(p.id not in before or before[p.id] != (p.teaches, p.wants) for p in self.after)
        return OpChanges(roster=True, skills=skills or len(self.before) != len(self.after), people=people)


@dataclass(frozen=True)
class SkillRename:
    """A skill rename, with the people it touched, so a merge can be undone."""

    old: Skill
    new_name: str
    merged: bool
    before: tuple[Person, ...]
    # on a merge: the target's category and the old skill's check-ins, to put back on undo
    target_category: str = ""
    checkins: tuple[int, ...] = ()

    def changes(self) -> OpChanges:
        """A rename touches the skill list, the people who hold it and check-ins on it."""
        return OpChanges(roster=True, skills=True, checkins=True, people=ids(p.id for p in self.before))


class Roster:
    """The lead's people and skills, read and changed through one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.repo = PeopleRepository(workspace.db)

    def people(self) -> list[Person]:
        """Everyone on the roster, by name."""
        return self.repo.list_people()

    def skills(self) -> list[Skill]:
        """The shared skill list."""
        return self.repo.list_skills()

    def validate(self, person: Person) -> list[FieldError]:
        """Everything wrong with `person` as an entry of this roster."""
        errors = validate_person(person)
        if person.email.strip() and not any(e.field == "email" for e in errors):
            owner = self.repo.id_for_email(person.email)
            if owner is not None and owner != person.id:
                holder = self.repo.get(owner)
                errors.append(
                    FieldError(
                        "email",
                        _("{email} is already used by {name}").format(
                            email=normalise_email(person.email), name=holder.name
                        )
                        if holder
                        else _("{email} is already used by someone else").format(
                            email=normalise_email(person.email)
                        ),
                    )
                )
        if (
            person.manager_email
            and not any(e.field == "manager_email" for e in errors)
            and self.repo.id_for_email(person.manager_email) is None
        ):
            errors.append(
                FieldError(
                    "manager_email",
                    _("no one on the roster has the email {manager_email}").format(
                        manager_email=person.manager_email
                    ),
                )
            )
        if person.manager_email and not any(e.field == "manager_email" for e in errors):
            chain = self._manager_chain(normalise_email(person.manager_email), normalise_email(person.email))
            if chain:
                errors.append(
                    FieldError(
                        "manager_email",
                        _("{loop}: that would make the managers a cycle").format(
                            loop=(" " + _("manages") + " ").join(
                                [
                                    normalise_email(person.email),
                                    *reversed(chain),
                                    normalise_email(person.email),
                                ]
                            )
                        ),
                    )
                )
        return errors

    def _manager_chain(self, start: str, person: str) -> list[str]:
        """The managers from `start` upwards, if the chain comes back to `person` (else [])."""
        managers = self.repo.manager_emails()
        chain, current = [], start
        while current and current not in chain:
            chain.append(current)
            if current == person:
                return chain[:-1]
            current = managers.get(current, "")
        return []

    # -- planning changes -----------------------------------------------------

    def plan_add(self, person: Person) -> RosterChange:
        """Adding one new person."""
        return RosterChange(_("Add {name}").format(name=person.name), after=(person.with_id(None),))

    def plan_update(self, person: Person) -> RosterChange:
        """Replacing one person's record with `person` (same id)."""
        assert person.id is not None
        before = self.repo.get(person.id)
        return RosterChange(
            _("Edit {name}").format(name=person.name), before=(before,) if before else (), after=(person,)
        )

    def plan_absences(self, person: Person, absences: tuple[Absence, ...]) -> RosterChange:
        """Giving one person (saved, with an id) these absences instead of their current ones."""
        assert person.id is not None
        before = self.repo.get(person.id) or person
        added = [a for a in absences if a not in before.absences]
        what = (
            _("Away: {name} {dates}").format(name=person.name, dates=added[0].span())
            if added
            else _("Time away of {name}").format(name=person.name)
        )
        return RosterChange(
            what, before=(before,), after=(replace(before, absences=tuple(sorted(absences))),)
        )

    def plan_set_active(self, person_ids: Iterable[int], active: bool) -> RosterChange:
        """Marking people active or inactive."""
        before = tuple(self.repo.list_people(person_ids))
        after = tuple(replace(p, active=active) for p in before)
        verb = "Reactivate" if active else "Deactivate"
        return RosterChange(f"{verb} {_names(before)}", before=before, after=after)

    def plan_delete(self, person_ids: Iterable[int]) -> RosterChange:
        """Removing people; their reports lose them as manager (and get them back on undo)."""
        ids = list(person_ids)
        doomed = self.repo.list_people(ids)
        emails = {p.email for p in doomed}
        report_ids = [r for r in self.repo.reports_of(ids) if r not in ids]
        reports = self.repo.list_people(report_ids)
        return RosterChange(
            _("Delete {value}").format(value=_names(doomed)),
            before=tuple(doomed) + tuple(reports),
            after=tuple(replace(r, manager_email=None) if r.manager_email in emails else r for r in reports),
            references=references_to(self.workspace.db, ids),
        )

    # -- applying them ------------------------------------------------------------

    def apply(
        self, change: RosterChange, progress: Callable[[str, int, int], bool] | None = None
    ) -> RosterChange:
        """Carry out a change in one transaction; returns it with the ids assigned.

        `progress(stage, done, total)` is told how far saving has come; if it
        returns False the change is cancelled (OperationCancelled) and nothing
        is saved.
        """
        keep = {p.id for p in change.after}

        def tick(done: int, total: int) -> None:
            if (
                progress is not None
                and (done % 1000 == 0 or done == total)
                and progress(_("Saving people"), done, total) is False
            ):
                raise OperationCancelled(_("cancelled; nothing was imported"))

        with self.workspace.db.atomic():
            skills_before = self.repo.skill_names()
            self.repo.delete(p.id for p in change.before if p.id not in keep and p.id is not None)
            saved = self.repo.save_many(list(change.after), tick if progress is not None else None)
            created = tuple(sorted(self.repo.skill_names() - skills_before))
        return replace(change, after=tuple(saved), created_skills=created)

    def revert(self, change: RosterChange) -> None:
        """Undo an applied change exactly, in one transaction (skills it added go too)."""
        keep = {p.id for p in change.before}
        with self.workspace.db.atomic():
            self.repo.delete(p.id for p in change.after if p.id not in keep and p.id is not None)
            self.repo.save_many(list(change.before))
            restore_references(self.workspace.db, change.references)
            self.repo.delete_unused_skills(change.created_skills)

    # -- skills ---------------------------------------------------------------

    def rename_skill(self, old: str, new: str) -> SkillRename:
        """Rename (or merge) a skill; returns what is needed to undo it."""
        old_skill = next((s for s in self.repo.list_skills() if s.name.casefold() == old.casefold()), None)
        if old_skill is None:
            raise ValueError(_("there is no skill called '{old}'").format(old=old))
        if not new.strip():
            raise ValueError(_("a skill needs a name"))
        merged = any(
            s.name.casefold() == new.strip().casefold() and s.id != old_skill.id
            for s in self.repo.list_skills()
        )
        touched = [
            p
            for p in self.repo.list_people()
            if any(n.casefold() in (old.casefold(), new.casefold()) for n in p.skill_names())
        ]
        target = self.repo.skill_state(new) if merged else None
        source = self.repo.skill_state(old_skill.name)
        self.repo.rename_skill(old, new)
        return SkillRename(
            old_skill,
            new.strip(),
            merged,
            tuple(touched),
            target_category=target[1] if target else "",
            checkins=tuple(source[2]) if source and merged else (),
        )

    def undo_rename(self, rename: SkillRename) -> None:
        """Put a renamed or merged skill back as it was."""
        with self.workspace.db.atomic():
            if rename.merged:
                self.repo.restore_skill(rename.old)
                self.repo.save_many(list(rename.before))
                self.repo.move_checkins(rename.checkins, rename.old.name)
                self.repo.set_skill_category(rename.new_name, rename.target_category)
            else:
                self.repo.rename_skill(rename.new_name, rename.old.name)
                self.repo.restore_skill(rename.old)

    def set_skill_category(self, name: str, category: str) -> None:
        """File a skill under a category."""
        self.repo.set_skill_category(name, category)


def _names(people: Iterable[Person]) -> str:
    names = [p.name for p in people]
    if len(names) == 2:
        return _("{first} and {second}").format(first=names[0], second=names[1])
    if len(names) == 1:
        return names[0]
    if not names:
        return _("nobody")
    return nformat("{n} person", "{n} people", len(names))


def import_change(
    new: list[Person], updated: list[tuple[Person, Person]], description: str = ""
) -> RosterChange:
    """The roster change an import plan stands for: new people and updated ones."""
    return RosterChange(
        description or _("Import roster"),
        before=tuple(before for before, _ in updated),
        after=tuple(after for _k, after in updated) + tuple(new),
    )
