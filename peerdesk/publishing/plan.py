"""Sync planning: what to create, update and delete on the server, and what is a conflict.

Pure functions over three views of the same calendar: what the program should
have now (objects with digests), what PeerDesk last put there (stored hrefs,
ETags and digests) and what the server holds now (href -> ETag). Objects that
PeerDesk did not create never appear in a plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.i18n import _
from peerdesk.publishing.objects import CalendarObject, same_content
from peerdesk.storage.publications import PublishedObject

KEEP_CHOICES = ("mine", "theirs")


@dataclass(frozen=True)
class Action:
    """One write: create (etag None), update (If-Match etag) or delete (If-Match etag).

    `claim` marks a create whose href is already taken (a publish that was cut
    off after the server saved it): the object is replaced only if it carries
    our UID.
    """

    kind: str
    uid: str
    href: str
    label: str
    etag: str | None = None
    data: bytes = b""
    digest: str = ""
    claim: bool = False


@dataclass(frozen=True)
class Conflict:
    """Someone changed or removed, on the server, an object PeerDesk published."""

    uid: str
    href: str
    label: str
    what: str  # "changed", "removed" or "unseen" (on the server, but this workspace never published it)
    server_etag: str

    def describe(self) -> str:
        """One sentence for the lead."""
        if self.what == "unseen":
            return _(
                "{label} is already in the calendar, with other content than this "
                "workspace would publish, and this workspace did not put it there "
                "(another computer, a copy or a backup of the workspace published it, "
                "or someone changed it since)"
            ).format(label=self.label)
        if self.what == "removed":
            return _("{label} was removed from the calendar by someone else since the last publish").format(
                label=self.label
            )
        return _("{label} was changed in the calendar by someone else since the last publish").format(
            label=self.label
        )


@dataclass
class SyncPlan:
    """Everything one publish will do."""

    actions: list[Action] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)  # records to drop without touching the server
    accept: list[PublishedObject] = field(default_factory=list)  # "keep theirs": records to update
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    answered: dict[str, bytes] = field(default_factory=dict)  # href -> server copy where attendees answered

    def count(self, kind: str) -> int:
        """How many actions of one kind."""
        return sum(a.kind == kind for a in self.actions)

    def summary(self, dry_run: bool = False) -> str:
        """'2 to create, 1 to update, ...' or '2 created, ...' in the lead's words."""
        if dry_run:
            words = (_("{n} to create"), _("{n} to update"), _("{n} to remove"))
        else:
            words = (_("{n} created"), _("{n} updated"), _("{n} removed"))
        parts = [
            word.format(n=self.count(kind))
            for kind, word in zip(("create", "update", "delete"), words, strict=True)
        ]
        return ", ".join([*parts, _("{unchanged} unchanged").format(unchanged=self.unchanged)])


def plan_sync(
    calendar_url: str,
    desired: dict[str, CalendarObject],
    stored: dict[str, PublishedObject],
    server: dict[str, str],
    keep: str | None = None,
    unseen: dict[str, bytes] | None = None,
) -> SyncPlan:
    """The writes that bring the calendar in step with the program.

    `keep` settles conflicts: "mine" overwrites (or re-creates) with our
    version, "theirs" leaves the server's version and remembers it as seen;
    None leaves conflicting objects alone and reports them. `unseen` holds
    the server's data (by href) of objects at our names that this workspace
    has no record of: the same content is taken as ours, other content is a
    conflict (a restored backup, a copy, another computer).
    """
    plan = SyncPlan()
    for uid, obj in desired.items():
        record = stored.get(uid)
        if record is None:
            _plan_new(plan, calendar_url + obj.filename, obj, server, keep, unseen or {})
            continue
        now = server.get(record.href)
        if now is None and record.etag == "":
            if record.digest == obj.digest:
                plan.unchanged += 1
            else:
                plan.actions.append(Action("create", uid, record.href, obj.label, None, obj.data, obj.digest))
        elif now is None:
            conflict = Conflict(uid, record.href, obj.label, "removed", "")
            if keep == "mine":
                plan.actions.append(Action("create", uid, record.href, obj.label, None, obj.data, obj.digest))
            elif keep == "theirs":
                plan.accept.append(PublishedObject(uid, record.href, "", obj.digest))
            else:
                plan.conflicts.append(conflict)
        elif now != record.etag:
            if keep == "mine":
                plan.actions.append(Action("update", uid, record.href, obj.label, now, obj.data, obj.digest))
            elif keep == "theirs":
                plan.accept.append(PublishedObject(uid, record.href, now, obj.digest))
            else:
                plan.conflicts.append(Conflict(uid, record.href, obj.label, "changed", now))
        elif record.digest == obj.digest:
            plan.unchanged += 1
        else:
            plan.actions.append(Action("update", uid, record.href, obj.label, now, obj.data, obj.digest))
    for uid, record in stored.items():
        if uid in desired:
            continue
        label = _("a removed or cancelled session ({file})").format(
            file=record.href.rstrip("/").rpartition("/")[2]
        )
        now = server.get(record.href)
        if now is None:
            plan.forget.append(uid)
        elif record.etag and now != record.etag:
            if keep == "mine":
                plan.actions.append(Action("delete", uid, record.href, label, now))
            elif keep == "theirs":
                plan.forget.append(uid)
            else:
                plan.conflicts.append(Conflict(uid, record.href, label, "changed", now))
        else:
            plan.actions.append(Action("delete", uid, record.href, label, now))
    return plan


def _plan_new(
    plan: SyncPlan,
    href: str,
    obj: CalendarObject,
    server: dict[str, str],
    keep: str | None,
    unseen: dict[str, bytes],
) -> None:
    """An object this workspace never published: create it, take it as ours, or report a conflict."""
    if href not in server:
        plan.actions.append(Action("create", obj.uid, href, obj.label, None, obj.data, obj.digest))
        return
    theirs = unseen.get(href)
    if theirs is not None and same_content(theirs, obj.data):
        plan.accept.append(PublishedObject(obj.uid, href, server[href], obj.digest))
    elif theirs is None or keep == "mine":
        # not read (or the lead chose theirs to go): the write checks the UID and the ETag first
        plan.actions.append(
            Action("update", obj.uid, href, obj.label, server[href], obj.data, obj.digest, claim=True)
        )
    elif keep == "theirs":
        plan.accept.append(PublishedObject(obj.uid, href, server[href], obj.digest))
    else:
        plan.conflicts.append(Conflict(obj.uid, href, obj.label, "unseen", server[href]))


def local_changes(desired: dict[str, CalendarObject], stored: dict[str, PublishedObject]) -> int:
    """How many objects differ from what was last published (no server needed)."""
    changed = sum(uid not in stored or stored[uid].digest != obj.digest for uid, obj in desired.items())
    return changed + sum(uid not in desired for uid in stored)
