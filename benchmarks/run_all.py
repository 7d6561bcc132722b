"""One benchmark command: run every benchmark, print one table, write it as JSON and Markdown.

Issue #26 asks for one place to read every figure against its target. Each script in
`benchmarks/` runs in its own child process with `--json` (and `--quick` when asked), so a
crash or a hang (each has a time-out) costs only its own rows, and no memory, import or Qt
state carries from one benchmark to the next. The rows each prints come back as one table:
figure, value, the reference measured in the same run, the ratio, the target and pass/MISS;
written to `benchmarks/results.json` (with the machine it ran on) and `benchmarks/results.md`
(ready for the README's measurement section).

Run: .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_rows import (  # noqa: E402 - after the path set-up, as the scripts run
    JSON_FLAG,
    QUICK_FLAG,
    ROWS_KEY,
    Row,
    error_row,
    find_rows,
    markdown_table,
    readme_section,
    replace_readme_section,
    row_from_dict,
    row_to_dict,
    summary,
    text_table,
)


@dataclass(frozen=True)
class Benchmark:
    """A script in `benchmarks/` and how long it may take, full and quick, before it is stopped."""

    script: str
    timeout: float  # seconds, full run
    quick_timeout: float  # seconds, --quick


# Every benchmark script, in the order they run (cheapest first). A new script in benchmarks/ must
# be added here or to HELPERS: tests/test_benchmarks_table.py fails otherwise.
REGISTRY: dict[str, Benchmark] = {
    "skill_gaps": Benchmark("skill_gaps.py", 600, 180),
    "skills_matrix": Benchmark("skills_matrix.py", 600, 180),
    "invites_export": Benchmark("invites_export.py", 900, 300),
    "startup_and_filter": Benchmark("startup_and_filter.py", 900, 300),
    "matching_pairs": Benchmark("matching_pairs.py", 1800, 300),
    "matching_certificate": Benchmark("matching_certificate.py", 1800, 300),
    "rotation": Benchmark("rotation.py", 1800, 300),
    "department": Benchmark("department.py", 3600, 900),
    "scale_probe": Benchmark("scale_probe.py", 3600, 900),
    "publish_caldav": Benchmark("publish_caldav.py", 3600, 600),
}
# Modules in benchmarks/ that are not benchmarks.
HELPERS = ("run_all.py", "bench_rows.py")

QUICK_NOTE = (
    "QUICK smoke run (--quick): smaller sizes and fewer repetitions than issue #26's; "
    "the figures check that every benchmark runs, they are not the measurement."
)


def child_environment() -> dict[str, str]:
    """The environment of a benchmark: this checkout first on the path, Qt without a display."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def stop(process: subprocess.Popen[str]) -> None:
    """End a benchmark that ran over its time, and every process it started (servers, start-ups)."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except ProcessLookupError:
        pass


def last_line(text: str) -> str:
    """The last non-empty line of a child's error output: usually the exception."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip()[:300] if lines else ""


def run_one(name: str, quick: bool, timeout: float | None = None) -> tuple[list[Row], dict[str, Any]]:
    """Run one benchmark in its own process; its rows (or one error row) and what happened."""
    bench = REGISTRY[name]
    limit = timeout or (bench.quick_timeout if quick else bench.timeout)
    command = [sys.executable, str(HERE / bench.script), JSON_FLAG, *([QUICK_FLAG] if quick else [])]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=child_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=os.name == "posix",  # its own process group, so a time-out stops all of it
    )
    try:
        stdout, stderr = process.communicate(timeout=limit)
        timed_out = False
    except subprocess.TimeoutExpired:
        stop(process)
        stdout, stderr = process.communicate()
        timed_out = True
    seconds = time.perf_counter() - started
    found = find_rows(stdout)
    run: dict[str, Any] = {
        "script": f"benchmarks/{bench.script}",
        "seconds": round(seconds, 1),
        "exit_code": process.returncode,
        "timed_out": timed_out,
        "output": "\n".join(line for line in stdout.splitlines() if ROWS_KEY not in line),
    }
    if timed_out:
        reason = f"timed out after {limit:g} s"
    elif process.returncode != 0:
        reason = f"exit code {process.returncode}: {last_line(stderr) or 'no message'}"
    elif found is None:
        reason = "printed no rows (was --json handled?)"
    else:
        reason = ""
    if reason:
        run["stderr_tail"] = "\n".join(stderr.splitlines()[-30:])
    rows, settings = found or ([], {})
    run["settings"] = settings
    if reason:
        rows = [*rows, error_row("(whole benchmark)", reason)]
    return [replace(r, benchmark=name) for r in rows], run


