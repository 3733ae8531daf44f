"""Words of the English that organization pages are written in.

These are rules of the language, not of any one page: the function words a name may contain,
the titles of leadership positions, the nouns that name a unit or a program.
"""

from __future__ import annotations

import re

from pipeline.text.lazy_patterns import lazy_pattern

CONNECTORS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "by", "&", "de", "a"})
# A line this long before a single line break is running text wrapped at its width.
MIN_WRAPPED_LINE = 45
# A word of a sentence on a line: lower case and no connector ("renames", "within").
SENTENCE_WORD = lazy_pattern(r"(?<![\w'’-])(?!(?:of|the|and|for|to|in|on|at|by|de|a)\b)[a-z]{2,}\b")
# The articles, in lower case: a verb's object opens with one ("Contact the Glass Division:",
# "Visit a Wick Office:"), and so may a name's mention ("reports to the Lamp Office").
ARTICLES = frozenset({"the", "a", "an"})

# Any capital letter of the Latin, Greek and Cyrillic alphabets, accented ones too
# ("Énergie", "Łuna", "Ökonomie"), and any small one ("éclairs"): ``re`` has no class for them.
CAPITAL = "[" + "".join(chr(code) for code in range(0x0530) if chr(code).isupper()) + "]"
SMALL = "[" + "".join(chr(code) for code in range(0x0530) if chr(code).islower()) + "]"

# The nouns of a place's government: "Lampton County", "City of Lampton", "Wick Township".
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "county", "state", "commonwealth", "borough", "township"}
)
# The nouns of a country's or a province's name, in the usage of other countries: "Republic
# of Lampia", "Kingdom of Wickland", "Lampshire Province", "Oil Territory", "Wick Parish".
NATION_NOUNS = frozenset(
    {"republic", "kingdom", "federation", "province", "territory", "emirate", "parish"}
)

# The English honorifics before a person's name ("Ms Jane Doe", "Hon. Jane Doe"), as regular
# expression alternatives; readers of other countries' pages add their own ("Shri", "Eng.").
HONORIFICS = "Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame|Hon"

# Quotes that may open or close a word or a name ("“safe” lamps", "«Lamp» Office").
OPENING_QUOTES = "\"'“‘«"
CLOSING_QUOTES = "\"'”’»"
QUOTES = OPENING_QUOTES + CLOSING_QUOTES

# The verbs that help another or stand in for it ("is", "has", "will"): one right after a
# word shows that word to end the subject ("The Office hours are ...": "hours" is a noun).
AUXILIARIES = frozenset(
    {"are", "were", "is", "was", "have", "has", "had", "do", "does", "will", "can", "may"}
    | {"must", "shall", "should", "would", "could"}
)
# The verbs that say a post or a unit leads a body, in the present after a singular subject
# ("The Wick Keeper heads the Oil Division", "The Office of Lamps leads the Glass Service"):
# one vocabulary for every reader of what a subject leads, each adding the verbs its own
# pattern reads besides ("oversees", "directs", "runs"). ``leading_verb_list`` reads these
# alone (its docstring says why).
LEADING_VERBS = frozenset({"heads", "leads"})
# A verb in the present after a singular subject, by its ending ("governs", "keeps",
# "comprises"; not a word in "-ss", "-is", "-us": "boss", "analysis", "census").
PRESENT_VERB = lazy_pattern(r"[a-z]{2,}s(?<![siu]s)")

# Words that open a sentence with a capital but never a name: "Through the X Initiative, the
# division ...", "Since 1984 the Office of X ...". ("Under" is left out: "Under Secretary".)
OPENING_PREPOSITIONS = frozenset(
    {
        "through",
        "with",
        "since",
        "during",
        "from",
        "via",
        "among",
        "across",
        "within",
        "upon",
        "throughout",
        "as",
        "while",
        "although",
        "because",
    }
)

# Prepositions beyond the connectors and those that open a sentence, which end a noun
# phrase's head as they do ("oversight | over the unit", "a study | into wick fires").
MORE_PREPOSITIONS = frozenset(
    {"over", "under", "about", "into", "onto", "between", "against", "after", "before"}
    | {"beyond", "toward", "towards", "around", "above", "below", "per", "without"}
)

