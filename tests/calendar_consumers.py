"""Independent consumers of our .ics files, for the tests.

Python: icalendar (its own `errors`), ical (strict, as Home Assistant uses it),
vobject (validate=True), ics-py, icalevents and recurring-ical-events.
Outside Python, when installed (Debian packages `ruby-icalendar` and `libical3`,
and `npm ci --prefix tests/js` for ical.js; see the lead's .ci/run): Ruby's
icalendar in strict mode, libical's `icalrestriction_check()` (the RFC 5546
REQUEST/CANCEL rules Evolution uses), ical.js, the parser inside
Thunderbird, which expands occurrences with the file's own VTIMEZONE, and
calcurse (Debian package `calcurse`), which mis-counted COUNT with EXDATE.
And an RFC 5545 property-placement check written from the RFC's tables,
reading the raw lines, so it does not trust any parser.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import ics
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream
from icalevents import icalevents

RUBY_SCRIPT = """
require "stringio"
require "icalendar"
sources = ARGV.empty? ? [STDIN.read] : ARGV.map { |path| File.read(path) }
sources.each_with_index do |source, i|
  puts "==FILE #{i}"
  cals = Icalendar::Parser.new(source, true).parse
  cals.each { |cal| cal.events.each { |e| puts [e.uid, e.dtstart.to_s, e.summary].join("\\t") } }
end
"""


@lru_cache(maxsize=1)
def ruby_icalendar() -> str | None:
    """The ruby executable when Ruby's icalendar gem loads, else None."""
    ruby = shutil.which("ruby")
    if ruby is None:
        return None
    probe = subprocess.run([ruby, "-e", 'require "icalendar"'], capture_output=True, check=False)
    return ruby if probe.returncode == 0 else None


def _batch(command: list[str], datas: list[bytes]) -> list[list[str]]:
    """Run a checker once over many files; its output has a '==FILE i' line before each file's lines."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, data in enumerate(datas):
            path = Path(folder) / f"{i}.ics"
            path.write_bytes(data)
            paths.append(str(path))
        result = subprocess.run([*command, *paths], capture_output=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[:1500]
    sections: list[list[str]] = []
    for line in result.stdout.decode().splitlines():
        if line.startswith("==FILE "):
            sections.append([])
        else:
            sections[-1].append(line)
    assert len(sections) == len(datas)
    return sections


def ruby_parse(data: bytes) -> list[list[str]]:
    """Parse with Ruby's icalendar (strict); raises AssertionError with Ruby's message on failure."""
    return ruby_parse_many([data])[0]


def ruby_parse_many(datas: list[bytes]) -> list[list[list[str]]]:
    """`ruby_parse` for many files in one Ruby process."""
    ruby = ruby_icalendar()
    assert ruby is not None
    return [[line.split("\t") for line in lines] for lines in _batch([ruby, "-e", RUBY_SCRIPT], datas)]


@lru_cache(maxsize=1)
def libical() -> ctypes.CDLL | None:
    """libical (the C library behind Evolution), when installed."""
    name = ctypes.util.find_library("ical")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    lib.icalparser_parse_string.restype = ctypes.c_void_p
    lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    lib.icalrestriction_check.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_count_errors.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_as_ical_string.restype = ctypes.c_char_p
    lib.icalcomponent_as_ical_string.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
    return lib


def libical_errors(data: bytes) -> list[str]:
    """The X-LIC-ERROR lines libical's parser and RFC 5546 restriction check add (empty = accepted)."""
    lib = libical()
    assert lib is not None
    comp = lib.icalparser_parse_string(data)
    assert comp, "libical could not parse the file"
    try:
        lib.icalrestriction_check(comp)
        text = lib.icalcomponent_as_ical_string(comp).decode()
    finally:
        lib.icalcomponent_free(comp)
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return [line for line in unfolded.splitlines() if line.startswith("X-LIC-ERROR")]


JS_DIR = Path(__file__).resolve().parent / "js"


@lru_cache(maxsize=1)
def icaljs() -> str | None:
    """The node executable when tests/js has ical.js installed, else None."""
    node = shutil.which("node")
    return node if node and (JS_DIR / "node_modules" / "ical.js").is_dir() else None


def icaljs_occurrences(data: bytes) -> list[tuple[datetime, str]]:
    """(UTC start, SUMMARY) of every occurrence as ical.js (Thunderbird) expands the file."""
    return icaljs_many([data])[0]


