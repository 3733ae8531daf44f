"""Every registered rule has a unit test named after it, and the tests read invented text.

The rule tests are the ``test_*.py`` files of this folder and its subfolders (``offices/``
mirrors ``pipeline/extract/offices/``) and of ``tests/text/`` (``pipeline/text/``'s rules).

A test belongs to the longest rule name it starts with (``test_root_from_title_agency_...``
tests ``root_from_title_agency``, not ``root_from_title``). A rule needs at least one such
test that names the rule in a string (to switch it off or to check ``found_by``), so a new
rule cannot land untested. The pages are synthetic: no name of two or more words, acronym or
expansion of any annotated page appears in a string here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pipeline.extract.page import registered_rules
from tests.pages import DATA, GOLD, GOLD_EXTRA
from tests.term_search import content_words, gold_file_terms, term_index, terms_in

HERE = Path(__file__).resolve().parent
TEXT = HERE.parent / "text"
TEST_MODULES = sorted([*HERE.rglob("test_*.py"), *TEXT.rglob("test_*.py")])
# The pages and helpers the tests import.
HELPER_MODULES = sorted(
    p for p in [*HERE.rglob("*.py"), *TEXT.rglob("*.py")] if not p.name.startswith(("test_", "_"))
)
# The development corpus only: the sealed pages stay unread.
CORPUS_GOLD = DATA / "corpus" / "dev" / "gold"


def _test_functions() -> list[ast.FunctionDef]:
    functions = []
    for path in TEST_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions += [
            node
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        ]
    return functions


def _tests_by_rule() -> dict[str, list[ast.FunctionDef]]:
    """The rule tests' functions by the rule each is named after."""
    rules = sorted((rule.name for rule in registered_rules()), key=len, reverse=True)
    out: dict[str, list[ast.FunctionDef]] = {name: [] for name in rules}
    for function in _test_functions():
        for name in rules:
            if function.name == f"test_{name}" or function.name.startswith(f"test_{name}_"):
                out[name].append(function)
                break
    return out


def _strings(node: ast.AST) -> set[str]:
    return {
        child.value
        for child in ast.walk(node)
        if isinstance(child, ast.Constant) and isinstance(child.value, str)
    }


def test_every_registered_rule_has_a_test_named_after_it() -> None:
    by_rule = _tests_by_rule()
    assert len(by_rule) >= 40
    assert [name for name, tests in sorted(by_rule.items()) if not tests] == []


def test_every_rule_test_names_its_rule() -> None:
    unnamed = [
        name
        for name, tests in sorted(_tests_by_rule().items())
        if not any(name in _strings(test) for test in tests)
    ]
    assert unnamed == []


# The branches of government are the language's terms, not a page's names (the filter
# ``government_branch`` reads them on any page), though some gold files list one as a unit.
LANGUAGE_TERMS = {"Executive Branch", "Legislative Branch", "Judicial Branch"}


def _gold_terms() -> set[str]:
    terms: set[str] = set()
    paths = [*GOLD.glob("*.gold.json"), *GOLD_EXTRA.glob("*.gold.json")]
    for path in [*paths, *CORPUS_GOLD.glob("*.gold.json")]:
        terms.update(gold_file_terms(path))
    names = {term for term in terms if any(ch.isupper() for ch in term)} - LANGUAGE_TERMS
    return {term for term in names if len(content_words(term)) >= 2 or _is_acronym(term)}


# A Roman numeral up to 39 ("II", "XIV"): it numbers the parts of any page. Larger ones
# ("DC", "MD", "CM") are as often a page's acronyms.
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _is_acronym(term: str) -> bool:
    """An acronym-like token ("BLS", "WiCK"); a single ordinary word ("Safety") or a phrase in
    lower case ("the agency") is not a page's name but the language's, nor is a phrase whose
    words are capitalized ("The Office"), nor a Roman numeral ("II", "IV"), which numbers the
    parts of any page."""
    if term and _ROMAN_NUMERAL.fullmatch(term):
        return False
    return len(term) >= 2 and " " not in term and sum(ch.isupper() for ch in term) >= 2


def test_rule_tests_use_no_name_from_an_annotated_page() -> None:
    terms = _gold_terms()
    assert len(terms) > 100
    index = term_index(terms)
    hits = []
    for path in [*TEST_MODULES, *HELPER_MODULES]:
        for literal in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            hits += [f"{path.name}: {term!r}" for term in terms_in(literal, index)]
    assert sorted(set(hits)) == []
