"""Jinja templates for printouts: built-in ones, overridden by the lead's own, rendered safely.

Templates a lead edits run in Jinja's sandbox with autoescaping (HTML) and
StrictUndefined, so a typo is an error that names the file and line instead
of silently printing nothing, and `{{ ''.__class__ }}`-style tricks are
refused with a clear message.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    pass_context,
)
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from markupsafe import Markup

from peerdesk import clock, i18n
from peerdesk.i18n import N_, _
from peerdesk.paths import data_dir
from peerdesk.printing import isolation
from peerdesk.printing.limits import (
    BoundedSandbox,
    LimitExceeded,
    check_source,
    is_template_file,
    joined,
    time_limit,
)
from peerdesk.printing.markdown import MarkdownText, clean_control, escape_markdown
from peerdesk.resources import resource_path

TEMPLATE_NAMES = {
    "agenda": "agenda.html",
    "guide": "guide.html",
    "feedback-form": "feedback-form.html",
    "sign-in": "sign-in.html",
    "handout": "handout.html",
    "kickoff": "kickoff.html",
    "follow-up": "follow-up.md",
    "follow-up-text": "follow-up.txt",
    "record": "learning-record.html",
    "certificate": "certificate.html",
    "thank-you": "thank-you.html",
    "calendar": "calendar.html",
    "skip-slip": "skip-slip.html",
    "how-chosen": "how-chosen.html",
    "report": "report.html",
    "report-md": "report.md",
}


class TemplateProblem(Exception):
    """A template could not be rendered; the message names the file, line and reason."""


@dataclass(frozen=True)
class Rendered:
    """A rendered document: its title, its text and whether that text is HTML.

    `print_extra` is HTML added below the text on paper and in PDFs only (the QR
    code of a Markdown note, which would be noise in the text pasted into email).
    """

    title: str
    text: str
    is_html: bool
    program: str = ""
    print_extra: str = ""
    one_page: bool = False  # a certificate, card or one-pager: the painter shrinks it onto one page
    # the language it was written in (its program's): the PDF footer's words and date follow it
    language: str = field(default_factory=i18n.current)


def user_templates_dir() -> Path:
    """The lead's templates folder: a file here overrides the built-in of the same name."""
    return data_dir() / "templates"


def builtin_templates_dir() -> Path:
    """PeerDesk's own templates."""
    return resource_path("templates")


class _SizedLoader(BaseLoader):
    """A loader that refuses a template too big to compile quickly, naming the file."""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, object]:
        """The inner loader's source, checked for size before Jinja compiles it."""
        source, filename, uptodate = self.inner.get_source(environment, template)
        try:
            check_source(source)
        except LimitExceeded as exc:
            raise TemplateProblem(
                _("{file}: not used because {reason}").format(file=filename or template, reason=exc)
            ) from None
        return source, filename, uptodate


def _builtin_names() -> frozenset[str]:
    return frozenset(path.name for path in builtin_templates_dir().iterdir())


