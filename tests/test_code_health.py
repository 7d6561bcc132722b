"""Rules that keep the code healthy: Qt only in peerdesk/ui, ruff clean, docstrings present."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "peerdesk"


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "peerdesk":  # from peerdesk import clock: the module is peerdesk.clock
                names.update(f"peerdesk.{alias.name}" for alias in node.names)
    return names


PAINT = ("printing", "paint")  # the QtGui-only page painter the command line shares with the window


def test_qt_is_imported_only_in_the_ui_layer() -> None:
    """Qt widgets only in peerdesk/ui; outside it only the page painter, and it uses QtCore and QtGui."""
    offenders = []
    for path in python_files(PACKAGE):
        parts = path.relative_to(PACKAGE).parts
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6")}
        if parts[:1] == ("ui",) or not qt:
            continue
        if parts[:2] == PAINT and qt <= {"PySide6.QtCore", "PySide6.QtGui"}:
            continue
        offenders.append(f"{path.relative_to(ROOT)}: {sorted(qt)}")
    assert offenders == []


def test_the_page_painter_loads_without_the_window() -> None:
    """The command line prints PDFs through printing/paint without importing peerdesk.ui. One exception,
    loaded only when a leadership report asks for its charts: they are drawn by the window's QtCharts
    views (QtCharts is built on QtWidgets)."""
    allowed = {"output.py": {"peerdesk.ui.feedback.charts"}}
    for path in python_files(PACKAGE / "printing"):
        ui = {m for m in imported_modules(path) if m.startswith("peerdesk.ui")}
        assert ui <= allowed.get(path.name, set()), path.name


def test_storage_imports_no_services_or_ui() -> None:
    for path in python_files(PACKAGE / "storage"):
        ours = {m for m in imported_modules(path) if m.startswith("peerdesk")}
        allowed = {
            m
            for m in ours
            if m.startswith("peerdesk.storage")
            or m
            in (
                "peerdesk",
                "peerdesk.domain",
                "peerdesk.atomic",
                "peerdesk.clock",
                "peerdesk.failures",
                "peerdesk.collation",
                "peerdesk.i18n",  # its messages in the lead's language
            )
        }
        assert ours == allowed, f"{path.name} imports {ours - allowed}"


CAPABILITIES = ("roster", "schedule", "matching", "printing", "impact", "cli")


def test_values_import_nothing_of_ours() -> None:
    for name in ("domain.py", "changes.py"):
        ours = {m for m in imported_modules(PACKAGE / name) if m.startswith("peerdesk")}
        assert ours == set(), f"{name} imports {ours}"


def test_the_layout_has_one_package_per_capability_and_a_folder_per_tab() -> None:
    for package in (*CAPABILITIES, "storage", "ui", "ui/roster", "ui/schedule", "ui/feedback"):
        init = PACKAGE / package / "__init__.py"
        assert init.exists(), f"peerdesk/{package} is not a package"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{package} says nothing"
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == [
        "__init__.py",
        "__main__.py",
        "atomic.py",
        "changes.py",
        "clock.py",
        "collation.py",
        "collation_table.py",
        "demo.py",
        "domain.py",
        "failures.py",
        "i18n.py",
        "paths.py",
        "plural.py",
        "resources.py",
    ]


def test_no_package_imports_another_packages_private_modules() -> None:
    for path in python_files(PACKAGE):
        own = path.relative_to(PACKAGE).parts[0]
        for module in imported_modules(path):
            parts = module.split(".")
            if parts[0] != "peerdesk" or len(parts) < 3 or parts[1] == own:
                continue
            assert not any(p.startswith("_") for p in parts[2:]), f"{path.name} imports private {module}"


def test_services_do_not_import_the_window_or_the_command_line() -> None:
    for package in CAPABILITIES[:-1]:
        for path in python_files(PACKAGE / package):
            ours = {m for m in imported_modules(path) if m.startswith(("peerdesk.ui", "peerdesk.cli"))}
            assert ours == set(), f"{path.relative_to(ROOT)} imports {ours}"


def test_the_window_does_not_import_the_command_line() -> None:
    """Two faces over the same services: the window reaches them directly, never through the CLI."""
    for path in python_files(PACKAGE / "ui"):
        ours = {m for m in imported_modules(path) if m.startswith("peerdesk.cli")}
        assert ours == set(), f"{path.relative_to(ROOT)} imports {ours}"


def test_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys, peerdesk.cli.main, peerdesk.demo, peerdesk.roster.service;"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_module_and_public_function_says_why_it_exists() -> None:
    missing = []
    for path in python_files(PACKAGE):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not ast.get_docstring(tree):
            missing.append(f"{path.relative_to(ROOT)} (module)")
        for node in tree.body:
            if (
                isinstance(node, ast.FunctionDef | ast.ClassDef)
                and not node.name.startswith("_")
                and not ast.get_docstring(node)
            ):
                missing.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert missing == []


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed; install the test extra: pip install -e '.[test]'")
    result = subprocess.run(
        [ruff, "check", "--output-format", "concise", str(ROOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_opening_the_window_loads_neither_sqlite_utils_nor_numpy(demo_db: Path) -> None:
    """sqlite-utils imports numpy, which costs more than the rest of start-up: the first screen
    is read with plain SQL and sqlite-utils loads on the first write."""
    code = (
        "import sys; from pathlib import Path; from peerdesk.ui.app import application, open_window;"
        "app = application(); w = open_window(Path(sys.argv[1])); app.processEvents();"
        "assert w.roster_tab.model.rowCount() == 24;"
        "print(sorted(m for m in ('sqlite_utils', 'numpy', 'scipy', 'jinja2') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, str(demo_db)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


CLOCK_CALLS = (
    "date.today(",
    "datetime.today(",
    "datetime.now(",
    "datetime.utcnow(",
    "QDate.currentDate(",
    "QDateTime.currentDateTime(",
    "QDateTime.currentSecsSinceEpoch(",
    "time.localtime(",
    "time.gmtime(",
)


def test_only_the_clock_module_reads_the_calendar() -> None:
    """One clock: no module but peerdesk/clock.py asks the computer what day or time it is, so a
    test (or PEERDESK_TODAY) that sets the clock sets it for every screen, report and file."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in python_files(PACKAGE)
        if path.name != "clock.py" or path.parent != PACKAGE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(call in line for call in CLOCK_CALLS)
    ]
    assert offenders == []


