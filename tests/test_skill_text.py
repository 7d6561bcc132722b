"""The short text forms for skills and availability, and person validation."""

from datetime import time

import pytest

from peerdesk.domain import Availability, LearnGoal, Person, TeachSkill, validate_person
from peerdesk.roster.skill_text import (
    format_availability,
    format_teaches,
    format_wants,
    parse_availability,
    parse_teaches,
    parse_wants,
)


def test_teaches_round_trip() -> None:
    parsed = parse_teaches("SQL:4; Figma:2 ;")
    assert parsed == (TeachSkill("SQL", 4), TeachSkill("Figma", 2))
    assert format_teaches(parsed) == "SQL:4; Figma:2"


def test_wants_target_is_optional() -> None:
    parsed = parse_wants("Python:3; Public speaking")
    assert parsed == (LearnGoal("Python", 3), LearnGoal("Public speaking", None))
    assert format_wants(parsed) == "Python:3; Public speaking"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SQL", "needs a level"),
        ("SQL:9", "outside 0-4"),
        ("SQL:high", "not a whole number"),
        (":3", "no skill name"),
    ],
)
def test_teaches_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_teaches(text)


def test_availability_sorted_and_formatted() -> None:
    parsed = parse_availability("Thu 14:00-16:00; tuesday 9:30-12:00")
    assert parsed == (Availability(1, time(9, 30), time(12)), Availability(3, time(14), time(16)))
    assert format_availability(parsed) == "Tue 09:30-12:00; Thu 14:00-16:00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Tue 10-12", "is not like"),
        ("Xyz 10:00-12:00", "not a weekday"),
        ("Tue 12:00-10:00", "ends before it starts"),
        ("Tue 25:00-26:00", "not a time of day"),
    ],
)
def test_availability_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_availability(text)


def test_validate_person_names_each_field() -> None:
    person = Person(
        name=" ",
        email="not-an-email",
        timezone="Mars/Base",
        manager_email="x@y.org",
        teaches=(TeachSkill("SQL", 5), TeachSkill("sql", 2)),
    )
    fields = {e.field for e in validate_person(person)}
    assert fields == {"name", "email", "timezone", "teaches"}
    own = Person(name="A", email="a@b.org", manager_email="A@B.org")
    assert [e.field for e in validate_person(own)] == ["manager_email"]
    assert validate_person(Person(name="Zoë", email="zoe@example.com", timezone="Europe/Berlin")) == []
