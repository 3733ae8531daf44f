"""Regular expressions compiled on first use, not at import.

The extractor's modules define about 750 patterns at module level. The project's own build
(the ICE page) uses about a third of them; compiling every one at import was about a twentieth
of each ``ice-offices build`` and of every process that loads the definitions (issue 13). A
build of many pages compiles nearly all of them anyway (the 1,228 development pages use all but
a dozen), so it neither gains nor loses. A lazy pattern compiles itself the first time one of
its methods is asked for, then binds the compiled pattern's methods on itself, so later calls
cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers besides ``pattern``; each is bound on the lazy pattern once it
# is compiled, so a later look-up finds it on the instance and never reaches ``__getattr__``.
_BOUND = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until its first method call."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.compiled()
        for bound in _BOUND:
            setattr(self, bound, getattr(compiled, bound))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags!r})"

    # As a compiled pattern: equal by source and flags, copied as itself, pickled by its source
    # (the bound methods and ``groupindex`` a used one holds cannot be pickled).
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LazyPattern):
            return NotImplemented
        return (self.pattern, self._flags) == (other.pattern, other._flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return (LazyPattern, (self.pattern, self._flags))


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for module-level patterns, deferred until the pattern is first used.

    Typed as a compiled pattern, which it behaves as through its methods and ``pattern``; the
    ``re`` module's functions (``re.sub(p, ...)``) need a real one: call the method instead
    (``p.sub(...)``).
    """
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
