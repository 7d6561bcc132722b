"""Reading printed PDFs back with an independent parser: poppler's pdftotext, page by page."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path


def page_texts(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page (`pdftotext -layout`), pages split at form feeds."""
    args = ["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squashed(text: str) -> str:
    """Runs of white space as one space, compatibility forms (ligatures) undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(pdf: Path) -> str:
    """The whole document's text on one line (reading order, not layout)."""
    return " ".join(squashed(p) for p in page_texts(pdf, layout=False))


def lines_of(page: str) -> list[str]:
    """A page's non-empty lines, stripped."""
    return [line.strip() for line in page.splitlines() if line.strip()]
