"""Text a person typed, made safe to put into Markdown so it prints exactly as typed.

Every ASCII punctuation mark that Markdown (CommonMark with GitHub's tables,
strike-through and autolinks, as Qt reads it) could take for syntax gets a
backslash; line breaks become hard breaks; leading spaces cannot start a code
block. `MarkdownText` marks text that is already Markdown (the template's own).
"""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped. Anywhere in a line these can take effect:
# HTML tags and entities, emphasis, links and images, code, tables, strike-through.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
# At the start of a line: headings, quotes, list items ("-", "+", "1." or "1)"), setext underlines.
_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")
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
        escaped = _INLINE.sub(r"\\\1", stripped)
        escaped = _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped)
        lines.append("&#32;" * len(indent.replace("\t", "    ")) + escaped)
    return "\\\n".join(lines)