POSITION_WORDS = frozenset(
    {
        "secretary",
        "director",
        "administrator",
        "commissioner",
        "chief",
        "officer",
        "deputy",
        "assistant",
        "under",
        "head",
        "executive",
        "counsel",
        "inspector",
        "comptroller",
        "chair",
        "chairman",
        "chairperson",
        "president",
        "treasurer",
        "attorney",
        "advisor",
        "adviser",
        "ombudsman",
        "minister",
        "general",
        "associate",
        "principal",
        "superintendent",
    }
)

# Verbs of function, what a unit does, in their plain form: a unit's description opens with
# one in the present ("Handles wick repairs", "Oversees the oil stores"), a list of duties or
# a budget's goals with one in the plain form, an imperative ("Handle wick repairs").
FUNCTION_VERBS = (
    "handle",
    "oversee",
    "manage",
    "lead",
    "direct",
    "supervise",
    "administer",
    "run",
    "operate",
    "coordinate",
    "support",
    "provide",
    "deliver",
    "develop",
    "ensure",
    "perform",
    "conduct",
    "carry",
    "undertake",
    "advise",
    "assist",
    "serve",
    "maintain",
    "monitor",
    "plan",
    "promote",
    "focus",
    "look",
    "work",
    "unify",
    "spearhead",
    "drive",
    "implement",
    "deal",
    "cover",
    "include",
    "comprise",
    "prepare",
    "process",
    "review",
    "regulate",
    "enforce",
    "investigate",
    "audit",
    "represent",
    "facilitate",
    "establish",
    "set",
    "offer",
    "act",
)
# Verbs of function or of an order whose plain form is also a noun of a field or of a unit's
# work ("Support Services", "Plan review section", "Audit Office", "Design and Development",
# "Exercise science", "Conduct and discipline unit", "Transfer credit office"): a name may
# open with one, so it opens no duty by itself.
VERBS_AS_FIELD_NOUNS = frozenset(
    {"support", "review", "plan", "design", "audit", "monitor", "process", "work", "exercise"}
    | {"conduct", "transfer"}
)
# Verbs of function a unit's description opens with in the present ("Leads the wick crews",
# "Looks after the oil stores", "Focuses on glass") whose plain form opens no duty by itself:
# each is read with its particle ("look after", "deal with", "focus on", "set up", "act as")
# or is more often a noun or an adjective at a line's start than an imperative ("Lead",
# "Run", "Drive", "Cover", "Offer", "Spearhead"; "Direct services", though "direct" is also
# an order's verb).
VERBS_OPENING_NO_DUTY = frozenset(
    {"lead", "run", "drive", "look", "deal", "cover", "focus", "spearhead", "set", "offer"}
    | {"act", "direct"}
)


def in_the_present(verb: str) -> str:
    """A verb's form after a singular subject in the present: "handle" -> "handles", "focus"
    -> "focuses", "carry" -> "carries"."""
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


# Verbs of function that are also plural nouns and may open a unit's name in sentence case
# ("Plans review section", "Works depot unit"): with a unit noun at its end, the line is a
# name, not a predicate with no subject. The "-s" forms of the two sets above but those that
# as plurals name no unit's work, a verb wherever they open a line ("monitors", "conducts",
# "focuses", "spearheads", "directs"), or that are no verbs of function in the present
# ("designs", "exercises", "transfers": no rule reads them as predicates).
VERBS_AS_PLURAL_NOUNS = (
    frozenset(in_the_present(verb) for verb in VERBS_AS_FIELD_NOUNS | VERBS_OPENING_NO_DUTY)
    - {"monitors", "conducts", "focuses", "spearheads", "directs", "designs", "exercises"}
    - {"transfers"}
)
UNIT_NOUNS = frozenset(
    {
        "office",
        "offices",
        "bureau",
        "service",
        "services",
        "division",
        "directorate",
        "administration",
        "agency",
        "department",
        "center",
        "centers",
        "centre",
        "branch",
        "unit",
        "team",
        "staff",
        "council",
        "board",
        "commission",
        "corps",
        "institute",
        "group",
        "command",
        "force",
        # "Taskforce", the one-word spelling of a task force ("Wick Response Taskforce").
        "taskforce",
        # A laboratory is a unit of a research or public-health body ("Wick Chemistry
        # Laboratory", "Oil Testing Laboratory").
        "laboratory",
        # A committee is a standing part of a council, a board or an agency ("Wick Audit
        # Committee", "Oil Review Committee").
        "committee",
        "program",
        "secretariat",
        "network",
        "region",
        "cluster",
        # A section and a desk are units under a division or a branch in Commonwealth and
        # police usage ("Wick Section", "Oil Supply Desk").
        "section",
        "desk",
    }
)

