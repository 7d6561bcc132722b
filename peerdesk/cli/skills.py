"""The `skills` commands: the skills matrix as a file, and the knowledge at risk."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk.atomic import output_reason
from peerdesk.cli.errors import CliError
from peerdesk.domain import Person
from peerdesk.i18n import _, nformat
from peerdesk.roster.matrix import build_matrix, knowledge_at_risk
from peerdesk.roster.matrix_export import write_matrix
from peerdesk.roster.service import Roster
from peerdesk.roster.truck_factor import Projection
from peerdesk.storage import check_output_path, open_workspace


def add_skills_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `skills matrix`, `skills at-risk` and `skills truck-factor` to the command line."""
    skills = commands.add_parser("skills", help=_("the skills matrix and the knowledge at risk"))
    actions = skills.add_subparsers(dest="skills_command", metavar="ACTION", required=True)
    matrix = actions.add_parser(
        "matrix", help=_("people as rows, skills as columns (level 0-4, or want:TARGET)")
    )
    matrix.add_argument("--out", type=Path, required=True, help=_("FILE.csv, FILE.xlsx or FILE.pdf"))
    matrix.add_argument("--group-by", choices=("team", "role"), help=_("rows grouped by team or role"))
    matrix.add_argument("--by-category", action="store_true", help=_("skill columns sorted by category"))
    matrix.add_argument("--active-only", action="store_true", help=_("leave inactive people out"))
    matrix.add_argument(
        "--page", choices=("a4", "letter"), help=_("paper size for .pdf (default: your locale's)")
    )
    risk = actions.add_parser(
        "at-risk", help=_("skills only one active person holds at level 3+, or wanted but taught by nobody")
    )
    risk.add_argument("--json", action="store_true", help=_("print a JSON list"))
    truck = actions.add_parser(
        "truck-factor", help=_("how many departures leave skills with nobody at level 3+ (Avelino's greedy)")
    )
    truck.add_argument("--share", type=float, default=0.5, help=_("share of skills lost that counts (0-1)"))
    truck.add_argument("--level", type=int, default=3, choices=range(1, 5), help=_("working level (1-4)"))
    truck.add_argument("--skill", action="append", help=_("only these skills (repeat the option)"))
    truck.add_argument("--what-if", metavar="PERSON", help=_("what this person (email or name) leaving does"))
    truck.add_argument("--json", action="store_true", help=_("print one JSON object"))


def _truck_factor(args: argparse.Namespace, people: list[Person], db: Path) -> int:
    """`skills truck-factor`: the greedy truck factor, its curve, and "what if PERSON leaves?"."""
    from peerdesk.roster.truck_factor import truck_factor, what_if_leaves

    if not 0 <= args.share < 1:
        raise CliError(
            _("--share {share}: use a number from 0 up to (not including) 1, e.g. 0.5").format(
                share=args.share
            )
        )
    names = {p.email: p.name for p in people}
    result = truck_factor(people, share=args.share, level=args.level, skills=args.skill)
    data: dict[str, object] = result.json(names)
    lines = result.lines(names)
    if args.what_if:
        key = args.what_if.strip().casefold()
        found = [p for p in people if key in (p.email.casefold(), p.name.casefold())]
        if len(found) != 1:
            if not found:
                raise CliError(_("--what-if '{name}': nobody by that name").format(name=args.what_if))
            raise CliError(_("--what-if '{name}': several people by that name").format(name=args.what_if))
        departure = what_if_leaves(
            people, found[0].email, share=args.share, level=args.level, skills=args.skill
        )
        data["what_if"] = departure.json()
        lines += departure.lines(names)
    days, projections = _projections(db, people, args.level)
    data["time_to_competency_days"] = days
    data["second_holders"] = [
        {
            "skill": p.skill,
            "holder": p.holder,
            "learner": p.learner,
            "first_shadow_shift": p.first_shift.isoformat() if p.first_shift else None,
            "expected": p.expected.isoformat() if p.expected else None,
        }
        for p in projections
    ]
    if projections:
        lines.append(
            _("When skills held by one person get a second holder")
            + (_(" (time-to-competency {days:g} days):").format(days=days) if days is not None else ":")
        )
        lines += [f"  {p.text(names)}" for p in projections]
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines))
    return 0


def _projections(db: Path, people: list[Person], level: int) -> tuple[float | None, list[Projection]]:
    """The planned shadow shifts and the pilots' time-to-competency, projected onto each skill with one
    holder (read-only)."""
    from peerdesk.impact.second_holders import projected_second_holders

    with open_workspace(db, read_only=True) as workspace:
        return projected_second_holders(workspace, people, level, always_measure=True)


def run_skills_command(args: argparse.Namespace, db: Path) -> int:
    """Dispatch `skills matrix`, `skills at-risk` and `skills truck-factor`."""
    if args.skills_command == "matrix":
        check_output_path(args.out, db)
    with open_workspace(db, read_only=True) as workspace:
        roster = Roster(workspace)
        people, skills = roster.people(), roster.skills()
        name = workspace.name
    if args.skills_command == "truck-factor":
        return _truck_factor(args, people, db)
    if args.skills_command == "at-risk":
        risks = knowledge_at_risk(people)
        if args.json:
            print(json.dumps([r.as_json() for r in risks], indent=2, ensure_ascii=False))
        elif not risks:
            print(_("No knowledge at risk: every skill held at level 3+ has two holders or more."))
        else:
            for risk in risks:
                print(risk.summary())
        return 0
    matrix = build_matrix(
        people,
        skills,
        group_by=args.group_by or "",
        skill_order="category" if args.by_category else "name",
        include_inactive=not args.active_only,
    )
    out: Path = args.out
    suffix = out.suffix.lower()
    try:
        if suffix == ".pdf":
            from peerdesk.printing.matrix import render_matrix
            from peerdesk.printing.paint.matrix_pdf import write_landscape_pdf  # Qt only for a PDF
            from peerdesk.printing.paint.pdf import page_size_from_name

            rendered = render_matrix(matrix, workspace=name, grouped_by=args.group_by or "")
            pages = write_landscape_pdf(rendered, out, page_size_from_name(args.page))
            print(nformat("Wrote {out} ({n} page)", "Wrote {out} ({n} pages)", pages, out=out))
            return 0
        if suffix not in (".csv", ".xlsx"):
            raise CliError(_("--out {out}: the file name must end in .csv, .xlsx or .pdf").format(out=out))
        write_matrix(matrix, out)
    except OSError as exc:
        raise CliError(
            _("{out}: cannot be written ({reason}); nothing was written").format(
                out=out, reason=output_reason(exc)
            )
        ) from exc
    people = nformat("{n} person", "{n} people", len(matrix.people))
    skills = nformat("{n} skill", "{n} skills", len(matrix.skills))
    print(_("Wrote {out} ({people}, {skills})").format(out=out, people=people, skills=skills))
    return 0
