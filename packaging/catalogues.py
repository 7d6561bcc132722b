"""Keep the translation catalogues in step with the code, check them, and build the window's .qm files.

    python packaging/catalogues.py extract   # collect strings: .ts (window) and .po (everything else)
    python packaging/catalogues.py check     # what is missing, unfinished or broken, per language
    python packaging/catalogues.py build     # .ts -> .qm next to them (the installed app needs them)

`extract` runs Qt's `pyside6-lupdate` over `peerdesk/ui` (keeping every translation already
made; messages no longer in the code are dropped) and Babel's extractor over the rest of
`peerdesk` and the Jinja templates, then merges the new template into each language's `.po`.
`check` is what CI runs through tests/test_translations.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"
LANGUAGES = ("de", "fr", "es")  # translated ones; English is the source
KEYWORDS = {
    "_": None,
    "gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "nformat": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
# {name} / {0} (Python), %(name)s (Jinja), %1 / %n / %L1 (Qt)
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_.!:\[\]]*\}|%\([A-Za-z0-9_]+\)[sd]|%L?[0-9]+|%n")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def ts_files() -> list[Path]:
    """The Qt catalogues: English (plural forms only) and each translated language."""
    return [TRANSLATIONS / f"peerdesk_{code}.ts" for code in ("en", *LANGUAGES)]


def ui_sources() -> list[Path]:
    """Every Python file of the window."""
    return sorted((ROOT / "peerdesk" / "ui").rglob("*.py"))


def gettext_sources() -> Iterator[Path]:
    """Every Python file outside the window, and every template."""
    for path in sorted((ROOT / "peerdesk").rglob("*.py")):
        if "ui" not in path.relative_to(ROOT / "peerdesk").parts[:1]:
            yield path
    for path in sorted(TEMPLATES.iterdir()):
        if path.suffix in (".html", ".md", ".txt"):
            yield path


def table_strings() -> list[tuple[str, str]]:
    """(context, text) of the window's texts kept in tables and shown through `tr(variable)`:
    the action registry's names, menus and tips, the roster's column titles."""
    from peerdesk.ui.actions import MENU_ORDER, SPECS
    from peerdesk.ui.feedback import model as feedback_model
    from peerdesk.ui.feedback import report_dialogs
    from peerdesk.ui.feedback.tab import BASELINE_HELP
    from peerdesk.ui.printing.dialog import KINDS
    from peerdesk.ui.roster.model import COLUMNS
    from peerdesk.ui.schedule import matching_dialog as matching
    from peerdesk.ui.schedule import model as schedule_model

    found = [("actions", text) for spec in SPECS for text in (spec.text, spec.menu, spec.tip) if text]
    found += [("actions", title) for title in MENU_ORDER]
    found += [("PeopleTableModel", title) for title, _value in COLUMNS]
    found += [("ImpactTab", BASELINE_HELP)]
    found += [("PrintDialog", label) for _key, label in KINDS]
    found += [("ReportDialog", label) for _key, label, _filter in report_dialogs.FORMATS]
    found += [("MatchingDialog", label) for _key, label in matching.WEIGHT_FIELDS]
    found += [("MatchingDialog", tip) for tip in matching.WEIGHT_TIPS.values()]
    found += [
        ("MatchingDialog", text) for text in (matching.POINTS_HELP, matching.ODD_HELP, matching.SHUFFLE_HELP)
    ]
    found += [("SessionTableModel", h) for h in schedule_model.HEADERS]
    found += [
        ("AttendanceTableModel", h) for h in feedback_model.HEADERS if h != feedback_model.OPEN_QUESTION
    ]
    return list(dict.fromkeys(found))


def _table_source() -> Path:
    """A Python file lupdate can read, holding `table_strings()` as literal translate() calls."""
    target = ROOT / "build" / "i18n" / "ui_tables.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({c!r}, {t!r})" for c, t in table_strings()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def extract() -> None:
    """Refresh every catalogue from the code (translations already made are kept)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p.relative_to(ROOT)) for p in [*ui_sources(), _table_source()]]
    for ts in ts_files():
        extra = ["-pluralonly"] if ts.name.endswith("_en.ts") else []
        options = ["-silent", "-no-obsolete", "-locations", "none", "-tr-function-alias", "tr+=_tr", *extra]
        subprocess.run([str(lupdate), *options, *sources, "-ts", str(ts)], check=True, cwd=ROOT)
    fill_english_plurals(TRANSLATIONS / "peerdesk_en.ts")
    template = _extract_gettext()
    _write_po(template, TRANSLATIONS / "peerdesk.pot")
    for code in LANGUAGES:
        _update_po(template, TRANSLATIONS / f"{code}.po", code)


IRREGULAR = {"person(s)": ("person", "people"), "group(s) differ(s)": ("group differs", "groups differ")}


def english_forms(source: str) -> tuple[str, str]:
    """'%n session(s)' -> ('%n session', '%n sessions'); 'person(s)' -> 'person' / 'people'."""
    one, many = source, source
    for marked, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(marked, singular), many.replace(marked, plural)
    return one.replace("(s)", ""), many.replace("(s)", "s")


