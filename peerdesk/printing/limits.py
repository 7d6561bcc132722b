"""Bounds on what a template may cost: time, output size, and the size of values it builds.

A lead's template runs in Jinja's sandbox, which stops attribute tricks but
not `{{ 'a' * 10**9 }}` or loops nested ten deep. Here the sandbox refuses
operators whose result would be huge before computing it, and a line tracer
(installed only on the template's own frames while it renders) stops a
template that runs too long. The output is counted as it is produced.
"""

from __future__ import annotations

import functools
import operator
import re
import string
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum

from peerdesk.i18n import _, format_number

MAX_SECONDS = 2.0
MAX_OUTPUT_CHARS = 5_000_000
MAX_VALUE_LENGTH = 1_000_000
MAX_POWER_BITS = 4096
MAX_TEMPLATE_DEPTH = 40  # template frames on the stack at once: macros calling macros, includes
# compiling is what costs with a big template (about 25 s and 3 GB for 1 MB of tags), so
# a template file is bounded in size and, more tightly, in the code between its {{ }} and {% %}
MAX_TEMPLATE_CHARS = 1_000_000
MAX_TEMPLATE_CODE_CHARS = 20_000  # the largest built-in template has about 5,400
MAX_LIPSUM_PARAGRAPHS = 50
MAX_LIPSUM_WORDS = 500
_TAG = re.compile(r"\{[{%].*?[}%]\}", re.S)
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")
_NUMBER = re.compile(r"\d+")


class LimitExceeded(Exception):
    """A template went over a bound; the message says which, in a lead's words."""


def _length(value: object) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


def _checked_multiply(left: Any, right: Any) -> Any:
    for seq, times in ((left, right), (right, left)):
        size = _length(seq)
        if size is not None and isinstance(times, int) and size * times > MAX_VALUE_LENGTH:
            raise LimitExceeded(
                _("it builds a value of {size} characters or items (at most {most} are allowed)").format(
                    size=format_number(size * times), most=format_number(MAX_VALUE_LENGTH)
                )
            )
    return operator.mul(left, right)


def _checked_add(left: Any, right: Any) -> Any:
    a, b = _length(left), _length(right)
    if a is not None and b is not None and a + b > MAX_VALUE_LENGTH:
        raise LimitExceeded(_built(a + b))
    return operator.add(left, right)


def _checked_power(left: Any, right: Any) -> Any:
    if isinstance(left, int) and isinstance(right, int) and right > 0:
        bits = abs(left).bit_length() * right
        if bits > MAX_POWER_BITS:
            raise LimitExceeded(
                _("{left} ** {right} is a number too large to print").format(left=left, right=right)
            )
    return operator.pow(left, right)


def _refuse_wide(total: int) -> None:
    if total > MAX_VALUE_LENGTH:
        raise LimitExceeded(
            _("its format asks for {total} characters (at most {most} are allowed)").format(
                total=format_number(total), most=format_number(MAX_VALUE_LENGTH)
            )
        )


def check_printf(pattern: object) -> None:
    """`'%0999999999d' % 1`: refused before formatting when the widths and precisions add up too far."""
    if isinstance(pattern, str):
        _refuse_wide(
            sum(int(n) for match in _PRINTF.finditer(pattern) for n in match.groups() if n and n != "*")
        )


def check_str_format(pattern: str) -> None:
    """`'{:0999999999}'.format(1)`: the same for `str.format` fields (nested `{}` sizes are arguments)."""
    try:
        fields = list(string.Formatter().parse(pattern))
    except ValueError:
        return  # Python reports the malformed format itself
    _refuse_wide(sum(int(n) for _, _, spec, _ in fields if spec for n in _NUMBER.findall(spec)))


def _checked_modulo(left: Any, right: Any) -> Any:
    check_printf(left)
    if isinstance(left, str) and "*" in left and isinstance(right, tuple):  # '%*d' % (10**9, 1)
        _refuse_wide(sum(v for v in right if isinstance(v, int) and not isinstance(v, bool) and v > 0))
    return _check_result(operator.mod(left, right))


def check_source(source: str) -> None:
    """Refuse a template too big to compile in a few seconds, before compiling it."""
    if len(source) > MAX_TEMPLATE_CHARS:
        raise LimitExceeded(
            _("it is {size} characters long (a template may have at most {most})").format(
                size=format_number(len(source)), most=format_number(MAX_TEMPLATE_CHARS)
            )
        )
    code = sum(len(tag) for tag in _TAG.findall(source))
    if code > MAX_TEMPLATE_CODE_CHARS:
        raise LimitExceeded(
            _(
                "it has {size} characters of template code between {{{{ }}}} and {{% %}} "
                "(at most {most}; split it into parts with {{% include %}})"
            ).format(size=format_number(code), most=format_number(MAX_TEMPLATE_CODE_CHARS))
        )


def bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's `lipsum()`, with at most 50 paragraphs of at most 500 words."""
    if n > MAX_LIPSUM_PARAGRAPHS or min > MAX_LIPSUM_WORDS or max > MAX_LIPSUM_WORDS:
        raise LimitExceeded(
            _("lipsum() may make at most {paragraphs} paragraphs of at most {words} words").format(
                paragraphs=MAX_LIPSUM_PARAGRAPHS, words=MAX_LIPSUM_WORDS
            )
        )
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


