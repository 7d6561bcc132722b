"""PeerDesk's own colours, taken from the theme: light, dark or high contrast.

Everything PeerDesk paints beyond Qt's palette (warnings, hints, status words, today's
column, the matrix's marks, the charts) asks here. Each role has one hue, chosen for a
light theme; `colour` keeps the hue and moves it towards white or black until it stands
out from the current palette's backgrounds by WCAG 2.2's ratios: 4.5:1 for text, 3:1 for
graphics (7:1 and 4.5:1 when the palette is a high-contrast one). Labels coloured with
`tint` follow a change of theme while PeerDesk runs (Qt's colorSchemeChanged and the
application palette change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT, GRAPHIC = "text", "graphic"
# role -> (hue in a light theme, what it is)
ROLES: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", TEXT),
    "warning": ("#8a5300", TEXT),
    "success": ("#1e6b34", TEXT),
    "hint": ("#52606d", TEXT),
    "muted": ("#5f6b76", TEXT),  # inactive people, cancelled sessions
    "want": ("#b45309", TEXT),  # the matrix's amber "wants to learn" mark
    "status:met": ("#1b7f3b", TEXT),
    "status:on track": ("#b26a00", TEXT),
    "status:at risk": ("#b3261e", TEXT),
    "status:too early to tell": ("#3e5c76", TEXT),
    "conflict": ("#c62828", GRAPHIC),
    "focus": ("#1f5f8b", GRAPHIC),
    "frame": ("#7b8794", GRAPHIC),  # a card's border (the KPI tiles): seen in every theme
    "chart:blue": ("#1f5f8b", GRAPHIC),
    "chart:grey": ("#7b8794", GRAPHIC),
    "chart:green": ("#2e7d32", GRAPHIC),
    "chart:orange": ("#c56a00", GRAPHIC),
    "chart:teal": ("#2f8197", GRAPHIC),
}
RATIOS = {TEXT: 4.5, GRAPHIC: 3.0}
HIGH_CONTRAST_RATIOS = {TEXT: 7.0, GRAPHIC: 4.5}
_TINT = "peerdesk_tint"
_FRAME = "peerdesk_frame"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour (0 black .. 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 .. 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """`first` with `share` (0..1) of `second` blended in."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def readable(colour: QColor, backgrounds: list[QColor], ratio: float) -> QColor:
    """`colour`, moved towards white on dark backgrounds or black on light ones just enough to
    stand out from every one of `backgrounds` by `ratio`."""
    dark = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    target = QColor("white") if dark else QColor("black")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if min(contrast(candidate, b) for b in backgrounds) >= ratio:
            return candidate
    return target


def best_text(fill: QColor) -> QColor:
    """Near-black or white, whichever reads better on `fill`."""
    black, white = QColor("#1a1a1a"), QColor("white")
    return black if contrast(black, fill) >= contrast(white, fill) else white


def palette() -> QPalette:
    """The application's palette (a plain one before there is an application)."""
    return QGuiApplication.palette() if QGuiApplication.instance() is not None else QPalette()


def backgrounds(of: QPalette | None = None) -> list[QColor]:
    """The backgrounds PeerDesk's colours are read on: windows and dialogs, and views."""
    used = of or palette()
    return [used.color(QPalette.ColorRole.Window), used.color(QPalette.ColorRole.Base)]


def is_dark(of: QPalette | None = None) -> bool:
    """Whether the theme is a dark one (light text on dark backgrounds)."""
    used = of or palette()
    return luminance(used.color(QPalette.ColorRole.Base)) < luminance(used.color(QPalette.ColorRole.Text))


def is_high_contrast(of: QPalette | None = None) -> bool:
    """Whether the theme asks for high contrast: the system says so (Qt 6.10+), or the palette is a
    dark one whose text stands out from its backgrounds by 15:1 or more (white on black, as the
    high-contrast themes of Windows and GNOME are; black on white is an ordinary light theme)."""
    used = of or palette()
    if of is None and QGuiApplication.instance() is not None:
        style_hints = QGuiApplication.styleHints()  # kept: the accessibility hints are its child
        if style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return True
    text, base = used.color(QPalette.ColorRole.Text), used.color(QPalette.ColorRole.Base)
    window = used.color(QPalette.ColorRole.Window)
    strong = min(contrast(text, base), contrast(used.color(QPalette.ColorRole.WindowText), window)) >= 15
    return strong and is_dark(used)


def ratio_for(kind: str, of: QPalette | None = None) -> float:
    """The contrast a colour of `kind` (TEXT or GRAPHIC) must reach in this theme."""
    return (HIGH_CONTRAST_RATIOS if is_high_contrast(of) else RATIOS)[kind]


def colour(role: str, of: QPalette | None = None) -> QColor:
    """The colour of `role` (a key of ROLES) in the theme of `of` (default: the application's)."""
    hue, kind = ROLES[role]
    return readable(QColor(hue), backgrounds(of), ratio_for(kind, of))


