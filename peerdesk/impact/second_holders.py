"""When a skill only one person holds gets a second holder: the planned shadow shifts and the pilots'
measured time-to-competency, put together for the window and the command line alike."""

from __future__ import annotations

from peerdesk.domain import Person
from peerdesk.impact.report import Impact
from peerdesk.roster.matrix import EXPERT_LEVEL
from peerdesk.roster.truck_factor import Projection, holders, second_holders
from peerdesk.storage import Workspace


def projected_second_holders(
    workspace: Workspace,
    people: list[Person],
    level: int = EXPERT_LEVEL,
    *,
    always_measure: bool = False,
    held: dict[str, set[str]] | None = None,
) -> tuple[float | None, list[Projection]]:
    """The time-to-competency projected from (the newest pilot that measured one, else the baseline a
    lead entered; None when neither) and, for each skill with one holder, when a second is expected.

    Each step runs only when the one before leaves something to answer: no skill with one holder
    reads no session, and no shadow shift planned on one computes no KPI (the window asks again
    after every edit while the skills matrix is shown). `always_measure` reports the time-to-competency
    even when nothing uses it (the command line prints it). `held`: the holders, when the caller
    knows them already (as `holders(people, level)` gives them).
    """
    if held is None:
        held = holders(people, level)
    if not always_measure and not any(len(emails) == 1 for emails in held.values()):
        return None, []
    impact = Impact(workspace)
    # only shadow shifts count, and only theirs are read with their attendees (a program of a whole
    # department has thousands per session, and the matrix asks after every edit)
    repo = impact.schedule.sessions
    shifts = [s.id for s in repo.list_sessions(attendees=False) if s.format_key == "shadow-shift"]
    sessions = repo.list_sessions(ids=shifts)
    unmeasured = second_holders(people, sessions, None, level=level, held=held)
    if not always_measure and not any(p.first_shift for p in unmeasured):
        return None, unmeasured
    days = None
    for program in sorted(impact.schedule.list_programs(), key=lambda p: p.start, reverse=True):
        measured = impact.kpis(program, people=people).time_to_competency_days
        days = measured if measured is not None else program.baseline_days
        if days is not None:
            break
    return days, second_holders(people, sessions, days, level=level, held=held)
