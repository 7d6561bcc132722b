"""PeerDesk in the lead's language: the one list of languages, gettext for everything outside Qt.

The window translates through Qt (`tr()`, `.ts`/`.qm`, see `peerdesk/ui/translation.py`);
printouts, reports, invites, email drafts and the command line translate through the
gettext catalogues here (`resources/translations/<lang>.po`, read with Babel). Which
language is active is a context variable, so a German lead can print an English pilot:
`with language(program.language): ...`. Dates and numbers go through `peerdesk.wording`
helpers that ask Babel for the active locale, never through hand-written month names.

The pseudo-locale `PSEUDO` is generated from the source strings (lengthened by 40 % and
accented, "[Ŝéşşíóñş ·····]") so a test can find text nobody translated or a widget that
cuts it off.
"""

from __future__ import annotations

import gettext as _gettext
import io
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

SOURCE = "en"
PSEUDO = "en_XA"  # the pseudo-locale's code, as Android and Chromium name theirs
LANGUAGES: dict[str, str] = {  # code -> the language's own name, as the language menu shows it
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
SELECTABLE = (*LANGUAGES, PSEUDO)
# Locales whose formats (dates, numbers, first weekday) stand for each language when only
# the language is known; English keeps the day-month-year order PeerDesk always printed.
DEFAULT_REGION = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", PSEUDO: "en_GB"}
ENV_LANGUAGE = "PEERDESK_LANGUAGE"  # overrides the system locale (tests, scripts)

_active: ContextVar[str] = ContextVar("peerdesk_language", default="")


def translations_dir() -> Path:
    """Where the catalogues live (inside the package's resources, also in the built app)."""
    from peerdesk.resources import resources_root

    return resources_root() / "translations"


def normalise(code: str | None) -> str:
    """'de_DE.UTF-8', 'de-AT', 'DE' -> 'de'; the pseudo-locale as it is; anything unknown -> ''."""
    if not code:
        return ""
    text = code.strip().replace("-", "_")
    if text.lower() == PSEUDO.lower():
        return PSEUDO
    base = text.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return base if base in LANGUAGES else ""


def system_language() -> str:
    """The language the computer is set to (PEERDESK_LANGUAGE, then LC_ALL/LC_MESSAGES/LANG), or English."""
    return _language_of(tuple(os.environ.get(name, "") for name in LANGUAGE_VARIABLES))


LANGUAGE_VARIABLES = (ENV_LANGUAGE, "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@lru_cache(maxsize=8)
def _language_of(values: tuple[str, ...]) -> str:
    """The language these variables name (asked for each message translated before the process
    language is set, so it is remembered per set of values; the OS is asked once)."""
    for value in values:
        for part in value.split(":"):
            found = normalise(part)
            if found:
                return found
    return _os_language() or SOURCE


def _os_language() -> str:
    """Windows and macOS keep the user's language outside the environment: ask the OS via locale."""
    import locale

    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        return ""
    return normalise(code)


_default: list[str] = []  # the process-wide language (set once at start-up); empty: the system's


def set_default(code: str | None) -> str:
    """Choose the language of the whole process (start-up: `--lang`, or Preferences); returns it."""
    chosen = normalise(code) or system_language()
    _default[:] = [chosen]
    return chosen


def current() -> str:
    """The language in force here: the innermost `language(...)` block, else the process default."""
    return _active.get() or (_default[0] if _default else system_language())


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Within the block, translate into `code` ('' or None keeps the language in force)."""
    chosen = normalise(code) or current()
    token = _active.set(chosen)
    try:
        yield chosen
    finally:
        _active.reset(token)


def locale_name(code: str | None = None) -> str:
    """The Babel/CLDR locale that formats dates and numbers for a language: the computer's own
    region when it speaks that language (en_US: Sunday first; de_AT), else the language's
    usual one ('de' -> 'de_DE'; English 'en_GB')."""
    lang = normalise(code) if code else current()
    region = system_region()
    if region and normalise(region) == lang and lang != PSEUDO:
        return region
    return DEFAULT_REGION.get(lang or SOURCE, "en_GB")


def system_region() -> str:
    """The computer's full locale ('en_US', 'de_AT') from PEERDESK_LANGUAGE, LC_ALL, LC_TIME or LANG,
    when Babel knows it; '' otherwise (C, POSIX, unset)."""
    from babel import Locale, UnknownLocaleError

    for name in (ENV_LANGUAGE, "LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "").split(".", 1)[0].split("@", 1)[0].replace("-", "_")
        if "_" not in value or value.lower() == PSEUDO.lower():
            continue
        try:
            return str(Locale.parse(value))
        except (ValueError, UnknownLocaleError):
            continue
    return ""


def po_path(code: str) -> Path:
    """The gettext catalogue of one language."""
    return translations_dir() / f"{code}.po"


@lru_cache(maxsize=8)
def _catalogue(code: str) -> _gettext.NullTranslations:
    if code == SOURCE:
        return _gettext.NullTranslations()
    if code == PSEUDO:
        return PseudoTranslations()
    path = po_path(code)
    if not path.exists():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    """Translate a message into the language in force."""
    return _catalogue(current()).gettext(message)


def gettext(message: str) -> str:
    """The same as `_`, for Jinja's i18n extension."""
    return _(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that counts something, with the language's own plural forms."""
    return _catalogue(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate a short word whose meaning depends on where it stands ('Open' a file, 'Open' status)."""
    return _catalogue(current()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """`ngettext` with a context."""
    return _catalogue(current()).npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; `_()` translates it where it is shown."""
    return message


def nformat(singular: str, plural: str, n: int, **values: object) -> str:
    """'{n} session' / '{n} sessions' translated, then filled in: `nformat('{n} person', '{n} people', 3)`."""
    return ngettext(singular, plural, n).format(n=format_number(n), **values)


def format_number(value: int | float) -> str:
    """12,345 / 12.345 / 12 345: a number as the language writes it."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_name())


def format_percent(fraction: float, digits: int = 0) -> str:
    """'45 %' in German and French, '45%' in English and Spanish: a share as the language writes it."""
    from babel.numbers import format_percent as _format_percent

    return _format_percent(round(fraction, digits + 2), locale=locale_name(), decimal_quantization=False)


# -- the pseudo-locale ----------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçðéƒĝĥíĵķĺɱñóþǫŕşţúṽŵẋýžÀßÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŞŢÚṼŴẊÝŽ",
)
# What must come through untouched: {name}/{0} and %(name)s placeholders, Qt's %1 and %n,
# tags and entities, and the '&' that marks a keyboard accelerator.
_PROTECTED = re.compile(r"(\{[^{}]*\}|%\([^)]*\)[sd]|%[0-9]+|%n|%L[0-9]|<[^<>]*>|&[a-zA-Z#0-9]+;|&&|&)")
PSEUDO_OPEN, PSEUDO_CLOSE = "[", "]"


def pseudo(text: str) -> str:
    """'Save' -> '[Şàṽé ··]': accented, 40 % longer, bracketed; placeholders and markup kept."""
    if not text.strip():
        return text
    parts = _PROTECTED.split(text)
    out = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    letters = sum(len(part) for i, part in enumerate(parts) if not i % 2)
    padding = "·" * max(1, round(letters * 0.4))
    lines = out.split("\n")
    lines[0] = PSEUDO_OPEN + lines[0]
    lines[-1] = lines[-1] + " " + padding + PSEUDO_CLOSE
    return "\n".join(lines)


class PseudoTranslations(_gettext.NullTranslations):
    """Every message 'translated' by `pseudo`: shows at a glance what nobody routed through gettext."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


_FSI, _PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate (Unicode UAX #9)


def isolate(value: str) -> str:
    """`value` fenced off from the sentence around it when it holds right-to-left letters.

    A name such as "أحمد" inside "{name} (3)" would otherwise pull the number and the
    brackets into its own direction and show "(3) أحمد"; inside isolates it keeps its
    own order and the sentence keeps the language's. Text without right-to-left letters
    comes back as it is, so English output gains no invisible characters.
    """
    if value and _has_rtl(value) and not (value.startswith(_FSI) and value.endswith(_PDI)):
        return f"{_FSI}{value}{_PDI}"
    return value


def _has_rtl(value: str) -> bool:
    # names are isolated wherever they are shown (hundreds per edit): ASCII has no right-to-left
    # letter, and the rest is looked up once per text
    return not value.isascii() and _has_rtl_letters(value)


@lru_cache(maxsize=16384)
def _has_rtl_letters(value: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)
