"""The registry of named extraction rules.

Every decision the extractor makes about a page is taken by a named rule: a small function
with one job whose docstring states the general pattern of language or layout it reads.
Records carry the name of the rule that found them (``found_by``) and, for offices, of the
rule that chose their parent (``parent_by``), so every published row says why it exists.

Rules can be switched off (``disabled``) to measure what each one earns on a corpus
(``make ablation``): a switched-off finder finds nothing, a switched-off filter lets
everything through, a switched-off parent resolver or root strategy defers to the next one.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

KINDS = (
    "layout",  # how blocks and sections are read
    "unit",  # finds organizational units
    "filter",  # keeps something from being a unit
    "name",  # chooses a unit's canonical name
    "parent",  # chooses a unit's parent
    "root",  # chooses the page's root agency
    "acronym",  # finds acronym definitions
    "program",  # finds programs
)


@dataclass(frozen=True)
class Rule:
    """A named rule: what kind of decision it takes and the pattern it reads."""

    name: str
    kind: str
    doc: str


RULES: dict[str, Rule] = {}
_DISABLED: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "disabled_rules", default=frozenset()
)

F = TypeVar("F", bound=Callable[..., Any])


def register(name: str, kind: str, doc: str) -> Rule:
    """Declare a rule that is not a single function (a constant, a branch of a function)."""
    if kind not in KINDS:
        raise ValueError(f"rule {name}: unknown kind {kind!r}")
    if name in RULES:
        raise ValueError(f"rule {name} registered twice")
    RULES[name] = Rule(name, kind, " ".join(doc.split()))
    return RULES[name]


def rule(kind: str, *, off: Any = None) -> Callable[[F], F]:
    """Register a function as a rule named after it; when switched off it returns ``off``
    (called with the same arguments when ``off`` is callable)."""

    def wrap(function: F) -> F:
        register(function.__name__, kind, function.__doc__ or "")
        return _switchable(function, off)  # type: ignore[return-value]

    return wrap


def _switchable(function: Callable[..., Any], off: Any) -> Callable[..., Any]:
    """``function`` behind the rule switch: on, it is called with the arguments as they
    came; off, ``off`` is returned, or called with those arguments when it is callable."""
    name = function.__name__

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        if name in _DISABLED.get():
            return off(*args, **kwargs) if callable(off) else off
        return function(*args, **kwargs)

    return run


def enabled(name: str) -> bool:
    """Whether a rule is on (for rules declared with :func:`register`)."""
    if name not in RULES:
        raise KeyError(f"no rule named {name!r}")
    return name not in _DISABLED.get()


def switched_off() -> frozenset[str]:
    """The rules switched off now: what a memo of answers that depend on them is keyed by."""
    return _DISABLED.get()


@contextmanager
def disabled(names: Iterable[str]) -> Iterator[None]:
    """Run the extractor with some rules switched off."""
    names = frozenset(names)
    unknown = names - RULES.keys()
    if unknown:
        raise KeyError(f"no rule named {sorted(unknown)[0]!r}")
    token = _DISABLED.set(_DISABLED.get() | names)
    try:
        yield
    finally:
        _DISABLED.reset(token)
