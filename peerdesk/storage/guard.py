"""The one check every export and printout makes before it writes a file.

No output may replace the open workspace, whatever name it is reached by
(symlink, hard link, other case), nor the files that keep it safe: its lock,
its journal, its -wal/-shm files, its pre-upgrade backups - nor any other
SQLite database.
"""

from __future__ import annotations

import os
from pathlib import Path

from peerdesk.atomic import RefusedTarget, is_sqlite_file, is_stdout, output_target
from peerdesk.i18n import _
from peerdesk.storage.errors import WorkspaceError
from peerdesk.storage.lock import real_path

_SIDE_SUFFIXES = (".lock", ".lock.takeover", "-journal", "-wal", "-shm")


class OutputRefused(WorkspaceError):
    """An export or printout was asked to write over the workspace or one of its companions."""


def _same_file(a: Path, b: Path) -> bool:
    if real_path(a) == real_path(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse(target: Path, what: str) -> OutputRefused:
    return OutputRefused(
        _(
            "{target} is {what}; an export never replaces it. Choose another file name (nothing was written)."
        ).format(target=target, what=what)
    )


def check_output_path(
    target: str | os.PathLike[str],
    workspace: str | os.PathLike[str] | None,
    *,
    allow_database: bool = False,
) -> None:
    """Raise OutputRefused if writing `target` would replace the workspace or what protects it.

    `allow_database` lets a workspace copy replace an older copy (never the workspace itself).
    Devices, pipes, sockets and links to nothing are refused without being opened; `-`
    (standard output) is not a file and passes.
    """
    if is_stdout(target):
        return
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise OutputRefused(
            _("{target} is a folder; choose a file name inside it (nothing was written)").format(
                target=target
            )
        )
    try:
        output_target(target)
    except RefusedTarget as exc:
        raise OutputRefused(
            _("{target}: {strerror} (nothing was written)").format(target=target, strerror=exc.strerror)
        ) from exc
    if workspace is not None:
        ws = real_path(Path(workspace))
        if _same_file(target, ws):
            raise _refuse(target, _("the open workspace"))
        real_target = real_path(target)
        for suffix in _SIDE_SUFFIXES:
            if real_target == ws.with_name(ws.name + suffix):
                raise _refuse(
                    target, _("the workspace's {value} file").format(value=suffix.strip(".-").split(".")[0])
                )
        if real_target.parent == ws.parent and real_target.name.startswith(f"{ws.stem}.before-upgrade-"):
            raise _refuse(target, _("a backup PeerDesk made of the workspace before an upgrade"))
    if not allow_database and is_sqlite_file(target):
        raise _refuse(target, _("a database (a PeerDesk workspace or a backup of one)"))
    for suffix in _SIDE_SUFFIXES:
        if target.name.endswith(suffix) and is_sqlite_file(target.with_name(target.name[: -len(suffix)])):
            raise _refuse(target, _("a file that protects a workspace"))


def check_output_folder(folder: str | os.PathLike[str], workspace: str | os.PathLike[str] | None) -> None:
    """Raise OutputRefused if `folder` (for many output files) is the workspace or a database."""
    folder = Path(folder).expanduser().absolute()
    if folder.is_dir():
        return
    if workspace is not None and os.path.lexists(folder) and _same_file(folder, Path(workspace)):
        raise _refuse(folder, _("the open workspace, not a folder"))
    if is_sqlite_file(folder):
        raise _refuse(folder, _("a database, not a folder"))
