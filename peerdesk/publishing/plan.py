"""Sync planning: what to create, update and delete on the server, and what is a conflict.

Pure functions over three views of the same calendar: what the program should
have now (objects with digests), what PeerDesk last put there (stored hrefs,
ETags and digests) and what the server holds now (href -> ETag). Objects that
PeerDesk did not create never appear in a plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.publishing.objects import CalendarObject
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
    what: str  # "changed" or "removed"
    server_etag: str

    def describe(self) -> str:
        """One sentence for the lead."""
        return f"{self.label} was {self.what} in the calendar by someone else since the last publish"


@dataclass
class SyncPlan:
    """Everything one publish will do."""

    actions: list[Action] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)  # records to drop without touching the server
    accept: list[PublishedObject] = field(default_factory=list)  # "keep theirs": records to update
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0

    def count(self, kind: str) -> int:
        """How many actions of one kind."""
        return sum(a.kind == kind for a in self.actions)

    def summary(self, dry_run: bool = False) -> str:
        """'2 to create, 1 to update, ...' or '2 created, ...' in the lead's words."""
        words = ("to create", "to update", "to remove") if dry_run else ("created", "updated", "removed")
        parts = [
            f"{self.count(kind)} {word}"
            for kind, word in zip(("create", "update", "delete"), words, strict=True)
        ]
        return ", ".join([*parts, f"{self.unchanged} unchanged"])


def plan_sync(
    calendar_url: str,
    desired: dict[str, CalendarObject],
    stored: dict[str, PublishedObject],
    server: dict[str, str],
    keep: str | None = None,
) -> SyncPlan:
    """The writes that bring the calendar in step with the program.

    `keep` settles conflicts: "mine" overwrites (or re-creates) with our
    version, "theirs" leaves the server's version and remembers it as seen;
    None leaves conflicting objects alone and reports them.
    """
    plan = SyncPlan()
    for uid, obj in desired.items():
        record = stored.get(uid)
        if record is None:
            href = calendar_url + obj.filename
            if href in server:
                plan.actions.append(
                    Action("update", uid, href, obj.label, server[href], obj.data, obj.digest, claim=True)
                )
            else:
                plan.actions.append(Action("create", uid, href, obj.label, None, obj.data, obj.digest))
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
        label = f"a removed or cancelled session ({record.href.rstrip('/').rpartition('/')[2]})"
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


def local_changes(desired: dict[str, CalendarObject], stored: dict[str, PublishedObject]) -> int:
    """How many objects differ from what was last published (no server needed)."""
    changed = sum(uid not in stored or stored[uid].digest != obj.digest for uid, obj in desired.items())
    return changed + sum(uid not in desired for uid in stored)
