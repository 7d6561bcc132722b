"""The one benchmark table (benchmarks/run_all.py): what a reader sees, from made-up rows.

No benchmark runs here: the rows are invented, so the test is fast and checks only the
formatting, the pass/MISS rule, the JSON and Markdown forms, and that no benchmark script is
missing from run_all's registry.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_rows  # noqa: E402 - benchmarks/ is not a package on the path
import run_all  # noqa: E402
from bench_rows import Row, Target  # noqa: E402

START_UP = Row(
    "start-up, 5,000 people",
    323.0,
    "ms",
    107.0,
    "bare PySide6 window",
    Target(2, on="ratio"),
    benchmark="department",
)
EDIT = Row(
    "department, 5,000 people: undo (Ctrl+Z)",
    12.5,
    "ms",
    target=Target(50),
    note="worst 14.0 ms",
    benchmark="department",
)
SCORE = Row(
    "200 people: total score",
    6800.0,
    reference=6825.0,
    reference_name="networkx optimum",
    target=Target(0.9995, on="ratio", at_least=True, text="1.000x reference (same total)"),
    benchmark="matching_pairs",
)
INFO = Row("200 people: pairs", 0.19, "s", 0.52, "networkx blossom", benchmark="matching_pairs")
SKIPPED = bench_rows.skipped_row(
    "cyrus: publish again, nothing changed", "Cyrus IMAP is not installed", Target(1.0)
)
CRASHED = bench_rows.error_row("(whole benchmark)", "timed out after 300 s")


def test_a_missed_ratio_target_reads_miss_with_its_ratio() -> None:
    cells = bench_rows.table_cells(START_UP)
    assert cells[2:] == ("323 ms", "bare PySide6 window 107 ms", "3.02x", "<= 2x reference", "MISS")


def test_a_met_budget_reads_pass_and_its_ratio_says_it_is_against_the_target() -> None:
    cells = bench_rows.table_cells(EDIT)
    assert cells[2:] == ("12.5 ms (worst 14.0 ms)", "-", "0.25x of target", "<= 50 ms", "pass")


def test_a_score_short_of_the_optimum_is_a_miss_shown_to_three_decimals() -> None:
    assert bench_rows.table_cells(SCORE)[4:] == ("0.996x", "1.000x reference (same total)", "MISS")
    same = Row("s", 6825.0, reference=6825.0, target=SCORE.target)
    assert same.status == "pass"


def test_no_target_is_info_skipped_and_errors_say_why() -> None:
    assert INFO.status == "info"
    assert SKIPPED.status == "skipped: Cyrus IMAP is not installed"
    assert CRASHED.status == "error: timed out after 300 s"
    assert bench_rows.table_cells(SKIPPED)[2] == "-"


def test_the_text_table_is_aligned_and_counts_each_result() -> None:
    rows = [START_UP, EDIT, SCORE, INFO, SKIPPED, CRASHED]
    lines = bench_rows.text_table(rows).splitlines()
    assert lines[0].startswith("benchmark") and "reference (same run)" in lines[0]
    assert set(lines[1]) <= {"-", " "}
    result_column = lines[0].index("result")
    assert [line[result_column:].split(":")[0] for line in lines[2:]] == [
        "MISS",
        "pass",
        "MISS",
        "info",
        "skipped",
        "error",
    ]
    assert bench_rows.summary(rows) == "1 pass, 2 MISS, 1 info, 1 skipped, 1 error"


def test_markdown_has_one_row_per_figure_and_escapes_bars() -> None:
    odd = Row("a | b", 1.0, "s", benchmark="x")
    lines = bench_rows.markdown_table([START_UP, odd]).splitlines()
    assert lines[0] == "| benchmark | figure | value | reference (same run) | ratio | target | result |"
    assert lines[1] == "| --- | --- | ---: | --- | ---: | --- | --- |"
    assert lines[2] == (
        "| department | start-up, 5,000 people | 323 ms | bare PySide6 window 107 ms | 3.02x | <= 2x reference | MISS |"
    )
    assert "a \\| b" in lines[3]


def test_rows_survive_the_json_line_a_script_prints(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["x.py", "--json"])
    print("a human line first")
    bench_rows.emit([START_UP, SKIPPED], {"quick": True})
    rows, settings = bench_rows.find_rows(capsys.readouterr().out) or ([], {})
    assert settings == {"quick": True}
    assert [r.status for r in rows] == ["MISS", "skipped: Cyrus IMAP is not installed"]
    assert rows[0].target == START_UP.target and rows[0].ratio == START_UP.ratio


def test_without_json_a_script_prints_no_rows(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["x.py"])
    bench_rows.emit([START_UP])
    assert capsys.readouterr().out == ""


def test_results_json_and_markdown_carry_the_machine_and_say_quick(tmp_path: Path) -> None:
    info = {
        "date": "2026-12-05T10:00:00+00:00",
        "cpu_count": 2,
        "python": "3.11.9",
        "pyside6": "6.11.3",
        "qt": "6.11.3",
        "sqlite": "3.40.1",
        "platform": "Linux",
    }
    json_path, md_path = run_all.write_results([START_UP, EDIT], {}, info, True, None, tmp_path)
    data = json.loads(json_path.read_text())
    assert data["machine"]["cpu_count"] == 2 and data["quick"] is True
    assert data["rows"][0]["status"] == "MISS" and round(data["rows"][0]["ratio"], 2) == 3.02
    markdown = md_path.read_text()
    assert markdown.startswith("Measured 2026-12-05 by `benchmarks/run_all.py --quick` on 2 CPUs")
    assert "QUICK smoke run" in markdown and "Qt 6.11.3" in markdown and "SQLite 3.40.1" in markdown
    assert "| MISS |" in markdown and "| pass |" in markdown


def test_every_benchmark_script_is_in_the_registry() -> None:
    scripts = {p.name for p in BENCHMARKS.glob("*.py")} - set(run_all.HELPERS)
    assert scripts == {b.script for b in run_all.REGISTRY.values()}
    assert all((BENCHMARKS / b.script).exists() for b in run_all.REGISTRY.values())


def test_the_readme_shows_the_committed_results() -> None:
    """The README's measurement block is what run_all.py writes from benchmarks/results.json: the
    figures a reader sees are the ones measured, never edited by hand."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(bench_rows.README_START), readme.index(bench_rows.README_END)
    shown = readme[start : end + len(bench_rows.README_END)]
    assert shown == run_all.readme_from(BENCHMARKS / "results.json")


def test_the_readme_block_folds_each_tabs_edits_into_one_line() -> None:
    edits = [
        Row(
            f"department, 5,000 people: Schedule: {what}",
            value,
            "ms",
            target=Target(50),
            benchmark="department",
        )
        for what, value in (("undo (Ctrl+Z)", 12.0), ("move one session", 51.2))
    ]
    lines = bench_rows.readme_rows([*edits, START_UP, INFO])
    assert lines == [
        (
            "department",
            "department, 5,000 people: Schedule (2 edits)",
            "12.0-51.2 ms",
            "<= 50 ms",
            "MISS (1 of 2)",
        ),
        ("department", "start-up, 5,000 people", "323 ms (3.02x)", "<= 2x reference", "MISS"),
    ]
    section = bench_rows.readme_section("Measured today.", [*edits, START_UP, INFO])
    readme = f"intro\n{bench_rows.README_START}\nold\n{bench_rows.README_END}\noutro\n"
    assert bench_rows.replace_readme_section(readme, section) == f"intro\n{section}\noutro\n"
