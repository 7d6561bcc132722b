"""The library of session formats: the built-ins from the article, and the lead's own.

Each format has a default length, a description and a timed agenda outline
that invites and printed agendas reuse. A lead's edit of a built-in is stored
under the same key and can be reset.
"""

from __future__ import annotations

from peerdesk.collation import sort_key
from peerdesk.domain import AgendaStep, Format
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
        "Micro-lesson",
        20,
        "One person teaches one small, practical thing in 10-20 minutes, then everyone tries it.",
        [
            (2, "Why this matters (the problem it solves)"),
            (10, "Show it, step by step"),
            (6, "Everyone tries it on a real example"),
            (2, "One-question feedback"),
        ],
        max_minutes=20,
    ),
    _f(
        "peer-coaching",
        "Peer coaching",
        30,
        "Pairs commit to practise one thing and report back next time.",
        [
            (5, "Report back on last session's commitment"),
            (15, "Coach on a live situation"),
            (5, "Each person names what they will practise and report back on"),
            (5, "One-question feedback"),
        ],
    ),
    _f(
        "skill-swap",
        "Skill-swap",
        45,
        "Two people teach each other a tool or technique; one hour at most.",
        [
            (5, "Goals: what each wants to learn"),
            (18, "First person teaches, the other drives"),
            (18, "Second person teaches, the other drives"),
            (4, "Commitments and feedback"),
        ],
        max_minutes=60,
    ),
    _f(
        "problem-clinic",
        "Problem clinic",
        30,
        "Someone brings a live issue; the group troubleshoots it together.",
        [
            (5, "The problem, in the owner's words"),
            (5, "Clarifying questions only"),
            (15, "Ideas and experiments"),
            (5, "Owner picks a next step; feedback"),
        ],
    ),
    _f(
        "shadow-shift",
        "Shadow shift",
        60,
        "Observe a peer doing the job for real, then debrief.",
        [(5, "What to watch for"), (45, "Shadow the real work"), (10, "Debrief: what surprised you")],
    ),
    _f(
        "lunch-and-learn",
        "Lunch-and-learn",
        45,
        "An informal demo over lunch, often recorded for those who miss it.",
        [(5, "Settle in"), (25, "Demo"), (12, "Questions and discussion"), (3, "Feedback")],
    ),
    _f(
        "learning-pod",
        "Learning pod",
        30,
        "A small same-role group works through a shared learning goal over the weeks.",
        [
            (5, "Check-in: progress since last time"),
            (20, "Work through this week's topic together"),
            (5, "Next step for each member; feedback"),
        ],
    ),
    _f(
        "demo-and-discuss",
        "Demo-and-discuss",
        20,
        "A short demo of real work followed by discussion.",
        [(8, "Demo"), (10, "Discussion"), (2, "Feedback")],
        max_minutes=20,
    ),
)


def all_formats(repo: FormatRepository) -> list[Format]:
    """Built-ins, replaced by the lead's edits of the same key, then the lead's own formats."""
    custom = {f.key: f for f in repo.list_custom()}
    merged = [custom.pop(f.key, f) for f in BUILTIN_FORMATS]
    return merged + sorted(custom.values(), key=lambda f: sort_key(f.name))


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
        head, _, rest = line.partition(" ")
        if not head.isdigit() or not rest.strip():
            raise ValueError(f"agenda line {number} '{line}' is not like '5 Check-in'")
        rest = rest.strip().removeprefix("min").strip().removeprefix("-").strip()
        steps.append(AgendaStep(int(head), rest))
    return tuple(steps)


def format_problems(fmt: Format, existing_keys: set[str]) -> list[str]:
    """What is wrong with a new or edited format, one sentence each."""
    problems = []
    if not fmt.key or not all(c.isalnum() or c == "-" for c in fmt.key) or fmt.key != fmt.key.lower():
        problems.append("the short name (ID) must be lower-case letters, digits and dashes, e.g. 'book-club'")
    elif fmt.key in existing_keys:
        problems.append(f"there is already a format '{fmt.key}'")
    if not fmt.name.strip():
        problems.append("a format needs a name")
    if not 5 <= fmt.minutes <= 480:
        problems.append(f"{fmt.minutes} minutes is outside 5-480")
    if fmt.max_minutes is not None and fmt.minutes > fmt.max_minutes:
        problems.append(f"the default length {fmt.minutes} min is over the maximum {fmt.max_minutes} min")
    total = sum(s.minutes for s in fmt.agenda)
    if fmt.agenda and total > fmt.minutes:
        problems.append(f"the agenda adds up to {total} min, more than the {fmt.minutes} min session")
    return problems