def icaljs_many(datas: list[bytes]) -> list[list[tuple[datetime, str]]]:
    """`icaljs_occurrences` for many files in one node process."""
    node = icaljs()
    assert node is not None
    found = []
    for lines in _batch([node, str(JS_DIR / "expand.mjs")], datas):
        rows = [line.split("\t", 1) for line in lines]
        found.append([(datetime.fromisoformat(start.replace("Z", "+00:00")), title) for start, title in rows])
    return found


def calcurse_starts(data: bytes, zone: str) -> list[datetime]:
    """Starts in UTC as calcurse (a terminal calendar; Debian package `calcurse`) imports the file.

    calcurse is the reader that added weeks that do not exist when COUNT met EXDATE. It repeats
    in the machine's own local time, so it runs as a machine in `zone` would.
    """
    calcurse = shutil.which("calcurse")
    assert calcurse is not None
    env = {"TZ": zone, "PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir()}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.ics"
        source.write_bytes(data)
        store = Path(folder) / "store"
        store.mkdir()
        run = [calcurse, "-D", str(store)]
        imported = subprocess.run([*run, "-i", str(source)], capture_output=True, env=env, check=False)
        assert imported.returncode == 0 and b" 0 skipped" in imported.stdout, imported.stdout
        fmt = "%(start:%Y-%m-%dT%H:%M)\n"
        query = [*run, "-Q", "--from", "01/01/2025", "--days", "1460", "--format-apt", fmt]
        listed = subprocess.run(
            [*query, "--format-recur-apt", fmt], capture_output=True, env=env, check=False
        )
    starts = [line for line in listed.stdout.decode().splitlines() if line[:2] == "20" and "T" in line]
    return sorted(datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC) for s in starts)


# -- RFC 5545 property placement (sections 3.6, 3.6.1, 3.6.5, 3.6.6) and RFC 7986 -----------

ONCE = {
    "VCALENDAR": {"PRODID", "VERSION", "CALSCALE", "METHOD", "NAME", "UID", "X-WR-CALNAME"},
    "VEVENT": {
        "DTSTAMP",
        "UID",
        "DTSTART",
        "CLASS",
        "CREATED",
        "DESCRIPTION",
        "GEO",
        "LAST-MODIFIED",
        "LOCATION",
        "ORGANIZER",
        "PRIORITY",
        "SEQUENCE",
        "STATUS",
        "SUMMARY",
        "TRANSP",
        "URL",
        "RECURRENCE-ID",
        "RRULE",
        "DTEND",
        "DURATION",
    },
    "VTIMEZONE": {"TZID", "LAST-MODIFIED", "TZURL"},
    "STANDARD": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM", "RRULE"},
    "DAYLIGHT": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM", "RRULE"},
    "VALARM": {"ACTION", "TRIGGER", "DESCRIPTION", "DURATION", "REPEAT"},
}
MANY = {
    "VCALENDAR": set(),
    "VEVENT": {"ATTACH", "ATTENDEE", "CATEGORIES", "COMMENT", "CONTACT", "EXDATE", "RELATED-TO", "RDATE"},
    "VTIMEZONE": set(),
    "STANDARD": {"COMMENT", "RDATE", "TZNAME"},
    "DAYLIGHT": {"COMMENT", "RDATE", "TZNAME"},
    "VALARM": {"ATTACH"},
}
REQUIRED = {
    "VCALENDAR": {"PRODID", "VERSION"},
    "VEVENT": {"DTSTAMP", "UID", "DTSTART"},
    "VTIMEZONE": {"TZID"},
    "STANDARD": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},
    "DAYLIGHT": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},
    "VALARM": {"ACTION", "TRIGGER", "DESCRIPTION"},
}
CHILDREN = {
    "VCALENDAR": {"VEVENT", "VTIMEZONE"},
    "VEVENT": {"VALARM"},
    "VTIMEZONE": {"STANDARD", "DAYLIGHT"},
    "STANDARD": set(),
    "DAYLIGHT": set(),
    "VALARM": set(),
}


