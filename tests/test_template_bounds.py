"""A lead's template is bounded in compile time, run time and memory, not only in output.

Each hostile template below used to run for minutes or reach gigabytes
(issue 30): it must now be refused with a message naming the file within a
few seconds, while neither this process nor the child that renders it grows
by more than a few hundred MB. Real templates in a real folder, real renders.
"""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

import pytest

from peerdesk.printing import isolation
from peerdesk.printing.templates import TemplateLibrary, TemplateProblem

CONTEXT = {"session": {"title": "Pairing <b>basics</b>"}}
BIG = "<p>{{ session.title }}</p>\n" * 220_000  # 5.9 MB (one of 5.7 MB took 34 s and 3.8 GB)

HOSTILE = [
    ("{{ lipsum(999999) }}", "lipsum() may make at most 50 paragraphs"),
    ("{{ range(10**9) | list | length }}", "asks for a size of 1,000,000,000"),
    ("{{ '%0999999999d' % 1 }}", "its format asks for 999,999,999 characters"),
    ("{{ '%0999999999d' | format(1) }}", "its format asks for 999,999,999 characters"),
    ("{{ '%*d' % (999999999, 1) }}", "its format asks for 1,000,000,000 characters"),
    ("{{ '{:0999999999d}'.format(1) }}", "its format asks for 999,999,999 characters"),
    ("{% set s = 'a' * 999999 %}{{ ([s] * 1000) | join }}", "memory"),
    ("{{ ('\t' * 9999).expandtabs(99999) }}", "memory"),
    (BIG, "is 5,940,000 characters long"),
    ("{% if a %}{{ b }}{% else %}c{% endif %}\n" * 2000, "characters of template code"),
]


def own_library(tmp_path: Path, source: str) -> TemplateLibrary:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "agenda.html").write_text(source, encoding="utf-8")
    return TemplateLibrary(folder)


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


@pytest.mark.parametrize(("source", "message"), HOSTILE, ids=[m for _, m in HOSTILE])
def test_hostile_templates_are_refused_quickly_and_small(tmp_path: Path, source: str, message: str) -> None:
    library = own_library(tmp_path, source)
    before = peak_mb(resource.RUSAGE_SELF)
    started = time.monotonic()
    with pytest.raises(TemplateProblem) as info:
        library.render("agenda.html", CONTEXT)
    assert time.monotonic() - started < 5
    assert peak_mb(resource.RUSAGE_SELF) - before < 300
    if isolation.available():  # the child that rendered it: at most the parent plus its allowance
        assert (
            isolation.last_child["peak_kb"] / 1024 < peak_mb(resource.RUSAGE_SELF) + isolation.MEMORY_MB + 50
        )
    assert str(info.value).startswith(str(tmp_path / "templates" / "agenda.html"))
    assert message in str(info.value)


@pytest.mark.parametrize(("source", "message"), HOSTILE[:6] + HOSTILE[8:])
def test_without_a_child_process_the_sandbox_refuses_them_too(
    tmp_path: Path, source: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS render in-process: the cheap bounds must hold there on their own."""
    monkeypatch.setattr(isolation, "available", lambda: False)
    started = time.monotonic()
    with pytest.raises(TemplateProblem, match=r"stopped because|not used because") as info:
        own_library(tmp_path, source).render("agenda.html", CONTEXT)
    assert time.monotonic() - started < 5
    assert message in str(info.value)


def test_a_runaway_loop_is_stopped_at_the_deadline_and_leaves_no_child(tmp_path: Path) -> None:
    library = own_library(
        tmp_path, "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    )
    started = time.monotonic()
    # 2 s of processor time stop it; on a machine too busy to give it that, the child's deadline does
    with pytest.raises(TemplateProblem, match=r"ran for more than 2 seconds|took more than 6 seconds"):
        library.render("agenda.html", CONTEXT)
    assert time.monotonic() - started < isolation.DEADLINE_SECONDS + 5  # killed at its deadline at most
    with pytest.raises(ChildProcessError):
        os.waitpid(isolation.last_child["pid"], os.WNOHANG)  # the killed child was reaped


def test_compiling_past_the_deadline_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiling is not traced: only the child's deadline can stop it."""
    monkeypatch.setattr(isolation, "DEADLINE_SECONDS", 0.05)
    library = own_library(tmp_path, "{% if a %}{{ b }}{% else %}c{% endif %}\n" * 450)
    with pytest.raises(TemplateProblem, match=r"agenda\.html: stopped because it took more than"):
        library.render("agenda.html", CONTEXT)


def test_own_templates_render_the_same_in_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = own_library(
        tmp_path,
        "{{ lipsum(2, html=False) | length > 10 }} {{ '%05.1f' % 3.14159 }} "
        "{{ '{:>6}'.format('x') }} {{ session.title }}",
    )
    assert library.uses_own_templates()
    text = library.render("agenda.html", CONTEXT)
    monkeypatch.setattr(isolation, "available", lambda: False)
    assert library.render("agenda.html", CONTEXT) == text
    assert text == "True 003.1      x Pairing &lt;b&gt;basics&lt;/b&gt;"


def test_builtin_templates_render_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No child process (and no cost) unless the lead's folder replaces a built-in template."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "README.txt").write_text("notes")
    library = TemplateLibrary(folder)
    assert not library.uses_own_templates()

    def no_fork(work: object) -> str:
        raise AssertionError("forked for built-in templates")

    monkeypatch.setattr(isolation, "run_bounded", no_fork)
    with pytest.raises(TemplateProblem, match="no attribute"):  # values missing, but rendered here
        library.render("follow-up.txt", CONTEXT)


def test_the_print_dialog_reports_a_template_that_needs_too_much_memory(demo_window) -> None:  # type: ignore[no-untyped-def]
    """In the window (Qt's threads running), the child process works the same and PeerDesk stays small."""
    from peerdesk.printing.templates import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agenda.html").write_text("{{ ('\t' * 9999).expandtabs(99999) }}", encoding="utf-8")
    before = peak_mb(resource.RUSAGE_SELF)
    started = time.monotonic()
    dialog = demo_window.print_ctl.open_print(kind="agenda")
    assert time.monotonic() - started < 8
    assert dialog.rendered is None
    assert "needed more than the 400 MB of memory a template may use" in dialog.problem.text()
    assert peak_mb(resource.RUSAGE_SELF) - before < 300
    (folder / "agenda.html").write_text("<h1>{{ session.title }}</h1>", encoding="utf-8")
    dialog.kind.setCurrentIndex(dialog.kind.findData("sign-in"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("agenda"))
    assert dialog.rendered is not None and "<h1>" in dialog.rendered.text
