"""What one operation touched, so each screen refreshes only what depends on it.

Every service change (and its undo) is described by an `OpChanges` record, after
Anki's `OpChanges`: which kinds of data changed and, where known, which people,
sessions and programs. Screens merge the records they have not shown yet and
decide from them whether and what to re-read. Imports nothing of ours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("roster", "skills", "schedule", "formats", "attendance", "checkins", "recognition", "matches")


@dataclass(frozen=True)
class OpChanges:
    """Kinds of data an operation changed, with the ids it touched.

    `everything` stands for a new workspace or a change too broad to list: every
    screen reloads. An empty record (no kind set) means nothing visible changed.
    """

    roster: bool = False
    skills: bool = False
    schedule: bool = False
    formats: bool = False
    attendance: bool = False
    checkins: bool = False
    recognition: bool = False
    matches: bool = False
    everything: bool = False
    people: frozenset[int] = field(default_factory=frozenset)
    sessions: frozenset[int] = field(default_factory=frozenset)
    programs: frozenset[int] = field(default_factory=frozenset)
    # of `programs`, those whose own settings or members changed (not only their sessions)
    programs_edited: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            **{kind: getattr(self, kind) or getattr(other, kind) for kind in (*KINDS, "everything")},
            people=self.people | other.people,
            sessions=self.sessions | other.sessions,
            programs=self.programs | other.programs,
            programs_edited=self.programs_edited | other.programs_edited,
        )

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, kind) for kind in KINDS)

    def kinds(self) -> set[str]:
        """The names of the kinds that changed (all of them for `everything`)."""
        return set(KINDS) if self.everything else {kind for kind in KINDS if getattr(self, kind)}


NOTHING = OpChanges()
EVERYTHING = OpChanges(everything=True)


def ids(values: Iterable[int | None]) -> frozenset[int]:
    """The ids among `values`, leaving out the unsaved (None) ones."""
    return frozenset(v for v in values if v is not None)
