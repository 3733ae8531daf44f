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
import inspect
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
        return functools.wraps(function)(_switchable(function, off))  # type: ignore[return-value]

    return wrap


def _switchable(function: Callable[..., Any], off: Any) -> Callable[..., Any]:
    """``function`` behind the rule switch: a wrapper with ``function``'s own parameters,
    which asks whether the rule is off and passes its arguments on as they came.

    Written with the function's parameters rather than ``*args, **kwargs``, so that Python
    calls the wrapper, and the wrapper the rule, as plain calls (a call through ``*args``
    packs a tuple and a dict and runs a frame of its own): the switch is asked about thousands
    of times a page."""
    heads: list[str] = []
    passed: list[str] = []
    namespace: dict[str, Any] = {
        "_rule_name_": function.__name__,
        "_rule_function_": function,
        "_rule_off_": off,
        "_rule_switch_": _DISABLED.get,
    }
    starred = False
    parameters = list(inspect.signature(function).parameters.values())
    for number, parameter in enumerate(parameters):
        head = parameter.name
        if parameter.default is not parameter.empty:
            namespace[f"_rule_default_{number}_"] = parameter.default
            head += f"=_rule_default_{number}_"
        if parameter.kind is parameter.VAR_POSITIONAL:
            heads.append(f"*{head}")
            passed.append(f"*{head}")
            starred = True
        elif parameter.kind is parameter.VAR_KEYWORD:
            heads.append(f"**{head}")
            passed.append(f"**{head}")
        elif parameter.kind is parameter.KEYWORD_ONLY:
            if not starred:
                heads.append("*")
                starred = True
            heads.append(head)
            passed.append(f"{parameter.name}={parameter.name}")
        else:
            heads.append(head)
            passed.append(parameter.name)
            following = parameters[number + 1].kind if number + 1 < len(parameters) else None
            if parameter.kind is parameter.POSITIONAL_ONLY and following is not parameter.kind:
                heads.append("/")
    arguments = ", ".join(passed)
    when_off = f"_rule_off_({arguments})" if callable(off) else "_rule_off_"
    source = (
        f"def run({', '.join(heads)}):\n"
        f"    if _rule_name_ in _rule_switch_():\n"
        f"        return {when_off}\n"
        f"    return _rule_function_({arguments})\n"
    )
    exec(source, namespace)  # the source is built above from the signature alone
    run: Callable[..., Any] = namespace["run"]
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
