"""The weekly report's pages are full pages: keeping table rows whole must not push a table apart.

Keeping a row whole grows the row above it down to the page foot. In the definitions table (two
columns of long text) Qt then moved the grown row itself to the next page, the row above it
straddled, and so on up the table: the demo's week-1 report came out as 10 A4 pages, five of them
holding two to seven lines. Each page is read back from the PDF with pypdf (an independent reader).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli.main import main


@pytest.mark.dates
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("week", [1, 2, 3])
def test_the_weekly_report_has_no_near_empty_page(
    demo_db: Path, tmp_path: Path, week: int, paper: str
) -> None:
    out = tmp_path / f"week-{week}-{paper}.pdf"
    code = main(
        ["--db", str(demo_db), "report", "1", "--week", str(week), "--page", paper, "--out", str(out)]
    )
    if code != 0:
        pytest.skip(f"week {week} has not been held on this test's day")
    pages = [page.extract_text() or "" for page in PdfReader(out).pages]
    assert len(pages) <= 6, f"{len(pages)} pages"
    lines = [len([line for line in text.splitlines() if line.strip()]) for text in pages]
    # every page but the last holds more than a footer and a few stray lines
    assert all(count >= 8 for count in lines[:-1]), lines
    # and no heading ("Charts", "Next steps"...) is the last text at a page foot
    html = tmp_path / f"week-{week}.html"
    assert main(["--db", str(demo_db), "report", "1", "--week", str(week), "--out", str(html)]) == 0
    headings = {
        " ".join(re.sub(r"<[^>]+>", "", h).split())
        for h in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", html.read_text(encoding="utf-8"), re.S)
    }
    for number, text in enumerate(pages[:-1], start=1):
        body = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        while body and (re.search(r"Page \d+ of \d+$", body[-1]) or re.search(r" · .*\d{4}$", body[-1])):
            body.pop()  # the footer: program · date, and Page N of M
        assert body and body[-1] not in headings, f"page {number} ends with the heading {body[-1]!r}"
