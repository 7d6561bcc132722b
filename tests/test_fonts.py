"""Every script a team's names come in prints with real glyphs, never as empty boxes.

Qt draws a character the chosen font lacks from a fallback font the system offers
(fontconfig on Linux, the system's own fallback on Windows and macOS); where no
font has it, Qt draws the .notdef box. This builds a printout's
document as the painter does and checks every character against the character
maps of the fonts installed. On Linux
the fonts come from Debian's Noto packages, which `.ci/run` installs (and then
sets PEERDESK_REQUIRE_FONTS, so a missing font fails CI instead of skipping).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextDocument

from peerdesk.printing.paint.pdf import make_document
from peerdesk.printing.templates import Rendered

SAMPLES = {
    "Arabic": "مريم الحسيني",
    "Hebrew": "נועה כהן",
    "Chinese": "王芳 李娜",
    "Japanese": "佐藤 さくら カタカナ",
    "Korean": "김민준",
    "Devanagari": "प्रिया शर्मा",
    "Thai": "สมชาย ใจดี",
    "Greek": "Ελένη Παπαδοπούλου",
    "Cyrillic": "Ольга Иванова",
    "Vietnamese": "Nguyễn Thị Hường",
    "emoji": "🎉 👍 🚀",
}
PACKAGES = "fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji"


def missing_glyphs(document: QTextDocument) -> list[str]:
    """Characters of the document that no font on this computer can draw (Qt would draw a box).

    Qt takes each character from the document's font or, lacking it, from a fallback font of
    the system: a character is printable when some installed font's character map has it.
    """
    fonts = [QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()]
    text = document.toPlainText()
    wanted = sorted({c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Mn")})
    return [f"{c} U+{ord(c):04X}" for c in wanted if not any(f.supportsCharacter(ord(c)) for f in fonts)]


def fonts_missing_here() -> str | None:
    """Why this computer cannot show every script, or None (only Linux is judged here)."""
    if os.environ.get("PEERDESK_REQUIRE_FONTS"):
        return None
    if shutil.which("fc-list") is None:
        return "no fontconfig here"
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    if "Noto Sans CJK" not in families or "Noto Color Emoji" not in families:
        return f"the Noto fonts are not installed here (apt-get install {PACKAGES})"
    return None


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_script_prints_with_real_glyphs(qapp, script: str) -> None:  # type: ignore[no-untyped-def]
    reason = fonts_missing_here()
    if reason:
        pytest.skip(reason)
    text = SAMPLES[script]
    html = (
        f"<h1>{text}</h1><p>{text} will practise <i>&ldquo;{text}&rdquo;</i></p>"
        f"<table><tr><td>{text}</td><td><b>{text}</b></td></tr></table>"
    )
    assert missing_glyphs(make_document(Rendered("Fonts", html, True, ""))) == []


def test_the_check_sees_a_box(qapp) -> None:  # type: ignore[no-untyped-def]
    """A private-use character no font has is drawn as the box, and the check says so."""
    html = "<p>\U000f0001\U000f0002</p>"
    assert missing_glyphs(make_document(Rendered("Box", html, True, ""))) != []
