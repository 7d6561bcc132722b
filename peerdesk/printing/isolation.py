"""Runs a lead's own template in a child process bounded in memory and time (Linux).

The sandbox (limits.py) refuses the usual runaways with a clear message, but a
single C call (`str.replace`, `str.join` over a list of long texts, `str()` of
a literal list) can build gigabytes before any check sees the result, and
compiling is not traced at all. So on Linux a lead's own template is rendered
in a forked child: it already has the values (nothing is pickled on the way in),
its address space may grow by at most MEMORY_MB, and it is killed at the
deadline. Only the text (or the error) comes back, through a pipe.

Where fork is missing or unsafe (Windows; macOS, where a forked GUI process may
abort) the template runs in-process with the sandbox's bounds alone.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable

from peerdesk.i18n import _, format_number
from peerdesk.printing.limits import MAX_SECONDS, LimitExceeded

MEMORY_MB = 400
DEADLINE_SECONDS = MAX_SECONDS + 4.0  # the run-time limit plus compiling and starting
last_child: dict[str, int] = {}  # the last child's pid and peak resident memory (KiB), for tests


def available() -> bool:
    """True where templates can be rendered in a bounded child process."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run_bounded(work: Callable[[], str]) -> str:
    """Run `work` in a forked child; its exception is raised here, a runaway is a LimitExceeded."""
    seconds = DEADLINE_SECONDS
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(work, write_end)
    os.close(write_end)
    try:
        data = _read_until(read_end, time.monotonic() + seconds, seconds)
    except BaseException:  # the deadline, or Ctrl-C while waiting: the child goes too
        os.kill(pid, signal.SIGKILL)
        _reap(pid)
        raise
    finally:
        os.close(read_end)
    status = _reap(pid)
    if not data:
        raise LimitExceeded(_death(status))
    kind, value = pickle.loads(data)
    if kind == "raise":
        raise value
    return value


def _child(work: Callable[[], str], write_end: int) -> None:
    """Limit memory, do the work, send back ("ok", text) or ("raise", exception); then exit at once."""
    try:
        _limit_memory()
        try:
            outcome: tuple[str, object] = ("ok", work())
        except BaseException as exc:
            outcome = ("raise", exc)
        try:
            payload = pickle.dumps(outcome)
        except Exception:
            payload = pickle.dumps(("raise", LimitExceeded(str(outcome[1]))))
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view) :]
    finally:
        os._exit(0)  # no atexit handlers, no flushing the parent's buffers, no Qt


def _limit_memory() -> None:
    """Allow the address space to grow by MEMORY_MB from what the child starts with."""
    import resource  # POSIX only: imported here so PeerDesk still starts on Windows

    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[0])
    wanted = pages * os.sysconf("SC_PAGE_SIZE") + MEMORY_MB * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_until(fd: int, deadline: float, seconds: float) -> bytes:
    """Everything the child writes until it closes the pipe; LimitExceeded once the deadline passes."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        ready = select.select([fd], [], [], max(left, 0))[0] if left > 0 else []
        if not ready:
            raise LimitExceeded(
                _("it took more than {seconds} seconds to prepare and run").format(
                    seconds=format_number(seconds)
                )
            )
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int) -> int:
    """Wait for the child (it has exited or been killed) and return its status; its peak memory
    is kept in `last_child`."""
    while True:
        try:
            _, status, usage = os.wait4(pid, 0)
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue
        last_child.update(pid=pid, peak_kb=usage.ru_maxrss)
        return status


def _death(status: int) -> str:
    """Why a child sent nothing back, in a lead's words."""
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return _("it needed more than the {mb} MB of memory a template may use").format(mb=MEMORY_MB)
    return _("it needed more than the {mb} MB of memory a template may use, or crashed").format(mb=MEMORY_MB)
