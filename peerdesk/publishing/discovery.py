"""Finding an account's calendar home the way RFC 6764 describes.

From the address the lead typed, then the host's `/.well-known/caldav`: ask
for the current user's principal (RFC 5397), then for the principal's
calendar home (RFC 4791 6.2.1). Every place tried is named when nothing is
found, so the lead (or their administrator) sees what to correct.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml.etree import XMLSyntaxError

from peerdesk.i18n import N_, _
from peerdesk.publishing.client import CALDAV, DAV, Account, PublishError
from peerdesk.publishing.preconditions import NotXml, describe_status, parse_xml

if TYPE_CHECKING:
    from peerdesk.publishing.client import CalDavConnection

_ASK = (
    '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
    'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:current-user-principal/>'
    "<c:calendar-home-set/></d:prop></d:propfind>"
)
WELL_KNOWN = "/.well-known/caldav"
NOT_XML = N_("answered with something that is not WebDAV XML")


def starting_points(url: str) -> list[str]:
    """The address as typed, then the host's well-known CalDAV address (RFC 6764 section 5)."""
    parts = urlsplit(url)
    well_known = f"{parts.scheme}://{parts.netloc}{WELL_KNOWN}"
    return [url] if url.rstrip("/") == well_known else [url, well_known]


def _ask(conn: CalDavConnection, url: str) -> tuple[str, str, str]:
    """(principal href, calendar-home href, what went wrong) at one address."""
    try:
        response = conn._request(url, "PROPFIND", _ASK, {"Depth": "0", "Content-Type": "application/xml"})
    except XMLSyntaxError:  # caldav parses an XML-typed answer itself
        return "", "", _(NOT_XML)
    if response.status in (301, 302, 303, 307, 308):
        location = response.headers.get("Location")
        if not location:
            return "", "", _("redirects to nowhere")
        return "", "", _("redirects to {location}").format(location=location)
    if response.status == 404:
        return "", "", _("nothing there (404)")
    if response.status != 207:
        return "", "", describe_status(response.status, response.reason)
    raw = response._raw if isinstance(response._raw, bytes) else str(response._raw).encode()
    try:
        root = parse_xml(raw)
    except NotXml as exc:
        return "", "", f"{_(NOT_XML)}: {exc}"
    principal = _href_in(root, f"{DAV}current-user-principal", url)
    home = _href_in(root, f"{CALDAV}calendar-home-set", url)
    anonymous = root.find(f".//{DAV}current-user-principal/{DAV}unauthenticated") is not None
    if principal or home:
        return principal, home, ""
    if anonymous:
        return "", "", _("treated the request as anonymous (no login)")
    return "", "", _("names no principal and no calendar home")


def _href_in(root: ET.Element, tag: str, base: str) -> str:
    for element in root.iter(tag):
        href = (element.findtext(f"{DAV}href") or "").strip()
        if href:
            return urljoin(base, href)
    return ""


def discover(conn: CalDavConnection) -> Account:
    """The principal and calendar home of the connection's user, or a PublishError naming what was tried."""
    tried: list[str] = []
    for start in starting_points(conn.url):
        principal, home, problem = _ask(conn, start)
        if home:
            return Account(principal or start, home)
        if principal:
            found_principal = principal
            _principal, home, problem = _ask(conn, principal)
            if home:
                return Account(found_principal, home)
            problem = problem or _("no calendar home")
            tried.append(
                _("{start} (principal {principal}: {problem})").format(
                    start=start, principal=principal, problem=problem
                )
            )
            continue
        tried.append(f"{start} ({problem})")
    raise PublishError(
        _("could not find the calendars of {user} on {host}. Tried: ").format(
            user=conn.user, host=urlsplit(conn.url).netloc
        )
        + "; ".join(tried)
        + _(
            ". Check the address: type your provider's CalDAV address (see the "
            "README), or the address of one calendar."
        ),
        "not-found",
    )
