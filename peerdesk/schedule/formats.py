"""The library of session formats: the built-ins from the article, and the lead's own.

Each format has a default length, a description and a timed agenda outline
that invites and printed agendas reuse. A lead's edit of a built-in is stored
under the same key and can be reset.
"""

from __future__ import annotations

from dataclasses import replace

from peerdesk.collation import sort_key
from peerdesk.domain import AgendaStep, Format
from peerdesk.i18n import N_, _
from peerdesk.storage.sessions import FormatRepository


def _f(
    key: str,
    name: str,
    minutes: int,
    description: str,
    steps: list[tuple[int, str]],
    max_minutes: int | None = None,
) -> Format:
    return Format(
        key, name, minutes, description, tuple(AgendaStep(m, t) for m, t in steps), max_minutes, builtin=True
    )


BUILTIN_FORMATS: tuple[Format, ...] = (
    _f(
        "micro-lesson",
        N_("Micro-lesson"),
        20,
        N_("One person teaches one small, practical thing in 10-20 minutes, then everyone tries it."),
        [
            (2, N_("Why this matters (the problem it solves)")),
            (10, N_("Show it, step by step")),
            (6, N_("Everyone tries it on a real example")),
            (2, N_("One-question feedback")),
        ],
        max_minutes=20,
    ),
    _f(
        "peer-coaching",
        N_("Peer coaching"),
        30,
        N_("Pairs commit to practise one thing and report back next time."),
        [
            (5, N_("Report back on last session's commitment")),
            (15, N_("Coach on a live situation")),
            (5, N_("Each person names what they will practise and report back on")),
            (5, N_("One-question feedback")),
        ],
    ),
    _f(
        "skill-swap",
        N_("Skill-swap"),
        45,
        N_("Two people teach each other a tool or technique; one hour at most."),
        [
            (5, N_("Goals: what each wants to learn")),
            (18, N_("First person teaches, the other drives")),
            (18, N_("Second person teaches, the other drives")),
            (4, N_("Commitments and feedback")),
        ],
        max_minutes=60,
    ),
    _f(
        "problem-clinic",
        N_("Problem clinic"),
        30,
        N_("Someone brings a live issue; the group troubleshoots it together."),
        [
            (5, N_("The problem, in the owner's words")),
            (5, N_("Clarifying questions only")),
            (15, N_("Ideas and experiments")),
            (5, N_("Owner picks a next step; feedback")),
        ],
    ),
    _f(
        "shadow-shift",
        N_("Shadow shift"),
        60,
        N_("Observe a peer doing the job for real, then debrief."),
        [
            (5, N_("What to watch for")),
            (45, N_("Shadow the real work")),
            (10, N_("Debrief: what surprised you")),
        ],
    ),
    _f(
        "lunch-and-learn",
        N_("Lunch-and-learn"),
        45,
        N_("An informal demo over lunch, often recorded for those who miss it."),
        [(5, N_("Settle in")), (25, N_("Demo")), (12, N_("Questions and discussion")), (3, N_("Feedback"))],
    ),
    _f(
        "learning-pod",
        N_("Learning pod"),
        30,
        N_("A small same-role group works through a shared learning goal over the weeks."),
        [
            (5, N_("Check-in: progress since last time")),
            (20, N_("Work through this week's topic together")),
            (5, N_("Next step for each member; feedback")),
        ],
    ),
    _f(
        "demo-and-discuss",
        N_("Demo-and-discuss"),
        20,
        N_("A short demo of real work followed by discussion."),
        [(8, N_("Demo")), (10, N_("Discussion")), (2, N_("Feedback"))],
        max_minutes=20,
    ),
)


_BUILTIN_BY_KEY = {f.key: f for f in BUILTIN_FORMATS}


def all_formats(repo: FormatRepository) -> list[Format]:
    """Built-ins, replaced by the lead's edits of the same key, then the lead's own formats."""
    custom = {f.key: f for f in repo.list_custom()}
    merged = [custom.pop(f.key, f) for f in BUILTIN_FORMATS]
    return merged + sorted(custom.values(), key=lambda f: sort_key(f.name))


def display_format(fmt: Format) -> Format:
    """A built-in format as the reader's language words it; the stored data stays English.

    A lead's edit of a built-in (its texts differ from the shipped ones) and a lead's own
    format are shown as the lead wrote them.
    """
    shipped = _BUILTIN_BY_KEY.get(fmt.key)
    if shipped is None or (fmt.name, fmt.description, fmt.agenda) != (
        shipped.name,
        shipped.description,
        shipped.agenda,
    ):
        return fmt
    return replace(
        fmt,
        name=_(fmt.name),
        description=_(fmt.description),
        agenda=tuple(AgendaStep(s.minutes, _(s.text)) for s in fmt.agenda),
    )


def display_name(fmt: Format) -> str:
    """The name of a format as it is shown and printed ('Mikro-Lektion' for a German reader)."""
    return display_format(fmt).name


def display_formats(formats: list[Format]) -> list[Format]:
    """Translated copies of a formats listing, for showing it (never for storing it)."""
    return [display_format(f) for f in formats]


def format_by_key(repo: FormatRepository, key: str) -> Format | None:
    """One format by key, or None."""
    return next((f for f in all_formats(repo) if f.key == key), None)


def is_builtin(key: str) -> bool:
    """True for the eight formats PeerDesk ships."""
    return any(f.key == key for f in BUILTIN_FORMATS)


def parse_agenda(text: str) -> tuple[AgendaStep, ...]:
    """Agenda lines like '5 Check-in' or '5 min - Check-in' into timed steps."""
    steps = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        head, _space, rest = line.partition(" ")
        if not head.isdigit() or not rest.strip():
            raise ValueError(
                _("agenda line {number} '{line}' is not like '5 Check-in'").format(number=number, line=line)
            )
        rest = rest.strip().removeprefix("min").strip().removeprefix("-").strip()
        steps.append(AgendaStep(int(head), rest))
    return tuple(steps)


def format_problems(fmt: Format, existing_keys: set[str]) -> list[str]:
    """What is wrong with a new or edited format, one sentence each."""
    problems = []
    if not fmt.key or not all(c.isalnum() or c == "-" for c in fmt.key) or fmt.key != fmt.key.lower():
        problems.append(
            _("the short name (ID) must be lower-case letters, digits and dashes, e.g. 'book-club'")
        )
    elif fmt.key in existing_keys:
        problems.append(_("there is already a format '{key}'").format(key=fmt.key))
    if not fmt.name.strip():
        problems.append(_("a format needs a name"))
    if not 5 <= fmt.minutes <= 480:
        problems.append(_("{minutes} minutes is outside 5-480").format(minutes=fmt.minutes))
    if fmt.max_minutes is not None and fmt.minutes > fmt.max_minutes:
        problems.append(
            _("the default length {minutes} min is over the maximum {most} min").format(
                minutes=fmt.minutes, most=fmt.max_minutes
            )
        )
    total = sum(s.minutes for s in fmt.agenda)
    if fmt.agenda and total > fmt.minutes:
        problems.append(
            _("the agenda adds up to {total} min, more than the {minutes} min session").format(
                total=total, minutes=fmt.minutes
            )
        )
    return problems