def placement_problems(data: bytes) -> list[str]:
    """Every property or component where RFC 5545 does not allow it, from the raw lines."""
    text = re.sub(r"\r\n[ \t]", "", data.decode("utf-8"))
    problems: list[str] = []
    stack: list[tuple[str, Counter[str], set[str]]] = []
    tzids_used: set[str] = set()
    tzids_defined: set[str] = set()
    for line in text.split("\r\n"):
        if not line:
            continue
        name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
        value = line.split(":", 1)[1] if ":" in line else ""
        if name == "BEGIN":
            if stack and value not in CHILDREN[stack[-1][0]]:
                problems.append(f"{value} inside {stack[-1][0]}")
            if value not in CHILDREN:
                problems.append(f"unknown component {value}")
            stack.append((value, Counter(), set()))
            continue
        if name == "END":
            component, counts, children = stack.pop()
            for missing in REQUIRED.get(component, set()) - set(counts):
                problems.append(f"{component} lacks {missing}")
            if component == "VEVENT" and counts["DTEND"] and counts["DURATION"]:
                problems.append("VEVENT has both DTEND and DURATION")
            if component == "VTIMEZONE" and not children:
                problems.append("VTIMEZONE has no STANDARD or DAYLIGHT")
            if stack:
                stack[-1][2].add(component)
            continue
        component, counts, _ = stack[-1]
        counts[name] += 1
        if name.startswith("X-") and name != "X-WR-CALNAME":
            continue
        if name not in ONCE[component] | MANY[component]:
            problems.append(f"{name} is not allowed directly in {component}")
        elif name in ONCE[component] and counts[name] > 1:
            problems.append(f"{name} more than once in {component}")
        tzid = re.search(r";TZID=([^;:]+)", line)
        if tzid:
            tzids_used.add(tzid.group(1))
        if component == "VTIMEZONE" and name == "TZID":
            tzids_defined.add(value)
    problems += [f"TZID {t} has no VTIMEZONE" for t in sorted(tzids_used - tzids_defined)]
    return problems


def parse_everywhere(data: bytes) -> icalendar.Calendar:
    """Parse with every consumer there is; fail on any complaint. Returns the icalendar object."""
    return parse_all([data])[0]


def parse_all(datas: list[bytes]) -> list[icalendar.Calendar]:
    """`parse_everywhere` for many files, with one Ruby and one node process for all of them."""
    cals = [_parse_in_python(data) for data in datas]
    if datas and ruby_icalendar():
        ruby_parse_many(datas)
    if datas and icaljs():
        icaljs_many(datas)
    return cals


def _parse_in_python(data: bytes) -> icalendar.Calendar:
    text = data.decode("utf-8")
    assert "\r\n" in text
    cal = icalendar.Calendar.from_ical(data)
    assert [(c.name, c.errors) for c in cal.walk() if c.errors] == []
    IcsCalendarStream.calendar_from_ics(text)
    vobject.readOne(text, validate=True)
    ics.Calendar(text)
    assert placement_problems(data) == []
    if libical():
        assert libical_errors(data) == []
    return cal


def occurrences(cal: icalendar.Calendar) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of every occurrence, as recurring-ical-events expands them."""
    events = recurring_ical_events.of(cal).between(date(2025, 1, 1), date(2029, 1, 1))
    return sorted((e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC)) for e in events)


def icalevents_starts(data: bytes) -> list[datetime]:
    """Starts in UTC as icalevents expands them."""
    found = icalevents.events(string_content=data, start=datetime(2025, 1, 1), end=datetime(2029, 1, 1))
    return sorted(e.start.astimezone(UTC) for e in found)


def strict_starts(data: bytes) -> list[datetime]:
    """Starts in UTC as the strict `ical` parser's timeline expands them."""
    cal = IcsCalendarStream.calendar_from_ics(data.decode())
    return sorted(e.dtstart.astimezone(UTC) for e in cal.timeline)


