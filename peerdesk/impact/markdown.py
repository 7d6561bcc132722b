"""Text a person typed, made safe for Markdown (Confluence, Notion, Teams) and Slack mrkdwn.

Markdown: a backslash before every character that could start formatting, so a
name like `*Ana*` or a note starting with `#` shows as typed. Slack has no
backslash escape: `&`, `<`, `>` become entities and a zero-width space keeps
`* _ ~ `` from pairing up into formatting. Line breaks become spaces, so a
typed text cannot break a list or a table out of shape.
"""

from __future__ import annotations

import re

MARKDOWN_SPECIAL = set("\\`*_{}[]()<>#+-.!|~")
ZERO_WIDTH_SPACE = "\u200b"
_SPACES = re.compile(r"[\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


def one_line(text: str) -> str:
    """Control characters and line breaks as single spaces."""
    return _SPACES.sub(" ", str(text)).strip()


def md_escape(text: object) -> str:
    """Markdown that renders as exactly `text` (on one line)."""
    return "".join("\\" + ch if ch in MARKDOWN_SPECIAL else ch for ch in one_line(str(text)))


def slack_escape(text: object) -> str:
    """Slack mrkdwn that shows `text` as typed (on one line)."""
    out = one_line(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(ZERO_WIDTH_SPACE + ch if ch in "*_~`" else ch for ch in out)


def plain(text: object) -> str:
    """No escaping (HTML templates escape for themselves)."""
    return str(text)
