"""Shared fixtures: offscreen Qt, user folders in tmp_path, one clock set per test, real demo workspaces.

Every test runs with PeerDesk's clock frozen at a stated moment (`clock_day`,
10:00 in the lead's timezone): DEFAULT_DAY, or the day given with `--today`.
With `--date-sweep`, every test marked `dates` runs once at each day of
SWEEP_DAYS (days that have broken calendar software before), each a real run
of the code with the clock set there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English text whatever language the machine is set to (a test that wants another
# language says so: `i18n.language(...)`, `--lang`, or PEERDESK_LANGUAGE for a child process).
os.environ["PEERDESK_LANGUAGE"] = "en_GB"

from peerdesk import clock, i18n
from peerdesk.demo import build_demo
from peerdesk.storage import Workspace, open_workspace

# A Wednesday in week 4 of the demo pilot built that day (its week 3 is over).
DEFAULT_DAY = date(2026, 11, 25)
SWEEP_DAYS = {
    "monday": date(2026, 11, 30),
    "friday": date(2026, 12, 4),
    "saturday": date(2026, 12, 5),
    "sunday": date(2026, 12, 6),
    "eu-spring-friday-before": date(2027, 3, 26),  # Europe: clocks go forward Sun 28 Mar 2027
    "eu-spring-monday-after": date(2027, 3, 29),
    "eu-autumn-friday-before": date(2026, 10, 23),  # Europe: clocks go back Sun 25 Oct 2026
    "eu-autumn-monday-after": date(2026, 10, 26),
    "us-spring-friday-before": date(2027, 3, 12),  # US: clocks go forward Sun 14 Mar 2027
    "us-spring-monday-after": date(2027, 3, 15),
    "us-autumn-friday-before": date(2026, 10, 30),  # US: clocks go back Sun 1 Nov 2026
    "us-autumn-monday-after": date(2026, 11, 2),
    "new-years-eve": date(2026, 12, 31),
    "new-years-day": date(2027, 1, 1),
    "leap-day": date(2028, 2, 29),
}

# Property tests give the same answer on every run in CI (and by default); `--hypothesis-profile
# explore` searches longer and at random, for a person to run by hand - add what it finds as @example.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    print_blob=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "explore",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
i18n.set_default("en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--today", default=None, help="the day (YYYY-MM-DD) the clock is set to in every test")
    parser.addoption(
        "--date-sweep",
        action="store_true",
        default=False,
        help="run the tests marked 'dates' once at each day of the date sweep",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dates: depends on the day; runs at every day of --date-sweep")


def _default_day(config: pytest.Config) -> date:
    text = config.getoption("--today")
    return clock.parse_day(text) if text else DEFAULT_DAY


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        metafunc.config.getoption("--date-sweep")
        and metafunc.definition.get_closest_marker("dates")
        and "clock_day" in metafunc.fixturenames
    ):
        metafunc.parametrize("clock_day", list(SWEEP_DAYS.values()), ids=list(SWEEP_DAYS), indirect=True)


@pytest.fixture(scope="session")
def default_day(pytestconfig: pytest.Config) -> date:
    """The day tests run on unless the date sweep picks another: `--today`, else DEFAULT_DAY."""
    return _default_day(pytestconfig)


@pytest.fixture
def clock_day(request: pytest.FixtureRequest) -> date:
    """The day this test runs on: a sweep day, the `--today` day, or DEFAULT_DAY."""
    return getattr(request, "param", None) or _default_day(request.config)


@pytest.fixture(autouse=True)
def frozen_clock(clock_day: date, monkeypatch: pytest.MonkeyPatch) -> Iterator[date]:
    """PeerDesk's clock stopped at 10:00 on `clock_day` (also for the commands a test starts)."""
    clock.set_zone(None)
    clock.freeze(clock_day)
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, f"{clock_day.isoformat()}T10:00")
    yield clock_day
    clock.release()
    clock.set_zone(None)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at tmp_path so no test touches the real ones."""
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    return home


@pytest.fixture
def set_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[date], None]:
    """Move this test's clock to 10:00 on another day, for PeerDesk in this process and the commands
    it starts (`main()` reads PEERDESK_TODAY each time it runs)."""

    def move(day: date) -> None:
        clock.freeze(day)
        monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, f"{day.isoformat()}T10:00")

    return move


@pytest.fixture(scope="session")
def demo_builds(tmp_path_factory: pytest.TempPathFactory) -> Callable[[date], Path]:
    """The demo workspace as built on a given day, built once per day per test session."""
    built: dict[date, Path] = {}

    def build(day: date) -> Path:
        if day not in built:
            clock.freeze(day)  # the demo's own dates (feedback, shout-outs) come from the clock too
            try:
                built[day] = build_demo(tmp_path_factory.mktemp(f"demo-{day}") / "demo.sqlite", today=day)
            finally:
                clock.release()
        return built[day]

    return build


@pytest.fixture
def demo_template(demo_builds: Callable[[date], Path], clock_day: date) -> Path:
    """The demo workspace built on this test's day (do not write to it: copy it, as demo_db does)."""
    path = demo_builds(clock_day)
    clock.freeze(clock_day)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace file for one test."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_ws(demo_db: Path) -> Iterator[Workspace]:
    """The demo workspace, open (and closed after the test)."""
    workspace = open_workspace(demo_db)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace."""
    workspace = open_workspace(tmp_path / "empty.sqlite", create=True)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_window(qtbot, demo_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window on a fresh demo workspace, shown offscreen, settings in tmp_path."""
    from PySide6.QtCore import QSettings

    from peerdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
