"""Argument values checked at the edge: numbers in range, text that is text, days PeerDesk plans in.

Each function here is an argparse `type=`: a bad value becomes argparse's own
message ("argument --seed: ...") with exit status 2, before any workspace is
opened. `check_text` runs over everything once parsing is done.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import PurePath

from peerdesk import clock
from peerdesk.i18n import N_, _

SQLITE_MAX = 2**63 - 1  # the largest id SQLite stores


def whole_number(low: int, high: int, what: str = N_("a whole number")) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, or a message saying so."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip(), 10)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("'{text}' is not {what}").format(text=text, what=_(what))
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("{value} is out of range: use {what} from {low:,} to {high:,}").format(
                    value=value, what=_(what), low=low, high=high
                )
            )
        return value

    parse.__name__ = what  # argparse names the type in its messages
    return parse


ID = whole_number(1, SQLITE_MAX, N_("an id"))
SEED = whole_number(0, 2**32 - 1, N_("a seed"))
CAPACITY = whole_number(1, 1000, N_("a number of learners"))
# counts whose sense the services check (weeks, minutes, sizes): here only kept to a size they can hold
NUMBER = whole_number(-1_000_000, 1_000_000, N_("a whole number"))


def planned_day(text: str) -> date:
    """A YYYY-MM-DD day in the years PeerDesk plans in (a program in year 1 or 9999 is refused)."""
    try:
        return clock.check_year(date.fromisoformat(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date that exists (YYYY-MM-DD)").format(text=text)
        ) from None
    except clock.ClockError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def planned_moment(text: str) -> datetime:
    """A YYYY-MM-DDTHH:MM moment whose day lies in the years PeerDesk plans in."""
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date and time like 2026-11-24T10:30").format(text=text)
        ) from None
    try:
        clock.check_year(moment.date())
    except clock.ClockError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return moment


def check_text(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse (exit 2) any text argument that is not valid UTF-8: the terminal gave bytes that are
    no text, which would fail later when stored or printed. File names may hold such bytes."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for each in values:
            if isinstance(each, str) and not isinstance(each, PurePath) and not _is_text(each):
                shown = each.encode("utf-8", "backslashreplace").decode("ascii", "replace")
                parser.error(
                    _("argument {argument}: '{shown}' is not valid UTF-8 text").format(
                        argument=name.replace("_", "-"), shown=shown
                    )
                )


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
