"""The rows every benchmark reports, and the one table `run_all.py` makes of them.

Each benchmark script prints its figures for a person; with `--json` it also prints them as
rows, one JSON line at the end, so `run_all.py` can put every benchmark in one table. A row is
one figure: its value with a unit, the reference measured in the same run (when there is one),
the ratio, the target from issue #26 and whether it was met. This module holds that row, the
pass/miss rule and the three ways the table is written (aligned text, JSON, Markdown), so the
scripts and the runner agree on one format and a unit test can check it without running anything.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

JSON_FLAG = "--json"
QUICK_FLAG = "--quick"
ROWS_KEY = "peerdesk_benchmark_rows"  # marks the JSON line among the script's other output

PASS, MISS, INFO = "pass", "MISS", "info"


@dataclass(frozen=True)
class Target:
    """What a figure must reach: `limit` on its value (in the row's unit) or on its ratio.

    `at_least` turns "at most" into "at least" (a total score that must equal the reference's);
    `text` replaces the generated wording (e.g. "far under one 16 ms frame").
    """

    limit: float
    on: str = "value"  # "value" or "ratio"
    at_least: bool = False
    text: str = ""


@dataclass(frozen=True)
class Row:
    """One figure of one benchmark, as it appears in the table."""

    figure: str
    value: float | None
    unit: str = ""  # "ms", "s", or "" for a plain number (a score)
    reference: float | None = None  # in the row's unit, measured in the same run
    reference_name: str = ""  # what the reference is: "bare PySide6 window"
    target: Target | None = None
    note: str = ""  # what else a reader needs: "worst 14.2 ms", "CPU 3.1 s"
    skipped: str = ""  # why the figure was not measured (a server that is not installed)
    error: str = ""  # why the figure could not be measured (a crash, a time-out)
    benchmark: str = ""  # filled in by run_all from its registry
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """The value over the reference measured in the same run, else over a target on the value."""
        if self.value is None:
            return None
        if self.reference is not None:
            return self.value / self.reference if self.reference else math.inf
        if self.target is not None and self.target.on == "value" and self.target.limit:
            return self.value / self.target.limit
        return None

    @property
    def ratio_to(self) -> str:
        """What the ratio is taken against: "reference", "target", or "" when there is no ratio."""
        if self.ratio is None:
            return ""
        return "reference" if self.reference is not None else "target"

    @property
    def status(self) -> str:
        """ "pass", "MISS", "info" (no target), "skipped: why" or "error: why"."""
        if self.skipped:
            return f"skipped: {self.skipped}"
        if self.error or self.value is None:
            return f"error: {self.error or 'no value'}"
        if self.target is None:
            return INFO
        measured = self.value if self.target.on == "value" else self.ratio
        if measured is None:
            return "error: no reference for a ratio target"
        met = measured >= self.target.limit if self.target.at_least else measured <= self.target.limit
        return PASS if met else MISS


def skipped_row(figure: str, reason: str, target: Target | None = None) -> Row:
    """A figure that was not measured, and why; neither a pass nor a miss."""
    return Row(figure, None, target=target, skipped=reason)


def error_row(figure: str, reason: str) -> Row:
    """A figure (or a whole benchmark) that could not be measured: a crash or a time-out."""
    return Row(figure, None, error=reason)


# --- what a benchmark script does with its rows -------------------------------------------------


def json_wanted(argv: Sequence[str] | None = None) -> bool:
    """Whether the script was asked for its rows as a JSON line (`--json`)."""
    return JSON_FLAG in (sys.argv if argv is None else argv)


def quick_wanted(argv: Sequence[str] | None = None) -> bool:
    """Whether the script was asked for a smoke run: smaller sizes, fewer repetitions (`--quick`)."""
    return QUICK_FLAG in (sys.argv if argv is None else argv)


def row_to_dict(row: Row) -> dict[str, Any]:
    """A row as JSON-ready data, with its ratio and status worked out for readers of the file."""
    data = asdict(row)
    data["ratio"] = row.ratio
    data["ratio_to"] = row.ratio_to
    data["status"] = row.status
    data["target_text"] = target_text(row)
    return data


def row_from_dict(data: dict[str, Any]) -> Row:
    """A row read back from a script's JSON line (worked-out keys are ignored)."""
    target = data.get("target")
    return Row(
        figure=str(data["figure"]),
        value=None if data.get("value") is None else float(data["value"]),
        unit=str(data.get("unit", "")),
        reference=None if data.get("reference") is None else float(data["reference"]),
        reference_name=str(data.get("reference_name", "")),
        target=Target(**target) if target else None,
        note=str(data.get("note", "")),
        skipped=str(data.get("skipped", "")),
        error=str(data.get("error", "")),
        benchmark=str(data.get("benchmark", "")),
        details=dict(data.get("details") or {}),
    )


def emit(rows: Iterable[Row], settings: dict[str, Any] | None = None) -> None:
    """Print the rows as one JSON line (the last line of the script's output) when `--json` was given."""
    if not json_wanted():
        return
    line = {ROWS_KEY: [row_to_dict(r) for r in rows], "settings": settings or {}}
    print(json.dumps(line, allow_nan=False, default=str), flush=True)


def find_rows(stdout: str) -> tuple[list[Row], dict[str, Any]] | None:
    """The rows and settings in a script's output (its last JSON line of rows), or None."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if not line.startswith("{") or ROWS_KEY not in line:
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        return [row_from_dict(r) for r in data[ROWS_KEY]], dict(data.get("settings") or {})
    return None


# --- how a row reads ----------------------------------------------------------------------------


def format_number(value: float | None, unit: str) -> str:
    """A value with its unit, to the precision a reader can use: "12.3 ms", "1.84 s", "812.4"."""
    if value is None:
        return "-"
    if math.isinf(value):
        return "inf"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"
    text = f"{value:.1f}" if abs(value) < 10_000 else f"{value:.0f}"
    return f"{text} {unit}" if unit else text


def format_ratio(row: Row) -> str:
    """The ratio as "3.02x"; three decimals where the target is a ratio of at least some amount
    (a score that must equal the reference's: 0.998 must not read 1.00); " of target" when it is
    taken against the target rather than a reference."""
    ratio = row.ratio
    if ratio is None:
        return "-"
    if math.isinf(ratio):
        return "inf"
    if row.target is not None and row.target.on == "ratio" and row.target.at_least:
        text = f"{ratio:.3f}x"
    elif ratio < 0.1:
        text = f"{ratio:.2g}x"
    else:
        text = f"{ratio:.2f}x"
    return text if row.ratio_to == "reference" else f"{text} of target"


def format_reference(row: Row) -> str:
    """The reference as "bare PySide6 window 107 ms", or "-" when the target is the only yardstick."""
    if row.reference is None:
        return row.reference_name or "-"
    number = format_number(row.reference, row.unit)
    return f"{row.reference_name} {number}" if row.reference_name else number


def target_text(row: Row) -> str:
    """The target as a reader sees it: "<= 50 ms", "<= 2x reference", ">= 1.000x reference"."""
    target = row.target
    if target is None:
        return "-"
    if target.text:
        return target.text
    sign = ">=" if target.at_least else "<="
    if target.on == "ratio":
        limit = f"{target.limit:.3f}" if target.at_least else f"{target.limit:g}"
        return f"{sign} {limit}x reference"
    return f"{sign} {target.limit:g} {row.unit}".rstrip()


COLUMNS = ("benchmark", "figure", "value", "reference (same run)", "ratio", "target", "result")


def table_cells(row: Row) -> tuple[str, ...]:
    """The seven cells of a row, in the order of COLUMNS."""
    value = format_number(row.value, row.unit)
    if row.note and row.value is not None:
        value = f"{value} ({row.note})"
    return (
        row.benchmark,
        row.figure,
        value,
        format_reference(row),
        format_ratio(row),
        target_text(row),
        row.status,
    )


def text_table(rows: Sequence[Row]) -> str:
    """One aligned plain-text table of every row, for the terminal."""
    cells = [COLUMNS, *(table_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    right = {2, 4}  # numbers line up on the right

    def line(values: Sequence[str]) -> str:
        pairs = enumerate(zip(values, widths, strict=True))
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in pairs]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(COLUMNS), rule, *(line(c) for c in cells[1:])])


def markdown_cell(text: str) -> str:
    """A cell's text made safe inside a Markdown table (a "|" would start a new column)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(rows: Sequence[Row]) -> str:
    """The same table as GitHub-flavoured Markdown, numbers aligned right."""
    header = "| " + " | ".join(COLUMNS) + " |"
    align = "| " + " | ".join("---:" if i in (2, 4) else "---" for i in range(len(COLUMNS))) + " |"
    body = ["| " + " | ".join(markdown_cell(c) for c in table_cells(r)) + " |" for r in rows]
    return "\n".join([header, align, *body])


def summary(rows: Sequence[Row]) -> str:
    """How many figures passed, missed, were skipped or failed: "31 pass, 4 MISS, 2 skipped"."""
    counts: dict[str, int] = {}
    for row in rows:
        key = row.status.split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    order = [PASS, MISS, INFO, "skipped", "error"]
    return ", ".join(f"{counts[k]} {k}" for k in order if k in counts)


# --- the README's measurement section -----------------------------------------------------------

README_START = "<!-- measurements: written by benchmarks/run_all.py from benchmarks/results.json -->"
README_END = "<!-- end of measurements -->"


def _group(row: Row) -> str:
    """The figure a README line stands for: the edits by workspace and tab ("department, 5,000
    people: Schedule: undo (Ctrl+Z)" under "department, 5,000 people: Schedule"), every other
    figure on its own line."""
    parts = row.figure.split(": ")
    return ": ".join(parts[:2]) if len(parts) == 3 else row.figure


def readme_rows(rows: Sequence[Row]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, figure, value, target, result) for each figure with a target, the edits of one
    tab of one workspace folded into one line: the range of their medians, and how many missed."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.target is not None:
            groups.setdefault((row.benchmark, _group(row)), []).append(row)
    lines = []
    for (benchmark, figure), members in groups.items():
        if len(members) == 1:
            (row,) = members
            value = format_number(row.value, row.unit)
            if row.ratio_to == "reference":
                value += f" ({format_ratio(row)})"
            lines.append((benchmark, figure, value, target_text(row), row.status))
            continue
        values = [r.value for r in members if r.value is not None]
        unit = members[0].unit
        low, high = (
            (format_number(min(values), unit), format_number(max(values), unit)) if values else ("-", "-")
        )
        value = f"{low.removesuffix(' ' + unit)}-{high}" if values else "-"
        missed = sum(1 for r in members if r.status != PASS)
        result = PASS if not missed else f"{MISS} ({missed} of {len(members)})"
        lines.append((benchmark, f"{figure} ({len(members)} edits)", value, target_text(members[0]), result))
    return lines


def readme_section(heading: str, rows: Sequence[Row]) -> str:
    """The block between README_START and README_END: when and where, then one table."""
    table = ["| benchmark | figure | value | target | result |", "| --- | --- | ---: | --- | --- |"]
    table += ["| " + " | ".join(markdown_cell(c) for c in line) + " |" for line in readme_rows(rows)]
    return "\n".join(
        [README_START, "", heading, "", *table, "", f"All figures: {summary(rows)}.", "", README_END]
    )


def replace_readme_section(readme: str, section: str) -> str:
    """`readme` with its measurement block replaced by `section` (ValueError when it has none)."""
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        raise ValueError("the README has no measurement block (README_START ... README_END)")
    return readme[:start] + section + readme[end + len(README_END) :]
