"""Reading back a PDF PeerDesk wrote: whole (header, trailer, end marker), with the pages it should have."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path

from peerdesk.atomic import WriteFailed
from peerdesk.i18n import _, format_number

_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", re.S)


def pdf_problem(data: bytes, pages: int) -> str | None:
    """What is wrong with `data` as a PDF of `pages` pages, or None when it is whole."""
    if not data:
        return _("the PDF came out empty")
    if not data.startswith(b"%PDF-"):
        return _("the PDF does not start like a PDF")
    tail = data[-1024:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        return _("the PDF is cut off after {size} bytes (no end marker)").format(
            size=format_number(len(data))
        )
    counts = [int(found) for found in _COUNT.findall(data)]
    if pages and max(counts, default=0) != pages:
        return _("the PDF holds {found} pages instead of {pages}").format(
            found=max(counts, default=0), pages=pages
        )
    return None


def check_pdf_file(pages: int) -> Callable[[Path], None]:
    """A temp_beside check: the file on disk, read back, is a whole PDF of `pages` pages."""

    def check(temp: Path) -> None:
        problem = pdf_problem(temp.read_bytes(), pages)
        if problem is not None:
            raise WriteFailed(errno.EIO, _("{problem} on reading it back").format(problem=problem), str(temp))

    return check
