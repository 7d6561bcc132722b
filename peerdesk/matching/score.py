"""How well two people suit each other as peers, and why, in plain words.

A pair scores for what each can teach the other (the teacher's level against
the learner's current level and target), a bonus when both sides learn (a
true swap), shared weekly free time long enough for a session across their
timezones, and the lead's team preference; pairs that already met are
penalised or forbidden. Hard rules (manager or direct report, do-not-pair,
inactive) keep a pair out entirely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from peerdesk.domain import Person
from peerdesk.i18n import N_, _
from peerdesk.schedule.dates import weekday_short

SLOT_MINUTES = 15
SLOTS_PER_WEEK = 7 * 24 * 60 // SLOT_MINUTES


@dataclass(frozen=True)
class Weights:
    """The lead's weights; every number is points added to a pair's score."""

    teach_per_level: float = 10.0  # per level the learner gains (up to 3)
    swap_bonus: float = 15.0  # both sides learn something
    shared_time: float = 10.0  # a weekly slot both are free for the session length
    no_shared_time: float = -10.0  # both gave availability but none overlaps
    cross_team: float = 5.0  # positive prefers other teams, negative the same team
    met_before: float = -30.0  # pairs that already met (when history is penalised)
    base: float = 1.0  # any allowed pair beats leaving two people unpaired
    forbid_repeats: bool = False  # True: pairs that already met are never matched
    avoid_managers: bool = True  # never pair someone with their manager or a direct report


@dataclass(frozen=True)
class PairScore:
    """A pair's score with the reasons behind it."""

    score: float
    reasons: tuple[str, ...]


@dataclass
class Profile:
    """One person prepared for fast scoring: skills as dicts, free time as a bitmask."""

    person: Person
    teaches: dict[str, int]
    wants: dict[str, int | None]
    free: int  # bit i = 15-minute slot i of the week (UTC) is free
    display: dict[str, str] = field(default_factory=dict)


def week_reference(day: date) -> datetime:
    """Monday 00:00 UTC of the week holding `day`: the week availability is placed in."""
    monday = day - timedelta(days=day.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=ZoneInfo("UTC"))


