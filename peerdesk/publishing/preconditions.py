"""What a server's refusal means, from the precondition it names in its DAV:error body.

CalDAV servers explain a 403 or 409 with an element such as
`<C:no-uid-conflict/>` (RFC 4791 5.3.2.1, RFC 6638 3.2.4, RFC 3744, RFC
4331). Each known one becomes what it means for the lead and what to do, and
so does every HTTP status (`describe_status`). Server XML is read only through
`parse_xml`: no document type, so no entity expansion (billion laughs, XXE).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import unquote

import defusedxml.ElementTree as SafeET
from caldav.lib.error import parse_preconditions
from defusedxml import DefusedXmlException

from peerdesk.i18n import N_, _

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"

_ELSEWHERE = N_(
    "this event already exists in another of your calendars{where}, published there by PeerDesk "
    "or imported from the invite: remove it there, or publish to that calendar"
)
MEANINGS: dict[str, str] = {
    f"{CALDAV}unique-scheduling-object-resource": _ELSEWHERE,
    f"{CALDAV}no-uid-conflict": N_(
        "this event already exists in a calendar of yours{where}, published there by PeerDesk "
        "or imported from the invite: remove it there, or publish to that calendar"
    ),
    f"{CALDAV}valid-calendar-data": (
        N_("the server found the event's data invalid{detail}; please report this to PeerDesk's makers")
    ),
    f"{CALDAV}valid-calendar-object-resource": (
        N_("the server does not accept this kind of event{detail}; please report this to PeerDesk's makers")
    ),
    f"{CALDAV}supported-calendar-data": N_("the server does not accept iCalendar data in this calendar"),
    f"{CALDAV}supported-calendar-component": (
        N_("this calendar holds only tasks or notes, not events: choose or create an event calendar")
    ),
    f"{CALDAV}calendar-collection-location-ok": (
        N_("a calendar cannot be made at that place: publish to an existing calendar or the server address")
    ),
    f"{CALDAV}max-resource-size": (
        N_("the event is larger than the server accepts (a shorter description or fewer attendees help)")
    ),
    f"{CALDAV}min-date-time": N_("the event starts earlier than the server accepts"),
    f"{CALDAV}max-date-time": N_("the event ends later than the server accepts"),
    f"{CALDAV}max-instances": (
        N_("the weekly series has more occurrences than the server accepts: split the program in two")
    ),
    f"{CALDAV}max-attendees-per-instance": N_("the event names more people than the server accepts"),
    f"{CALDAV}same-organizer-in-all-components": (
        N_(
            "the server wants one organizer for every week of the series; "
            "please report this to PeerDesk's makers"
        )
    ),
    f"{CALDAV}allowed-organizer-scheduling-object-change": (
        N_("the server does not let the organizer make this change; remove the event there and publish again")
    ),
    f"{CALDAV}allowed-attendee-scheduling-object-change": (
        N_(
            "you are an attendee of this event in that calendar, not its organizer, "
            "so you may not change it: "
            "publish to a calendar of the organizer's, or remove your copy there"
        )
    ),
    f"{DAV}need-privileges": (
        N_(
            "you may not write to this calendar: choose another, "
            "or ask its owner to share it with write access"
        )
    ),
    f"{DAV}quota-not-exceeded": N_(
        "the calendar or account is full (over its storage quota): free some space"
    ),
    f"{DAV}sufficient-disk-space": N_("the server is out of disk space: tell its administrator"),
}


def explain(body: bytes | str | None, server_url: str = "") -> str | None:
    """What the first known precondition in `body` means and what to do, or None if none is known."""
    for tag in parse_preconditions(body):
        meaning = MEANINGS.get(tag)
        if meaning is not None:
            return _(meaning).format(where=_where(body, tag), detail=_detail(body))
    return None


class NotXml(ValueError):
    """A server's answer that is not well-formed XML, or declares a document type (entities)."""


