"""Jinja templates for printouts: built-in ones, overridden by the lead's own, rendered safely.

Templates a lead edits run in Jinja's sandbox with autoescaping (HTML) and
StrictUndefined, so a typo is an error that names the file and line instead
of silently printing nothing, and `{{ ''.__class__ }}`-style tricks are
refused with a clear message.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from peerdesk.paths import data_dir
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
    "report": "report.html",
    "report-md": "report.md",
}


class TemplateProblem(Exception):
    """A template could not be rendered; the message names the file, line and reason."""


@dataclass(frozen=True)
class Rendered:
    """A rendered document: its title, its text and whether that text is HTML."""

    title: str
    text: str
    is_html: bool
    program: str = ""


def user_templates_dir() -> Path:
    """The lead's templates folder: a file here overrides the built-in of the same name."""
    return data_dir() / "templates"


def builtin_templates_dir() -> Path:
    """PeerDesk's own templates."""
    return resource_path("templates")


class TemplateLibrary:
    """Finds templates (user folder first) and renders them in the sandbox."""

    def __init__(self, user_dir: Path | None = None) -> None:
        self.user_dir = Path(user_dir) if user_dir is not None else user_templates_dir()
        loader = ChoiceLoader(
            [FileSystemLoader(str(self.user_dir)), FileSystemLoader(str(builtin_templates_dir()))]
        )
        self._html = SandboxedEnvironment(
            loader=loader, autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
        )
        self._text = SandboxedEnvironment(
            loader=loader,
            autoescape=False,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    def source_of(self, name: str) -> Path:
        """Which file a template name resolves to (the user's copy wins)."""
        own = self.user_dir / name
        return own if own.is_file() else builtin_templates_dir() / name

    def render(self, name: str, context: dict[str, object]) -> str:
        """Render one template; any problem becomes a TemplateProblem with file and line."""
        env = self._html if name.endswith(".html") else self._text
        try:
            return env.get_template(name).render(**context)
        except TemplateSyntaxError as exc:
            raise TemplateProblem(
                f"{exc.filename or self.source_of(name)}, line {exc.lineno}: {exc.message}"
            ) from exc
        except SecurityError as exc:
            raise TemplateProblem(
                f"{self.source_of(name)}, line {_line(exc)}: refused by the sandbox: "
                f"{exc}. Templates may only use the values PeerDesk gives them."
            ) from exc
        except UndefinedError as exc:
            raise TemplateProblem(f"{self.source_of(name)}, line {_line(exc)}: {exc.message}") from exc
        except TemplateNotFound as exc:
            raise TemplateProblem(
                f"there is no template {exc.name} (looked in {self.user_dir} and {builtin_templates_dir()})"
            ) from exc
        except TemplateError as exc:
            raise TemplateProblem(f"{self.source_of(name)}, line {_line(exc)}: {exc}") from exc

    def reset_to_builtin(self) -> Path | None:
        """Move the lead's templates aside (never deleted); returns where they went."""
        if not self.user_dir.is_dir() or not any(self.user_dir.iterdir()):
            return None
        backup = self.user_dir.with_name(f"templates-backup-{datetime.now():%Y%m%d-%H%M%S}")
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
                "Copy a template from PeerDesk's built-in templates folder here and edit it:\n"
                f"{builtin_templates_dir()}\n"
                "A file here with the same name replaces the built-in one.\n",
                encoding="utf-8",
            )
        return self.user_dir


def _line(exc: Exception) -> str:
    """The template line an error happened on, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".md", ".txt")):
            line = tb.tb_lineno
        tb = tb.tb_next
    return str(line) if line is not None else "?"
