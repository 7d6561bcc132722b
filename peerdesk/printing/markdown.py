"""Text a person typed, made safe to put into Markdown so it prints exactly as typed.

Every ASCII punctuation mark that Markdown (CommonMark with GitHub's tables,
strike-through and autolinks, as Qt reads it) could take for syntax gets a
backslash; line breaks become hard breaks; leading spaces cannot start a code
block. `MarkdownText` marks text that is already Markdown (the template's own).
"""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped; these are the ones that can take effect
# (HTML tags and entities, emphasis, links, headings, lists, tables, strike-through, code).
_SPECIAL = re.compile(r"([\\`*_\[\]()#+\-!<>{}|~&=]|(?<=\d)\.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class MarkdownText(str):
    """A string that is Markdown already: the escaping leaves it alone."""

    __slots__ = ()


def clean_control(text: str) -> str:
    """Drop control characters (NUL, bell...) that no printout can show; keep tabs and line breaks."""
    return _CONTROL.sub("", text)


def escape_markdown(value: object) -> str:
    """`value` as Markdown that reads back as exactly the same text."""
    if isinstance(value, MarkdownText):
        return value
    text = clean_control(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip(" \t")
        indent = line[: len(line) - len(stripped)]
        # a leading space would make an indented code block; as an entity it stays a space
        lines.append("&#32;" * len(indent.replace("\t", "    ")) + _SPECIAL.sub(r"\\\1", stripped))
    return "\\\n".join(lines)
