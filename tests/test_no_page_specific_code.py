"""No name, acronym or count from an annotated page is hard-coded in the pipeline's code.

Every string literal in ``pipeline/`` (docstrings aside: they may quote examples), and the
whole text of every other file there (vocabulary or lookup data), is searched for every unit
name, alias, acronym and program name of every gold file: the team's pages and the whole
corpus, sealed pages included.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from tests.pages import GOLD, GOLD_EXTRA, ROOT
from tests.term_search import content_words, gold_file_terms, term_index, terms_in

PIPELINE = ROOT / "pipeline"
CORPUS = ROOT / "tests" / "data" / "corpus"


def gold_terms() -> set[str]:
    terms: set[str] = set()
    for path in [*GOLD.glob("*.gold.json"), *GOLD_EXTRA.glob("*.gold.json")]:
        terms.update(gold_file_terms(path))
    for path in CORPUS.glob("*/gold/*.gold.json"):
        # The corpus names units with plain words too ("Bureau", "the agency", "This Office"):
        # from it, only capitalized names of two or more words besides an opening article or
        # demonstrative, and acronyms, are page-specific.
        terms.update(
            t
            for t in gold_file_terms(path)
            if (len(content_words(t)) >= 2 and t != t.lower())
            or (" " not in t and any(c.isupper() for c in t[1:]))
        )
    return (
        {term for term in terms if len(term) >= 2 and not ROMAN_NUMERAL.fullmatch(term)}
        - CODE_WORDS
        - LANGUAGE_ABBREVIATIONS
    )


# Words of the code's own languages that some page also uses as an acronym: an SQL keyword
# ("CREATE VIEW", "SELECT ... AS"), a command's metavariable ("[DIR]"), a date format's letters
# ("YYYY-MM-DD"), a unit of memory ("2048 MB", an acronym a gold file also accepts), a file
# format ("PDF": a refused file's "%PDF-" signature, a link's "(PDF, 45KB)" mark; one corpus
# page's gold takes it as an acronym its markup spells out). They name nothing on a page
# where the code uses them.
CODE_WORDS = frozenset({"VIEW", "AS", "DIR", "DD", "MB", "PDF"})

# A Roman numeral ("II", "IX") that a page gives as a unit's short name ("Region II") is a
# number of the language, which the layout rules read as an outline's numbering on any page.
# Only numerals of I, V and X: "MCC" or "DC" may be a page's acronym.
ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")

# Abbreviations of the language that some page also defines as an acronym: "FY" (fiscal
# year), which the name rules read in "Report for FY 2016" on any page.
LANGUAGE_ABBREVIATIONS = frozenset({"FY"})


def docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def code_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = docstring_nodes(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_gold_term_in_pipeline_string_literals() -> None:
    terms = gold_terms()
    assert len(terms) > 100
    index = term_index(terms)
    hits = []
    files = [p for p in sorted(PIPELINE.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    for path in files:
        literals = (
            code_strings(path) if path.suffix == ".py" else [path.read_text(encoding="utf-8")]
        )
        for literal in literals:
            hits += [f"{path.relative_to(ROOT)}: {term!r}" for term in terms_in(literal, index)]
    assert hits == [], "\n".join(hits)


def comments_and_docstrings(path: Path) -> list[tuple[int, str]]:
    """The comments and docstrings of a module, with their line numbers."""
    source = path.read_text(encoding="utf-8")
    found = [
        (token.start[0], token.string)
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    tree = ast.parse(source)
    docstrings = docstring_nodes(tree)
    found += [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and id(node) in docstrings and isinstance(node.value, str)
    ]
    return found


def test_no_corpus_acronym_in_pipeline_comments() -> None:
    """Comments and docstrings may quote examples, but invented ones: an acronym of three or
    more capitals from a corpus page's gold is that page's, not an example of the language.
    The team's own pages (``tests/data/gold``, ``gold_extra``) are the project's documented
    examples and stay allowed, and so do a chief officer's title ("CIO", "CFO") and a Roman
    numeral ("VIII"): words of the language, not of a page."""
    own: set[str] = set()
    for path in [*GOLD.glob("*.gold.json"), *GOLD_EXTRA.glob("*.gold.json")]:
        own.update(gold_file_terms(path))
    acronyms = (
        {
            term
            for path in CORPUS.glob("*/gold/*.gold.json")
            for term in gold_file_terms(path)
            if re.fullmatch(r"[A-Z][A-Z&]{2,}", term)
            and not re.fullmatch(r"C[A-Z]{1,2}O", term)
            and not ROMAN_NUMERAL.fullmatch(term)
        }
        - own
        - CODE_WORDS
    )
    hits = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for line, text in comments_and_docstrings(path):
            words = set(re.findall(r"(?<![\w&])[A-Z][A-Z&]{2,}(?![\w&])", text))
            hits += [f"{path.relative_to(ROOT)}:{line}: {w!r}" for w in sorted(words & acronyms)]
    assert hits == [], "\n".join(hits)