def fill_english_plurals(ts: Path) -> None:
    """Write the English singular and plural of every '%n ...(s)' message (derived, never typed)."""
    from xml.etree.ElementTree import SubElement

    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in english_forms(message.findtext("source") or ""):
            SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _extract_gettext():  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract as babel_extract

    catalog = Catalog(project="PeerDesk", charset="utf-8")
    for path in gettext_sources():
        method = "python" if path.suffix == ".py" else "jinja2.ext:babel_extract"
        options = {} if path.suffix == ".py" else {"extensions": "jinja2.ext.i18n", "trimmed": "true"}
        with path.open("rb") as handle:
            for lineno, message, comments, context in babel_extract(
                method, handle, keywords=KEYWORDS, comment_tags=("Translators:",), options=options
            ):
                where = (str(path.relative_to(ROOT)), lineno)
                catalog.add(message, None, [where], auto_comments=comments, context=context)
    return catalog


def _write_po(catalog, path: Path) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po

    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)


def _update_po(template, path: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code)
    else:
        catalog = Catalog(locale=code, project="PeerDesk", charset="utf-8")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    _write_po(catalog, path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a catalogue, said so a translator can find it."""

    file: str
    message: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message[:70]!r}: {self.what}"


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, sorted (their order may change in a translation)."""
    return sorted(PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    """The HTML tag names of a message, sorted."""
    return sorted(re.sub(r"[\s/>].*", "", t.lstrip("</")) for t in TAG.findall(text))


def _compare(file: str, source: str, translated: str) -> Iterable[Problem]:
    if placeholders(source) != placeholders(translated):
        yield Problem(file, source, f"placeholders {placeholders(source)} became {placeholders(translated)}")
    if tags(source) != tags(translated):
        yield Problem(file, source, f"tags {tags(source)} became {tags(translated)}")
    if source.count("&") - 2 * source.count("&&") > 0 and "&" not in translated.replace("&&", ""):
        yield Problem(file, source, "the keyboard accelerator (&) is missing")


def check_ts(path: Path) -> list[Problem]:
    """Missing, unfinished or broken messages of one Qt catalogue."""
    found: list[Problem] = []
    english = path.name.endswith("_en.ts")
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if english and not numerus:
            continue
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append(Problem(path.name, source, "not translated (unfinished)"))
            continue
        if numerus:
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms or not all(f.strip() for f in forms):
                found.append(Problem(path.name, source, f"a plural form is missing: {forms}"))
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip() and source.strip():
                found.append(Problem(path.name, source, "empty translation"))
        for text in texts:
            if numerus and "%n" not in text:
                found.append(Problem(path.name, source, f"plural form {text!r} lacks %n"))
            found.extend(_compare(path.name, source.replace("%n", ""), text.replace("%n", "")))
    return found


def check_po(path: Path, code: str) -> list[Problem]:
    """Missing, fuzzy or broken messages of one gettext catalogue."""
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    found: list[Problem] = []
    forms = catalog.num_plurals
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            found.append(Problem(path.name, ids[0], "marked fuzzy (unfinished)"))
        if not all(strings) or (isinstance(message.id, tuple) and len(strings) < forms):
            found.append(Problem(path.name, ids[0], "not translated"))
            continue
        for index, text in enumerate(strings):
            source = ids[min(index, len(ids) - 1)] if len(ids) > 1 else ids[0]
            if len(ids) > 1:  # a plural form names the count in its own way ("{n}" may be left out for one)
                source = source.replace("{n}", "") if "{n}" not in text else source
            found.extend(_compare(path.name, source, text))
    return found


def check() -> list[Problem]:
    """Every problem of every catalogue (empty when all languages are complete)."""
    found: list[Problem] = []
    for path in ts_files():
        if not path.exists():
            found.append(Problem(path.name, "", "missing"))
            continue
        found.extend(check_ts(path))
    for code in LANGUAGES:
        path = TRANSLATIONS / f"{code}.po"
        found.extend(check_po(path, code) if path.exists() else [Problem(path.name, "", "missing")])
    return found


def build(target: Path | None = None) -> list[Path]:
    """Compile each .ts to .qm (into `target`, default next to the .ts); returns the files written."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    written = []
    for ts in ts_files():
        qm = (target or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    from peerdesk import i18n
    from peerdesk.ui.translation import pseudo_ts

    pseudo = pseudo_ts()  # the pseudo-locale, generated from the sources, for checking a build too
    if pseudo is not None:
        qm = (target or TRANSLATIONS) / f"peerdesk_{i18n.PSEUDO}.qm"
        subprocess.run([str(lrelease), "-silent", str(pseudo), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    """Run one of extract, check, build."""
    command = argv[0] if argv else "check"
    if command == "extract":
        extract()
        return 0
    if command == "build":
        for path in build(Path(argv[1]) if len(argv) > 1 else None):
            print(path)
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "all catalogues complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