def hex_of(role: str, of: QPalette | None = None) -> str:
    """`colour` as #rrggbb, for style sheets and rich text."""
    return colour(role, of).name()


def status_colour(status: str, of: QPalette | None = None) -> QColor:
    """The colour of a KPI status word ('met', 'at risk', ...); the hint colour for the others."""
    role = f"status:{status}"
    return colour(role if role in ROLES else "hint", of)


def today_fill(of: QPalette | None = None) -> QColor:
    """The tint of today's column in the week view: a little of the highlight in the view's base."""
    used = of or palette()
    share = 0.18 if is_dark(used) else 0.08
    return mix(used.color(QPalette.ColorRole.Base), used.color(QPalette.ColorRole.Highlight), share)


def faint_line(of: QPalette | None = None) -> QColor:
    """Grid lines: the text colour faded into the base (decoration, not content)."""
    used = of or palette()
    return mix(used.color(QPalette.ColorRole.Base), used.color(QPalette.ColorRole.Text), 0.22)


def band_fill(of: QPalette | None = None) -> QColor:
    """A group row's band across a table."""
    used = of or palette()
    return mix(used.color(QPalette.ColorRole.Base), used.color(QPalette.ColorRole.Text), 0.1)


def focus_colour(of: QPalette | None = None) -> QColor:
    """The focus and selection frame: the theme's highlight, made to stand out 3:1 from the base."""
    used = of or palette()
    return readable(used.color(QPalette.ColorRole.Highlight), backgrounds(used), ratio_for(GRAPHIC, used))


def style(role: str) -> str:
    """A style sheet that colours a label's text in `role`."""
    return f"color: {hex_of(role)};"


def tint(widget: QWidget, role: str | None) -> None:
    """Colour `widget`'s text in `role` (None: the theme's own text colour), now and whenever
    the theme changes."""
    widget.setProperty(_TINT, role or "")
    widget.setStyleSheet(style(role) if role else "")


def frame_style() -> str:
    """A card's border in the theme's frame colour (3:1, or 4.5:1 in high contrast, on the window)."""
    return f"border: 1px solid {hex_of('frame')}; border-radius: 4px; padding: 4px;"


def frame(widget: QWidget) -> None:
    """Draw a border round `widget` that stays visible in every theme, now and whenever it changes
    (a style's own panel frame vanishes in some high-contrast themes)."""
    widget.setProperty(_FRAME, True)
    widget.setStyleSheet(frame_style())


def retint(top: QWidget | None = None) -> None:
    """Colour again every tinted widget (of `top`, or of the application) for the current theme."""
    tops = [top] if top is not None else QApplication.topLevelWidgets()
    for window in tops:
        for widget in [window, *window.findChildren(QWidget)]:
            role = widget.property(_TINT)
            if role:
                widget.setStyleSheet(style(role))
            elif widget.property(_FRAME):
                widget.setStyleSheet(frame_style())


def dark_palette() -> QPalette:
    """A dark theme as GNOME's Adwaita dark and Windows' dark mode have it."""
    palette = QPalette()
    for role, hex_ in (
        (QPalette.ColorRole.Window, "#242424"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
        (QPalette.ColorRole.Highlight, "#3584e4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        (QPalette.ColorRole.ToolTipBase, "#303030"),
        (QPalette.ColorRole.ToolTipText, "#f0f0f0"),
        (QPalette.ColorRole.Link, "#78aeed"),
        (QPalette.ColorRole.Mid, "#505050"),
        (QPalette.ColorRole.Dark, "#141414"),
        (QPalette.ColorRole.Light, "#404040"),
    ):
        palette.setColor(role, QColor(hex_))
    return palette


def high_contrast_palette() -> QPalette:
    """White on black with a yellow highlight, as Windows' High Contrast Black."""
    palette = QPalette()
    for role, hex_ in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#000000"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#1aebff"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
        (QPalette.ColorRole.PlaceholderText, "#ffff00"),
        (QPalette.ColorRole.ToolTipBase, "#000000"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.Link, "#ffff00"),
        (QPalette.ColorRole.Mid, "#ffffff"),
        (QPalette.ColorRole.Dark, "#ffffff"),
        (QPalette.ColorRole.Light, "#ffffff"),
    ):
        palette.setColor(role, QColor(hex_))
    return palette


def sample_palette(name: str) -> QPalette:
    """A theme to try PeerDesk in without changing the system's: 'dark' or 'high contrast'
    (tests/test_contrast.py measures them; docs/a11y_screenshots.py shows them)."""
    return dark_palette() if name == "dark" else high_contrast_palette()


class _Follow(QObject):
    """Re-tints after the application palette changes (a theme switch)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance():
            retint()
        return False


_follower: _Follow | None = None


def install() -> None:
    """Follow theme changes while PeerDesk runs (once; harmless to call again)."""
    global _follower
    app = QApplication.instance()
    if app is None or _follower is not None:
        return
    _follower = _Follow(app)
    app.installEventFilter(_follower)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: retint())
