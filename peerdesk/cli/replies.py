"""The `replies` command: read invitees' answers (iTIP REPLY) from mails and .ics files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.i18n import _
from peerdesk.storage import open_workspace


def add_replies_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`peerdesk replies import PATH...`."""
    replies = commands.add_parser("replies", help=_("read invitees' answers (accepted, declined...)"))
    actions = replies.add_subparsers(dest="replies_command", metavar="ACTION", required=True)
    read = actions.add_parser(
        "import", help=_("read answers from .eml/.ics files, an mbox file or a Maildir")
    )
    read.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=_("file or folder"))


def run_replies_command(args: argparse.Namespace, db: Path) -> int:
    """Store the current answers; print one line per answer left out, then a summary."""
    with open_workspace(db) as workspace:
        from peerdesk.schedule.replies import import_replies  # (icalendar: only for this command)

        result = import_replies(workspace, args.paths)
    for note in result.notes:
        print(_("note: {note}").format(note=note), file=sys.stderr)
    print(result.summary())
    return 0