# Nouns of a task done to something an office runs, which open a line of duties before its
# name ("Oversight of the Wick Grants Program", "Maintenance of the Lamp Records System",
# "Coordination with the Oil Aid Program"): they say what is done to it, no part of its name.
TASK_NOUNS = frozenset(
    {
        "oversight",
        "maintenance",
        "administration",
        "management",
        "coordination",
        "supervision",
        "operation",
        "implementation",
        "monitoring",
        "delivery",
        "enforcement",
    }
)

# Nouns of an undertaking, the work of making or setting something up, that head a
# project's name before "of" ("Establishment of a Wick Testing Laboratory", "Construction
# of the Oil Depot Office"): the unit noun after them names what is built, no unit.
UNDERTAKING_NOUNS = frozenset(
    {
        "establishment",
        "construction",
        "building",
        "completion",
        "rehabilitation",
        "renovation",
        "refurbishment",
        "fencing",
        "housing",
        "installation",
        "procurement",
        "purchase",
        "provision",
        "upgrading",
        "expansion",
        "equipping",
    }
)

DIRECTORATE_NOUNS = frozenset({"directorate", "directorates"})

TEAM_NOUNS = frozenset({"team", "teams"})

# The nouns of a collegial body, a body of members: its members are its members, not its
# units, and an office named after it serves it ("Office of the Lamp Council").
COLLEGIAL_NOUNS = frozenset({"board", "council", "commission", "committee", "assembly"})

# Words of a heading over the organization's structure, in both spellings.
ORGANIZATION_WORDS = frozenset(
    {"organization", "organizational", "organisation", "organisational", "structure"}
)

# Head nouns for what a body does or holds to, not for a body: "Core Functions", "Major
# Activities", "Core Values", "Key Roles".
DUTY_HEADS = frozenset(
    {"function", "functions", "activity", "activities", "values", "role", "roles"}
    | {"responsibility", "responsibilities"}
)

# Words said of a body before "of" or "for" and the body's name: what it does or holds to
# (``DUTY_HEADS``), its attributions (how the English of some governments calls a unit's
# functions), duties, powers, mandate, purpose, mission, objectives and background ("Functions
# of the Wick Division", "The mission of the Oil Office is ...").
TOPIC_OF_HEADS = DUTY_HEADS | {
    "attribution",
    "attributions",
    "duties",
    "powers",
    "mandate",
    "purpose",
    "purposes",
    "mission",
    "missions",
    "objective",
    "objectives",
    "background",
}

LISTING_NOUNS = frozenset(
    {
        "offices",
        "divisions",
        "directorates",
        "components",
        "bureaus",
        "units",
        "teams",
        "branches",
        "programs",
        "centers",
        "centres",
        "groups",
        "organizations",
        "elements",
        "departments",
    }
)

LIST_VERBS = frozenset(
    {"include", "includes", "are", "following", "follows", "comprise", "comprises"}
)

PROGRAM_NOUNS = frozenset({"program", "programme", "initiative", "initiatives", "programs"})

PROGRAM_DESCRIPTORS = frozenset({"program", "programme", "initiative", "fellowship"})

SYSTEM_NOUNS = frozenset({"system", "platform", "tool", "application", "portal", "database"})

