"""The skills matrix as a printout: landscape pages of at most ten skills each.

A page as wide as a landscape sheet holds the name column and ten skill
columns, so a long skill name ("Accessibility") fits its header without
breaking; wider matrices are split into column chunks, each a table that
repeats the name column, and every table repeats its header row on each page
(QTextDocument does that for <thead>).
"""

from __future__ import annotations

from peerdesk.domain import LEVEL_NAMES
from peerdesk.i18n import N_, _
from peerdesk.printing.templates import Rendered, TemplateLibrary
from peerdesk.roster.matrix import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, NO_GROUP, WANT_COLOUR, SkillsMatrix

TEMPLATE = "skills_matrix.html"
SKILLS_PER_PAGE = 10  # a long skill name (Accessibility) fits its column at 6 pt without breaking
NAME_WIDTH = 18  # percent of the page width
# Translators: skill levels 0-4 in the skills matrix's legend
LEVEL_WORDS = {
    "aware": N_("aware"),
    "beginner": N_("beginner"),
    "practitioner": N_("practitioner"),
    "advanced": N_("advanced"),
    "expert": N_("expert"),
}


def matrix_context(
    matrix: SkillsMatrix, *, workspace: str = "", grouped_by: str = "", per_page: int = SKILLS_PER_PAGE
) -> dict[str, object]:
    """What the template sees: the legend and the matrix cut into column chunks."""
    group_at = {g.first: g.label for g in matrix.groups}
    chunks = []
    for first in range(0, len(matrix.skills), per_page):
        columns = range(first, min(first + per_page, len(matrix.skills)))
        rows = []
        for r, person in enumerate(matrix.people):
            cells = []
            for c in columns:
                cell = matrix.cell(r, c)
                cells.append(
                    {
                        "level": cell.level,
                        "wants": cell.wants,
                        "target": cell.target,
                        "colour": LEVEL_COLOURS[cell.level] if cell.level is not None else "",
                        "text_colour": LEVEL_TEXT_COLOURS[cell.level] if cell.level is not None else "",
                    }
                )
            label = group_at.get(r, "")
            rows.append(
                {
                    "name": person.name if person.active else _("{name} (inactive)").format(name=person.name),
                    "group": (_("no {field}").format(field=grouped_by) if label == NO_GROUP else label)
                    if label
                    else "",
                    "cells": cells,
                }
            )
        chunks.append(
            {
                "first": first + 1,
                "last": columns[-1] + 1,
                "skills": [matrix.skills[c] for c in columns],
                "width": round((100 - NAME_WIDTH) / per_page, 2),
                "rows": rows,
            }
        )
    return {
        "workspace": workspace,
        "grouped_by": grouped_by,
        "people": [p.name for p in matrix.people],
        "people_count": len(matrix.people),
        "skill_count": len(matrix.skills),
        "chunks": chunks,
        "name_width": NAME_WIDTH,
        "want_colour": WANT_COLOUR,
        "legend": [
            {
                "value": i,
                "name": _(LEVEL_WORDS.get(name, name)),
                "colour": LEVEL_COLOURS[i],
                "text_colour": LEVEL_TEXT_COLOURS[i],
            }
            for i, name in enumerate(LEVEL_NAMES)
        ],
    }


def render_matrix(
    matrix: SkillsMatrix,
    library: TemplateLibrary | None = None,
    *,
    workspace: str = "",
    grouped_by: str = "",
) -> Rendered:
    """The matrix rendered through the (overridable) skills_matrix.html template."""
    context = matrix_context(matrix, workspace=workspace, grouped_by=grouped_by)
    text = (library or TemplateLibrary()).render(TEMPLATE, context)
    return Rendered(_("Skills matrix"), text, True, program=workspace)
