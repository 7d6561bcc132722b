"""A small CalDAV client over the `caldav` package: find calendars, list, put and delete objects.

Discovery (principal, calendar home, calendars, MKCALENDAR) goes through
`caldav`; object writes are plain PUT/DELETE through its client with
`If-None-Match: *` (create only) and `If-Match: ETag` (change only what we
last saw), so a change someone else made is never overwritten by accident.
Every failure becomes a `PublishError` with a message a lead can act on.

Every exchange has a deadline besides the per-read timeout, the whole run has
one too, a Stop request ends the exchange under way within a second, and no
answer may be larger than a limit (see transport.py); server XML is read
without entity expansion (preconditions.parse_xml).
"""

from __future__ import annotations

import ipaddress
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import unquote, urljoin, urlsplit

import caldav
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests as http
from lxml.etree import LxmlError

from peerdesk.i18n import _
from peerdesk.publishing.preconditions import NotXml, describe_status, explain, parse_xml
from peerdesk.publishing.transport import (
    MAX_RESPONSE_BYTES,
    BoundedSession,
    DeadlinePassed,
    ResponseTooLarge,
    StopRequested,
    cut_off,
    within,
)

T = TypeVar("T")
DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
TIMEOUT = 30  # seconds to wait for the next byte
REQUEST_DEADLINE = 120  # seconds one exchange (request and whole answer) may take
RUN_DEADLINE = 30 * 60  # seconds one publish (or one search for calendars) may take
_LISTING = (
    '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
    'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><d:resourcetype/>'
    "<d:displayname/></d:prop></d:propfind>"
)


class PublishError(Exception):
    """A problem talking to the calendar server, in words a lead can act on.

    `kind` lets the window offer the right next step: "auth", "certificate",
    "connection", "refused", "not-found" or "server".
    """

    def __init__(self, message: str, kind: str = "server") -> None:
        super().__init__(message)
        self.kind = kind


class RefusedObject(PublishError):
    """The server refused one object (the others may still go through)."""


class ChangedOnServer(PublishError):
    """An If-Match or If-None-Match precondition failed: someone changed the object meanwhile."""


class PublishStopped(PublishError):
    """The lead pressed Stop while the server was being asked something."""


@dataclass(frozen=True)
class Account:
    """Where one user's calendars live on a server: the principal and its calendar home."""

    principal: str
    home: str


def sends_password_first(url: str) -> bool:
    """True where the password may go with the first request: over HTTPS, or plain HTTP to this computer."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    host = (parts.hostname or "").lower()
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name, not an address
        return False


@dataclass(frozen=True)
class CalendarInfo:
    """A calendar collection the account can see."""

    url: str
    name: str


def _host(url: str) -> str:
    return urlsplit(url).netloc.rpartition("@")[2] or url


def check_url(url: str) -> str:
    """The URL as given, if it is an http(s) address with a host; otherwise a clear error."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(
            _(
                "'{url}' is not a calendar server address; it should start with "
                "https:// (for example https://cloud.example.com/remote.php/dav/)"
            ).format(url=url),
            "not-found",
        )
    return url if parts.path else url + "/"


