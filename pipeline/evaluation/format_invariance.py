"""Format invariance: does the extractor read a page the same way when only its format changes?

Real pages differ from the pages the rules were written on less in what they say than in how
they are laid out: another bullet glyph, typographic apostrophes, spaces before each line
break, no blank line between paragraphs. Each *perturbation* here rewrites a page's text one
such way and leaves its words alone; the page is read again and scored against the same gold.
A *cosmetic* perturbation keeps everything the text says about structure, so a reading that
changes is a rule depending on a detail no page promises: mending it is general by
construction, fitted to no page. A *structural* perturbation removes something the text does
say (paragraph breaks, indentation, list markers); what it costs measures how much the rules
lean on it, not a fault.

Both readings go without the page's layout hints (``sources.json``): hints point at offsets
in the original text, which a perturbation moves. Only ever run this on a development corpus:
it names pages whose reading changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pipeline.evaluation.corpus import LoadedPage, extract_loaded, score_extraction
from pipeline.evaluation.scoring import PageScore

# A reading whose units and edges F1 each move by at most this counts as the same.
TOLERANCE = 0.05

_GLYPH = r"[•·▪◦‣*\-–—]"
_BULLET = re.compile(rf"^([ \t]*)({_GLYPH})([ \t]+)", re.MULTILINE)
# A list marker: a glyph, a number, a letter or a roman numeral ("(iv)", "II."); a capital
# with a stop only as a roman numeral of two letters or more ("J. Wick" keeps its initial).
_ANY_MARKER = re.compile(
    rf"^([ \t]*)(?:{_GLYPH}|\(?(?:\d{{1,3}}|[a-z]|[ivx]{{2,5}})[.)]"
    rf"|\(?(?:[A-Z]|[IVX]{{2,5}})\)|[IVX]{{2,5}}\.)[ \t]+",
    re.MULTILINE,
)
# A glyph after a line's text, a space or none before it, a space and a capital after it
# (as ``blocks.glued_bullet`` reads one: "... lamp posts- Soot Office"); the words around
# it are looked at, not matched, so "A • B • C" finds both.
_GLUED_MARKER = re.compile(rf"(?<=\S)[ \t]*({_GLYPH})[ \t]+(?=[A-Z])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


def trailing_spaces(text: str) -> str:
    """Two spaces before every line break, as Markdown writes a hard break."""
    return text.replace("\n", "  \n")


def typographic_apostrophes(text: str) -> str:
    """A word's straight apostrophe as a typographic one ("Director's" as "Director’s")."""
    return _APOSTROPHE.sub("\u2019", text)


def _bullets_as(text: str, glyph: str) -> str:
    """Every bullet glyph that opens a line as ``glyph``; the text as it is when a glyph the
    rewrite takes away or puts in also stands after a line's text ("... development - Social
    Services": a menu copied without its line breaks), where markers that matched would no
    longer match, or markers that did not would. A glued glyph the rewrite leaves alone (a
    dash between a name and what it does, "• Wick Division – trims wicks") is no reason."""
    replaced = {m.group(2) for m in _BULLET.finditer(text)} - {glyph}
    glued = {m.group(1) for m in _GLUED_MARKER.finditer(text)}
    if not replaced or glued & (replaced | {glyph}):
        return text
    return _BULLET.sub(lambda m: m.group(1) + glyph + m.group(3), text)


def bullets_as_dashes(text: str) -> str:
    """Every bullet glyph that opens a line as a hyphen (not where a glyph it takes away or
    puts in also stands after a line's text)."""
    return _bullets_as(text, "-")


def bullets_as_dots(text: str) -> str:
    """Every bullet glyph that opens a line as "•" (not where a glyph it takes away or puts
    in also stands after a line's text)."""
    return _bullets_as(text, "\u2022")


def no_blank_lines(text: str) -> str:
    """Paragraphs and items one per line, with no blank line between them."""
    return _BLANK_LINES.sub("\n", text)


def blank_line_between_lines(text: str) -> str:
    """Every line a paragraph of its own."""
    return _BLANK_LINES.sub("\n", text).replace("\n", "\n\n")


def no_indentation(text: str) -> str:
    """Every line flush left: nesting shown only by indentation is lost."""
    return _INDENT.sub("", text)


def no_list_markers(text: str) -> str:
    """Bullets, numbers, letters and roman numerals that open a line taken away."""
    return _ANY_MARKER.sub(r"\1", text)


@dataclass(frozen=True)
class Perturbation:
    name: str
    rewrite: Callable[[str], str]
    cosmetic: bool

    @property
    def description(self) -> str:
        return " ".join((self.rewrite.__doc__ or "").split())


PERTURBATIONS = (
    Perturbation("trailing_spaces", trailing_spaces, cosmetic=True),
    Perturbation("typographic_apostrophes", typographic_apostrophes, cosmetic=True),
    Perturbation("bullets_as_dashes", bullets_as_dashes, cosmetic=True),
    Perturbation("bullets_as_dots", bullets_as_dots, cosmetic=True),
    Perturbation("no_blank_lines", no_blank_lines, cosmetic=False),
    Perturbation("blank_line_between_lines", blank_line_between_lines, cosmetic=False),
    Perturbation("no_indentation", no_indentation, cosmetic=False),
    Perturbation("no_list_markers", no_list_markers, cosmetic=False),
)