def read_folder(folder: Path) -> dict[str, bytes]:
    """Every file of an export folder, by name (PeerDesk's manifest left out)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def import_over(old: bytes, new: bytes) -> bytes:
    """What a calendar that updates by UID (khal, Thunderbird, Apple, Google) holds after
    importing `new` over `old`: per UID the event with the higher SEQUENCE, the rest kept."""
    before, after = icalendar.Calendar.from_ical(old), icalendar.Calendar.from_ical(new)
    events = {str(e["UID"]): e for e in before.walk("VEVENT")}
    for event in after.walk("VEVENT"):
        uid = str(event["UID"])
        if uid not in events or int(event.get("SEQUENCE", 0)) >= int(events[uid].get("SEQUENCE", 0)):
            events[uid] = event
    merged = icalendar.Calendar()
    for key in ("PRODID", "VERSION"):
        merged.add(key, after[key])
    zones = {str(z["TZID"]): z for cal in (before, after) for z in cal.walk("VTIMEZONE")}
    for zone in zones.values():
        merged.add_component(zone)
    for event in events.values():
        merged.add_component(event)
    return merged.to_ical()


def live_starts_everywhere(data: bytes) -> dict[str, list[datetime]]:
    """Per consumer, the UTC starts of the events it shows as taking place (STATUS not CANCELLED).

    Readers that expose STATUS are filtered by it; Ruby's icalendar and ical.js by the title
    ('Cancelled: ...'), which is what their users see.
    """
    cal = icalendar.Calendar.from_ical(data)
    cancelled = {str(e["UID"]) for e in cal.walk("VEVENT") if str(e.get("STATUS", "")) == "CANCELLED"}
    expanded = recurring_ical_events.of(cal).between(date(2025, 1, 1), date(2029, 1, 1))
    window = {"start": datetime(2025, 1, 1), "end": datetime(2029, 1, 1)}
    text = data.decode()
    found = {
        "recurring-ical-events": [
            e["DTSTART"].dt.astimezone(UTC) for e in expanded if str(e["UID"]) not in cancelled
        ],
        "icalevents": [
            e.start.astimezone(UTC)
            for e in icalevents.events(string_content=data, **window)
            if e.status != "CANCELLED"
        ],
        "ical": [
            e.dtstart.astimezone(UTC)
            for e in IcsCalendarStream.calendar_from_ics(text).timeline
            if str(e.status) != "EventStatus.CANCELLED" and e.status != "CANCELLED"
        ],
        "ics": [
            e.begin.datetime.astimezone(UTC) for e in ics.Calendar(text).events if e.status != "CANCELLED"
        ],
        "vobject": [
            e.dtstart.value.astimezone(UTC)
            for e in vobject.readOne(text).vevent_list
            if e.status.value != "CANCELLED"
        ],
    }
    if ruby_icalendar():
        found["ruby-icalendar"] = [
            datetime.fromisoformat(start).astimezone(UTC)
            for _, start, title in ruby_parse(data)
            if not title.startswith("Cancelled: ")
        ]
    if icaljs():
        found["ical.js"] = [
            start for start, title in icaljs_occurrences(data) if not title.startswith("Cancelled: ")
        ]
    return {name: sorted(starts) for name, starts in found.items()}


RUBY_ATTENDEES = """
require "stringio"
require "icalendar"
Icalendar::Parser.new(STDIN.read, true).parse.each do |cal|
  cal.events.each { |e| e.attendee.each { |a| puts [a.ical_params["cn"]].flatten.first.to_s + "\\t" + a.to_s } }
end
"""
JS_ATTENDEES = """
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
const root = new ICAL.Component(ICAL.parse(readFileSync(0, "utf8")));
for (const v of root.getAllSubcomponents("vevent"))
  for (const p of v.getAllProperties("attendee")) console.log(`${p.getParameter("cn")}\\t${p.getFirstValue()}`);
"""


def attendees_everywhere(data: bytes) -> dict[str, list[tuple[str, str]]]:
    """Per consumer, (CN, address) of every ATTENDEE of every event, as that reader shows them."""
    text = data.decode()
    found = {
        "icalendar": [
            (str(a.params.get("CN", "")), str(a))
            for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
            for a in e.attendees
        ],
        "vobject": [
            (a.params.get("CN", [""])[0], a.value)
            for e in vobject.readOne(text).vevent_list
            for a in e.contents.get("attendee", [])
        ],
        "ics": [
            (a.common_name or "", f"mailto:{a.email}")
            for e in ics.Calendar(text).events
            for a in sorted(e.attendees, key=lambda a: text.index(a.email))
        ],
        "ical": [
            (a.common_name or "", a.uri)
            for e in IcsCalendarStream.calendar_from_ics(text).timeline
            for a in e.attendees
        ],
    }
    if ruby_icalendar():
        out = subprocess.run(
            [ruby_icalendar(), "-e", RUBY_ATTENDEES], input=data, capture_output=True, check=True
        )
        found["ruby-icalendar"] = [tuple(line.split("\t")) for line in out.stdout.decode().splitlines()]
    if icaljs():
        out = subprocess.run(
            [icaljs(), "--input-type=module", "-e", JS_ATTENDEES],
            input=data,
            capture_output=True,
            check=True,
            cwd=JS_DIR,
        )
        found["ical.js"] = [tuple(line.split("\t")) for line in out.stdout.decode().splitlines()]
    return found
