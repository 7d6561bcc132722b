"""QR codes for the links on printouts (video call, recording), drawn by segno.

The code is a PNG inside the HTML as a data URL, so the same HTML shows it in
a browser, in the Print dialog's preview and in the PDF.
"""

from __future__ import annotations

import base64
import io

import segno

MODULE_PIXELS = 8  # sharp at print size: a 33-module code is 296 px for about 25 mm


def qr_data_url(text: str) -> str:
    """A PNG QR code of `text` as a `data:` URL (empty text gives an empty string)."""
    if not text.strip():
        return ""
    code = segno.make(text.strip(), error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=MODULE_PIXELS, border=2)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