class TemplateLibrary:
    """Finds templates (user folder first) and renders them in the sandbox."""

    def __init__(self, user_dir: Path | None = None) -> None:
        self.user_dir = Path(user_dir) if user_dir is not None else user_templates_dir()
        loader = _SizedLoader(
            ChoiceLoader(
                [FileSystemLoader(str(self.user_dir)), FileSystemLoader(str(builtin_templates_dir()))]
            )
        )
        common = {
            "loader": loader,
            "undefined": StrictUndefined,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "extensions": ["jinja2.ext.i18n"],
        }
        # HTML: autoescaping; control characters (NUL...) dropped from every value
        self._html = BoundedSandbox(autoescape=True, finalize=_clean_html, **common)
        self._html.filters["lines"] = html_lines
        # Markdown: every value escaped so it prints as typed; `| markdown` marks the template's own
        self._markdown = BoundedSandbox(
            autoescape=False, finalize=escape_markdown, keep_trailing_newline=True, **common
        )
        self._markdown.filters["markdown"] = MarkdownText
        # plain text (emails): values as typed, without control characters
        self._text = BoundedSandbox(
            autoescape=False, finalize=_clean_text, keep_trailing_newline=True, **common
        )
        for env in (self._html, self._markdown, self._text):
            _install_gettext(env)

    def source_of(self, name: str) -> Path:
        """Which file a template name resolves to (the user's copy wins)."""
        own = self.user_dir / name
        return own if own.is_file() else builtin_templates_dir() / name

    def uses_own_templates(self) -> bool:
        """True when the lead's folder replaces a built-in template (so a render may run their code)."""
        try:
            own = set(os.listdir(self.user_dir))
        except OSError:
            return False
        return not own.isdisjoint(_builtin_names())

    def render(self, name: str, context: dict[str, object]) -> str:
        """Render one template; any problem becomes a TemplateProblem with file and line.

        PeerDesk's own templates render here; once the lead has templates of their
        own, rendering runs in a child process bounded in memory and time (Linux).
        """
        if not (isolation.available() and self.uses_own_templates()):
            return self._render(name, context)
        try:
            return isolation.run_bounded(lambda: self._render(name, context))
        except LimitExceeded as exc:
            raise TemplateProblem(_stopped(str(self.source_of(name)), exc)) from exc

    def _render(self, name: str, context: dict[str, object]) -> str:
        env = self._environment(name)
        try:
            template = env.get_template(name)
            with time_limit():
                return joined(template.generate(**context))
        except TemplateProblem:
            raise
        except MemoryError as exc:
            where = _where(exc) or (str(self.source_of(name)), "?")
            raise TemplateProblem(
                _(
                    "{where}: stopped because it needed more than the {mb} MB of memory a template may use"
                ).format(where=_at(where), mb=isolation.MEMORY_MB)
            ) from None
        except LimitExceeded as exc:
            where = _where(exc) or (str(self.source_of(name)), "?")
            raise TemplateProblem(_stopped(_at(where), exc)) from exc
        except RecursionError as exc:
            where = _where(exc) or (str(self.source_of(name)), "?")
            raise TemplateProblem(
                _("{where}: the template calls or includes itself without end").format(where=_at(where))
            ) from exc
        except TemplateSyntaxError as exc:
            raise TemplateProblem(
                _("{file}, line {line}: {reason}").format(
                    file=exc.filename or self.source_of(name), line=exc.lineno, reason=exc.message
                )
            ) from exc
        except SecurityError as exc:
            raise TemplateProblem(
                _(
                    "{file}, line {line}: refused by the sandbox: {reason}. "
                    "Templates may only use the values PeerDesk gives them."
                ).format(file=self.source_of(name), line=_line(exc), reason=exc)
            ) from exc
        except UndefinedError as exc:
            raise TemplateProblem(
                _("{file}, line {line}: {reason}").format(
                    file=self.source_of(name), line=_line(exc), reason=exc.message
                )
            ) from exc
        except TemplateNotFound as exc:
            raise TemplateProblem(
                _("there is no template {name} (looked in {own} and {builtin})").format(
                    name=exc.name, own=self.user_dir, builtin=builtin_templates_dir()
                )
            ) from exc
        except TemplateError as exc:
            raise TemplateProblem(
                _("{file}, line {line}: {reason}").format(
                    file=self.source_of(name), line=_line(exc), reason=exc
                )
            ) from exc
        except Exception as exc:
            where = _where(exc) or (str(self.source_of(name)), "?")
            raise TemplateProblem(f"{_at(where)}: {_reason(exc)}") from exc

    def _environment(self, name: str) -> BoundedSandbox:
        if name.endswith((".html", ".htm")):
            return self._html
        return self._markdown if name.endswith(".md") else self._text

    def reset_to_builtin(self) -> Path | None:
        """Move the lead's templates aside (never deleted); returns where they went."""
        if not self.user_dir.is_dir() or not any(self.user_dir.iterdir()):
            return None
        backup = self.user_dir.with_name(f"templates-backup-{clock.local_now():%Y%m%d-%H%M%S}")
        shutil.move(str(self.user_dir), backup)
        self.user_dir.mkdir(parents=True, exist_ok=True)
        return backup

    def ensure_user_dir(self) -> Path:
        """Create the templates folder (with a read-me and the roster CSV template) for the lead to open."""
        self.user_dir.mkdir(parents=True, exist_ok=True)
        example = self.user_dir / "roster-template.csv"
        if not example.exists():
            shutil.copyfile(builtin_templates_dir() / "roster-template.csv", example)
        readme = self.user_dir / "README.txt"
        if not readme.exists():
            readme.write_text(
                _(
                    "Copy a template from PeerDesk's built-in templates folder here and edit it:\n"
                    "{folder}\n"
                    "A file here with the same name replaces the built-in one.\n"
                ).format(folder=builtin_templates_dir()),
                encoding="utf-8",
            )
        return self.user_dir