def test_tests_set_the_clock_rather_than_read_it() -> None:
    """No test asks what day it is: each runs at the day the clock fixture (or the test) set."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in python_files(ROOT / "tests")
        if path.name != "test_code_health.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(call in line for call in CLOCK_CALLS)
    ]
    assert offenders == []


POSIX_ONLY = {"resource", "fcntl", "termios", "pwd", "grp", "posix", "tty", "pty", "crypt"}


def test_no_module_imports_a_posix_only_module_at_import_time() -> None:
    """Most leads run Windows: a module-level `import resource` stops PeerDesk before its window opens
    (printing/isolation.py did). POSIX-only modules are imported inside the code that needs them."""
    offenders = []
    for path in python_files(PACKAGE):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module.split(".")[0]]
            offenders += [f"{path.relative_to(ROOT)}: {name}" for name in names if name in POSIX_ONLY]
    assert offenders == []


def test_a_pdf_is_painted_without_loading_qt_widgets(tmp_path: Path) -> None:
    """The page painter really is QtGui-only: a process that prints a PDF never loads QtWidgets."""
    code = (
        "import sys; from pathlib import Path;"
        "from peerdesk.printing.templates import Rendered;"
        "from peerdesk.printing.paint.pdf import write_pdf;"
        f"write_pdf(Rendered('Agenda', '<h1>Agenda</h1><p>Hello</p>', True), Path({str(tmp_path / 'a.pdf')!r}));"
        "sys.exit(3 if 'PySide6.QtWidgets' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
