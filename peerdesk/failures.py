"""What went wrong with a file or the workspace, in words a lead can act on.

Every `OSError` is explained by its errno and every `sqlite3` error by its
SQLite result code, never by parsing the English text of the message: a full
disk is a full disk (never "damage"), a read-only folder is read-only.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from peerdesk.i18n import N_, _

_OS_REASONS: dict[int, str] = {
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.EFBIG: N_("the file is bigger than this disk allows"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EACCES: N_("you do not have permission to write there"),
    errno.EPERM: N_("you do not have permission to do that there"),
    errno.ENOENT: N_("the file or its folder is gone (moved, deleted or unplugged)"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENAMETOOLONG: N_("the file name is too long"),
    errno.EIO: N_("the disk reported a read/write error (it may be failing or unplugged)"),
    errno.EMFILE: N_("too many files are open; close some programs and try again"),
    errno.ENFILE: N_("too many files are open; close some programs and try again"),
    errno.ETXTBSY: N_("the file is in use by another program"),
    errno.EBUSY: N_("the file is in use by another program"),
    errno.EEXIST: N_("a file of that name appeared meanwhile"),
    errno.ENXIO: N_("it is a device or pipe that nobody reads"),
    errno.EPIPE: N_("the program reading the output stopped"),
}

# SQLite's primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

_SQLITE_REASONS: dict[int, str] = {
    SQLITE_FULL: N_("the disk is full"),
    SQLITE_READONLY: N_("the workspace or its folder is read-only for you"),
    SQLITE_PERM: N_("you do not have permission to change the workspace"),
    SQLITE_BUSY: N_("another program is writing to the workspace right now"),
    SQLITE_LOCKED: N_("another program is writing to the workspace right now"),
    SQLITE_NOMEM: N_("the computer ran out of memory"),
    SQLITE_IOERR: N_("the disk reported a read/write error (it may be full, failing or unplugged)"),
    SQLITE_CANTOPEN: N_(
        "the workspace file or its folder cannot be opened (moved, deleted or no permission)"
    ),
    SQLITE_CORRUPT: N_("the workspace file is damaged"),
    SQLITE_NOTADB: N_("the file is not a PeerDesk workspace (or it is damaged)"),
}


def size_text(size: int) -> str:
    """A byte count for a lead: '0 KB', '25 KB', '2.5 MB', '40 MB'."""
    if size < 1_000_000:
        return f"{-(-size // 1000)} KB"
    value = size / 1_000_000
    return f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"


def free_space(folder: str | os.PathLike[str]) -> int | None:
    """Bytes free for this user in `folder`, or None when the system cannot say."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def explain_os_error(exc: OSError, *, needed: int | None = None) -> str:
    """The reason for `exc`, by errno: 'the disk is full: 2 MB needed, 0 MB free'."""
    known = _OS_REASONS.get(exc.errno or 0)
    if known is None:
        return exc.strerror or str(exc) or type(exc).__name__
    reason = _(known)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) and exc.filename:
        free = free_space(Path(str(exc.filename)).parent)
        if free is not None:
            if needed:
                reason += ": " + _("{needed} needed, {free} free").format(
                    needed=size_text(needed), free=size_text(free)
                )
            else:
                reason += ": " + _("{free} free").format(free=size_text(free))
    return reason


def sqlite_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of `exc` (None when Python did not keep it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError ENOSPC/EDQUOT or an SQLite SQLITE_FULL."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, sqlite3.Error) and sqlite_code(exc) == SQLITE_FULL


def explain_sqlite_error(exc: sqlite3.Error) -> str:
    """The reason for an SQLite error, by its result code; SQLite's own words as a last resort."""
    code = sqlite_code(exc)
    if code is not None and code in _SQLITE_REASONS:
        return _(_SQLITE_REASONS[code])
    text = str(exc)
    if "database or disk is full" in text:
        return _(_SQLITE_REASONS[SQLITE_FULL])
    return _("SQLite reported: {text}").format(text=text) if text else _("SQLite reported an error")


def explain(exc: BaseException, *, needed: int | None = None) -> str:
    """`explain_os_error` or `explain_sqlite_error`, whichever fits `exc`."""
    if isinstance(exc, OSError):
        return explain_os_error(exc, needed=needed)
    if isinstance(exc, sqlite3.Error):
        return explain_sqlite_error(exc)
    return str(exc) or type(exc).__name__