def parse_xml(raw: bytes | str) -> ET.Element:
    """The root element of a server's XML answer; NotXml for anything malformed or with a DTD.

    A WebDAV answer never needs a document type declaration, so one is refused
    outright: no entity is ever expanded (billion laughs) or fetched (XXE).
    """
    try:
        return SafeET.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise NotXml(_("it declares a document type (entities), which WebDAV never needs")) from exc
    except (ET.ParseError, ValueError, RecursionError) as exc:
        raise NotXml(_("it is not well-formed XML ({value})").format(value=str(exc)[:120])) from exc


def _root(body: bytes | str | None) -> ET.Element | None:
    try:
        return parse_xml(body) if body else None
    except NotXml:
        return None


_STATUS_MEANINGS: dict[int, str] = {
    400: N_(
        "it could not read PeerDesk's request (400 Bad Request); please report this to PeerDesk's makers"
    ),
    401: N_("it asks for a login that was not accepted (401)"),
    402: N_("it wants a payment or a paid plan first (402 Payment Required)"),
    403: N_("you may not do this there (403 Forbidden): ask the calendar's owner for write access"),
    404: N_("there is nothing at that address (404 Not Found): check the address"),
    405: N_("that address does not accept this (405 Method Not Allowed): it is probably not a calendar"),
    406: N_("it will not answer in a form PeerDesk reads (406 Not Acceptable)"),
    407: N_("a proxy between you and the server wants a login (407): ask your administrator"),
    408: N_("it gave up waiting for PeerDesk (408 Request Timeout): check your connection and try again"),
    409: N_("it reports a conflict (409): an event with the same UID is probably already there"),
    410: N_("what was at that address is gone for good (410 Gone)"),
    411: N_(
        "it asks for the length of what PeerDesk sends (411), although PeerDesk gives it; "
        "please report this to PeerDesk's makers"
    ),
    412: N_("the event changed on the server meanwhile (412 Precondition Failed)"),
    413: N_("the event is larger than the server accepts (413)"),
    414: N_("the address is too long for the server (414)"),
    415: N_("it does not accept calendar data there (415 Unsupported Media Type)"),
    423: N_("the calendar is locked by another program (423 Locked): try again later"),
    424: N_("an earlier step failed on the server (424 Failed Dependency): try again"),
    429: N_("it is being asked too often (429 Too Many Requests): wait a few minutes and publish again"),
    431: N_("it refused PeerDesk's request headers as too large (431)"),
    451: N_("it may not show this for legal reasons (451)"),
    500: N_("it had an internal error (500): try again later"),
    501: N_("it does not support this (501 Not Implemented): the address is probably not a CalDAV server"),
    502: N_("a gateway in front of it got no proper answer (502 Bad Gateway): try again later"),
    503: N_("it is unavailable right now (503 Service Unavailable): try again later"),
    504: N_("a gateway in front of it gave up waiting (504 Gateway Timeout): try again later"),
    505: N_("it does not speak PeerDesk's HTTP version (505)"),
    507: (
        N_(
            "the calendar or account is full (507 Insufficient Storage - over its storage quota): "
            "free some space there, or ask its administrator for more"
        )
    ),
    508: N_("it found a loop in its own folders (508 Loop Detected): tell its administrator"),
    511: N_("the network wants you to log in first (511): open a web page to sign in to it, then try again"),
}


def describe_status(status: int, reason: str = "") -> str:
    """What an HTTP status means for the lead, for every status a server may send."""
    known = _STATUS_MEANINGS.get(status)
    if known is not None:
        return _(known)
    said = f"{status} {reason}".strip()
    if 500 <= status <= 599:
        return _("it had an internal error ({said}): try again later").format(said=said)
    if 400 <= status <= 499:
        return _("it refused the request ({said})").format(said=said)
    if 300 <= status <= 399:
        return _(
            "it sent PeerDesk elsewhere ({said}): use the address it names, or your provider's CalDAV address"
        ).format(said=said)
    return _("it gave an answer PeerDesk does not expect ({said})").format(said=said)


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
