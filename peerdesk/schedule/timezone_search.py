"""Finding an IANA timezone from what a lead types: a city, a region, a country or an abbreviation.

"Berlin", "germany", "CET", "PST", "new york" or "Europe/Ber" all find their
zones; nothing is rewritten, the lead picks from the list. Country names come
from the tz database's own tables (iso3166.tab, zone.tab, shipped with tzdata),
abbreviations from the zones' winter and summer names this year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from peerdesk import clock
from peerdesk.domain import is_valid_timezone, timezone_names

# What people call countries that the tz tables name otherwise.
COUNTRY_ALIASES = {
    "US": ("usa", "america", "united states of america"),
    "GB": ("uk", "england", "scotland", "wales", "great britain"),
    "AE": ("uae",),
    "KR": ("south korea",),
    "NL": ("holland",),
    "CZ": ("czech republic",),
}
_LEGACY_PREFIXES = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")


@dataclass(frozen=True)
class ZoneEntry:
    """One timezone with the words that find it."""

    name: str
    countries: tuple[str, ...]
    abbreviations: tuple[str, ...]
    words: str  # folded search text: name parts, countries, abbreviations
    keys: frozenset[str] = frozenset()  # folded whole names: city, countries, aliases, country codes

    def label(self) -> str:
        """'Europe/Berlin - Germany (CET/CEST)' for a list."""
        extra = ", ".join(self.countries)
        abbr = "/".join(self.abbreviations)
        return self.name + (f" - {extra}" if extra else "") + (f" ({abbr})" if abbr else "")


def _read_table(name: str) -> list[list[str]]:
    try:
        text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _abbreviations(name: str, year: int) -> tuple[str, ...]:
    zone = ZoneInfo(name)
    found: list[str] = []
    for month in (1, 7):
        abbr = datetime(year, month, 15, 12, tzinfo=zone).tzname() or ""
        if abbr and abbr[0] not in "+-" and abbr not in found:
            found.append(abbr)
    return tuple(found)


@lru_cache(maxsize=2)
def zone_entries(year: int | None = None) -> tuple[ZoneEntry, ...]:
    """Every timezone this machine knows, with countries and abbreviations (cached)."""
    year = year or clock.today().year
    countries = {row[0]: row[1] for row in _read_table("iso3166.tab") if len(row) >= 2}
    zone_countries: dict[str, list[str]] = {}
    for row in _read_table("zone.tab"):
        if len(row) >= 3:
            zone_countries.setdefault(row[2], []).append(row[0])
    entries = []
    for name in sorted(timezone_names()):
        if name in ("Factory", "localtime") or name.startswith("posix") or name.startswith("right/"):
            continue
        codes = zone_countries.get(name, [])
        names = tuple(countries.get(code, code) for code in codes)
        aliases = [a for code in codes for a in COUNTRY_ALIASES.get(code, ())]
        abbreviations = _abbreviations(name, year)
        words = " ".join(
            [name.replace("_", " ").replace("/", " "), name, *names, *aliases, *codes, *abbreviations]
        ).casefold()
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        keys = frozenset(k.casefold() for k in (city, *names, *aliases, *codes))
        entries.append(ZoneEntry(name, names, abbreviations, words, keys))
    return tuple(entries)


# For an abbreviation many zones share, the zone CLDR names as its "golden" zone comes first
# (so "CET" suggests Europe/Paris, not Africa/Algiers, which sorts first by name).
GOLDEN_ZONES = {
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "eet": "Europe/Bucharest",
    "eest": "Europe/Bucharest",
    "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "est": "America/New_York",
    "edt": "America/New_York",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "hkt": "Asia/Hong_Kong",
    "msk": "Europe/Moscow",
    "sast": "Africa/Johannesburg",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "acst": "Australia/Adelaide",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
}


def search_timezones(text: str, limit: int = 60) -> list[ZoneEntry]:
    """Zones matching every word typed, best first: exact name, abbreviation, city start, the rest."""
    words = text.replace("_", " ").casefold().split()
    if not words:
        return []
    query = text.strip().casefold()
    results = []
    for entry in zone_entries():
        if not all(w in entry.words for w in words):
            continue
        city = entry.name.rsplit("/", 1)[-1].replace("_", " ").casefold()
        if entry.name.casefold() == query:
            rank = 0 if "/" in entry.name else 1  # "CET" the zone ranks with the zones that use CET
        elif query in (a.casefold() for a in entry.abbreviations):
            rank = 1
        elif query in entry.keys:
            rank = 2
        elif city.startswith(query) or any(c.casefold().startswith(query) for c in entry.countries):
            rank = 3
        elif entry.name.casefold().startswith(query):
            rank = 4
        else:
            rank = 5
        legacy = entry.name.startswith(_LEGACY_PREFIXES) or "/" not in entry.name
        golden = GOLDEN_ZONES.get(query) != entry.name
        results.append((rank, golden, legacy, not entry.countries, entry.name, entry))
    results.sort(key=lambda r: r[:5])
    return [r[-1] for r in results[:limit]]


def suggest_timezone(text: str) -> str | None:
    """The zone someone most likely meant by `text` (None if it is already valid or nothing fits)."""
    if is_valid_timezone(text.strip()):
        return None
    found = search_timezones(text, limit=1)
    return found[0].name if found else None
