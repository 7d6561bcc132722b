"""Reading back a PDF PeerDesk wrote: whole (header, trailer, end marker), with the pages it should have."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path

from peerdesk.atomic import WriteFailed

_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", re.S)


def pdf_problem(data: bytes, pages: int) -> str | None:
    """What is wrong with `data` as a PDF of `pages` pages, or None when it is whole."""
    if not data:
        return "the PDF came out empty"
    if not data.startswith(b"%PDF-"):
        return "the PDF does not start like a PDF"
    tail = data[-1024:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        return f"the PDF is cut off after {len(data):,} bytes (no end marker)"
    counts = [int(found) for found in _COUNT.findall(data)]
    if pages and max(counts, default=0) != pages:
        return f"the PDF holds {max(counts, default=0)} pages instead of {pages}"
    return None


def check_pdf_file(pages: int) -> Callable[[Path], None]:
    """A temp_beside check: the file on disk, read back, is a whole PDF of `pages` pages."""

    def check(temp: Path) -> None:
        problem = pdf_problem(temp.read_bytes(), pages)
        if problem is not None:
            raise WriteFailed(errno.EIO, f"{problem} on reading it back", str(temp))

    return check
