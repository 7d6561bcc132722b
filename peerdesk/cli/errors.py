"""The one error type the command line turns into stderr lines and exit status 1."""

from __future__ import annotations


class CliError(Exception):
    """A problem to report as lines on stderr with exit status 1."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines
