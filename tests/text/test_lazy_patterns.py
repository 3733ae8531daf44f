"""``pipeline/text/lazy_patterns.py``: module-level patterns compiled on first use.

A lazy pattern must answer as ``re.compile`` would, and the code must never hand one to what
needs a real compiled pattern: the ``re`` module's functions, ``isinstance``, or an identity
test against ``match.re`` (a match's ``re`` is the compiled pattern, never the lazy one)."""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.text.lazy_patterns import LazyPattern, lazy_pattern

ROOT = Path(__file__).resolve().parents[2]
LAZY_FOLDERS = ("pipeline/extract", "pipeline/text")
CASES = (
    (r"(?P<office>Office) of (\w+)", 0, "The Office of Wicks and the office of Lamps"),
    (r"^lamp\s+(bureau|office)$", re.I | re.M, "Lamp Bureau\nlamp OFFICE\nLamp House"),
    (r"[^\s,]++", 0, "wick, glass,  oil"),
)


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_lazy_pattern_answers_as_compiled(source: str, flags: int, text: str) -> None:
    lazy, compiled = lazy_pattern(source, flags), re.compile(source, flags)
    assert lazy.pattern == compiled.pattern
    for method in ("search", "match", "fullmatch", "findall", "split"):
        assert repr(getattr(lazy, method)(text)) == repr(getattr(compiled, method)(text)), method
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.subn("X", text) == compiled.subn("X", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )


def test_lazy_pattern_compiles_on_first_use_then_binds_its_methods() -> None:
    """Nothing is compiled until a method is asked for; after that the compiled pattern's
    methods are the lazy pattern's own attributes, so no later call goes through
    ``__getattr__``."""
    lazy = LazyPattern(r"\bwick\b")
    assert "search" not in vars(lazy)
    assert lazy.search("a wick") is not None
    assert vars(lazy)["search"].__self__.pattern == r"\bwick\b"
    assert "finditer" in vars(lazy)


def test_lazy_pattern_never_compiles_for_a_dunder_look_up() -> None:
    """``copy``, ``pickle`` and the like probe dunder names; those must not compile the
    pattern or be answered by the compiled one."""
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(AttributeError):
        lazy.__fspath__  # noqa: B018
    with pytest.raises(re.error):
        lazy.search("x")


def test_lazy_pattern_copies_and_pickles_as_a_compiled_one_once_used() -> None:
    """A used lazy pattern holds the compiled pattern's bound methods, which cannot be pickled;
    it pickles by its source and copies as itself, as a compiled pattern does."""
    lazy = LazyPattern(r"(?P<noun>Office|Bureau)", re.I)
    assert lazy.search("the bureau") is not None
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy and hash(again) == hash(lazy)
    assert again.search("an OFFICE")["noun"] == "OFFICE"  # type: ignore[index]
    assert copy.deepcopy(lazy) is lazy and copy.copy(lazy) is lazy
    assert lazy != LazyPattern(r"(?P<noun>Office|Bureau)")


def _lazy_patterns_of_the_extractor() -> list[tuple[str, str, LazyPattern]]:
    found = []
    for path in sorted(ROOT.glob("pipeline/**/*.py")):
        if not str(path.relative_to(ROOT)).startswith(LAZY_FOLDERS):
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = importlib.import_module(name)
        found += [(name, attr, v) for attr, v in vars(module).items() if isinstance(v, LazyPattern)]
    return found


def test_every_lazy_pattern_of_the_extractor_compiles_without_a_warning() -> None:
    """Compiled at import, a bad pattern failed every command at once; compiled on first use,
    it would fail only on the page that first needs it. So each is compiled here, warnings
    (``re``'s FutureWarning on a nested set) taken as errors."""
    patterns = _lazy_patterns_of_the_extractor()
    assert len(patterns) > 100
    failures = []
    for module, attr, pattern in patterns:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                pattern.compiled()
            except (re.error, Warning) as error:
                failures.append(f"{module}.{attr}: {error}")
    assert failures == []


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    lazy: set[str] = field(default_factory=set)
    eager: set[str] = field(default_factory=set)


def _assigned(node: ast.stmt) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return [t.id for t in targets if isinstance(t, ast.Name)]


def _calls(value: ast.expr | None, name: str, owner: str | None = None) -> bool:
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    if owner is None:
        return isinstance(func, ast.Name) and func.id == name
    return (
        isinstance(func, ast.Attribute)
        and func.attr == name
        and isinstance(func.value, ast.Name)
        and func.value.id == owner
    )


def _modules() -> dict[str, _Module]:
    modules = {}
    for path in sorted(ROOT.glob("pipeline/**/*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = _Module(path, ast.parse(path.read_text(encoding="utf-8")))
        for node in module.tree.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                if _calls(node.value, "lazy_pattern"):
                    module.lazy.update(_assigned(node))
                elif _calls(node.value, "compile", owner="re"):
                    module.eager.update(_assigned(node))
        modules[name] = module
    return modules


def _known_lazy(modules: dict[str, _Module], module: _Module) -> set[str]:
    """The module's own lazy patterns and those it imports by name."""
    known = set(module.lazy)
    for node in module.tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in modules:
            known |= {a.asname or a.name for a in node.names if a.name in modules[node.module].lazy}
    return known


def _identity_tested(tree: ast.Module) -> set[str]:
    """Names compared with a match's pattern: ``match.re is X``, ``match.re in (X, Y)``."""
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if not any(isinstance(s, ast.Attribute) and s.attr == "re" for s in sides):
            continue
        for side in sides:
            names |= {n.id for n in ast.walk(side) if isinstance(n, ast.Name)}
    return names


def test_no_lazy_pattern_reaches_what_needs_a_compiled_one() -> None:
    """``re.sub(P, ...)`` raises on a lazy ``P``; ``match.re is P`` is always false for it."""
    modules = _modules()
    misuses = []
    for module in modules.values():
        known = _known_lazy(modules, module)
        where = module.path.relative_to(ROOT)
        for node in ast.walk(module.tree):
            if _calls(node, "isinstance") and "re.Pattern" in ast.unparse(node):
                misuses.append(f"{where}:{node.lineno} isinstance of a pattern")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                first = node.args[0] if node.args else None
                first = next((k.value for k in node.keywords if k.arg == "pattern"), first)
                if (
                    isinstance(owner, ast.Name)
                    and owner.id == "re"
                    and isinstance(first, ast.Name)
                    and first.id in known
                ):
                    misuses.append(f"{where}:{node.lineno} re.{node.func.attr}({first.id}, ...)")
        for name in sorted(_identity_tested(module.tree) & known):
            misuses.append(f"{where}: match.re compared with lazy {name}")
    assert misuses == []


def test_module_level_patterns_of_the_extractor_are_lazy() -> None:
    """A pattern the extractor defines at module level is ``lazy_pattern`` unless a match is
    told apart by it (``match.re is P``), which needs the compiled pattern at import."""
    modules = _modules()
    tested = set().union(*(_identity_tested(m.tree) for m in modules.values()))
    eager = [
        f"{module.path.relative_to(ROOT)}: {name}"
        for module in modules.values()
        if str(module.path.relative_to(ROOT)).startswith(LAZY_FOLDERS)
        for name in sorted(module.eager - tested)
    ]
    assert eager == []