def _install_gettext(env: Environment) -> None:
    """`_()`, `{% trans %}` and friends in templates, translated into the language in force at render time
    (a program's printouts render inside `i18n.language(program.language)`)."""
    env.install_gettext_callables(  # type: ignore[attr-defined]
        i18n.gettext, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext, npgettext=i18n.npgettext
    )
    env.policies["ext.i18n.trimmed"] = True
    # Jinja's own newstyle callables fill a sentence's values in unfinalized: a name inside
    # `{% trans %}` would skip the bidi isolation (HTML) or the escaping (Markdown) that the same
    # name gets in `{{ }}`. These fill in finalized values, so both print the same.
    finalize = env.finalize or (lambda value: value)
    if env.autoescape:
        wrap: type[str] = Markup
    elif finalize is escape_markdown:
        wrap = MarkdownText  # the template's own text is Markdown; the finalized values are escaped
    else:
        wrap = str

    def fill(text: str, variables: dict[str, object]) -> str:
        done = {key: finalize(value) for key, value in variables.items()}
        if wrap is MarkdownText:
            return MarkdownText(text % done)
        return wrap(text) % done

    def counted(n: object, variables: dict[str, object]) -> dict[str, object]:
        """The count (`num`, and `count` of `{% trans count=... %}`) as the language writes numbers."""
        if not isinstance(n, int | float) or isinstance(n, bool):
            return {"num": n, **variables}
        shown = i18n.format_number(n)
        return {"num": shown, **variables} | {k: shown for k, v in variables.items() if v is n}

    @pass_context
    def gettext(__context: object, __string: str, **variables: object) -> str:
        return fill(i18n.gettext(__string), variables)

    @pass_context
    def ngettext(__context: object, __singular: str, __plural: str, __num: int, **variables: object) -> str:
        return fill(i18n.ngettext(__singular, __plural, __num), counted(__num, variables))

    @pass_context
    def pgettext(__context: object, __message_context: str, __string: str, **variables: object) -> str:
        return fill(i18n.pgettext(__message_context, __string), variables)

    @pass_context
    def npgettext(
        __context: object,
        __message_context: str,
        __singular: str,
        __plural: str,
        __num: int,
        **variables: object,
    ) -> str:
        text = i18n.npgettext(__message_context, __singular, __plural, __num)
        return fill(text, counted(__num, variables))

    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext, pgettext=pgettext, npgettext=npgettext)


def html_lines(value: object) -> Markup:
    """Typed text for HTML with its line breaks as <br>: one list item stays one item, on paper
    (Qt makes each line of a pre-wrap text in a list item a bullet of its own) and in a browser."""
    text = clean_control(str(value)).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    joined = Markup("<br>").join(Markup.escape(line) for line in text.split("\n"))
    return Markup(isolate(str(joined)))


def _clean_html(value: object) -> object:
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return isolate(clean_control(value))


FSI, PDI = "\u2068", "\u2069"
# the blocks of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def isolate(text: str) -> str:
    """Text with right-to-left letters wrapped in FSI ... PDI (Unicode bidi isolation), so it
    never reorders what is printed around it ("# Write a heading" beside an Arabic name)."""
    if not _RTL.search(text):
        return text
    return f"{FSI}{text}{PDI}"


def _clean_text(value: object) -> object:
    return clean_control(value) if isinstance(value, str) else value


def _where(exc: BaseException) -> tuple[str, str] | None:
    """The template file and line an error happened in (the innermost one), from the traceback."""
    tb = exc.__traceback__
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if is_template_file(filename):
            found = (filename, str(tb.tb_lineno))
        tb = tb.tb_next
    return found


def _at(where: tuple[str, str]) -> str:
    """'FILE, line N' (or just 'FILE' when the line is not known)."""
    return where[0] if where[1] == "?" else _("{file}, line {line}").format(file=where[0], line=where[1])


def _stopped(where: str, exc: BaseException) -> str:
    """'FILE, line N: stopped because it ran for more than 5 seconds'."""
    return _("{where}: stopped because {reason}").format(where=where, reason=exc)


def _line(exc: Exception) -> str:
    """The template line an error happened on, from the traceback Jinja rewrites."""
    where = _where(exc)
    return where[1] if where else "?"


_REASONS = {
    ZeroDivisionError: N_("division by zero"),
    TypeError: N_("values of the wrong kind"),
    ValueError: N_("a value that does not fit"),
    KeyError: N_("no such key"),
    IndexError: N_("no item at that position"),
    OverflowError: N_("a number too large"),
    MemoryError: N_("not enough memory"),
}


def _reason(exc: Exception) -> str:
    """A runtime error in a lead's words, keeping Python's detail after a colon."""
    kind = next((_(text) for cls, text in _REASONS.items() if isinstance(exc, cls)), type(exc).__name__)
    detail = str(exc).strip()
    return f"{kind} ({detail})" if detail and detail != kind else kind