class CalDavConnection:
    """One account on one server: username, password and how to check its certificate."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        verify: bool | str = True,
        timeout: float = TIMEOUT,
        deadline: float | None = None,
        run_deadline: float | None = None,
        max_response: int | None = None,
    ) -> None:
        self.url = check_url(url)
        self.user = user
        self.timeout = timeout
        # the module's limits, read now (not when this module was loaded)
        self.deadline = REQUEST_DEADLINE if deadline is None else deadline
        self.run_deadline = RUN_DEADLINE if run_deadline is None else run_deadline
        self.max_response = MAX_RESPONSE_BYTES if max_response is None else max_response
        self.should_stop: Callable[[], bool] | None = None  # the window's Stop button
        self._run_ends = time.monotonic() + self.run_deadline
        self._read_timeout = timeout
        self._run_cut = False
        self.client = caldav.DAVClient(
            self.url,
            username=user,
            password=password,
            ssl_verify_cert=verify,  # True, or "sha256_..." for a certificate the lead chose to trust
            timeout=timeout,
            enable_rfc6764=False,  # no DNS look-ups: talk to the address the lead gave, nothing else
        )
        self.client.session.close()
        self.client.session = self._session()
        self._account: Account | None = None
        if sends_password_first(self.url):
            # Cyrus (Fastmail) answers a request without credentials as "anonymous" instead of 401
            self.client.auth = http.auth.HTTPBasicAuth(user, password)
        self._may_renegotiate = self.client.auth is not None

    def _session(self) -> BoundedSession:
        session = BoundedSession()
        session.limit = self.max_response
        return session

    def close(self) -> None:
        """Close the HTTP session."""
        self.client.session.close()

    def begin_run(self) -> None:
        """Start the clock of one run (a publish, a search for calendars): `run_deadline` from now."""
        self._run_ends = time.monotonic() + self.run_deadline

    def _exchange(self, work: Callable[[], T]) -> T:
        """`work()` (one HTTP exchange through caldav) within the request and run deadlines."""
        left = self._run_ends - time.monotonic()
        if left <= 0:
            raise DeadlinePassed(self.run_deadline, True)
        limit = min(self.deadline, left)
        self._read_timeout = min(self.timeout, limit)
        # a read that times out then ran into the run's end, not into the server's own slowness
        self._run_cut = left < min(self.timeout, self.deadline)
        self.client.timeout = self._read_timeout

        def abandon() -> None:
            session, self.client.session = self.client.session, self._session()
            cut_off(session)

        return within(
            work,
            limit,
            whole_run=limit < self.deadline,
            should_stop=self.should_stop,
            abandon=abandon,
        )

    # -- errors ----------------------------------------------------------------

    @contextmanager
    def _talking(self, doing: str) -> Iterator[None]:
        server = _host(self.url)
        try:
            yield
        except PublishError:
            raise
        except DeadlinePassed as exc:
            raise self._too_slow(exc, doing) from exc
        except StopRequested as exc:
            raise PublishStopped(
                _("stopped on request while {doing}; what was already published is kept").format(doing=doing),
                "stopped",
            ) from exc
        except ResponseTooLarge as exc:
            raise PublishError(
                _(
                    "{server} sent more than {value} MB in one answer while {doing}, more "
                    "than any calendar needs; PeerDesk stopped reading it. Check that the "
                    "address is your calendar server's, or ask its administrator."
                ).format(server=server, value=exc.limit // (1024 * 1024) or 1, doing=doing),
                "server",
            ) from exc
        except (NotXml, LxmlError) as exc:
            why = (
                str(exc)
                if isinstance(exc, NotXml)
                else _("it is not well-formed XML ({reason})").format(reason=_short(exc))
            )
            raise PublishError(
                _(
                    "{server} answered with something PeerDesk cannot read while {doing}: "
                    "{why}. Check the address (it should be your provider's CalDAV "
                    "address), or ask the server's administrator."
                ).format(server=server, doing=doing, why=why),
                "server",
            ) from exc
        except MemoryError as exc:
            raise PublishError(
                _(
                    "{server} sent an answer too large to hold in memory while {doing}; nothing more was done"
                ).format(server=server, doing=doing),
                "server",
            ) from exc
        except http.exceptions.SSLError as exc:
            raise PublishError(
                _(
                    "the certificate of {server} could not be verified ({reason}). If this "
                    "is your organisation's own server with a self-signed certificate, "
                    "trust it once in Schedule > Publish to Calendar; otherwise do not "
                    "publish to it."
                ).format(server=server, reason=_short(exc)),
                "certificate",
            ) from exc
        except http.exceptions.Timeout as exc:
            if self._run_cut:
                raise self._too_slow(DeadlinePassed(self.run_deadline, True), doing) from exc
            raise PublishError(
                _(
                    "{server} did not answer within {read_timeout:g} s while {doing}. "
                    "Check your connection and publish again: what was already published "
                    "is kept."
                ).format(server=server, read_timeout=self._read_timeout, doing=doing),
                "connection",
            ) from exc
        except (http.exceptions.ConnectionError, ConnectionError) as exc:
            raise PublishError(
                _(
                    "lost the connection to {server} while {doing} ({reason}). Check the "
                    "address and your network, then publish again: what was already "
                    "published is kept."
                ).format(server=server, doing=doing, reason=_short(exc)),
                "connection",
            ) from exc
        except dav_error.AuthorizationError as exc:
            meaning = explain(getattr(exc, "body", None))
            if meaning is not None:
                raise RefusedObject(
                    _("{server} refused {doing}: {meaning}").format(
                        server=server, doing=doing, meaning=meaning
                    ),
                    "refused",
                ) from exc
            status = getattr(exc, "status", None)
            # by the status caldav keeps; the words only when it has none ("403" alone also matches
            # a port such as 34035 in the URL the message quotes)
            if status == 403 or (status is None and "Forbidden" in str(exc)):
                raise PublishError(
                    _(
                        "{server} does not let {user} do this while {doing} (access denied: "
                        "403 Forbidden). Choose a calendar you may write to, or ask its owner "
                        "to share it with write access."
                    ).format(server=server, user=self.user, doing=doing),
                    "refused",
                ) from exc
            raise PublishError(
                _(
                    "{server} refused the user name or password for {user}. Check them; "
                    "Nextcloud, Fastmail and iCloud need an app password (see the README), "
                    "not your login password."
                ).format(server=server, user=self.user),
                "auth",
            ) from exc
        except (dav_error.DAVError, http.exceptions.RequestException) as exc:
            status = getattr(exc, "status", None) or _status_in(str(exc))
            if isinstance(status, int) and status >= 300:
                raise PublishError(
                    _(
                        "{server} answered while {doing}: {meaning} - what was already published is kept."
                    ).format(server=server, doing=doing, meaning=describe_status(status))
                ) from exc
            raise PublishError(
                _("{server} answered with an error while {doing}: {reason}").format(
                    server=server, doing=doing, reason=_short(exc)
                )
            ) from exc

    def _too_slow(self, exc: DeadlinePassed, doing: str) -> PublishError:
        server = _host(self.url)
        if exc.whole_run:
            return PublishError(
                _(
                    "publishing to {server} took longer than {value}, the most one publish "
                    "may take, and stopped while {doing}. Publish again to finish: what "
                    "was already published is kept."
                ).format(server=server, value=_duration(self.run_deadline), doing=doing),
                "connection",
            )
        return PublishError(
            _(
                "{server} did not finish answering within {value} while {doing} (it "
                "kept the connection open but sent too little, too slowly). Check your "
                "connection and publish again: what was already published is kept."
            ).format(server=server, value=_duration(exc.seconds), doing=doing),
            "connection",
        )

    def _request(self, url: str, method: str, body: str | bytes = "", headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        try:
            response = self._exchange(lambda: self.client.request(url, method, body, headers or {}))
        except dav_error.AuthorizationError as exc:
            if not self._may_renegotiate or getattr(exc, "status", None) != 401:
                raise
            # refused the Basic sent up front (a Digest-only server such as sabre/dav):
            # let caldav read the server's challenge and choose, once per connection
            self._may_renegotiate = False
            self.client.auth = None
            response = self._exchange(lambda: self.client.request(url, method, body, headers or {}))
        if response.status >= 500:
            raise PublishError(
                _("{host} answered: {meaning} - what was already published is kept.").format(
                    host=_host(self.url), meaning=describe_status(response.status, response.reason)
                )
            )
        return response

    # -- calendars ---------------------------------------------------------------

    def _propfind(self, url: str, depth: int) -> list[tuple[str, str, bool, str]]:
        """(href, etag, is a calendar, display name) for `url` and, with depth 1, its members."""
        response = self._request(
            url, "PROPFIND", _LISTING, {"Depth": str(depth), "Content-Type": "application/xml"}
        )
        if response.status == 404:
            raise PublishError(
                _("there is nothing at {url} on the server; check the address").format(url=url), "not-found"
            )
        if response.status != 207:
            raise PublishError(
                _("{host} could not list {url}: {meaning}").format(
                    host=_host(self.url), url=url, meaning=describe_status(response.status, response.reason)
                )
            )
        raw = response._raw if isinstance(response._raw, bytes) else str(response._raw).encode()
        root = parse_xml(raw)
        found = []
        for item in root.iter(f"{DAV}response"):
            href = urljoin(url, (item.findtext(f"{DAV}href") or "").strip())
            etag, name, is_calendar = "", "", False
            for propstat in item.iter(f"{DAV}propstat"):
                if " 200 " not in (propstat.findtext(f"{DAV}status") or " 200 "):
                    continue
                prop = propstat.find(f"{DAV}prop")
                if prop is None:
                    continue
                etag = prop.findtext(f"{DAV}getetag") or etag
                name = prop.findtext(f"{DAV}displayname") or name
                kinds = prop.find(f"{DAV}resourcetype")
                is_calendar = is_calendar or (
                    kinds is not None and kinds.find(f"{CALDAV}calendar") is not None
                )
            found.append((href, etag.strip(), is_calendar, name))
        return found

    def is_calendar(self, url: str) -> CalendarInfo | None:
        """The calendar at `url`, when the URL is a calendar collection's own address."""
        with self._talking(_("opening the calendar")):
            found = self._propfind(url, 0)
        own = [f for f in found if _same(f[0], url)] or found[:1]
        if own and own[0][2]:
            return CalendarInfo(
                _slash(url), own[0][3] or unquote(urlsplit(url).path.rstrip("/")).rpartition("/")[2]
            )
        return None

    def account(self) -> Account:
        """Where the user's calendars live (RFC 6764 discovery, once per connection)."""
        from peerdesk.publishing.discovery import discover  # discovery talks through this class

        if self._account is None:
            with self._talking(_("looking for your calendars")):
                self._account = discover(self)
        return self._account

    def calendars(self) -> list[CalendarInfo]:
        """The account's calendars (principal and calendar-home discovery, then one listing)."""
        home = self.account().home
        with self._talking(_("listing your calendars")):
            found = self._propfind(home, 1)
        return [
            CalendarInfo(_slash(href), name or unquote(urlsplit(href).path.rstrip("/")).rpartition("/")[2])
            for href, _, is_calendar, name in found
            if is_calendar and not _same(href, home)
        ]

    def create_calendar(self, name: str) -> CalendarInfo:
        """Make a new calendar called `name` in the account's calendar home."""
        account = self.account()
        with self._talking(_("creating the calendar {name}").format(name=name)):
            calendar = self._exchange(
                lambda: caldav.CalendarSet(client=self.client, url=account.home).make_calendar(name=name)
            )
            return CalendarInfo(_slash(str(calendar.url)), name)

    # -- objects ----------------------------------------------------------------

    def etags(self, calendar_url: str) -> dict[str, str]:
        """Every object in the calendar: href -> ETag (one PROPFIND, no bodies)."""
        with self._talking(_("reading the calendar")):
            return {
                href: etag
                for href, etag, is_cal, _ in self._propfind(calendar_url, 1)
                if not _same(href, calendar_url) and not is_cal
            }

    def etag_of(self, href: str) -> str:
        """The current ETag of one object ('' if the server has none)."""
        with self._talking(_("reading an event")):
            found = self._propfind(href, 0)
        return found[0][1] if found else ""

    def get(self, href: str) -> tuple[bytes, str] | None:
        """An object's data and ETag, or None if it is gone."""
        with self._talking(_("reading an event")):
            response = self._request(href, "GET")
            if response.status == 404:
                return None
            if response.status != 200:
                raise PublishError(
                    _("{host} could not give {href}: {meaning}").format(
                        host=_host(self.url),
                        href=href,
                        meaning=describe_status(response.status, response.reason),
                    )
                )
            body = response._raw_body or (
                response._raw if isinstance(response._raw, bytes) else str(response._raw).encode()
            )
            return body, (response.headers.get("ETag") or "").strip()

    def put(self, href: str, data: bytes, etag: str | None, label: str) -> str:
        """Create (etag None) or replace (etag = what we last saw) one object; returns its new ETag."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        with self._talking(_("publishing {label}").format(label=label)):
            response = self._request(href, "PUT", data, headers)
            if response.status == 412:
                raise ChangedOnServer(
                    _("{label} was changed on the server by someone else").format(label=label), "conflict"
                )
            if response.status not in (200, 201, 204):
                raise RefusedObject(_refusal(response, label, _host(self.url)), "refused")
            new = (response.headers.get("ETag") or "").strip()
        # some servers (Sabre-based, e.g. Nextcloud) send no ETag when they rewrote the data
        return new if new and not new.startswith("W/") else self.etag_of(href)

    def delete(self, href: str, etag: str, label: str) -> None:
        """Remove one object if it is still the version we last saw."""
        with self._talking(_("removing {label}").format(label=label)):
            response = self._request(href, "DELETE", "", {"If-Match": etag} if etag else {})
            if response.status == 412:
                raise ChangedOnServer(
                    _("{label} was changed on the server by someone else").format(label=label), "conflict"
                )
            if response.status not in (200, 204, 404):
                raise RefusedObject(_refusal(response, label, _host(self.url)), "refused")


def _refusal(response, label: str, server: str) -> str:  # type: ignore[no-untyped-def]
    status = response.status
    raw = response._raw if isinstance(response._raw, bytes | str) else ""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    meaning = explain(text)
    if meaning is not None:
        why = meaning
    elif status == 507 or "quota" in text.lower():
        why = _(
            "the calendar or account is full (over its storage quota); free some "
            "space or ask the administrator"
        )
    elif status == 409 or "no-uid-conflict" in text:
        why = _(
            "the calendar already holds another event with the same UID - probably "
            "the invite was imported into it by hand; delete that copy in the "
            "calendar, then publish again"
        )
    elif status == 403:
        why = _("you may not write to this calendar; choose another or ask its owner for write access")
    elif status == 413:
        why = _("the event is larger than the server accepts")
    else:
        why = describe_status(status, response.reason)
    if str(status) not in why:
        why += _(" (it answered {status})").format(status=status)
    return _("{server} refused {label}: {why}").format(server=server, label=label, why=why)


def _status_in(text: str) -> int | None:
    found = re.search(r"\b([1-5]\d\d) [A-Z][A-Za-z -]+", text)
    return int(found.group(1)) if found else None


def _duration(seconds: float) -> str:
    """'45 s', '2 min' or '30 min': the limit that applied, as the lead reads it."""
    if seconds < 120:
        return _("{seconds} s").format(seconds=f"{seconds:g}")
    return _("{minutes} min").format(minutes=f"{seconds / 60:g}")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _same(a: str, b: str) -> bool:
    return unquote(urlsplit(a).path).rstrip("/") == unquote(urlsplit(b).path).rstrip("/")
