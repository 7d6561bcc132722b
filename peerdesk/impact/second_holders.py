"""When a skill only one person holds gets a second holder: the planned shadow shifts and the pilots'
measured time-to-competency, put together for the window and the command line alike."""

from __future__ import annotations

from peerdesk.domain import Person
from peerdesk.impact.report import Impact
from peerdesk.roster.matrix import EXPERT_LEVEL
from peerdesk.roster.truck_factor import Projection, second_holders
from peerdesk.storage import Workspace


def projected_second_holders(
    workspace: Workspace, people: list[Person], level: int = EXPERT_LEVEL
) -> tuple[float | None, list[Projection]]:
    """The time-to-competency projected from (the newest pilot that measured one, else the baseline a
    lead entered; None when neither) and, for each skill with one holder, when a second is expected."""
    impact = Impact(workspace)
    days = None
    for program in sorted(impact.schedule.list_programs(), key=lambda p: p.start, reverse=True):
        measured = impact.kpis(program, people=people).time_to_competency_days
        days = measured if measured is not None else program.baseline_days
        if days is not None:
            break
    return days, second_holders(people, impact.schedule.list_sessions(), days, level=level)
