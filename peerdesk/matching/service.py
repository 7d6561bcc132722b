"""Matching runs against a workspace: inputs from the roster and history, stored runs, Apply.

History ("who has met whom") comes from the schedule itself: two people have
met when both were in a non-cancelled session of at most six people, in any
program. Apply turns a stored run into sessions of the program (skill-swaps,
shadow shifts, pod meetings) at a time the members share and none of them is
booked, spread over the week; groups without such a time are named, not forced.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta
from itertools import combinations
from typing import TYPE_CHECKING

from peerdesk import clock, i18n
from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.i18n import _
from peerdesk.matching.score import Weights, best_lesson, profile
from peerdesk.matching.solvers import Group, MatchRequest, MatchResult, Unmatched, lesson_topic, run_matching
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.formats import display_name
from peerdesk.schedule.holidays import WORKING_DAYS
from peerdesk.schedule.service import Schedule, ScheduleChange, new_uid, program_last_day, week_start
from peerdesk.schedule.slots import Bookings, Spread, find_slot
from peerdesk.storage import Workspace
from peerdesk.storage.match_runs import MatchRunRepository, StoredRun

SMALL_GROUP = 6
MODE_FORMAT = {
    "pairs": "skill-swap",
    "rotation": "skill-swap",
    "mentor": "shadow-shift",
    "pods": "learning-pod",
}


if TYPE_CHECKING:
    from peerdesk.matching.certificate import Certificate


def result_json(result: MatchResult) -> dict[str, object]:
    """The documented JSON shape of a result (used by --json and by stored runs)."""

    def groups(items: tuple[Group, ...]) -> list[dict[str, object]]:
        return [
            {
                "members": list(g.members),
                "score": g.score,
                "reasons": list(g.reasons),
                "locked": g.locked,
                "facilitators": list(g.facilitators),
            }
            for g in items
        ]

    data: dict[str, object] = {
        "mode": result.mode,
        "seed": result.seed,
        "total_score": result.total_score,
        "groups": groups(result.groups),
        "unmatched": [{"email": u.email, "reason": u.reason} for u in result.unmatched],
        "notes": list(result.notes),
    }
    if result.rounds:
        data["rounds"] = [groups(r) for r in result.rounds]
    return data


def result_from_json(data: dict[str, object]) -> MatchResult:
    """Rebuild a result from its stored JSON."""

    def groups(items: object) -> tuple[Group, ...]:
        return tuple(
            Group(
                tuple(g["members"]),
                g["score"],
                tuple(g["reasons"]),
                g.get("locked", False),
                tuple(g.get("facilitators", ())),
            )
            for g in items
        )  # type: ignore[attr-defined,index]

    return MatchResult(
        str(data["mode"]),
        int(data["seed"]),
        groups(data["groups"]),  # type: ignore[call-overload]
        tuple(Unmatched(u["email"], u["reason"]) for u in data["unmatched"]),  # type: ignore[attr-defined,index]
        tuple(groups(r) for r in data.get("rounds", [])),  # type: ignore[attr-defined]
        tuple(data.get("notes", [])),  # type: ignore[arg-type]
    )


def days_nobody_is_away(people: list[Person], first: date, last: date) -> list[tuple[date, date]]:
    """The runs of days from `first` to `last` on which none of `people` is away."""
    runs: list[tuple[date, date]] = []
    day = first
    while day <= last:
        if any(p.away(day) for p in people):
            day += timedelta(days=1)
            continue
        end = day
        while end + timedelta(days=1) <= last and not any(p.away(end + timedelta(days=1)) for p in people):
            end += timedelta(days=1)
        runs.append((day, end))
        day = end + timedelta(days=2)
    return runs


class Matcher:
    """Runs, stores and applies matchings for one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.schedule = Schedule(workspace)
        self.runs = MatchRunRepository(workspace.db)
        self.certificate: Certificate | None = None  # of the newest pairs run (see `run`)

    def met_history(self) -> dict[frozenset[str], date]:
        """Every pair that has met, with the first date they met."""
        met: dict[frozenset[str], date] = {}
        for session in self.schedule.list_sessions():
            if session.status in ("cancelled", "skipped") or len(session.attendees) > SMALL_GROUP:
                continue
            for a, b in combinations(sorted(a.email for a in session.attendees), 2):
                pair = frozenset((a, b))
                met[pair] = min(met.get(pair, session.start.date()), session.start.date())
        return met

    def coverage(self, people: list[Person]) -> dict[str, float]:
        """Per team: the share of possible pairs of active members that have met."""
        met = self.met_history()
        teams: dict[str, list[str]] = {}
        for p in people:
            if p.active and p.team:
                teams.setdefault(p.team, []).append(p.email)
        return {
            team: (
                sum(frozenset(pair) in met for pair in combinations(members, 2))
                / max(1, len(members) * (len(members) - 1) // 2)
            )
            for team, members in sorted(teams.items())
        }

    def sat_out_counts(self) -> Counter[str]:
        """How often each person sat out an odd-numbered pairs run that was applied."""
        counts: Counter[str] = Counter()
        for run in self.runs.list_runs():
            if run.applied_at and run.mode == "pairs":
                for u in run.result.get("unmatched", []):  # type: ignore[attr-defined]
                    if _("odd number") in u["reason"]:
                        counts[u["email"]] += 1
        return counts

    def request(
        self,
        program: Program,
        mode: str,
        *,
        weights: Weights | None = None,
        seed: int = 0,
        size: int = 4,
        rounds: int = 4,
        topic: str = "",
        capacity: int = 2,
        pods_by: str = "role",
        odd: str = "trio",
        locked: list[tuple[str, ...]] | None = None,
        excluded: set[str] | None = None,
        skipping: set[str] | None = None,
        repeats: set[frozenset[str]] | None = None,
    ) -> MatchRequest:
        """Everything a run of `mode` on the program's members depends on."""
        members = set(program.members)
        people = [p for p in self.schedule.people.list_people() if p.email in members]
        away, away_rounds, away_weeks = self.absences(program, mode, people)
        return MatchRequest(
            mode=mode,
            people=people,
            weights=weights or Weights(),
            minutes=self.meeting_minutes(program, mode),
            week=program.start,
            seed=seed,
            size=size,
            rounds=rounds,
            topic=topic,
            capacity=capacity,
            pods_by=pods_by,
            odd=odd,
            met=self.met_history(),
            blocked=self.runs.blocked_pairs(),
            sat_out=self.sat_out_counts(),
            facilitated=self.schedule.facilitation_history(),
            locked=list(locked or []),
            excluded=set(excluded or ()),
            weeks=program.weeks,
            away=away,
            away_rounds=away_rounds,
            away_weeks=away_weeks,
            skipping=set(skipping or ()),
            repeats=set(repeats or ()),
        )

    def meeting_minutes(self, program: Program, mode: str) -> int:
        """How long a meeting of `mode` lasts: its format's length (a skill-swap's, a pod's), else the
        program's. The reasons judge shared free time and Apply places meetings with this one length."""
        formats = {f.key: f for f in self.schedule.formats()}
        fmt = formats.get(MODE_FORMAT.get(mode, ""))
        return fmt.minutes if fmt is not None else program.minutes

    def open_weeks(self, program: Program, not_before: date | None = None) -> list[int]:
        """The program's weeks not over yet (by the clock, or `not_before`)."""
        today = not_before or clock.today()
        return [w for w in range(1, program.weeks + 1) if self.week_days(program, w)[1] >= today]

    def absences(
        self, program: Program, mode: str, people: list[Person]
    ) -> tuple[dict[str, str], dict[int, dict[str, str]], dict[int, set[str]]]:
        """Who is away for a run: left out of it entirely (email -> why), per rotation round, per week.

        Pairs and mentor groups are matched for the first week still to come: someone away
        on any day of it sits this run out. A pod runs every week: only someone away for all
        the weeks still to come is left out; the weeks they are away skip them (and their
        turn to lead). Round N of a rotation meets in the N-th week still to come.
        """
        weeks = self.open_weeks(program)
        spans = {w: self.week_days(program, w) for w in range(1, program.weeks + 1)}

        def away_in(person: Person, week: int) -> str | None:
            absence = person.away(*spans[week])
            return _("away {dates}").format(dates=absence.span()) if absence else None

        away: dict[str, str] = {}
        for person in people:
            found = [why for w in weeks if (why := away_in(person, w))]
            if mode in ("pairs", "mentor") and weeks and away_in(person, weeks[0]):
                away[person.email] = _("{value}, in the week this run is for").format(
                    value=away_in(person, weeks[0])
                )
            elif mode == "pods" and weeks and len(found) == len(weeks):
                away[person.email] = _("{value}, for every week still to come").format(value=found[0])
        rounds = {
            n: {p.email: why for p in people if (why := away_in(p, w))} for n, w in enumerate(weeks, start=1)
        }
        by_week = {w: {p.email for p in people if away_in(p, w)} for w in spans}
        return away, {n: r for n, r in rounds.items() if r}, {w: e for w, e in by_week.items() if e}

    def run(self, program: Program, request: MatchRequest) -> tuple[int, MatchResult]:
        """Run and store a matching; returns the run id and the result."""
        result = run_matching(request)
        return self.runs.save(program.id, request.mode, request.seed, *self._record(request, result)), result

    def run_and_apply(
        self, program: Program, request: MatchRequest, not_before: datetime | None = None
    ) -> tuple[int, MatchResult, ScheduleChange]:
        """Run a matching, then store it and add its sessions in one transaction.

        A process killed between the two must not leave a run recorded as made
        whose sessions never reached the program (the proof comes first: it
        takes seconds on big programs, and nothing is written until it is done).
        """
        result = run_matching(request)
        record = self._record(request, result)
        with self.workspace.db.atomic():
            run_id = self.runs.save(program.id, request.mode, request.seed, *record)
            change = self.apply(program, self.stored(run_id), not_before=not_before)
        return run_id, result, change

    def _record(
        self, request: MatchRequest, result: MatchResult
    ) -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
        """What a run is stored as: its parameters, its inputs and its result with the certificate."""
        params = {
            k: v
            for k, v in {
                "size": request.size,
                "rounds": request.rounds,
                "topic": request.topic,
                "capacity": request.capacity,
                "pods_by": request.pods_by,
                "odd": request.odd,
                "weights": asdict(request.weights),
                "locked": [list(g) for g in request.locked],
                "excluded": sorted(request.excluded),
                "skipping": sorted(request.skipping),
                "repeats": sorted(sorted(pair) for pair in request.repeats),
            }.items()
        }
        inputs = {
            "people": sorted(p.email for p in request.people),
            "met": sorted([sorted(pair), day.isoformat()] for pair, day in request.met.items()),
            "blocked": sorted(sorted(pair) for pair in request.blocked),
            "week": request.week.isoformat(),
            "minutes": request.minutes,
        }
        stored = result_json(result)
        self.certificate = None  # the newest run's certificate (pairs, mentor), for the window and `match`
        if request.mode in ("pairs", "mentor"):  # kept with the run: 'How these pairs...' prints later
            from peerdesk.matching.certificate import certify

            self.certificate = certificate = certify(request, result)
            if certificate is not None:
                stored["certificate"] = certificate.json() | {"people": len(request.people)}
        return params, inputs, stored

    def plan_apply(
        self,
        program: Program,
        run: StoredRun,
        working_days: tuple[int, ...] = WORKING_DAYS,
        not_before: datetime | None = None,
    ) -> ScheduleChange:
        """The sessions a stored run becomes in the program (not yet saved).

        Each group meets at a time all its members share in their own
        timezones, where none of them is booked (in any program), on no public
        holiday, inside the program's weeks, on the least crowded day of the
        week. Pairs and mentor groups meet once, in the first week with such a
        time; round N of a rotation meets in the program's N-th week still to
        come; pods meet every remaining week. With `not_before` (aware), weeks
        and times before it are not used. A group with no such time is left out
        of the change and named in its notes; its draft session is in
        `unplaced`, for the lead to place by hand.
        """
        result = result_from_json(run.result)
        people = {p.email: p for p in self.schedule.people.list_people()}
        formats = {f.key: f for f in self.schedule.formats()}
        fmt_key = MODE_FORMAT[result.mode]
        with i18n.language(program.language):  # stored in the titles the pilot's people read
            fmt_name = display_name(formats[fmt_key]) if fmt_key in formats else fmt_key
        minutes = self.meeting_minutes(program, result.mode)
        bookings = self.schedule.bookings()
        spread = Spread()
        sessions: list[Session] = []
        unplaced: list[Session] = []
        notes: list[str] = []
        open_weeks = [
            w
            for w in range(1, program.weeks + 1)
            if not_before is None or self.week_days(program, w)[1] >= not_before.date()
        ]
        rounds = result.rounds or (result.groups,)
        for number, groups in enumerate(rounds, start=1):
            for group in groups:
                members = [people[e] for e in group.members if e in people]
                if len(members) < 2:
                    continue
                names = " & ".join(p.first_name for p in members)
                if result.mode == "pods":
                    meetings = [[w] for w in open_weeks]
                elif result.mode == "rotation":
                    meetings = [[open_weeks[number - 1]]] if number <= len(open_weeks) else [[]]
                else:
                    meetings = [open_weeks]
                for weeks in meetings:
                    week = weeks[0] if weeks else program.weeks
                    present = members
                    if result.mode == "pods" and weeks:  # a pod meets without those away that week
                        present = [p for p in members if not p.away(*self.week_days(program, week))]
                        if len(present) < 2:
                            notes.append(
                                _("{names}: week {week} has fewer than two members who are not away").format(
                                    names=names, week=week
                                )
                            )
                            continue
                    draft = self._draft(program, run.id, result.mode, group, present, week, fmt_key, fmt_name)
                    draft = replace(draft, minutes=minutes)
                    if not weeks:
                        unplaced.append(draft)
                        notes.append(
                            _("{names}: round {number} is beyond the program's remaining weeks").format(
                                names=names, number=number
                            )
                        )
                        continue
                    start = None
                    for week in weeks:
                        for first, last in days_nobody_is_away(present, *self.week_days(program, week)):
                            start = find_slot(
                                present,
                                first,
                                last,
                                program.timezone,
                                minutes,
                                bookings,
                                calendar=program.holidays,
                                working_days=working_days,
                                spread=spread,
                                not_before=not_before,
                            )
                            if start is not None:
                                break
                        if start is not None:
                            break
                    if start is None:
                        unplaced.append(draft)
                        notes.append(self._why_unplaced(program, present, weeks, minutes, working_days))
                        continue
                    session = replace(draft, start=start)
                    bookings.add(session)
                    spread.add(start)
                    sessions.append(session)
        return ScheduleChange(
            _("Apply {mode} matching to {name}").format(mode=result.mode, name=program.name),
            (),
            tuple(sessions),
            notes=tuple(notes),
            unplaced=tuple(unplaced),
        )

    def _draft(
        self,
        program: Program,
        run_id: int,
        mode: str,
        group: Group,
        members: list[Person],
        week: int,
        fmt_key: str,
        fmt_name: str,
    ) -> Session:
        leader = (
            group.facilitators[(week - 1) % len(group.facilitators)]
            if group.facilitators
            else self._teacher(members, program)
        )
        if leader not in {p.email for p in members}:  # the week's facilitator is away
            leader = members[0].email
        topic = lesson_topic(members[0], members[1], program.start) if len(members) == 2 else ""
        role = "observer" if mode == "mentor" else "learner"
        names = " & ".join(p.first_name for p in members)
        return Session(
            program_id=program.id or 0,
            title=f"{fmt_name}: {names}",
            start=week_start(program, min(week, program.weeks)),
            minutes=program.minutes,
            timezone=program.timezone,
            format_key=fmt_key,
            topic=topic,
            uid=new_uid("session"),
            attendees=tuple(
                [Attendee(leader, "facilitator")]
                + [Attendee(p.email, role) for p in members if p.email != leader]
            ),
            notes=f"From matching run {run_id} ({mode}): " + "; ".join(group.reasons[:3]),
        )

    def _teacher(self, members: list[Person], program: Program) -> str:
        if len(members) == 2:
            a, b = members
            pa, pb = profile(a, program.start), profile(b, program.start)
            ab, ba = best_lesson(pa, pb), best_lesson(pb, pa)
            if ba and (not ab or ba > ab):
                return b.email
        return members[0].email

    @staticmethod
    def week_days(program: Program, week: int) -> tuple[date, date]:
        """The first and last day of the program's week `week` (Monday to Sunday, inside the program)."""
        day = week_start(program, week).date()
        monday = day - timedelta(days=day.weekday())
        return max(monday, program.start), min(monday + timedelta(days=6), program_last_day(program))

    def _why_unplaced(
        self,
        program: Program,
        members: list[Person],
        weeks: list[int],
        minutes: int,
        working_days: tuple[int, ...],
    ) -> str:
        names = " & ".join(p.first_name for p in members)
        first, last = self.week_days(program, weeks[0])[0], self.week_days(program, weeks[-1])[1]
        free = find_slot(
            members,
            first,
            last,
            program.timezone,
            minutes,
            Bookings(),
            calendar=program.holidays,
            working_days=working_days,
        )
        when = (
            _("week {value}").format(value=weeks[0])
            if len(weeks) == 1
            else _("weeks {first}-{last}").format(first=weeks[0], last=weeks[-1])
        )
        when += f" ({local_date(first, '%d %b', 'dd MMM')} - {local_date(last, '%d %b', 'dd MMM')})"
        away = [
            _("{first_name} is away {dates}").format(first_name=p.first_name, dates=a.span())
            for p in members
            if (a := p.away(first, last))
        ]
        if away:
            away_text = "; ".join(away)
            return _(
                "{names}: {away_text}, and no {minutes}-minute time in {when} fits; pick one by hand"
            ).format(names=names, away_text=away_text, minutes=minutes, when=when)
        if free is None:
            return _(
                "{names}: no {minutes}-minute time in {when} when all of them are free; pick one by hand"
            ).format(names=names, minutes=minutes, when=when)
        return _(
            "{names}: every {minutes}-minute time all share in {when} is already booked; pick one by hand"
        ).format(names=names, minutes=minutes, when=when)

    def apply(self, program: Program, run: StoredRun, not_before: datetime | None = None) -> ScheduleChange:
        """Apply a stored run: its sessions join the program, and the run is marked applied (together)."""
        change = self.plan_apply(program, run, not_before=not_before)
        with self.workspace.db.atomic():
            change = self.schedule.apply(change)
            self.runs.mark_applied(run.id)
        return change

    def stored(self, run_id: int) -> StoredRun:
        """One stored run by id."""
        run = next((r for r in self.runs.list_runs() if r.id == run_id), None)
        if run is None:
            raise ValueError(_("there is no matching run {run_id}").format(run_id=run_id))
        return run
