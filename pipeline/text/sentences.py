"""Sentence spans inside a block, aware of the abbreviations government prose is full of."""

from __future__ import annotations

from pipeline.rules import enabled, register
from pipeline.text.lazy_patterns import lazy_pattern

# Abbreviations of English and of government prose that stand before a name: titles and ranks
# ("Asst. Director", "Lt. Col. Bram Tolley") and places' words ("Mt. Wick"). Words that as
# often end a sentence ("Dept.", "Div.", "Ave.") are not among them: "the Parks Dept. Staff
# respond ..." is two sentences, and "Dept. of Wicks" never ends one (a lower-case word).
_ABBREVIATION = lazy_pattern(
    r"(?:\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:e\.g|i\.e|viz|etc|vs|Mr|Ms|Mrs|Dr|No|Nos|St|Jr|Sr|Inc|Co"
    r"|Asst|Assoc|Dir|Gen|Gov|Hon|Sen|Rep|Lt|Col|Capt|Cmdr|Sgt|Maj|Adm|Supt|Commr|Secy|Atty"
    r"|Mt|Ft)\.?)$"
)
# An abbreviation is read from at most this many characters before its dot, so that finding
# sentence ends stays linear however long the text before them.
ABBREVIATION_WINDOW = 12
# What may close a sentence after its punctuation: quotes and a parenthesis.
_CLOSERS = "\"'”’)"
# A sentence may also open in lower case with an article after an acronym's closing dot,
# bare or in parentheses: "... the Glass Office, or GO. the Wick Office ...", "... the Glass
# Office (GO). the Wick Office ...": no abbreviation ends in two capitals. Every match opens
# with its punctuation mark, written first so that the pattern is tried only at those marks
# (with the capitals' look-behind first, it was tried at every character: 1.4 ms of a 43 ms
# pass over the benchmark's pages, 0.12 ms now; the same matches).
_END = lazy_pattern(
    r"[.!?](?:[\"'”’)]*(?=\s+[\"'“‘(]*[A-Z0-9]|\s*$)"
    r"|(?:(?<=[A-Z]{2}\.)|(?<=[A-Z]{2}\)\.))(?=\s+(?:the|a|an)\s))"
)


register(
    "abbreviation_sentence_end",
    "layout",
    """An abbreviation's dot ends a sentence when the word after it opens a sentence and never
    goes on with a name: a capitalized article, a pronoun, or "In", "All", "Each" ("The Lamp
    Board is based in Lampton, D.C. The Wick Office trains ...", "... by Oil Supply Co. It
    also ...", "... served as a Lt. Col. He then ..."). Before
    any other capitalized word the dot stays inside the sentence ("the U.S. Lamp Office",
    "Mr. Bram Tolley").""",
)
# Words that open a sentence after an abbreviation and never go on with a name.
_OPENER = lazy_pattern(
    r"[\"'”’)]*\s+(?:The|This|These|Those|It|Its|They|Their|We|Our|He|She|His|Her|In|All|Each)\s"
)


def opens_sentence_after_abbreviation(text: str, position: int) -> bool:
    """Whether the words at ``position``, right after an abbreviation's dot, open a sentence
    and never go on with a name ("The", "It", "In", ...: ``abbreviation_sentence_end``)."""
    return _OPENER.match(text, position) is not None


def closes_abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation that stands before a name ("the St.
    Wick Office", "Mr. Bram Tolley", "the U.S. Lamp Office")."""
    head = text[max(0, dot - ABBREVIATION_WINDOW) : dot + 1]
    return text[dot : dot + 1] == "." and _ABBREVIATION.search(head) is not None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with closing punctuation (not an abbreviation's dot)."""
    stripped = text.rstrip()
    if not stripped.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return False
    tail = stripped[-ABBREVIATION_WINDOW:]
    return not (stripped.endswith(".") and _ABBREVIATION.search(tail[:-1] + "."))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text[start:end]``, in ``text`` coordinates."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _END.finditer(text, start, end):
        head = text[max(cursor, match.start() - ABBREVIATION_WINDOW) : match.start() + 1]
        if (
            _ABBREVIATION.search(head)
            and match.end() < end
            and not (
                enabled("abbreviation_sentence_end") and _OPENER.match(text, match.start() + 1)
            )
        ):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end and text[cursor:end].strip():
        tail_end = end
        while tail_end > cursor and text[tail_end - 1].isspace():
            tail_end -= 1
        spans.append((cursor, tail_end))
    return spans
