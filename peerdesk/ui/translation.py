"""The window in the lead's language: Qt translators for PeerDesk's strings and Qt's own dialogs.

PeerDesk's window strings are `tr()` calls collected by `pyside6-lupdate` into
`resources/translations/peerdesk_<lang>.ts`; `pyside6-lrelease` turns them into `.qm` files,
at build time for the installed app (`packaging/catalogues.py build`) and, in a source
checkout, on first use into the user's cache folder. Qt's own `qtbase_<lang>.qm` makes the
standard dialogs (file chooser, colour names, Yes/No) follow. The pseudo-locale's `.qm` is
generated from the source strings, so it never goes stale.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from peerdesk import APP_NAME, i18n

SETTING = "ui/language"  # Preferences > Language ('' follows the system)
DIRECTION_SETTING = "ui/layoutDirection"  # 'rtl' forces right-to-left (testing the mirror)
_installed: list[QTranslator] = []


def ts_path(code: str) -> Path:
    """The Qt catalogue of one language (PeerDesk's window strings)."""
    return i18n.translations_dir() / f"peerdesk_{code}.ts"


def chosen_language() -> str:
    """The language set in Preferences, else the system's (PEERDESK_LANGUAGE wins over both)."""
    import os

    forced = i18n.normalise(os.environ.get(i18n.ENV_LANGUAGE))
    if forced:
        return forced
    stored = i18n.normalise(str(QSettings().value(SETTING, "") or ""))
    return stored or i18n.system_language()


def ensure_installed() -> None:
    """Install the chosen language's translators unless start-up already did (a window made by a
    script or a test speaks the chosen language too, and English plurals read '2 people')."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not _installed:
        install(app)


def install(app: QApplication, code: str | None = None) -> str:
    """Translate the window into `code` (default: the chosen language); returns the language used."""
    lang = i18n.set_default(code or chosen_language())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(i18n.locale_name(lang)))
    base = "en" if lang in (i18n.SOURCE, i18n.PSEUDO) else lang
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if base != "en" and qt_own.load(f"qtbase_{base}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # English too: its catalogue holds the singular and plural of every '%n ...(s)' message
    compiled = qm_file(lang)
    source = pseudo_ts() if lang == i18n.PSEUDO else ts_path(lang)
    ours = CatalogueTranslator(source, app)
    if compiled is not None and ours.load(str(compiled)):
        app.installTranslator(ours)
        _installed.append(ours)
    return lang


class CatalogueTranslator(QTranslator):
    """A compiled catalogue that also finds a message filed under another context.

    lupdate files `window.tr("...")` in a module function under the context "window", and a
    controller's `self.window.tr(...)` under the controller's class, while Qt looks it up under
    the window's classes (MainWindow, QMainWindow, ...). The text is the same, so when the exact
    context misses, the context lupdate recorded for that text is tried.
    """

    def __init__(self, ts: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contexts = _contexts(ts) if ts is not None and ts.exists() else {}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt takes an empty string for a translation and shows nothing
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        home = self.contexts.get(source)
        if home is None or home == context:
            return None
        return super().translate(home, source, disambiguation, n) or None


def _contexts(ts: Path) -> dict[str, str]:
    """Each source text of a .ts file -> the (first) context it is filed under."""
    from defusedxml import ElementTree as ET  # imported here: start-up time

    found: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.setdefault(message.findtext("source") or "", name)
    return found


def apply_direction(app: QApplication) -> None:
    """Right-to-left when asked (`QT_LAYOUT_DIRECTION=rtl` or the setting), as an Arabic UI will be."""
    import os

    wanted = (
        os.environ.get("QT_LAYOUT_DIRECTION") or str(QSettings().value(DIRECTION_SETTING, "") or "")
    ).lower()
    if wanted in ("rtl", "righttoleft"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def qm_file(code: str) -> Path | None:
    """The compiled catalogue for `code`: shipped next to the .ts, else built into the cache."""
    shipped = i18n.translations_dir() / f"peerdesk_{code}.qm"
    if getattr(sys, "frozen", False) and shipped.exists():
        return shipped  # the built app: compiled by packaging/build.py from the .ts beside it
    source = pseudo_ts() if code == i18n.PSEUDO else ts_path(code)
    if source is None or not source.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"peerdesk_{code}-{digest}.qm"
    if cached.exists():
        return cached
    return compile_ts(source, cached)


def compile_ts(source: Path, target: Path) -> Path | None:
    """Run Qt's lrelease on one .ts file (None when lrelease is not available, e.g. in a frozen app)."""
    import subprocess

    tool = lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False
    )
    if done.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        return None
    partial.replace(target)
    return target


def lrelease() -> str | None:
    """Qt's lrelease as PySide6 ships it (or one on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
    import shutil

    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return found


def _cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def pseudo_ts() -> Path | None:
    """A .ts whose every message is the pseudo-locale's version of its source (written to the cache)."""
    sources = sorted(i18n.translations_dir().glob("peerdesk_*.ts"))
    if not sources:
        return None
    template = sources[0]
    digest = hashlib.sha256(template.read_bytes() + i18n.pseudo("x").encode()).hexdigest()[:16]
    target = _cache_dir() / f"peerdesk_{i18n.PSEUDO}-{digest}.ts"
    if target.exists():
        return target
    from xml.etree.ElementTree import SubElement

    from defusedxml import ElementTree as ET

    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for word in (source.replace("(s)", ""), source.replace("(s)", "s")):
                form = SubElement(translation, "numerusform")
                form.text = i18n.pseudo(word)
        else:
            translation.text = i18n.pseudo(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def translate(context: str, text: str, n: int = -1) -> str:
    """QCoreApplication.translate for code outside a QObject (kept in one place for lupdate)."""
    return QCoreApplication.translate(context, text, None, n)
