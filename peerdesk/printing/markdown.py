"""Text a person typed, made safe to put into Markdown so it prints exactly as typed.

Every ASCII punctuation mark that Markdown (CommonMark with GitHub's tables,
strike-through and autolinks, as Qt reads it) could take for syntax gets a
backslash; line breaks become hard breaks; leading spaces cannot start a code
block, and white space at either end is written as character references, so
emphasis around a value (`**{{ title }}**`) still closes when the value ends
in a space. `MarkdownText` marks text that is already Markdown (the template's own).
"""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped. Anywhere in a line these can take effect:
# HTML tags and entities, emphasis, links and images, code, tables, strike-through.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
# At the start of a line: a heading ("# "), a quote (">"), a list item ("- ", "+ ", "1. ", "1) "),
# a heading underline or a rule ("===", "---"). The mark gets the backslash, "4.2" stays as it is.
_LINE_START = re.compile(r"^(#{1,6}|[-+]|\d{1,9}[.)])(?=\s|$)|^(>)|^([=-])(?=[=-]*\s*$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class MarkdownText(str):
    """A string that is Markdown already: the escaping leaves it alone."""

    __slots__ = ()


def clean_control(text: str) -> str:
    """Drop control characters (NUL, bell...) that no printout can show; keep tabs and line breaks."""
    return _CONTROL.sub("", text)


def _escape_mark(match: re.Match[str]) -> str:
    mark = next(group for group in match.groups() if group)
    return mark[:-1] + "\\" + mark[-1]


def escape_markdown(value: object) -> str:
    """`value` as Markdown that reads back as exactly the same text."""
    if isinstance(value, MarkdownText):
        return value
    # blank lines around a value print as nothing, and a break before nothing is a stray backslash
    text = clean_control(str(value)).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip()
        indent = line[: len(line) - len(stripped)]
        # a leading space would make an indented code block; as an entity it stays a space
        escaped = _INLINE.sub(r"\\\1", stripped)
        escaped = _LINE_START.sub(_escape_mark, escaped)
        lines.append(_entities(indent) + escaped)
    # white space at the very end would stop a closing `**` around the value from closing it
    last = lines[-1].rstrip()
    lines[-1] = last + _entities(lines[-1][len(last) :])
    return "\\\n".join(lines)


def _entities(space: str) -> str:
    """White space as character references: it prints as typed but is no longer Markdown's space."""
    return "".join("&#32;" * 4 if c == "\t" else f"&#{ord(c)};" for c in space)
