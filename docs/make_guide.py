"""Copy the README's guide for team leads into resources/guide.md (shown by Help > User Guide).

Run after editing that README section: python docs/make_guide.py
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "## A short guide for team leads", "\n## Command line"


def guide_from_readme(readme: str) -> str:
    """The guide section as its own Markdown document: pictures dropped (the window has none offline)."""
    section = readme[readme.index(START) : readme.index(END)]
    section = section.replace(START, "# PeerDesk: a short guide for team leads", 1)
    section = re.sub(r"^!\[[^\]]*\]\([^)]*\)\n\n?", "", section, flags=re.MULTILINE)
    section = re.sub(r"^<img [^\n]*\n\n?", "", section, flags=re.MULTILINE)
    # links into the source tree mean nothing inside the application: keep their text
    section = re.sub(r"\[([^\]]+)\]\((?!https?:)[^)]*\)", r"\1", section)
    return section.rstrip() + "\n"


if __name__ == "__main__":
    text = guide_from_readme((ROOT / "README.md").read_text(encoding="utf-8"))
    (ROOT / "resources" / "guide.md").write_text(text, encoding="utf-8")
    print(f"Wrote resources/guide.md ({len(text.splitlines())} lines)")