# The last words of posts beyond ``POSITION_WORDS``: a city's, a court's or a government's
# head or officer ("City Manager", "Mayor", "Clerk of Courts", "Registrar", "Speaker"),
# whose office a page may name after the post ("the Mayor's office", "Office of the Clerk").
POST_HEAD_WORDS = frozenset(
    {"manager", "mayor", "governor", "clerk", "registrar", "auditor", "controller", "speaker"}
    | {"solicitor"}
)

# The head nouns of a named plan: "National Wick Strategy", "Digital Framework for Lamps".
PLAN_NOUNS = frozenset({"strategy", "framework", "roadmap", "blueprint", "scheme"})

# The last words of a name of what a body runs, issues or marks, not of a body: a program,
# a plan, a law or a document, a system, an event ("Lamp Subsidy Scheme", "Lamp Safety
# Act", "Citizens Charter", "Lamp Licensing Portal", "Lamp Safety Week"). Not "policy"
# (an office may be named "... Policy") nor "fund" or "survey" (bodies too).
NOT_BODY_HEADS = (
    PROGRAM_NOUNS
    | SYSTEM_NOUNS
    | PLAN_NOUNS
    | {"schemes", "project", "projects", "campaign", "week", "day", "award", "awards"}
    | {"plan", "plans", "charter", "report"}
    | {"act", "acts", "law", "laws", "regulations", "ordinance", "code", "bill", "treaty"}
    | {"website", "app", "guide", "handbook", "manual"}
)

# A personal pronoun: a sentence or a paragraph about a person, not a body ("... He joined
# the guild in 1990").
PERSONAL_PRONOUN = lazy_pattern(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)

LINK_VERBS = frozenset(
    {
        "learn",
        "read",
        "contact",
        "visit",
        "download",
        "view",
        "see",
        "find",
        "follow",
        "share",
        "return",
        "back",
        "click",
        "subscribe",
        "explore",
        "email",
        "call",
        "phone",
        "fax",
        "print",
    }
)

# Verbs an organization order's or a statute's item opens with, saying what is done to a
# unit, in their plain form ("establish"; read in "-s", "-ed" and "-ing" too).
ORDER_VERBS = frozenset(
    {
        "establish",
        "abolish",
        "transfer",
        "move",
        "appoint",
        "create",
        "rename",
        "designate",
        "redesignate",
        "merge",
        "consolidate",
        "combine",
        "reorganize",
        "reorganise",
        "realign",
        "dissolve",
        "eliminate",
        "assign",
        "reassign",
        "delegate",
        "amend",
        "rescind",
        "revoke",
        "supersede",
        "retitle",
        "replace",
        "maintain",
        "direct",
        "authorize",
        "approve",
    }
)

LINK_OBJECTS = frozenset(
    {"more", "our", "the", "about", "a", "an", "all", "this", "these", "to", "for", "here"}
)

SECTION_WORDS = frozenset(
    {
        "about",
        "areas",
        "background",
        "careers",
        "contact",
        "contacts",
        "documents",
        "events",
        "faq",
        "faqs",
        "history",
        "further",
        "information",
        "introduction",
        "jobs",
        "links",
        "mission",
        "more",
        "news",
        "overview",
        "publications",
        "related",
        "reports",
        "resources",
        "responsibilities",
        "responsibility",
        "summary",
        "vision",
        "values",
        "goals",
        "priorities",
        "structure",
        "organization",
        "organizational",
        "organisation",
        "organisational",
        "personnel",
        "leadership",
        "us",
        "inquiries",
        "programs",
        "initiatives",
        "offices",
        "components",
        "divisions",
        "directorates",
        "bureaus",
        "services",
        "units",
        "teams",
        "branches",
        "centers",
        "content",
        "key",
        "featured",
        "additional",
        "other",
        "note",
        "notes",
        "case",
        "cross",
        "references",
        "citations",
        "annotations",
        "update",
        "updates",
        "proposal",
        "problem",
        "statement",
        "purpose",
        "purposes",
        "function",
        "functions",
        "duties",
        "mandate",
        "objective",
        "objectives",
        "role",
        "roles",
        "powers",
        "next",
        "steps",
        "approach",
        # a legal instrument's or a manual's own apparatus: "Authority", "Supersedes",
        # "Transfer of Functions", "Abolishment", "Future Steps", "Locations" (a part's label
        # and its number, "Phase Two", "Appendix B", is read by ``is_section_label``)
        "authority",
        "supersedes",
        "establishment",
        "establishments",
        "abolishment",
        "realignment",
        "transfer",
        "transfers",
        "future",
        "appendix",
        "appendices",
        "location",
        "locations",
        "manual",
        "effective",
        "date",
        "definitions",
        "scope",
        "applicability",
        # the heading over a law's or a manual's parts and its account of them: "Sections",
        # "Departments", "Composition", "Component Description", "Overall Organization"
        "sections",
        "departments",
        "composition",
        "component",
        "description",
        "descriptions",
        "overall",
    }
)