def free_mask(person: Person, week: date) -> int:
    """The person's weekly windows as UTC 15-minute slots of the reference week."""
    mask = 0
    zone = ZoneInfo(person.timezone)
    reference = week_reference(week)
    monday = reference.date()
    for window in person.availability:
        day = monday + timedelta(days=window.weekday)
        start = datetime.combine(day, window.start, zone).astimezone(ZoneInfo("UTC"))
        end = datetime.combine(day, window.end, zone).astimezone(ZoneInfo("UTC"))
        first = int((start - reference).total_seconds() // 60 // SLOT_MINUTES)
        last = int((end - reference).total_seconds() // 60 // SLOT_MINUTES)
        for slot in range(first, last):
            mask |= 1 << (slot % SLOTS_PER_WEEK)
    return mask


def profile(person: Person, week: date) -> Profile:
    """Prepare one person for scoring."""
    return Profile(
        person,
        {t.skill.casefold(): t.level for t in person.teaches},
        {w.skill.casefold(): w.target for w in person.wants},
        free_mask(person, week),
        {s.skill.casefold(): s.skill for s in (*person.teaches, *person.wants)},
    )


def runs_of(mask: int, length: int) -> int:
    """Slots that start a run of `length` consecutive free slots."""
    run = mask
    for shift in range(1, length):
        run &= mask >> shift
    return run


def shared_slot(a: Profile, b: Profile, minutes: int) -> int | None:
    """The first UTC slot index where both are free for `minutes`, or None."""
    length = max(1, -(-minutes // SLOT_MINUTES))
    run = runs_of(a.free & b.free, length)
    if not run:
        return None
    return (run & -run).bit_length() - 1


def describe_slot(slot: int, minutes: int, person: Person, week: date) -> str:
    """A slot in words, in the person's own timezone: 'Tue 10:00-10:30 Europe/Berlin'."""
    start = (week_reference(week) + timedelta(minutes=slot * SLOT_MINUTES)).astimezone(
        ZoneInfo(person.timezone)
    )
    end = start + timedelta(minutes=minutes)
    return f"{weekday_short(start)} {start:%H:%M}-{end:%H:%M} {person.timezone}"


def slot_start(slot: int, week: date) -> datetime:
    """The UTC start of a slot of the reference week."""
    return week_reference(week) + timedelta(minutes=slot * SLOT_MINUTES)


def best_lesson(teacher: Profile, learner: Profile) -> tuple[int, str, int, int | None] | None:
    """The teacher's most useful skill for the learner: (gain, skill, teach level, target)."""
    best = None
    for skill, target in learner.wants.items():
        level = teacher.teaches.get(skill)
        if level is None:
            continue
        current = learner.teaches.get(skill, 0)
        gain = min(level, target if target is not None else level) - current
        if gain > 0:
            candidate = (min(gain, 3), learner.display.get(skill, skill), level, target)
            if best is None or candidate[0] > best[0] or (candidate[0] == best[0] and candidate[1] < best[1]):
                best = candidate
    return best


def hard_rule(
    a: Person, b: Person, weights: Weights, blocked: set[frozenset[str]], met: set[frozenset[str]]
) -> str | None:
    """Why a pair may not be matched at all, or None if it may."""
    if not (a.active and b.active):
        return "inactive"
    if weights.avoid_managers and (a.manager_email == b.email or b.manager_email == a.email):
        return _("manager and direct report")
    pair = frozenset((a.email, b.email))
    if pair in blocked:
        return _("on the do-not-pair list")
    if weights.forbid_repeats and pair in met:
        return _("already met")
    return None


def _gain(teacher: Profile, learner: Profile) -> int:
    best = 0
    for skill, target in learner.wants.items():
        level = teacher.teaches.get(skill)
        if level is not None:
            gain = min(level, level if target is None else target) - learner.teaches.get(skill, 0)
            if gain > best:
                best = gain
    return min(best, 3)


TEACHES = N_("{teacher} teaches {skill} (level {level}) -> {learner} wants {skill}{goal}")


def teaching_prefix(teacher: str, skill: str) -> str:
    """How a 'X teaches Y (level N) -> ...' reason begins in the language in force (to recognise it)."""
    template = _(TEACHES).split("{level}")[0]
    text = template.replace("{teacher}", teacher).replace("{skill}", skill)
    return text.split("{")[0]


def score_value(a: Profile, b: Profile, weights: Weights, length: int, met: set[frozenset[str]]) -> float:
    """The same number as `score_pair(...).score`, without the words: for scoring many candidates.

    `length` is the session length in 15-minute slots.
    """
    score = weights.base
    ab, ba = _gain(a, b), _gain(b, a)
    score += weights.teach_per_level * (ab + ba)
    if ab and ba:
        score += weights.swap_bonus
    if a.person.availability and b.person.availability:
        score += weights.shared_time if runs_of(a.free & b.free, length) else weights.no_shared_time
    if a.person.team and b.person.team and weights.cross_team:
        score += weights.cross_team if a.person.team != b.person.team else -weights.cross_team
    if met and frozenset((a.person.email, b.person.email)) in met:
        score += weights.met_before
    return round(score, 3)


def score_pair(
    a: Profile, b: Profile, weights: Weights, minutes: int, week: date, met: set[frozenset[str]]
) -> PairScore:
    """The score of an allowed pair and its reasons."""
    score = weights.base
    reasons: list[str] = []
    first = a.person.name.split()[0]
    second = b.person.name.split()[0]
    a_to_b, b_to_a = best_lesson(a, b), best_lesson(b, a)
    for teacher, learner, lesson in ((first, second, a_to_b), (second, first, b_to_a)):
        if lesson is not None:
            gain, skill, level, target = lesson
            score += weights.teach_per_level * gain
            goal = _(" (target {target})").format(target=target) if target is not None else ""
            reasons.append(
                _(TEACHES).format(teacher=teacher, skill=skill, level=level, learner=learner, goal=goal)
            )
    if a_to_b and b_to_a:
        score += weights.swap_bonus
        reasons.append(_("a true swap: both learn"))
    if a.person.availability and b.person.availability:
        slot = shared_slot(a, b, minutes)
        if slot is not None:
            score += weights.shared_time
            reasons.append(_("both free {value}").format(value=describe_slot(slot, minutes, a.person, week)))
        else:
            score += weights.no_shared_time
            reasons.append(
                _("no shared {minutes}-minute slot in their weekly availability").format(minutes=minutes)
            )
    if a.person.team and b.person.team and weights.cross_team:
        cross = a.person.team != b.person.team
        score += weights.cross_team if cross else -weights.cross_team
        reasons.append(
            f"{'different teams' if cross else 'same team'} ({a.person.team}"
            f"{', ' + b.person.team if cross else ''})"
        )
    if frozenset((a.person.email, b.person.email)) in met:
        score += weights.met_before
        reasons.append(_("have met before"))
    return PairScore(round(score, 3), tuple(reasons))