@dataclass(frozen=True)
class Reading:
    """One page's units and edges F1, as read and with each perturbation that changes its
    text (a perturbation that leaves the text as it is has no entry)."""

    source_id: str
    units: float
    edges: float
    perturbed: dict[str, tuple[float, float]]


def _f1s(page: LoadedPage, gold: dict) -> tuple[float, float]:
    score: PageScore = score_extraction(extract_loaded(page), page.source_id, gold)
    return score.units.f1, score.edges.f1


def read(page: LoadedPage, gold: dict) -> Reading:
    """The page read as it is and with each perturbation, all without layout hints."""
    plain = replace(page, hints=None)
    units, edges = _f1s(plain, gold)
    perturbed = {}
    for perturbation in PERTURBATIONS:
        text = perturbation.rewrite(plain.text)
        if text != plain.text:
            perturbed[perturbation.name] = _f1s(replace(plain, text=text), gold)
    return Reading(page.source_id, units, edges, perturbed)


def read_all(pages: Sequence[tuple[LoadedPage, dict]]) -> list[Reading]:
    """Every page's reading, in the pages' order (one process: a few minutes for the
    development corpus, no pool of processes to hang on a worker that dies)."""
    return [read(page, gold) for page, gold in pages]


@dataclass(frozen=True)
class Effect:
    """What one perturbation does over a corpus: the pages whose text it changes, the mean
    change of their units and edges F1, and the pages read worse or better by more than
    ``TOLERANCE`` in either."""

    perturbation: Perturbation
    pages: int
    units: float
    edges: float
    worse: list[str]
    better: list[str]


def effects(readings: Sequence[Reading]) -> list[Effect]:
    """Each perturbation's effect, in ``PERTURBATIONS`` order. A page whose units F1 rises
    while its edges F1 falls (beyond ``TOLERANCE``) is counted both worse and better."""
    found = []
    for perturbation in PERTURBATIONS:
        changed = [r for r in readings if perturbation.name in r.perturbed]
        deltas = [
            (r.source_id, u - r.units, e - r.edges)
            for r in changed
            for u, e in [r.perturbed[perturbation.name]]
        ]
        found.append(
            Effect(
                perturbation,
                len(changed),
                sum(d[1] for d in deltas) / len(deltas) if deltas else 0.0,
                sum(d[2] for d in deltas) / len(deltas) if deltas else 0.0,
                sorted(s for s, du, de in deltas if du < -TOLERANCE or de < -TOLERANCE),
                sorted(s for s, du, de in deltas if du > TOLERANCE or de > TOLERANCE),
            )
        )
    return found


def as_markdown(
    readings: Sequence[Reading], *, commit: str, date: str, corpus: str, command: str
) -> str:
    """The format-invariance table, and the pages a cosmetic perturbation reads worse or
    better (either way, a reading that depends on the change)."""
    lines = [
        "# Format invariance: the same page in another format",
        "",
        f"Measured at commit `{commit}` on {date} by `{command}`, on {corpus}:"
        f" {len(readings)} pages. The sealed set is never read here.",
        "",
        "Each perturbation rewrites a page's text one way and leaves its words alone; the page"
        " is read again and scored against the same gold. *Cosmetic* ones keep everything the"
        " text says about structure: a page read worse is a rule leaning on a detail no page"
        " promises, and mending it fits no page. *Structural* ones take away something the"
        " text says (paragraph breaks, indentation, list markers): their cost measures how much"
        " the rules lean on it. Both readings go without layout hints. *Pages*: pages whose"
        " text the perturbation changes. *Δ F1*: mean over those pages of the perturbed"
        f" reading's F1 minus the plain reading's. *Worse*, *better*: pages whose units or"
        f" edges F1 moves by more than {TOLERANCE}.",
        "",
        "| perturbation | kind | pages | Δ units F1 | Δ edges F1 | worse | better | what it does |",
        "|---|---|---|---|---|---|---|---|",
    ]
    found = effects(readings)
    for effect in found:
        kind = "cosmetic" if effect.perturbation.cosmetic else "structural"
        lines.append(
            f"| `{effect.perturbation.name}` | {kind} | {effect.pages} | {effect.units:+.4f}"
            f" | {effect.edges:+.4f} | {len(effect.worse)} | {len(effect.better)}"
            f" | {effect.perturbation.description} |"
        )
    lines += ["", "## Pages a cosmetic perturbation reads differently", ""]
    cosmetic = [e for e in found if e.perturbation.cosmetic]
    if not any(e.worse or e.better for e in cosmetic):
        lines.append("None.")
    for effect in cosmetic:
        for moved, pages in (("worse", effect.worse), ("better", effect.better)):
            if pages:
                lines.append(f"- `{effect.perturbation.name}`, {moved}: {', '.join(pages)}")
    return "\n".join(lines) + "\n"
