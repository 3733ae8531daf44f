"""The corrections ``infer_root`` applies to the root a strategy chose: a title's
acronym grown to the name after it or to the body noun the page calls it by, a title's topic
and picture words cut, a possessive's ending dropped, a word after the name dropped where the
page names the body again without it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.extract.acronyms import is_acronym
from pipeline.extract.names import name_tokens
from pipeline.extract.root.common import (
    BODY_ENDS,
    BODY_NOUNS,
    POSSESSIVE_END,
    REFERRED_NOUNS,
    TOPIC_WORDS,
    Root,
    ends_in_body,
    names_agency,
    names_body,
    names_page_part,
)
from pipeline.rules import enabled, register, rule
from pipeline.text.lazy_patterns import lazy_pattern
from pipeline.text.sections import PageLayout
from pipeline.text.vocabulary import CONNECTORS, ORGANIZATION_WORDS, POSITION_WORDS, UNIT_NOUNS

# The capitalized name run after a title's acronym: "Commission", "Office of the Director",
# "England", "National Lamp Service" (after a possessive), "Commission on Wick Safety".
_NAME_RUN_AFTER = lazy_pattern(
    r"(?P<owner>['’]s)?[ \t]+(?P<run>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|the|for|on|and|&)[ \t]+)*"
    r"[A-Z][\w’'&-]*)*)"
)


# A period right after the run with more capitalized words after it on the line: the run
# stopped inside a name at an abbreviation ("LSX St. Wick Office", "LSX No. 4 Lamp Unit").
_ABBREVIATION_CUT = lazy_pattern(r"\.[ \t]+[A-Z0-9]")


@rule("root", off=lambda page, root: root)
def title_acronym_with_name(page: PageLayout, root: Root) -> Root:
    """A title's acronym that the root was read from may open a longer name that the title
    goes on with: "LU Commission Leadership" names the LU Commission, "LSX Office of the
    Director" the LSX Office of the Director, "LU Commission on Wick Safety" the whole name,
    "LS Wickland" LS Wickland; after a possessive, the name is the body the acronym's owner
    has: "About LWX's National Wick Service" names the National Wick Service. The root is
    that name, without the topic words after it ("Leadership", "Overview", "Organization"),
    when a unit noun heads it (a single word after the acronym is a name too: "LS
    Wickland"); an acronym alone in its title, or
    before topic words or other words only ("LSX Organization Overview", "LSX Program
    Boundary Maps"), stays the root; so does one before a single word that names a part of
    the site or a topic of the page ("LSX Home", "LSX Staff", "About LSX's Mission") or a
    date ("LSX January 2020"), or before a name that an abbreviation's period would cut
    ("LSX St. Wick Office")."""
    if root.found_by not in ("root_from_title_acronym", "root_from_title_acronym_used"):
        return root
    if root.acronym is None:
        return root
    for line in reversed(page.title_lines):
        found = re.search(r"(?<![\w/&.-])" + re.escape(root.acronym) + r"(?![\w/&-])", line.text)
        if found is None:
            continue
        at = line.start + found.end()
        after = _NAME_RUN_AFTER.match(page.text, at, line.end)
        if after is None:
            return root
        if _ABBREVIATION_CUT.match(page.text, after.end(), line.end):
            return root  # "LSX St. Wick Office": the run stops at an abbreviation's period
        run = after.group("run")
        for tail in (_TOPIC_TAIL, _TOPIC_TAIL_AFTER_BODY, _TOPIC_TAIL_OF_BODY):
            cut = tail.search(" " + run)
            if cut is not None:
                run = run[: max(cut.start() - 1, 0)].rstrip()
        run = re.sub(r"(?:[ \t]+(?:of|the|for|and|&))+$", "", run)
        if not run or {word.lower() for word in run.split()} <= ORGANIZATION_WORDS:
            return root
        if len(run.split()) == 1 and names_page_part(run):
            return root  # "LSX Home", "About LSX's Mission": a part of the site, no body
        head = re.split(r"[ \t]+(?:of|for|on)[ \t]+", run)[0].split()
        if len(run.split()) > 1 and head[-1].lower() not in UNIT_NOUNS:
            return root  # "LSX Program Boundary Maps": no body's name, the acronym stays
        if after.group("owner"):
            start = after.start("run")
            return replace(root, name=run, acronym=None, start=start, end=start + len(run))
        start = line.start + found.start()
        name = f"{root.acronym} {run}"
        return replace(root, name=name, acronym=None, start=start, end=start + len(name))
    return root


# How often a page must call its acronym's body by the acronym and a body noun ("the LU
# Secretariat") for that body to be the root, unless it does so opening its introduction.
MIN_ACRONYM_BODY_USES = 2


@rule("root", off=lambda page, root: root)
def acronym_with_body_noun(page: PageLayout, root: Root) -> Root:
    """A root read as an acronym alone that the page never expands ("LU", from its title or
    the introduction's opening) is the body the page calls by that acronym and a body noun
    after "the" ("The LU Secretariat is headed by ...", "the staff of the LU Secretariat"):
    the organization's organ the page describes, not the organization. The noun must close
    the name ("the LU Board of Wicks" is another body, "The LU Organization Structure" a
    topic), and the page must say so more than
    once or open its introduction so; of several nouns ("the LU Secretariat", "the LU
    Council") the root is the one the page names more often than all others together: a page
    that names each of the organization's organs as often ("the LU Assembly", "the LU
    Council", "the LU Secretariat") describes the organization, which stays the root."""
    if root.acronym is None or root.name != root.acronym:
        return root
    if root.found_by not in ("root_from_title_acronym_used", "root_from_acronym_owner"):
        return root
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in re.finditer(
        r"\b[Tt]he " + re.escape(root.acronym) + r" (" + "|".join(REFERRED_NOUNS) + r")\b"
        r"(?![\w-])(?!\s+(?:of|for)\b|[ \t]+[A-Z])",
        page.text,
    ):
        counts[match.group(1)] += 1
        first.setdefault(match.group(1), match.start())
    if not counts:
        return root
    noun, uses = counts.most_common(1)[0]
    if 2 * uses <= sum(counts.values()):
        return root  # "the LU Assembly", "the LU Council", "the LU Secretariat": its organs
    at = first[noun]
    opening = (
        bool(page.intro)
        and page.intro[0].start <= at < page.sentences(page.intro[0].start, page.intro[0].end)[0][1]
    )
    if uses < MIN_ACRONYM_BODY_USES and not opening:
        return root
    start = at + len("the ")
    name = f"{root.acronym} {noun}"
    return replace(root, name=name, acronym=None, start=start, end=start + len(name))


# Words a title puts before a body's name to say what the page shows of it: "Organization of
# the Lamp Board", "Structure of the Wick Secretariat".
_TOPIC_LEAD_WORD = (
    r"(?:(?:Organi[sz]ation(?:al)?\s+)?Structure|Organi[sz]ation|Leadership|Divisions|Offices"
    r"|Departments|Units|Functions?|Roles?|Establishment|Mandate|Composition|Powers|Duties)"
)
_TOPIC_LEAD = lazy_pattern(
    r"(?:(?:The\s+)?(?:Strategic\s+|Main\s+|Key\s+)?"
    + _TOPIC_LEAD_WORD
    + r"(?:(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"
    + _TOPIC_LEAD_WORD
    + r")*\s+of|About)\s+(?:[Tt]he\s+)?(?=[A-Z])"
)
# A year after the body of a title that topic words lead ("Role of the Lamp Office 2007"): the
# edition of the page, no part of the name.
_TITLE_YEAR = lazy_pattern(r"\s+(?:19|20)\d\d$")
# A separator a site's title ends with, its site name left out: "Wick Office |".
_TITLE_SEPARATOR_END = lazy_pattern(r"\s+[|–—-]\s*$")
# Words a title puts after a body's name for the page's topic ("Lamp Board Leadership", "Wick
# Department At a Glance"), or to name the picture it shows ("Lamp Board banner", "Wick
# Office Logo"): none of them ends a body's name.
_TOPIC_TAIL = lazy_pattern(
    r"(?:['’]s)?\s+(?:Leadership(?:\s+Team)?|At\s+a\s+Glance|Overview|(?:Media\s+)?Contacts"
    r"|(?:(?:Organi[sz]ation(?:al)?|Org)\s+)?(?:Chart|Structure)"
    r"|(?:[Ww]eb(?:site)?\s+)?(?:[Bb]anner|[Ll]ogo|[Hh]eader\s+[Ii]mage)(?:\s+\d+\s*x\s*\d+)?)$"
)
# What a title or a site's header puts after a body's name that ends in a body noun: the
# body's manual ("Wick Division Manual > Chapter II") or the government it serves ("Lamp
# Relations Division Government of Lampshire"); after any other word, "Government of" is the
# name's own ("Department of Lamp Government of Lampshire").
_TOPIC_TAIL_AFTER_BODY = lazy_pattern(
    r"\s+(?:(?:Manual|Handbook)(?:\s*>.*|\s+(?:Chapter|Part)\s+\w+)?"
    r"|Government\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*))*)$"
)
# Words that end a body's name as often as they name a page's topic ("Office of Lamp
# Management", "Wick Bank Management"): dropped only where a body noun or an acronym is left.
_TOPIC_TAIL_OF_BODY = lazy_pattern(
    r"\s+(?:(?:[Ss]enior\s+)?[Mm]anagement(?:\s+Team)?|Organi[sz]ation|Departments|Divisions"
    r"|Offices|Units)$"
)
register(
    "root_title_topic_around_proper_name",
    "root",
    """A title whose topic words are cut ("Lamp Wick Guard Organization Chart", "Divisions
    of the National Wick Parliament of Lampshire", "Structure of the Lampshire Sea Watch")
    names a body by what is left even when no body noun ends it ("Guard", "Parliament",
    "Watch" head names as "Office" does): what is left must be a proper name, two words or
    more, each capitalized but for "of", "the", "and" between them. Only words of how a body
    is built or which units it has may lead it ("Structure of", "Divisions of"): words of
    what a body does come before a post as often ("Role of the Lamp Warden" stays whole). It
    is no body where it is a post alone, a topic or a team ("Wick Keepers Team Organization
    Chart", "Lamp Plan: Yearly Summary"), posts in the plural ("Offices of the Regional
    Commissioners", "Offices of the Honourable Members of Parliament"), or words that say
    which chart it is, not whose ("Proposed New", "High Level", "Headquarters and Regional"
    left last, "Annex A", "Appendix B" opening), or opens with "Your" or "Our": the title
    stands whole then. After the name, only an organization chart's words ("Organization Chart",
    "Organisational Structure", "Org Chart") are cut so: "Glass Works Structure" and
    "Lamp Valley Overview" may be names or a place's topics, and stand whole. Read for a
    root from the title or from a first line read as the title.
    A branch of ``root_title_topic_words``.""",
)

# Words a title names itself by, not a body, when they open what topic words leave: "Our
# Structure", "Your Council Overview".
_NOT_A_NAME_OPENING = frozenset({"our", "your", "my", "home", "about", "welcome"})
# A document's kind ending what is left ("Lamp Plan Overview"): the page's topic.
_DOCUMENT_KINDS = frozenset({"plan", "report", "charter", "profile", "directory", "handbook"})
# Words that say which chart it is, not whose, left last before an organization chart's words
# ("Proposed New Organisational Structure", "High Level Organisation Chart", "Headquarters and
# Regional Org Chart"): its state, its edition, its level or its scope. A body's proper name
# ends in a noun.
_CHART_QUALIFIERS = frozenset(
    {"proposed", "new", "current", "revised", "approved", "existing", "interim", "draft"}
    | {"updated", "present", "old", "former", "sanctioned", "amended", "final", "full"}
    | {"detailed", "simplified", "overall", "complete", "level", "tier", "wide", "high", "top"}
    | {"regional", "national", "federal", "local", "provincial", "central", "departmental"}
    | {"divisional", "ministerial", "corporate"}
)
# A document's part that opens what is left ("Annex A Organisational Structure", "Appendix B
# Organization Chart", "Figure 2 ..."): the chart's place in a document, no body.
_DOCUMENT_PART_OPENINGS = frozenset(
    {"annex", "annexure", "appendix", "schedule", "figure", "fig", "exhibit", "attachment"}
    | {"enclosure", "table", "chart", "diagram", "chapter", "section", "part"}
)
# Words that end a topic or a team's name, not a body's: "Senior Management Chart",
# "Executive Leadership Overview".
_TOPIC_ENDS = TOPIC_WORDS | {"management", "leadership", "team", "teams", "members", "staff"}
# The kind of document an organization chart is, after a name: "... Organization Chart",
# "... Organisational Structure", "... Org Chart". Other topic words after a name ("Glass
# Works Structure", "Lamp Valley Overview") may close a name or name a topic of a place,
# and leave a body only where a body noun ends it.
_ORGANIZATION_CHART = lazy_pattern(
    r"(?:['’]s)?\s+(?:Organi[sz]ation(?:al)?\s+(?:Chart|Structure)|Org\s+Chart)"
)
# Topic words before a body's name that say how it is built or which units it has ("Divisions
# of the ...", "Structure of the ..."): a post has none, so what they leave is a body. Words
# of what a body does ("Role of", "Functions of", "About") come before a post as often
# ("Role of the Lamp Warden"), and leave a body only where a body noun ends it.
_STRUCTURE_LEAD = lazy_pattern(
    r"(?:The\s+)?(?:(?:Organi[sz]ation(?:al)?\s+)?Structure|Organi[sz]ation|Divisions|Offices"
    r"|Departments|Units)\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def _proper_name(name: str) -> bool:
    """Whether what topic words leave of a title is a proper name a body may bear without a
    body noun: two words or more, all capitalized but for the connectors between them, no
    number, not a post alone, not a topic or a team (``root_title_topic_around_proper_name``)."""
    words = name.split()
    if len(words) < 2 or words[0] in CONNECTORS or words[-1] in CONNECTORS:
        return False
    if not all(w[:1].isupper() or w in CONNECTORS for w in words):
        return False
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False
    if words[0].lower() in _NOT_A_NAME_OPENING or words[-1].lower() in _DOCUMENT_KINDS:
        return False
    if re.sub(r"['’]s?$", "", words[-1]).lower() in _TOPIC_ENDS:
        return False
    if words[-1].lower() in _CHART_QUALIFIERS or words[0].lower() in _DOCUMENT_PART_OPENINGS:
        return False  # "Proposed New", "High Level", "Annex A": which chart, not whose
    # A post alone, in the singular or the plural, names its holders, no body: "Lamp Warden",
    # "Offices of the Regional Commissioners", "Offices of the Honourable Members of Parliament".
    words = [t[:-1] if t.endswith("s") and not t.endswith("ss") else t for t in name_tokens(name)]
    posts = bool(set(words) & (POSITION_WORDS | {"member"})) and not set(words) & UNIT_NOUNS
    return not (posts and not names_agency(name))


@rule("root", off=lambda root: root)
def root_title_topic_words(root: Root) -> Root:
    """A title that names the body with the page's topic around it ("Organization of the
    Lamp Board", "Wick Agency Leadership", "Lamp Department At a Glance", "Glass Bank
    Management", "City Departments"), or a title that is the alternative text of the page's
    banner picture ("Wick Directorate banner", "Lamp Board Logo"), names the body without the
    topic or picture words: the root is "Lamp Board", "Wick Agency", "Glass Bank", "City",
    "Wick Directorate". So do "About the Wick Division", "Functions of the Lamp Office" and
    "Role of the Lamp Warden's Office" (not "Role of the Lamp Warden": a post alone names no
    body), and a title that ends in a site's separator ("Lamp Office |"); the page's first
    line, read as its title when it has none, is read alike. A word that may end a body's
    name ("Management", "Organization", "Departments") is dropped like the others only where
    what is left names a body: a body noun or an acronym ends it, or it is worded as an
    agency or an office ("Office of Lamp Management", "Our Structure", "Senior Management
    Chart" stay whole). Topic words may come in a series ("The Role and Structure of the
    Lamp Office", "Strategic Role and Function of the Wick Office", "Establishment of the
    Lamp Board of Wicks", a body noun before its last "of" naming a body too), and a year
    after the body of such a title is the page's edition ("Role of the Lamp Office 2019";
    with no topic words before it, "Lamp Office 2019" stays whole). So are a manual after a name
    that a body noun ends ("Wick Division Manual > Chapter II") and the government a site's
    header names after it ("Lamp Relations Division Government of the Republic of
    Lampshire"), not "Government of" after another word: "Department of Lamp Government of
    Lampshire" stays whole. An agency phrase read from the page's text is cut alike ("the
    Department of Wicks Organizational Structure", "the Lamp Board Logo")."""
    if root.found_by not in (
        "root_from_title",
        "root_from_title_agency",
        "root_from_first_line",
        "root_from_agency_phrase",
    ):
        return root
    name = _TITLE_SEPARATOR_END.sub("", root.name)
    lead = _TOPIC_LEAD.match(name)
    if lead is not None:
        name = _TITLE_YEAR.sub("", name[lead.end() :])
    document = False  # a document's kind cut after the name ("... Organization Chart")
    tail = _TOPIC_TAIL.search(name)
    if tail is not None and tail.start() > 0:
        document = _ORGANIZATION_CHART.fullmatch(tail.group()) is not None
        name = name[: tail.start()]
    tail = _TOPIC_TAIL_AFTER_BODY.search(name)
    if tail is not None and tail.start() > 0 and ends_in_body(name[: tail.start()]):
        name = name[: tail.start()]
    tail = _TOPIC_TAIL_OF_BODY.search(name)
    if tail is not None and tail.start() > 0 and ends_in_body(name[: tail.start()]):
        name = name[: tail.start()]
    name = name.strip()
    if name == root.name or not name:
        return root
    proper = (
        enabled("root_title_topic_around_proper_name")
        and root.found_by in ("root_from_title", "root_from_first_line")
        and (
            _STRUCTURE_LEAD.match(_TITLE_SEPARATOR_END.sub("", root.name)) is not None
            if lead is not None
            else document
        )
        and _proper_name(name)
    )
    if not (names_body(name) or _body_of(name) or proper):
        return root  # "Our Structure", "Leadership and Members": no body's name is left
    if root.end - root.start != len(root.name):  # a name not read where it stands
        return replace(root, name=name)
    start = root.start + root.name.find(name)
    return replace(root, name=name, start=start, end=start + len(name))


def _body_of(name: str) -> bool:
    """Whether a name is a body's of what it keeps, all in capitals: a body noun before its
    last "of" ("Lamp Board of Wick Standards", "Wick Valley Commission of Lampshire")."""
    words = name.split()
    if "of" not in words:
        return False
    before = words[: len(words) - 1 - words[::-1].index("of")]
    return (
        bool(before)
        and before[-1].lower() in BODY_ENDS
        and all(w[:1].isupper() or w in CONNECTORS for w in words)
    )


@rule("root", off=lambda root: root)
def root_possessive(root: Root) -> Root:
    """A page that names its agency as the owner of what it describes ("The Lamp Bureau's
    work addresses ...", "the Ministry of Wicks’ offices", "Lamp Keepers' staff") names the
    agency without the possessive's ending: the root is "Lamp Bureau", not "Lamp Bureau's"."""
    name = POSSESSIVE_END.sub("", root.name)
    if name == root.name or not name.strip():
        return root
    if root.end - root.start != len(root.name):  # a name not read where it stands
        return replace(root, name=name)
    return replace(root, name=name, end=root.start + len(name))


# The marks a site's title or header puts between a name and what follows it: "Wick Office -".
_NAME_END_MARKS = " \t-–—|:,"


def _written_as(name: str) -> str:
    """A pattern of a name as the page may write it again: its words in any case, a comma
    after one of them or not ("Lamps, Wicks and Glass" and "Lamps, Wicks, and Glass")."""
    words = [re.escape(word.rstrip(",")) for word in name.split()]
    return r"(?<![\w’'-])" + r",?[ \t]+".join(words) + r"(?![\w’'-])"


# A name before a shorter one, holding it: a capitalized word (not "The") or a connector
# ("Director of Lamp Services", "Lampton Wick County").
_NAME_BEFORE = lazy_pattern(r"(?:\b(?:of|for|and|on)|\b(?!The\b)[A-Z][\w’'-]*|&)[ \t]+$")
# A name going on after a shorter one: a capitalized word, a number or a connector ("Wick
# County Sheriff", "Ministry of Lamps and Wicks").
_NAME_GOES_ON = lazy_pattern(r"[ \t]+(?:[A-Z0-9&]|(?:and|of|for|on|the)\b)")
# A name worded as a body by a body noun before "of" or "for" inside it ("Lampshire Department
# of Wicks"), not only at its opening or its end.
_BODY_OF = lazy_pattern(r"\b(?:" + "|".join(REFERRED_NOUNS) + r")[ \t]+(?:of|for)[ \t]+[A-Z]")


@rule("root", off=lambda page, root: root)
def root_name_without_dropped_word(page: PageLayout, root: Root) -> Root:
    """A root named by a title, a header line or an agency phrase with one word after the
    body's name that the page drops wherever it names the body again ("Lamp Ministry Home"
    over "the Lamp Ministry keeps ...", "Department of Wicks Streamlined" over "the
    reorganization of the Department of Wicks", "Wick County 2019-2020" over "Wick County
    keeps ...") is the shorter name: the word is a site's link, a document's topic or its
    edition, not the body's. Only where the page writes the shorter name again elsewhere
    on its own, no name before it or after it holding it ("the Director of Wick County",
    "Wick County Sheriff", "Ministry of Lamps and Wicks"), and the full name nowhere else (a
    header on every page, "Wick County 2019-2020" twice, stands whole); what is left must be
    a body's name (a body noun ends it, or it is worded as an agency or an office, a body
    noun before "of" inside it too: "Lampshire Department of Wicks Home") of two words or
    more, not ending in a connector ("Department of State", "Ministry of Lamps and Trade" keep
    their last word), and the word dropped no body noun, connector or acronym: "Department of
    Lamps Library" names another body."""
    if root.found_by not in (
        "root_from_title",
        "root_from_title_agency",
        "root_from_agency_phrase",
        "root_from_first_line",
    ):
        return root
    name = root.name.rstrip(_NAME_END_MARKS)
    parts = name.rsplit(maxsplit=1)
    if len(parts) < 2:
        return root
    shorter, dropped = parts[0].rstrip(_NAME_END_MARKS), parts[1]
    bare = re.sub(r"['’]s$", "", dropped)
    if (
        len(shorter.split()) < 2
        or shorter.split()[-1].lower() in CONNECTORS  # "Department of State", "... and Trade"
        or bare.lower() in BODY_NOUNS
        or bare.lower() in CONNECTORS
        or bare in REFERRED_NOUNS
        or (is_acronym(bare) and not any(ch.isdigit() for ch in bare))
        or not (names_body(shorter) or _BODY_OF.search(shorter))
    ):
        return root
    if len(re.findall(_written_as(name), page.text, re.IGNORECASE)) > 1:
        return root  # the full name again: the word is the body's own
    again = False
    for found in re.finditer(_written_as(shorter), page.text, re.IGNORECASE):
        if root.start <= found.start() < root.end:
            continue  # the root's own name
        if _NAME_BEFORE.search(page.text[max(0, found.start() - 40) : found.start()]):
            continue  # "Director of Wick County": a post's or a longer body's name
        if _NAME_GOES_ON.match(page.text, found.end()):
            continue  # "Wick County Sheriff", "Lamps and Wicks and Glass": a longer name
        again = True
        break
    if not again:
        return root
    if root.end - root.start != len(root.name):  # a name not read where it stands
        return replace(root, name=shorter)
    return replace(root, name=shorter, end=root.start + len(shorter))
