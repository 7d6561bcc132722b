"""What a server's refusal means, from the precondition it names in its DAV:error body.

CalDAV servers explain a 403 or 409 with an element such as
`<C:no-uid-conflict/>` (RFC 4791 5.3.2.1, RFC 6638 3.2.4, RFC 3744, RFC
4331). Each known one becomes what it means for the lead and what to do.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import unquote

from caldav.lib.error import parse_preconditions

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"

_ELSEWHERE = (
    "this event already exists in another of your calendars{where}, published there by PeerDesk "
    "or imported from the invite: remove it there, or publish to that calendar"
)
MEANINGS: dict[str, str] = {
    f"{CALDAV}unique-scheduling-object-resource": _ELSEWHERE,
    f"{CALDAV}no-uid-conflict": _ELSEWHERE.replace("another of your calendars", "a calendar of yours"),
    f"{CALDAV}valid-calendar-data": (
        "the server found the event's data invalid{detail}; please report this to PeerDesk's makers"
    ),
    f"{CALDAV}valid-calendar-object-resource": (
        "the server does not accept this kind of event{detail}; please report this to PeerDesk's makers"
    ),
    f"{CALDAV}supported-calendar-data": "the server does not accept iCalendar data in this calendar",
    f"{CALDAV}supported-calendar-component": (
        "this calendar holds only tasks or notes, not events: choose or create an event calendar"
    ),
    f"{CALDAV}calendar-collection-location-ok": (
        "a calendar cannot be made at that place: publish to an existing calendar or the server address"
    ),
    f"{CALDAV}max-resource-size": (
        "the event is larger than the server accepts (a shorter description or fewer attendees help)"
    ),
    f"{CALDAV}min-date-time": "the event starts earlier than the server accepts",
    f"{CALDAV}max-date-time": "the event ends later than the server accepts",
    f"{CALDAV}max-instances": (
        "the weekly series has more occurrences than the server accepts: split the program in two"
    ),
    f"{CALDAV}max-attendees-per-instance": "the event names more people than the server accepts",
    f"{CALDAV}same-organizer-in-all-components": (
        "the server wants one organizer for every week of the series; please report this to PeerDesk's makers"
    ),
    f"{CALDAV}allowed-organizer-scheduling-object-change": (
        "the server does not let the organizer make this change; remove the event there and publish again"
    ),
    f"{CALDAV}allowed-attendee-scheduling-object-change": (
        "you are an attendee of this event in that calendar, not its organizer, so you may not change it: "
        "publish to a calendar of the organizer's, or remove your copy there"
    ),
    f"{DAV}need-privileges": (
        "you may not write to this calendar: choose another, or ask its owner to share it with write access"
    ),
    f"{DAV}quota-not-exceeded": "the calendar or account is full (over its storage quota): free some space",
    f"{DAV}sufficient-disk-space": "the server is out of disk space: tell its administrator",
}


def explain(body: bytes | str | None, server_url: str = "") -> str | None:
    """What the first known precondition in `body` means and what to do, or None if none is known."""
    for tag in parse_preconditions(body):
        meaning = MEANINGS.get(tag)
        if meaning is not None:
            return meaning.format(where=_where(body, tag), detail=_detail(body))
    return None


def _root(body: bytes | str | None) -> ET.Element | None:
    raw = body.encode() if isinstance(body, str) else body
    try:
        return ET.fromstring(raw) if raw else None
    except ET.ParseError:
        return None


def _where(body: bytes | str | None, tag: str) -> str:
    """' (Calendar-path)' when the server names where the other copy is (Cyrus does)."""
    root = _root(body)
    element = root.find(tag) if root is not None else None
    href = (element.findtext(f"{DAV}href") or "").strip() if element is not None else ""
    if not href:
        return ""
    folder = unquote(href).rstrip("/").rpartition("/")[0]
    return f" ({folder}/)"


def _detail(body: bytes | str | None) -> str:
    root = _root(body)
    text = (root.findtext(f"{DAV}responsedescription") or "").strip() if root is not None else ""
    return f": {text[:200]}" if text else ""
