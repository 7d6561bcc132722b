"""The skills matrix as files a lead opens in a spreadsheet: CSV and Excel (.xlsx).

Both files hold the same table: Name, Email, Team, Role, then one column per
skill with the level (0-4) as the value, or `want:TARGET` where the person
wants the skill and does not teach it. Text a person typed never becomes a
formula: CSV cells starting with = + - @ tab or CR get a leading quote, and
.xlsx cells are written as text, never as formulas.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from peerdesk.atomic import write_bytes_atomically, write_text_atomically
from peerdesk.domain import LEVEL_NAMES
from peerdesk.i18n import _
from peerdesk.roster.csv_io import _neutralise as neutralise
from peerdesk.roster.matrix import (
    LEVEL_COLOURS,
    LEVEL_TEXT_COLOURS,
    WANT_COLOUR,
    SkillsMatrix,
)

FIXED_COLUMNS = 4  # Name, Email, Team, Role
EXPORT_SUFFIXES = (".csv", ".xlsx")


def write_matrix_csv(matrix: SkillsMatrix, path: Path) -> None:
    """Write the matrix as CSV (UTF-8), atomically, with formulas neutralised."""
    rows = [[neutralise(cell) for cell in row] for row in matrix.rows()]
    write_text_atomically(Path(path), lambda handle: csv.writer(handle).writerows(rows))


def _clean(text: str) -> str:
    """Drop the control characters XML (and so .xlsx) cannot hold."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _argb(colour: str) -> str:
    """'#0b4f8c' as Excel's opaque ARGB 'FF0B4F8C'."""
    return "FF" + colour.lstrip("#").upper()


def write_matrix_xlsx(matrix: SkillsMatrix, path: Path) -> None:
    """Write the matrix as an Excel workbook: coloured levels, frozen header and names, a legend."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _("Skills matrix")
    fills = [PatternFill("solid", start_color=_argb(c), end_color=_argb(c)) for c in LEVEL_COLOURS]
    fonts = [Font(color=_argb(c)) for c in LEVEL_TEXT_COLOURS]
    want_font = Font(color=_argb(WANT_COLOUR), bold=True)
    bold = Font(bold=True)

    def text_cell(row: int, column: int, value: str) -> object:
        cell = sheet.cell(row=row, column=column)
        cell.value = _clean(value)
        cell.data_type = TYPE_STRING  # never a formula, whatever the text starts with
        return cell

    header = ["Name", "Email", "Team", "Role", *matrix.skills]
    for c, title in enumerate(header, start=1):
        cell = text_cell(1, c, title)
        cell.font = bold
        if c > FIXED_COLUMNS:
            cell.alignment = Alignment(text_rotation=90, horizontal="center")
            category = matrix.categories[c - FIXED_COLUMNS - 1]
            if category:
                cell.comment = Comment(
                    _clean(_("Category: {category}").format(category=category)), "PeerDesk"
                )
    for r, person in enumerate(matrix.people, start=2):
        for c, value in enumerate((person.name, person.email, person.team, person.role), start=1):
            text_cell(r, c, value)
        for column, found in matrix.cells[r - 2].items():
            cell = sheet.cell(row=r, column=FIXED_COLUMNS + 1 + column)
            if found.level is not None:
                cell.value = found.level
                cell.fill = fills[found.level]
                cell.font = fonts[found.level]
            else:
                text_cell(r, FIXED_COLUMNS + 1 + column, found.text())
                cell.font = want_font
            cell.alignment = Alignment(horizontal="center")
    sheet.freeze_panes = sheet.cell(row=2, column=2)  # header row and the name column stay in view
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 28
    for c in range(FIXED_COLUMNS + 1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 5
    if matrix.people and matrix.skills:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(matrix.people) + 1}"

    legend = book.create_sheet("Legend")
    legend.append(["Value", "Meaning"])
    for level, name in enumerate(LEVEL_NAMES):
        legend.append([level, name])
        legend.cell(row=level + 2, column=1).fill = fills[level]
        legend.cell(row=level + 2, column=1).font = fonts[level]
    legend.append(["want:N", _("wants to learn it, aiming for level N (and does not teach it)")])
    legend.append(["want", _("wants to learn it (no target level given)")])
    legend.column_dimensions["B"].width = 60

    buffer = io.BytesIO()  # whole in memory first, so a full disk cannot leave openpyxl half-way
    book.save(buffer)
    write_bytes_atomically(Path(path), buffer.getvalue())


def write_matrix(matrix: SkillsMatrix, path: Path) -> None:
    """Write by extension: .csv or .xlsx (ValueError for anything else)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_matrix_csv(matrix, path)
    elif suffix == ".xlsx":
        write_matrix_xlsx(matrix, path)
    else:
        raise ValueError(_("{path}: the file name must end in .csv or .xlsx").format(path=path))