def machine() -> dict[str, Any]:
    """The computer and the versions the figures belong to, and when they were taken."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from peerdesk import clock

    info: dict[str, Any] = {
        "date": clock.now().isoformat(),  # PeerDesk's one clock, as the app and scripts use
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "machine": platform.machine(),
    }
    if hasattr(os, "getloadavg"):  # a shared machine stretches every figure: say how busy it was
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    return info


def heading(info: dict[str, Any], quick: bool, only: list[str] | None) -> str:
    """The line above the table: when, on what, and whether it was a quick or partial run."""
    day = str(info["date"])[:10]
    text = (
        f"Measured {day} by `benchmarks/run_all.py{' --quick' if quick else ''}` on {info['cpu_count']} CPUs "
        f"({info['platform']}), Python {info['python']}, Qt {info['qt']} (PySide6 {info['pyside6']}), "
        f"SQLite {info['sqlite']}"
    )
    if "load_average_at_start" in info:
        text += f"; load average at start {info['load_average_at_start'][0]}"
    text += "."
    if only:
        text += f" Only: {', '.join(only)}."
    if quick:
        text += f"\n\n{QUICK_NOTE}"
    return text


def write_results(
    rows: list[Row],
    runs: dict[str, Any],
    info: dict[str, Any],
    quick: bool,
    only: list[str] | None,
    out: Path,
) -> tuple[Path, Path]:
    """Write results.json and results.md into `out`; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    data = {
        "machine": info,
        "quick": quick,
        "only": only or [],
        "summary": summary(rows),
        "benchmarks": runs,
        "rows": [row_to_dict(r) for r in rows],
    }
    json_path, md_path = out / "results.json", out / "results.md"
    json_path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    md_path.write_text(
        f"{heading(info, quick, only)}\n\n{markdown_table(rows)}\n\n{summary(rows)}\n", encoding="utf-8"
    )
    return json_path, md_path


def readme_from(results: Path) -> str:
    """The README's measurement block as `results` (a results.json) makes it."""
    data = json.loads(results.read_text(encoding="utf-8"))
    rows = [row_from_dict(r) for r in data["rows"]]
    return readme_section(heading(data["machine"], data["quick"], data["only"] or None), rows)


def update_readme(results: Path, readme: Path = ROOT / "README.md") -> None:
    """Write the measurement block of `readme` from `results` (atomically: a reader never sees half)."""
    text = replace_readme_section(readme.read_text(encoding="utf-8"), readme_from(results))
    partial = readme.with_suffix(".md.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, readme)


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: --quick, --only NAME (repeatable), --timeout, --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repetitions (a smoke run)")
    parser.add_argument(
        "--only", action="append", choices=sorted(REGISTRY), metavar="NAME", help="run only this benchmark"
    )
    parser.add_argument("--timeout", type=float, help="seconds each benchmark may take (default: its own)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for results.json and results.md")
    parser.add_argument(
        "--readme-only",
        action="store_true",
        help="run nothing: write the README's measurement block from the results.json in --out",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks one after another; 1 when one crashed or timed out, else 0 (a MISS is data)."""
    args = arguments(argv)
    if args.readme_only:
        update_readme(args.out / "results.json")
        print("written: the measurement block of README.md")
        return 0
    names = [n for n in REGISTRY if not args.only or n in args.only]
    info = machine()
    rows: list[Row] = []
    runs: dict[str, Any] = {}
    for name in names:
        print(f"running {name}...", file=sys.stderr, flush=True)
        found, run = run_one(name, args.quick, args.timeout)
        rows += found
        runs[name] = run
        print(f"  {name}: {len(found)} rows in {run['seconds']:.0f} s", file=sys.stderr, flush=True)
    json_path, md_path = write_results(rows, runs, info, args.quick, args.only, args.out)
    print(heading(info, args.quick, args.only).replace("`", ""))
    print()
    print(text_table(rows))
    print()
    print(summary(rows))
    print(
        f"written: {json_path.relative_to(ROOT) if json_path.is_relative_to(ROOT) else json_path}, "
        f"{md_path.relative_to(ROOT) if md_path.is_relative_to(ROOT) else md_path}"
    )
    if not (args.quick or args.only) and args.out == HERE:  # the full run, at full sizes
        update_readme(json_path)
        print("written: the measurement block of README.md")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