def checked_concat(join: Callable[[Any], str], parts: tuple[Any, ...]) -> str:
    """`a ~ b`: refused when the joined text would pass the value limit."""
    total = sum(len(p) if isinstance(p, str) else len(str(p)) for p in parts)
    if total > MAX_VALUE_LENGTH:
        raise LimitExceeded(
            _("it builds a text of {total} characters (at most {most} are allowed)").format(
                total=format_number(total), most=format_number(MAX_VALUE_LENGTH)
            )
        )
    return join(parts)


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles `~` (joining text) into a call that checks the size first."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        """Like Jinja's own, wrapped in `checked_concat`."""
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.checked_concat({func_name}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_VALUE_LENGTH:
            raise LimitExceeded(
                _("it asks for a size of {size} (at most {most})").format(
                    size=format_number(value), most=format_number(MAX_VALUE_LENGTH)
                )
            )


def _check_result(result: Any) -> Any:
    size = _length(result)
    if size is not None and size > MAX_VALUE_LENGTH:
        raise LimitExceeded(_built(size))
    return result


def _built(size: int) -> str:
    """'it builds a value of 2,000,000 characters or items (at most 1,000,000)'."""
    return _("it builds a value of {size} characters or items (at most {most})").format(
        size=format_number(size), most=format_number(MAX_VALUE_LENGTH)
    )


def _bounded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps Jinja's pass_context/pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[1:], kwargs)
        return _check_result(func(*args, **kwargs))

    return bounded


_CHECKED: dict[str, Callable[[Any, Any], Any]] = {
    "*": _checked_multiply,
    "+": _checked_add,
    "**": _checked_power,
    "%": _checked_modulo,
}


def _checked_format_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
        check_printf(value)
        return func(value, *args, **kwargs)

    return checked


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox that also refuses operators, filters and methods whose result would be huge."""

    intercepted_binops = frozenset(_CHECKED)
    code_generator_class = _BoundedCodeGenerator
    checked_concat = staticmethod(checked_concat)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters = {name: _bounded_filter(func) for name, func in self.filters.items()}
        self.filters["format"] = _bounded_filter(_checked_format_filter(self.filters["format"]))
        self.globals["lipsum"] = bounded_lipsum

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`'...'.format(...)`: Jinja's sandboxed formatter, after checking the field widths."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        pattern = value.__self__

        @functools.wraps(wrapped)
        def checked(*args: Any, **kwargs: Any) -> str:
            check_str_format(pattern)
            return wrapped(*args, **kwargs)

        return checked

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Calls from a template (`'a'.ljust(n)`, macros): no huge sizes in, no huge values out."""
        _check_arguments(args, kwargs)
        return _check_result(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        """Check `*`, `+` and `**` before computing them (Jinja calls this instead of the operator)."""
        checked = _CHECKED.get(operator_name)
        if checked is not None:
            return checked(left, right)
        return super().call_binop(context, operator_name, left, right)


def joined(chunks: Iterator[str], limit: int = MAX_OUTPUT_CHARS) -> str:
    """Join a template's output as it is produced, stopping once it passes `limit` characters."""
    parts: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise LimitExceeded(_("its output passed {limit} characters").format(limit=format_number(limit)))
        parts.append(chunk)
    return "".join(parts)


def template_depth(frame: FrameType | None) -> int:
    """How many template frames are on the stack from `frame` down."""
    depth = 0
    while frame is not None:
        depth += is_template_file(frame.f_code.co_filename)
        frame = frame.f_back
    return depth


def is_template_file(filename: str) -> bool:
    """True for the code Jinja compiles from a template (its frames carry the template's path)."""
    return filename.endswith((".html", ".md", ".txt", ".htm")) or filename == "<template>"


def _ran_for(seconds: float) -> str:
    """'it ran for more than 5 seconds'."""
    return _("it ran for more than {seconds} seconds").format(seconds=format_number(seconds))


@contextmanager
def time_limit(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Stop template code that runs longer than `seconds` or nests too deep (traces template frames only).

    Time is this thread's processor time, not the wall clock: a busy computer (another
    program, a test run on every core) must not stop a big but ordinary printout.
    """
    deadline = time.thread_time() + seconds
    previous = sys.gettrace()
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        nonlocal count
        count += 1
        if count & 0x3FF == 0 and time.thread_time() > deadline:
            raise LimitExceeded(_ran_for(seconds))
        return local

    def global_trace(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        if is_template_file(frame.f_code.co_filename):
            if time.thread_time() > deadline:
                raise LimitExceeded(_ran_for(seconds))
            # stopped here, long before Python's own recursion limit, where an error can no
            # longer even be reported reliably
            if template_depth(frame) > MAX_TEMPLATE_DEPTH:
                raise LimitExceeded(
                    _("it calls or includes itself more than {n} levels deep").format(n=MAX_TEMPLATE_DEPTH)
                )
            return local
        return previous(frame, event, arg) if previous is not None else None

    sys.settrace(global_trace)
    try:
        yield
    finally:
        sys.settrace(previous)
