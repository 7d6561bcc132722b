"""Each held session's counts, the part of a program's KPIs that only its own attendance changes.

Participation, walk-ins, the excused, ratings, who led and who learned are sums
over held sessions. A tally per session lets the dashboard work the KPIs out
again after one typed rating by counting that one session again (a program of
thousands has thousands of records per session), and `Tallies` keeps them
between calls (`KpiMemory`): a tally is reused only for the very session and
records it was made from, and the same people away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from peerdesk.domain import AttendanceRecord, Person, Session

T = TypeVar("T")


@dataclass(frozen=True)
class SessionTally:
    """One held session in numbers."""

    invited: int  # attendees, less the excused
    attended: int  # invited and present
    walk_ins: int  # present without an invitation
    excused: int  # invited, away that day (time away) and not present
    learner_ratings: tuple[int, ...]  # ratings of those present who did not lead
    facilitator_ratings: int  # ratings given by those who led: left out of satisfaction
    raters: int  # present and not leading
    present: frozenset[str]
    leaders: frozenset[str]


def excused_at(
    session: Session, people: Mapping[str, Person], present: set[str] | frozenset[str]
) -> set[str]:
    """Invited people away on the session's day (time away) who were not there: excused."""
    day = session.start.date()
    return {
        a.email
        for a in session.attendees
        if a.email not in present and (p := people.get(a.email)) is not None and p.away(day) is not None
    }


def tally(session: Session, records: Sequence[AttendanceRecord], away: Mapping[str, Person]) -> SessionTally:
    """Count one held session from its attendance records; `away` holds at least everyone with time
    away (people without any are never excused)."""
    by_email = {r.email: r for r in records}
    present = frozenset(e for e, r in by_email.items() if r.present)
    excused = excused_at(session, away, present) if away else set()
    invited = {a.email for a in session.attendees}
    invited -= excused
    leaders = frozenset(session.facilitators)
    learners = present - leaders
    return SessionTally(
        invited=len(invited),
        attended=len(present & invited),
        walk_ins=len(present - invited),
        excused=len(excused),
        learner_ratings=tuple(
            r.rating for e, r in by_email.items() if r.present and r.rating and e not in leaders
        ),
        facilitator_ratings=sum(1 for e in present & leaders if by_email[e].rating),
        raters=len(learners),
        present=present,
        leaders=leaders,
    )


class KpiMemory:
    """What the KPIs of the last call were worked out from, kept for the next (the window keeps one
    per workspace): a tally per held session, and the parts that only the roster, the check-ins
    and the programs change (time-to-competency and its baseline, the members in name order).

    A kept tally is used only when asked again for the same session object and the same
    records object (the window replaces, never changes, what an edit touched) with the same
    people away; a kept part only when each of its inputs is the same object or equal.
    Anything else is worked out again.
    """

    def __init__(self) -> None:
        self._kept: dict[int | None, tuple[Session, Sequence[AttendanceRecord], object, SessionTally]] = {}
        self._parts: dict[str, tuple[tuple[object, ...], object]] = {}

    def remember(self, name: str, inputs: tuple[object, ...], work_out: Callable[[], tuple[T, bool]]) -> T:
        """What `work_out()` gave for these inputs before, or its answer now (kept unless it says
        the answer also depended on something outside `inputs`)."""
        kept = self._parts.get(name)
        if (
            kept is not None
            and len(kept[0]) == len(inputs)
            and all(a is b or a == b for a, b in zip(kept[0], inputs, strict=True))
        ):
            return kept[1]  # type: ignore[return-value]
        answer, keep = work_out()
        if keep:
            self._parts[name] = (inputs, answer)
        else:
            self._parts.pop(name, None)
        return answer

    def of(
        self,
        session: Session,
        records: Sequence[AttendanceRecord],
        away: Mapping[str, Person],
        away_key: object,
    ) -> SessionTally:
        """The tally of `session`, kept or counted now."""
        kept = self._kept.get(session.id)
        if kept is not None and kept[0] is session and kept[1] is records and kept[2] == away_key:
            return kept[3]
        counted = tally(session, records, away)
        self._kept[session.id] = (session, records, away_key, counted)
        return counted

    def clear(self) -> None:
        """Forget everything kept (another workspace)."""
        self._kept.clear()
        self._parts.clear()


def away_of(people: Sequence[Person]) -> tuple[dict[str, Person], tuple[object, ...]]:
    """The people with any time away, and a key that changes whenever their time away does."""
    away = {p.email: p for p in people if p.absences}
    return away, tuple(sorted((email, p.absences) for email, p in away.items()))


def mean_of_counts(values: Sequence[int]) -> float | int:
    """`statistics.mean` of integers, exactly as it rounds (an int when the mean is whole),
    without its fractions: a program of thousands has thousands of ratings."""
    total, n = sum(values), len(values)
    return total // n if total % n == 0 else total / n
