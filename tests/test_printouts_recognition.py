"""Certificate, learning record and thank-you card count the same things, over the pilot's period."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pdf_pages import pdf_text

from peerdesk.domain import CheckIn
from peerdesk.printing.paint.pdf import write_pdf
from peerdesk.printing.printouts import PrintoutError, Printouts
from peerdesk.printing.templates import TemplateLibrary
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.impact import ImpactRepository

MID_PILOT = date(2026, 11, 25)  # the demo pilot runs 2 November - 10 December 2026
AFTER = date(2026, 12, 20)
COUNT = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten) sessions?"
WORDS = dict(
    zip(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        range(1, 11),
        strict=True,
    )
)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else WORDS[text]


def _printed(p: Printouts, kind: str, email: str, tmp_path: Path) -> str | None:
    try:
        rendered = p.render(kind, person=email)
    except PrintoutError:
        return None
    pdf = tmp_path / f"{kind}-{email}.pdf"
    write_pdf(rendered, pdf, day=p.today)
    return pdf_text(pdf)


def _counts(p: Printouts, email: str, tmp_path: Path) -> dict[str, tuple[int, int]]:
    """(led, attended) as each printout states it, read back from its PDF."""
    found = {}
    record = _printed(p, "record", email, tmp_path)
    assert record is not None
    led = re.search(r"Sessions led \((\d+)\)", record)
    attended = re.search(r"Sessions attended \((\d+)\)", record)
    assert led and attended, record[:300]
    found["record"] = (int(led.group(1)), int(attended.group(1)))
    certificate = _printed(p, "certificate", email, tmp_path)
    if certificate is not None:
        took = re.search(r"took part in " + COUNT, certificate)
        gave = re.search(r"led " + COUNT, certificate)
        found["certificate"] = (
            _number(gave.group(1)) if gave else 0,
            _number(took.group(1)) if took else 0,
        )
    card = _printed(p, "thank-you", email, tmp_path)
    if card is not None:
        gave = re.search(r"You led " + COUNT, card)
        assert gave, card[:300]
        found["thank-you"] = (_number(gave.group(1)), found["record"][1])
    return found


@pytest.mark.parametrize("today", [MID_PILOT, AFTER], ids=["mid-pilot", "after"])
def test_certificate_record_and_card_agree_for_every_demo_person(
    demo_ws: Workspace, tmp_path: Path, today: date
) -> None:
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=today)
    people = Schedule(demo_ws).people.list_people()
    led_by = {}
    for person in people:
        counts = _counts(p, person.email, tmp_path)
        assert len(set(counts.values())) == 1, f"{person.name}: {counts}"
        led_by[person.name.split()[0]] = counts["record"][0]
        if counts["record"] != (0, 0):
            assert "certificate" in counts, person.name
    # Jonas led the one-off skill-swap before the first weekly session and week 2
    assert led_by["Jonas"] == 2


def test_certificate_covers_the_pilot_only_and_says_to_date_before_the_end(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    tomas = next(x for x in Schedule(demo_ws).people.list_people() if x.name.startswith("Tom"))
    impact = ImpactRepository(demo_ws.db)
    impact.add_check_ins(
        [
            CheckIn(tomas.email, "Python", 1, date(2025, 10, 1), "lead"),
            CheckIn(tomas.email, "Python", 3, date(2025, 11, 25), "lead"),  # a year before the pilot
            CheckIn(tomas.email, "Go", 1, date(2026, 10, 1), "lead"),
            CheckIn(tomas.email, "Go", 2, date(2026, 11, 20), "lead"),  # inside it
            CheckIn(tomas.email, "Rust", 1, date(2026, 10, 1), "lead"),
            CheckIn(tomas.email, "Rust", 4, date(2026, 12, 1), "lead"),  # inside, after the mid-pilot day
        ]
    )
    mid = _printed(
        Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=MID_PILOT),
        "certificate",
        tomas.email,
        tmp_path,
    )
    assert mid is not None
    assert "to date" in mid
    assert "Python" not in mid and "25 November 2025" not in mid
    assert "Go: level 1 → 2" in mid and "Rust" not in mid  # not yet checked in on the day printed
    after = _printed(
        Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=AFTER),
        "certificate",
        tomas.email,
        tmp_path,
    )
    assert after is not None and "to date" not in after
    assert "Python" not in after and "Go: level 1 → 2" in after and "Rust: level 1 → 4" in after
    # every date the certificate prints is inside the pilot
    for day in re.findall(
        r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December) \d{4}",
        after,
    ):
        when = datetime.strptime(day, "%d %B %Y").date()
        assert date(2026, 11, 2) <= when <= AFTER, day
