"""The truck factor of the skills matrix: how many departures leave skills without anyone who can do them.

The greedy method of Avelino et al. ("A novel approach for estimating truck
factors", ICPC 2016; the CHAOSS "Bus Factor" metric), with skills for files
and holders for authors: among active people, a skill is covered while
someone holds it at the working level (3, advanced, by default, as for the
knowledge at risk). Holders are ranked once by how many skills they hold
(ties: by name) and leave in that order; the truck factor is how many have
left when more than `share` of the skills are no longer covered (Avelino:
half). Being greedy, it is an estimate: a cleverer choice of leavers can
need fewer. The
curve is the skills still covered after each departure. Alongside, exactly:
the fewest departures that leave at least one skill uncovered (its holders),
and for each skill with one holder, when planned shadow shifts are expected
to give it a second (the first shift plus the pilot's time-to-competency).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from peerdesk.domain import Person, Session
from peerdesk.i18n import _, nformat
from peerdesk.roster.matrix import EXPERT_LEVEL
from peerdesk.schedule.dates import local_date

DEFAULT_SHARE = 0.5
NAMES_SHOWN = 8  # leavers named in the sentence (all of them are in the JSON)


@dataclass(frozen=True)
class TruckFactor:
    """The greedy truck factor with its curve, and the fewest departures that cost one skill."""

    factor: int  # departures until more than `share` of the skills are uncovered (0: no skills)
    share: float
    level: int
    skills: tuple[str, ...]  # the skills covered at the start
    departures: tuple[str, ...]  # emails, in the greedy order, until nothing is covered
    curve: tuple[int, ...]  # skills still covered after 0, 1, 2, ... departures
    fewest: int  # the fewest departures that leave some skill uncovered (exact)
    weakest: tuple[str, ...]  # the skills with that few holders

    def json(self, names: dict[str, str] | None = None) -> dict[str, object]:
        """The documented JSON shape of `skills truck-factor --json`."""
        names = names or {}
        return {
            "truck_factor": self.factor,
            "share": self.share,
            "level": self.level,
            "skills": len(self.skills),
            "departures": [{"email": e, "name": names.get(e, e)} for e in self.departures],
            "curve": list(self.curve),
            "fewest_to_lose_a_skill": self.fewest,
            "weakest_skills": list(self.weakest),
        }

    def lines(self, names: dict[str, str] | None = None) -> list[str]:
        """The result in a few sentences for a team lead."""
        names = names or {}
        if not self.skills:
            return [
                _("No skill is held at level {level} or more by an active person.").format(level=self.level)
            ]
        leavers = [names.get(e, e) for e in self.departures[: self.factor]]
        who = ", ".join(leavers[:NAMES_SHOWN])
        if len(leavers) > NAMES_SHOWN:
            who += _more(len(leavers) - NAMES_SHOWN)
        weakest = ", ".join(self.weakest[:NAMES_SHOWN])
        share = f"{self.share:.0%}"
        if len(self.weakest) > NAMES_SHOWN:
            weakest += _more(len(self.weakest) - NAMES_SHOWN)
        return [
            nformat(
                "Truck factor {factor}: if {who} left, more than {share} of the {n} skill held at "
                "level {level}+ would have nobody left who holds them.",
                "Truck factor {factor}: if {who} left, more than {share} of the {n} skills held at "
                "level {level}+ would have nobody left who holds them.",
                len(self.skills),
                factor=self.factor,
                who=who,
                share=share,
                level=self.level,
            ),
            nformat(
                "One skill is lost with {n} departure: {skills}",
                "One skill is lost with {n} departures: {skills}",
                self.fewest,
                skills=weakest,
            ),
            _("Skills still covered as people leave: {curve}").format(curve=_curve(self.curve)),
        ]


def _more(n: int) -> str:
    """' and 3 more' after the names shown."""
    return " " + nformat("and {n} more", "and {n} more", n)


def _curve(curve: tuple[int, ...]) -> str:
    """The curve as 'N -> N -> ...', the long flat tail cut short."""
    shown = [str(c) for c in curve[:40]]
    return " -> ".join(shown) + (
        " -> ... -> "
        + nformat("{last} ({n} departure)", "{last} ({n} departures)", len(curve) - 1, last=curve[-1])
        if len(curve) > 40
        else ""
    )


@dataclass(frozen=True)
class Departure:
    """What one person leaving would do to the skills."""

    email: str
    share: float
    lost: tuple[str, ...]  # skills nobody else holds at the level
    single: tuple[tuple[str, str], ...]  # (skill, the one holder left): newly at risk
    before: int
    after: int  # further departures (the greedy way) until more than `share` of the skills are uncovered

    def json(self) -> dict[str, object]:
        """The documented JSON shape of `skills truck-factor --what-if`."""
        return {
            "email": self.email,
            "lost": list(self.lost),
            "one_holder_left": [{"skill": s, "holder": e} for s, e in self.single],
            "truck_factor_before": self.before,
            "departures_after": self.after,
        }

    def lines(self, names: dict[str, str] | None = None) -> list[str]:
        """The answer in words."""
        names = names or {}
        name = names.get(self.email, self.email)
        if self.lost:
            lost = _("If {name} leaves: {skills} would have nobody left.").format(
                name=name, skills=", ".join(self.lost)
            )
        else:
            lost = _("If {name} leaves: no skill is lost.").format(name=name)
        lines = [lost]
        if self.single:
            single = "; ".join(f"{s} ({names.get(e, e)})" for s, e in self.single)
            lines.append(_("Only one holder left: {skills}").format(skills=single))
        share = f"{self.share:.0%}"
        lines.append(
            nformat(
                "Truck factor {before} today; after {name} leaves, {n} more departure would leave more "
                "than {share} of the skills uncovered.",
                "Truck factor {before} today; after {name} leaves, {n} more departures would leave more "
                "than {share} of the skills uncovered.",
                self.after,
                before=self.before,
                name=name,
                share=share,
            )
        )
        return lines


def holders(
    people: Iterable[Person], level: int = EXPERT_LEVEL, skills: Iterable[str] | None = None
) -> dict[str, set[str]]:
    """Each skill (first spelling seen) held at `level`+ by active people, with their emails."""
    wanted = {s.casefold() for s in skills} if skills is not None else None
    display: dict[str, str] = {}
    found: dict[str, set[str]] = {}
    for person in people:
        if not person.active:
            continue
        for taught in person.teaches:
            key = taught.skill.casefold()
            if taught.level >= level and (wanted is None or key in wanted):
                display.setdefault(key, taught.skill)
                found.setdefault(key, set()).add(person.email)
    return {display[k]: v for k, v in sorted(found.items())}


def truck_factor(
    people: Iterable[Person],
    *,
    share: float = DEFAULT_SHARE,
    level: int = EXPERT_LEVEL,
    skills: Iterable[str] | None = None,
    held: dict[str, set[str]] | None = None,
) -> TruckFactor:
    """The greedy truck factor (Avelino et al.) over active people, with its curve (`held`: the
    holders when the caller knows them already, as `holders(people, level, skills)` gives them)."""
    if not 0 <= share < 1:
        raise ValueError(_("share {share}: use a number from 0 up to (not including) 1").format(share=share))
    people = list(people)
    held = holders(people, level, skills) if held is None else held
    departures, curve, factor = _greedy(held, {p.email: p.name.casefold() for p in people}, share)
    fewest = min((len(e) for e in held.values()), default=0)
    weakest = tuple(s for s, e in held.items() if len(e) == fewest)
    return TruckFactor(factor, share, level, tuple(held), tuple(departures), tuple(curve), fewest, weakest)


def _greedy(
    held: dict[str, set[str]], names: dict[str, str], share: float, first: str | None = None
) -> tuple[list[str], list[int], int]:
    """Departures (holders ranked once by skills held, `first` first), the curve, and the truck factor."""
    skills_of: dict[str, list[str]] = {}
    for skill, emails in held.items():
        for e in emails:
            skills_of.setdefault(e, []).append(skill)
    order = sorted(skills_of, key=lambda e: (-len(skills_of[e]), names.get(e, ""), e))
    if first is not None:
        order = [first] + [e for e in order if e != first]
    remaining = {skill: len(emails) for skill, emails in held.items()}
    covered = len(held)
    departures: list[str] = []
    curve = [covered]
    factor = 0
    for top in order:
        if not covered:
            break
        departures.append(top)
        for skill in skills_of.get(top, ()):
            remaining[skill] -= 1
            covered -= remaining[skill] == 0
        curve.append(covered)
        if not factor and len(held) - covered > share * len(held):
            factor = len(departures)
    return departures, curve, factor


def what_if_leaves(
    people: Iterable[Person],
    email: str,
    *,
    share: float = DEFAULT_SHARE,
    level: int = EXPERT_LEVEL,
    skills: Iterable[str] | None = None,
) -> Departure:
    """What `email` leaving does: skills lost, skills left with one holder, the truck factor after."""
    people = list(people)
    if not any(p.email.casefold() == email.casefold() for p in people):
        raise ValueError(_("'{email}' is not in the roster").format(email=email))
    email = next(p.email for p in people if p.email.casefold() == email.casefold())
    skill_list = list(skills) if skills is not None else None
    held = holders(people, level, skill_list)
    lost = tuple(s for s, e in held.items() if e == {email})
    single = tuple((s, next(iter(e - {email}))) for s, e in held.items() if email in e and len(e) == 2)
    names = {p.email: p.name.casefold() for p in people}
    before = _greedy(held, names, share)[2]
    with_them_first = _greedy(held, names, share, first=email)[2]
    return Departure(email, share, lost, single, before, max(0, with_them_first - 1))


@dataclass(frozen=True)
class Projection:
    """When a skill held by one person is expected to get a second holder."""

    skill: str
    holder: str  # the single holder's email
    learner: str | None  # the shadow expected to get there first
    first_shift: date | None  # that learner's first planned shadow shift on the skill
    expected: date | None  # first_shift + the time-to-competency

    def text(self, names: dict[str, str] | None = None) -> str:
        """The projection in a sentence."""
        names = names or {}
        holder = names.get(self.holder, self.holder)
        if self.learner is None or self.first_shift is None:
            return _("{skill}: only {holder}; no shadow shift planned yet").format(
                skill=self.skill, holder=holder
            )
        learner = names.get(self.learner, self.learner)
        if self.expected is None:
            return _(
                "{skill}: {learner} shadows {holder} from {first_shift}; no "
                "time-to-competency measured yet to project from"
            ).format(
                skill=self.skill,
                learner=learner,
                holder=holder,
                first_shift=local_date(self.first_shift, "%d %b %Y", "dd MMM y"),
            )
        return _(
            "{skill}: a second holder expected around {expected} "
            "({learner}, shadowing {holder} from {first_shift})"
        ).format(
            skill=self.skill,
            expected=local_date(self.expected, "%d %b %Y", "dd MMM y"),
            learner=learner,
            holder=holder,
            first_shift=local_date(self.first_shift, "%d %b %Y", "dd MMM y"),
        )


def second_holders(
    people: Iterable[Person],
    sessions: Iterable[Session],
    days: float | None,
    *,
    level: int = EXPERT_LEVEL,
    held: dict[str, set[str]] | None = None,
) -> list[Projection]:
    """For each skill one active person holds at `level`+: who is shadowing them on it, and when a
    second holder is expected (their first planned or held shadow shift + `days`, the pilot's
    time-to-competency; None when not measured yet). A shadow shift is on the skill when its topic
    or its title names it and the holder leads it."""
    if held is None:
        held = holders(people, level)
    held = {skill: emails for skill, emails in held.items() if len(emails) == 1}
    shifts = [s for s in sessions if s.format_key == "shadow-shift" and s.status in ("planned", "held")]
    projections = []
    for skill, emails in held.items():
        holder = next(iter(emails))
        key = skill.casefold()
        first: dict[str, date] = {}
        for s in shifts:
            if holder in s.facilitators and (key == s.topic.casefold() or key in s.title.casefold()):
                for a in s.attendees:
                    if a.email != holder:
                        first[a.email] = min(first.get(a.email, s.start.date()), s.start.date())
        learner = min(first, key=lambda e: (first[e], e)) if first else None
        start = first.get(learner) if learner else None
        expected = start + timedelta(days=round(days)) if start and days is not None else None
        projections.append(Projection(skill, holder, learner, start, expected))
    return sorted(projections, key=lambda p: (p.expected is None, p.expected or date.max, p.skill.casefold()))
