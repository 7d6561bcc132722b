"""English dates stay English on a computer set to another language.

strftime names days and months in the C library's locale, and Qt sets that locale from the system
when the window starts (Linux and macOS): on a German desktop an English pilot's invites and agendas
read "Do 03 Dez". PeerDesk writes English day and month names itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.schedule.dates import english_strftime

PATTERNS = ["%a %d %b", "%A %d %B %Y", "%d %b %Y", "%a %d %b %H:%M", "%b %Y", "100%% %a", "%A", "%Y-%m-%d"]


@given(
    st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31)),
    st.sampled_from(PATTERNS),
)
def test_english_strftime_is_strftime_in_the_c_locale(value: datetime, pattern: str) -> None:
    """In the C locale (as the tests run) both agree, for every date and pattern PeerDesk uses."""
    assert english_strftime(value, pattern) == value.strftime(pattern)


def test_a_german_desktop_keeps_english_dates_english(tmp_path: Path) -> None:
    """The window's process on a de_DE system locale: English dates are still English."""
    localedef = shutil.which("localedef")
    if localedef is None or not Path("/usr/share/i18n/locales/de_DE").exists():
        pytest.skip("localedef or the de_DE locale source is not installed")
    built = subprocess.run(
        [localedef, "-i", "de_DE", "-f", "UTF-8", str(tmp_path / "de_DE.UTF-8")],
        capture_output=True,
        check=False,
    )
    if not (tmp_path / "de_DE.UTF-8").exists():
        pytest.skip(f"localedef could not build de_DE: {built.stderr[-200:]!r}")
    program = """
from PySide6.QtWidgets import QApplication
app = QApplication([])  # Qt sets the C library's locale from the system here
import datetime
from peerdesk import i18n
from peerdesk.schedule.dates import short_day, local_date
from peerdesk.impact.kpis import month_label
i18n.set_default("en")
day = datetime.datetime(2026, 12, 3, 10, 0)
print(day.strftime("%a %b"))
print(short_day(day), "|", local_date(day, "%A %d %B %Y", "EEEE d MMMM y"), "|", month_label(day.date()))
"""
    env = dict(
        os.environ,
        LOCPATH=str(tmp_path),
        LANG="de_DE.UTF-8",
        LC_ALL="de_DE.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        PEERDESK_LANGUAGE="en",
        PYTHONPATH=str(Path(__file__).parent.parent),
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    raw, ours = done.stdout.splitlines()[-2:]
    assert raw == "Do Dez", "the system locale did not reach strftime: this test would prove nothing"
    assert ours == "Thu 03 Dec | Thursday 03 December 2026 | Dec 2026"


def test_the_date_sweep_days_have_english_names() -> None:
    """Year ends and leap days keep their English names."""
    assert english_strftime(date(2028, 2, 29), "%a %d %b %Y") == "Tue 29 Feb 2028"
    assert (
        english_strftime(datetime(2026, 12, 31, 23, 59, tzinfo=UTC), "%A %B %H:%M")
        == "Thursday December 23:59"
    )


@pytest.mark.parametrize("locale", ["en_GB", "de_DE", "fr_FR", "es_ES", "ar_EG", "fa_IR", "ja_JP"])
def test_session_times_are_24_hour_in_the_locale_digits(locale: str) -> None:
    """A session's time on screen: 24-hour, in the digits of the desktop's locale (Arabic-Indic on
    an Egyptian desktop), at every hour and minute - as Qt writes a full date-time."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    from peerdesk.ui.dates import time_text

    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        for hour in range(24):
            for minute in (0, 5, 30, 59):
                moment = QDateTime(QDate(2026, 3, 29), QTime(hour, minute))
                assert time_text(datetime(2026, 3, 29, hour, minute)) == QLocale().toString(moment, "HH:mm")
        assert time_text(datetime(2026, 1, 1, 13, 5)) == QLocale().toString(QTime(13, 5), "HH:mm")
        if locale == "ar_EG":
            assert time_text(datetime(2026, 1, 1, 13, 5)) == "\u0661\u0663:\u0660\u0665"
    finally:
        QLocale.setDefault(previous)
