"""Proposed times for a group or a weekly pilot across timezones, solved by hand, then by hypothesis.

November 2026: Berlin is UTC+1, New York UTC-5, Ho Chi Minh City UTC+7. With no availability
given, everyone's hours are 09:00-17:00 on working days in their own zone, so Ana (Berlin) and
Ben (New York) share 14:00-16:00 UTC (15:00-17:00 in Berlin), Ana and Minh share 08:00-10:00 UTC,
and Ben and Minh share nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain import Attendee, Availability, Person, Session
from peerdesk.schedule.proposals import describe, propose_meeting, propose_weekly, weekly_days
from peerdesk.schedule.slots import Bookings, default_windows, is_available, to_utc

ANA = Person("Ana Alves", "ana@example.com", timezone="Europe/Berlin")
BEN = Person("Ben Brooks", "ben@example.com", timezone="America/New_York")
MINH = Person("Minh Nguyen", "minh@example.com", timezone="Asia/Ho_Chi_Minh")
BERLIN = "Europe/Berlin"
TUESDAY = date(2026, 11, 17)


def booked(person: Person, start: datetime, minutes: int, zone: str = BERLIN) -> Session:
    """A planned session of `person` at `start` (wall-clock in `zone`)."""
    return Session(
        1, "Busy", start, minutes, zone, "micro-lesson", attendees=(Attendee(person.email),), id=99
    )


def at(hour: int, minute: int = 0, day: date = TUESDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_two_zones_meet_in_their_shared_afternoon() -> None:
    """Ana and Ben share 15:00-17:00 Berlin: the best two are 15:00 and 16:00, everyone inside."""
    found = propose_meeting(
        [ANA, BEN],
        BERLIN,
        30,
        Bookings(),
        first_day=TUESDAY,
        last_day=TUESDAY,
        now=datetime(2026, 11, 16, tzinfo=UTC),
    )
    assert [p.start for p in found[:2]] == [at(15), at(16)]
    assert found[0].all_free and found[1].all_free
    assert not found[-1].all_free  # the rest of Tuesday leaves someone outside their hours


def test_never_a_past_time() -> None:
    """At 15:40 Berlin the 15:00 slot is gone: the first proposal is 16:00 (on the half hour)."""
    now = datetime(2026, 11, 17, 14, 40, tzinfo=UTC)
    found = propose_meeting([ANA, BEN], BERLIN, 30, Bookings(), first_day=TUESDAY, last_day=TUESDAY, now=now)
    assert found[0].start == at(16)
    assert all(to_utc(p.start, BERLIN) >= now for p in found)


def test_never_a_clash_with_a_members_session() -> None:
    """Ana is booked 15:00-16:00 Berlin (say, her pilot's weekly session): 16:00 is the only shared time."""
    bookings = Bookings([booked(ANA, at(15), 60)])
    found = propose_meeting(
        [ANA, BEN],
        BERLIN,
        30,
        bookings,
        first_day=TUESDAY,
        last_day=TUESDAY,
        now=datetime(2026, 11, 16, tzinfo=UTC),
    )
    assert found[0].start == at(16) and found[0].all_free
    assert not any(at(14, 31) <= p.start < at(16) for p in found)


def test_three_zones_rank_by_who_is_outside_then_kindness() -> None:
    """No time suits all three; 09:30 UTC (Ben at 04:30) and 14:00 UTC (Minh at 21:00) tie on kindness
    (855 minutes from everyone's 13:00 in total), and the earlier wins."""
    found = propose_meeting(
        [ANA, BEN, MINH],
        BERLIN,
        30,
        Bookings(),
        first_day=TUESDAY,
        last_day=TUESDAY,
        now=datetime(2026, 11, 16, tzinfo=UTC),
    )
    assert (found[0].start, found[0].outside) == (at(10, 30), ("ben@example.com",))
    assert (found[1].start, found[1].outside) == (at(15), ("minh@example.com",))
    people = {p.email: p for p in (ANA, BEN, MINH)}
    assert (
        describe(found[0], people)
        == "Tue 17 Nov 10:30 \u2013 1 outside their hours: Ben Brooks (04:30 New York)"
    )


def test_no_meeting_on_a_public_holiday_or_a_weekend() -> None:
    """Wed 18 Nov 2026 is Buß- und Bettag in Saxony; Sat 21 Nov is not a working day."""
    now = datetime(2026, 11, 16, tzinfo=UTC)
    wednesday, saturday = date(2026, 11, 18), date(2026, 11, 21)
    assert (
        propose_meeting(
            [ANA], BERLIN, 30, Bookings(), first_day=wednesday, last_day=wednesday, now=now, calendar="DE-SN"
        )
        == []
    )
    assert (
        propose_meeting([ANA], BERLIN, 30, Bookings(), first_day=saturday, last_day=saturday, now=now) == []
    )


def test_weekly_time_for_a_pilot() -> None:
    """A 60-minute weekly slot for Ana and Ben: Monday 15:00 Berlin, then Monday 16:00, all inside."""
    found = propose_weekly(
        [ANA, BEN],
        BERLIN,
        60,
        Bookings(),
        start=date(2026, 11, 16),
        weeks=3,
        now=datetime(2026, 11, 16, 10, tzinfo=UTC),
    )
    assert [(p.start, p.all_free, p.weeks) for p in found[:2]] == [
        (at(15, day=date(2026, 11, 16)), True, 3),
        (at(16, day=date(2026, 11, 16)), True, 3),
    ]
    people = {p.email: p for p in (ANA, BEN)}
    assert describe(found[0], people, weekly=True) == "Mondays 15:00 \u2013 everyone is inside their hours"


def test_weekly_holiday_weeks_rank_lower_and_are_named() -> None:
    """With Saxony's calendar, Wednesday's series has a holiday week, so it comes after the others."""
    found = propose_weekly(
        [ANA, BEN],
        BERLIN,
        60,
        Bookings(),
        start=date(2026, 11, 16),
        weeks=2,
        now=datetime(2026, 11, 16, tzinfo=UTC),
        calendar="DE-SN",
        limit=50,
    )
    wednesday = [p for p in found if p.weekday == 2]
    assert wednesday and all(p.holidays == (date(2026, 11, 18),) for p in wednesday)
    assert found.index(wednesday[0]) > max(
        found.index(p) for p in found if p.weekday in (0, 1, 3, 4) and p.all_free
    )


def test_weekly_judges_only_weeks_to_come() -> None:
    """Two weeks of a three-week series are left on Mon 23 Nov at 12:00 UTC: the proposal starts then."""
    found = propose_weekly(
        [ANA, BEN],
        BERLIN,
        60,
        Bookings(),
        start=date(2026, 11, 16),
        weeks=3,
        now=datetime(2026, 11, 23, 12, tzinfo=UTC),
    )
    assert (found[0].start, found[0].weeks) == (at(15, day=date(2026, 11, 23)), 2)
    assert (
        propose_weekly(
            [ANA],
            BERLIN,
            60,
            Bookings(),
            start=date(2026, 11, 2),
            weeks=1,
            now=datetime(2026, 11, 23, tzinfo=UTC),
        )
        == []
    )


def test_weekly_skips_a_time_one_member_is_booked_in_any_week() -> None:
    """Ben has a half-hour one-off on Mon 30 Nov 15:00 Berlin: Mondays 15:00 is not proposed, 15:30 is."""
    bookings = Bookings([booked(BEN, at(15, day=date(2026, 11, 30)), 30)])
    found = propose_weekly(
        [ANA, BEN],
        BERLIN,
        60,
        bookings,
        start=date(2026, 11, 16),
        weeks=3,
        now=datetime(2026, 11, 16, tzinfo=UTC),
    )
    assert found[0].start == at(15, 30, day=date(2026, 11, 16))
    assert not any(p.weekday == 0 and time(14, 31) <= p.time < time(15, 30) for p in found)


ZONES = ("Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh", "Asia/Kolkata", "Australia/Sydney", "UTC")


@st.composite
def people(draw: st.DrawFn) -> list[Person]:
    """Two to five people in assorted zones, some with their own weekly windows."""
    found = []
    for i in range(draw(st.integers(2, 5))):
        windows = draw(
            st.lists(
                st.tuples(st.integers(0, 6), st.integers(0, 22), st.integers(1, 10)).map(
                    lambda w: Availability(
                        w[0], time(w[1]), time(min(23, w[1] + w[2]), 59 if w[1] + w[2] >= 23 else 0)
                    )
                ),
                max_size=4,
            )
        )
        found.append(
            Person(
                f"P{i}",
                f"p{i}@example.com",
                timezone=draw(st.sampled_from(ZONES)),
                availability=tuple(windows),
            )
        )
    return found


def _free(person: Person, begin: datetime, minutes: int) -> bool:
    """Independently: the whole meeting lies in one of the person's windows (working hours if none)."""
    windowed = replace(person, availability=person.availability or default_windows())
    return is_available(windowed, begin, begin + timedelta(minutes=minutes))


def _clash(bookings: Bookings, person: Person, begin: datetime, minutes: int) -> bool:
    return bookings.clash(person.email, begin, begin + timedelta(minutes=minutes))


@given(
    group=people(),
    minutes=st.sampled_from([15, 20, 30, 45, 60, 90]),
    now_hours=st.integers(0, 24 * 20),
    busy=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 24 * 14 * 4), st.integers(1, 8)), max_size=8),
    first=st.integers(0, 10),
)
def test_proposals_never_past_never_a_clash_never_falsely_all_free(
    group: list[Person], minutes: int, now_hours: int, busy: list[tuple[int, int, int]], first: int
) -> None:
    """Whatever the group, bookings and clock: no proposal is past or clashes, and 'all free' is true."""
    base = date(2027, 3, 8)  # the weeks around Europe's and the US's spring clock change
    now = datetime.combine(base, time(), UTC) + timedelta(hours=now_hours)
    sessions = [
        booked(
            group[who % len(group)],
            datetime.combine(base, time()) + timedelta(minutes=15 * quarter),
            15 * length,
        )
        for who, quarter, length in busy
    ]
    bookings = Bookings(replace(s, id=k) for k, s in enumerate(sessions))
    start = base + timedelta(days=first)
    for p in propose_meeting(
        group,
        BERLIN,
        minutes,
        bookings,
        first_day=start,
        last_day=start + timedelta(days=6),
        now=now,
        limit=200,
    ):
        begin = to_utc(p.start, BERLIN)
        assert begin >= now
        assert not any(_clash(bookings, m, begin, minutes) for m in group)
        assert all(_free(m, begin, minutes) for m in group if m.email not in p.outside)
    for p in propose_weekly(group, BERLIN, minutes, bookings, start=start, weeks=3, now=now, limit=200):
        assert to_utc(p.start, BERLIN) >= now
        for day in weekly_days(start, p.weekday, 3):
            begin = to_utc(datetime.combine(day, p.time), BERLIN)
            if begin < now:
                continue
            assert not any(_clash(bookings, m, begin, minutes) for m in group)
            assert all(_free(m, begin, minutes) for m in group if m.email not in p.outside)


def test_a_department_of_two_hundred_is_ranked_quickly() -> None:
    """New Pilot recomputes on each ticked member: 200 people in 9 zones must take well under a second
    each way (it took 10 s weekly and 60 s for six weeks of one-off times before zones were shared)."""
    import time as clock_time

    zones = [*ZONES, "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo"]
    group = [Person(f"P{i}", f"p{i}@example.com", timezone=zones[i % len(zones)]) for i in range(200)]
    now = datetime(2026, 12, 5, tzinfo=UTC)
    began = clock_time.perf_counter()
    weekly = propose_weekly(group, "Europe/London", 30, Bookings(), start=date(2026, 12, 7), weeks=6, now=now)
    single = propose_meeting(
        group,
        "Europe/London",
        45,
        Bookings(),
        first_day=date(2026, 12, 7),
        last_day=date(2027, 1, 17),
        now=now,
    )
    assert weekly and single
    assert clock_time.perf_counter() - began < 5
