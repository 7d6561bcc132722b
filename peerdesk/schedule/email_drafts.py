"""Ready-to-send email drafts (.eml) that carry an invitation or a cancellation.

The lead opens the draft in Outlook, Apple Mail or Thunderbird and presses
Send; recipients see Accept/Decline because the calendar part is
`text/calendar; method=REQUEST` (or `method=CANCEL`, which removes the event).

The address headers are written here, not by the `email` package: Python 3.11
and 3.12 fold an address list so that the comma between two recipients can
land inside an encoded word, and mail programs then lose a recipient; and
Python's parser adds a space between two adjacent encoded words in a name,
where RFC 2047 readers add none. So every address sits on its own line, an
ASCII name is a quoted-string (quotes and backslashes escaped), and any other
name is exactly one encoded word (no two encoded words ever touch). The
invitation's own CN and this name are the same text, so the `To:` line lists
exactly the invitation's attendees. An internationalized domain is written
in punycode (`ascii_email`), in the headers and in the invitation alike:
a raw UTF-8 domain is a defect to Python's `email` and to mail servers that
do not announce SMTPUTF8.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

import idna

_ATEXT_PHRASE = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+( [A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$")
_EW_BYTES = 45  # 45 bytes -> 60 base64 characters -> a 72-character encoded word


def encoded_word(text: str) -> str:
    """`text` as one RFC 2047 encoded word (UTF-8, base64)."""
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def display_name(name: str) -> str:
    """A display name as it goes into an address header (ASCII only)."""
    if "=?" in name:  # would read back as an encoded word
        return encoded_word(name)
    if _ATEXT_PHRASE.match(name):
        return name
    if name.isascii() and name.isprintable():
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return encoded_word(name)


def ascii_domain(domain: str) -> str:
    """An internationalized domain as punycode ('bücher.example.de' -> 'xn--bcher-kva.example.de').

    IDNA 2008 with UTS 46 mapping (what browsers and mail servers use); a
    domain that is not a valid IDN stays as it is.
    """
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        return domain


def ascii_email(email: str) -> str:
    """The address with its domain in punycode, as it goes into To:, ORGANIZER and ATTENDEE."""
    local, at, domain = email.rpartition("@")
    return f"{local}{at}{ascii_domain(domain)}" if at else email


def addr_spec(email: str) -> str:
    """The address itself (domain in punycode), its local part quoted where RFC 5322 needs it."""
    local, _, domain = email.rpartition("@")
    return Address(username=local, domain=ascii_domain(domain)).addr_spec


def format_address(name: str, email: str) -> str:
    """One mailbox, `Name <address>`, that Python's parser and mail programs read back exactly."""
    if not name:
        return f"<{addr_spec(email)}>"
    return f"{display_name(name)} <{addr_spec(email)}>"


def unstructured(text: str) -> str:
    """A Subject value: plain when it is short printable ASCII, else folded encoded words."""
    if text.isascii() and text.isprintable() and len(text) <= 900 and "=?" not in text:
        return text
    words, chunk = [], ""
    for char in text:
        if len((chunk + char).encode("utf-8")) > _EW_BYTES:
            words.append(encoded_word(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(encoded_word(chunk))
    return "\r\n ".join(words)  # adjacent encoded words in unstructured text join without the space


def email_draft(
    *,
    sender: tuple[str, str] | None,
    recipients: Iterable[tuple[str, str]],
    subject: str,
    body: str,
    calendar: bytes,
    method: str,
    now: datetime,
) -> bytes:
    """A draft (.eml) with a text part and a `text/calendar; method=...` part.

    `sender` and `recipients` are (display name, email) pairs; `now` is the
    Date. `X-Unsent: 1` makes Outlook open it as a draft to send.
    """
    message = EmailMessage(policy=SMTP)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="peerdesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body, cte="quoted-printable")  # 7-bit clean, whatever the names
    message.add_alternative(
        calendar,
        maintype="text",
        subtype="calendar",
        params={"method": method, "charset": "UTF-8"},
    )
    lines = []
    if sender is not None:
        lines.append("From: " + format_address(*sender))
    addresses = [format_address(name, email) for name, email in recipients]
    if addresses:
        lines.append("To: " + ",\r\n ".join(addresses))
    lines.append("Subject: " + unstructured(subject))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8") + bytes(message)
