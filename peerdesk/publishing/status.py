"""Per program: where it is published, when, and whether local changes wait to be published.

Light on purpose: it reads the publish records first and builds calendar
objects (icalendar) only when a program has been published, and never loads
the CalDAV client, so the Schedule tab stays quick to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from peerdesk.i18n import _, nformat
from peerdesk.schedule.dates import local_date
from peerdesk.storage import Workspace
from peerdesk.storage.publications import Publication, PublicationRepository


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, to name a server in messages and in the keychain."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


@dataclass(frozen=True)
class PublishStatus:
    """Where a program is published, when, and whether local changes wait."""

    publication: Publication
    pending: int

    def describe(self) -> str:
        """'published to Team at cloud.example.com on 25 Nov 2026 10:02; up to date' and the like."""
        pub = self.publication
        where = _("'{calendar}' at {host}").format(
            calendar=pub.calendar_name or pub.calendar_url, host=origin(pub.calendar_url).split("://")[-1]
        )
        if pub.published_at:
            text = _("published to {where} on {when}").format(
                where=where,
                when=local_date(pub.published_at.astimezone(), "%d %b %Y %H:%M", "dd MMM y HH:mm"),
            )
        else:
            text = _("not yet completely published to {where}").format(where=where)
        if pub.last_error:
            text += _(" - the last publish did not finish")
        if self.pending:
            text += nformat("; {n} change not yet published", "; {n} changes not yet published", self.pending)
        elif pub.published_at and not pub.last_error:
            text += _("; up to date")
        return text


def publish_statuses(workspace: Workspace, program_ids: set[int] | None = None) -> dict[int, PublishStatus]:
    """Per published program id (of `program_ids`, or all): its latest publication and how many
    local changes wait."""
    records = PublicationRepository(workspace.db)
    latest = records.latest()
    if not latest:
        return {}
    from peerdesk.publishing.objects import program_objects
    from peerdesk.publishing.plan import local_changes
    from peerdesk.roster.service import Roster
    from peerdesk.schedule.invites import InviteContext
    from peerdesk.schedule.service import Schedule

    schedule = Schedule(workspace)
    ctx = InviteContext.build(Roster(workspace).people(), schedule.formats())
    result = {}
    for program in schedule.list_programs():
        publication = latest.get(program.id or 0)
        if publication is None or publication.id is None:
            continue
        if program_ids is not None and program.id not in program_ids:
            continue
        desired = program_objects(ctx, program, schedule.list_sessions(program.id))
        result[publication.program_id] = PublishStatus(
            publication, local_changes(desired, records.objects(publication.id))
        )
    return result
