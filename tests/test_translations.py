"""The catalogues stay complete: every language translates every message, keeps its placeholders,
tags and keyboard letters, and has every plural form; the catalogues match the code.

`packaging/catalogues.py check` is the same check for a translator at work.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _catalogues():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "packaging" / "catalogues.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("catalogues", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


catalogues = _catalogues()


@pytest.mark.parametrize("code", catalogues.LANGUAGES)
def test_every_language_is_complete(code: str) -> None:
    problems = [str(p) for p in catalogues.check() if p.file in (f"{code}.po", f"peerdesk_{code}.ts")]
    assert problems == [], f"{len(problems)} problem(s) in the {code} catalogues:\n" + "\n".join(
        problems[:40]
    )


def test_english_plural_forms_are_complete() -> None:
    problems = [str(p) for p in catalogues.check() if p.file == "peerdesk_en.ts"]
    assert problems == []


def test_the_catalogues_hold_every_message_of_the_code(tmp_path: Path) -> None:
    """Extracting again changes no message: nobody added a string without running `extract`."""
    template = catalogues._extract_gettext()
    from babel.messages.pofile import read_po

    with (catalogues.TRANSLATIONS / "peerdesk.pot").open("rb") as handle:
        stored = read_po(handle)
    assert {m.id for m in template if m.id} == {m.id for m in stored if m.id}
    for code in catalogues.LANGUAGES:
        with (catalogues.TRANSLATIONS / f"{code}.po").open("rb") as handle:
            language = read_po(handle, locale=code)
        assert {m.id for m in template if m.id} == {m.id for m in language if m.id}, code


def test_the_window_catalogues_hold_every_window_message(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / "peerdesk_de.ts"
    shutil.copyfile(catalogues.TRANSLATIONS / "peerdesk_de.ts", copy)
    sources = [str(p) for p in [*catalogues.ui_sources(), catalogues._table_source()]]
    done = subprocess.run(
        [
            str(lupdate),
            "-no-obsolete",
            "-locations",
            "none",
            "-tr-function-alias",
            "tr+=_tr",
            *sources,
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    new = re.search(r"\((\d+) new", done.stdout)
    removed = re.search(r"Removed (\d+) obsolete", done.stdout)
    assert new is not None and new.group(1) == "0", f"run packaging/catalogues.py extract: {done.stdout}"
    assert removed is None or removed.group(1) == "0", f"run packaging/catalogues.py extract: {done.stdout}"


def _broken_catalogue(tmp_path: Path) -> Path:
    po = tmp_path / "de.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Wrote {path}"\nmsgstr "{pfad} geschrieben"\n\n'
        'msgid "<b>Agenda</b>"\nmsgstr "Ablauf"\n\n'
        'msgid "Not yet"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Unsure"\nmsgstr "Unsicher"\n\n'
        'msgid "{n} session"\nmsgid_plural "{n} sessions"\nmsgstr[0] "{n} Sitzung"\nmsgstr[1] ""\n',
        encoding="utf-8",
    )
    return po


def test_the_check_catches_what_a_translator_can_get_wrong(tmp_path: Path) -> None:
    found = [p.what for p in catalogues.check_po(_broken_catalogue(tmp_path), "de")]
    assert any("placeholders ['{path}'] became ['{pfad}']" in w for w in found)
    assert any("tags" in w for w in found)
    assert sum("not translated" in w for w in found) == 2  # the empty one and the missing plural form
    assert any("fuzzy" in w for w in found)
    ts = tmp_path / "peerdesk_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de_DE"><context><name>A</name>'
        "<message><source>&amp;Save {0}</source><translation>Speichern {0}</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n page(s)</source><translation>'
        "<numerusform>%n Seite</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = [p.what for p in catalogues.check_ts(ts)]
    assert "the keyboard accelerator (&) is missing" in found
    assert "not translated (unfinished)" in found
    assert any("plural form is missing" in w for w in found)


def _outline(text: str) -> tuple[list[int], list[str]]:
    """A guide's heading levels in order, and its code blocks and inline commands (never translated)."""
    levels = [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) ", text, flags=re.MULTILINE)]
    blocks = re.findall(r"^```.*?^```", text, flags=re.MULTILINE | re.DOTALL)
    return levels, blocks


@pytest.mark.parametrize("code", catalogues.LANGUAGES)
def test_each_translated_guide_follows_the_english_one(code: str) -> None:
    """Same sections at the same levels, same code blocks: a section added to the README's guide
    must be added to every translation too."""
    english = (ROOT / "resources" / "guide.md").read_text(encoding="utf-8")
    translated = (ROOT / "resources" / f"guide.{code}.md").read_text(encoding="utf-8")
    english_levels, english_blocks = _outline(english)
    levels, blocks = _outline(translated)
    assert levels == english_levels
    assert blocks == english_blocks
    assert "translation continues" not in translated


@pytest.mark.parametrize("code", catalogues.LANGUAGES)
def test_the_guide_window_opens_the_guide_in_the_windows_language(code: str) -> None:
    from peerdesk.ui.help import guide_path

    assert guide_path(code).name == f"guide.{code}.md"
    assert guide_path("en").name == "guide.md"