# Head nouns of headings about a body's business rather than a unit: "Board members",
# "Committee meetings", "Minutes".
BUSINESS_NOUNS = frozenset(
    {"members", "membership", "meetings", "minutes", "agendas", "biography", "biographies"}
)

PRONOUNS = frozenset(
    {"our", "we", "us", "what", "who", "how", "why", "where", "you", "your", "this"}
)

CONTACT_WORDS = frozenset({"contact", "contacts", "inquiries"})

# The words of a sentence about sending by post or writing to a body: "Correspondence can be
# mailed to:", "Send letters to:", "Requests must be submitted in writing to:".
MAIL_WORDS = frozenset(
    {
        "mail",
        "mailed",
        "mailing",
        "correspondence",
        "address",
        "addressed",
        "letters",
        "write",
        "writing",
        "send",
        "sent",
        "submit",
        "submitted",
        "postal",
    }
)

# Head nouns of headings over page furniture rather than units: "Data Spotlight".
FURNITURE_NOUNS = frozenset(
    {
        "spotlight",
        "highlights",
        "news",
        "links",
        "publications",
        "reports",
        "speeches",
        "stories",
        "events",
        "updates",
        "awards",
        "achievements",
        "faq",
        "faqs",
        "questions",
        "documents",
        "downloads",
        "announcements",
        "page",
        "photo",
        "photos",
        "image",
        "video",
        "map",
        "list",
        "chart",
        "openings",
        "vacancies",
        "opportunities",
        "careers",
        "alerts",
        "notices",
        "blog",
        "videos",
        "directory",
        "directors",
        "secretaries",
        "administrators",
        "commissioners",
        "chairs",
        "glance",
        "menu",
        "navigation",
        # a site's own links and widgets: "Share Button", "More Info", "Video Content",
        # "Websites" (over a list of links to other sites)
        "button",
        "buttons",
        "info",
        "content",
        "websites",
    }
)

# Numbers written as words, as pages count their parts ("five departments", "the following
# seven divisions"): each reader takes them up to the count it reads.
NUMBER_WORDS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        [
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=2,
    )
}


# Words a form or a notice puts before a unit noun to name a unit by its part in a request,
# a report or a case, never which unit it is ("Requesting Office:", "Responsible Division:",
# "Reporting Unit:", "Issuing Office:"): the line is a field's label, the unit its value.
FORM_ROLE_WORDS = frozenset(
    {"requesting", "responsible", "reporting", "issuing", "receiving", "sending", "submitting"}
    | {"approving", "originating", "sponsoring", "servicing", "nearest", "relevant"}
    | {"appropriate", "designated", "assigned", "concerned"}
)


# Words that say where a program or a unit works, whose it is or what kind it is, never which
# one it is ("Federal and State programs", "state, regional and local offices").
GENERIC_MODIFIERS = frozenset(
    {
        "federal",
        "state",
        "states",
        "local",
        "national",
        "regional",
        "tribal",
        "international",
        "domestic",
        "statewide",
        "nationwide",
        "county",
        "city",
        "municipal",
        "public",
        "private",
        "community",
        "annual",
        "other",
        "new",
        "existing",
        "current",
        "various",
        "special",
        "recreational",
        "educational",
        "cultural",
        "social",
        "medical",
        "clinical",
    }
)
