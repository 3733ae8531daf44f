"""Root strategies that read the introduction's opening subject
(``pipeline/extract/root/intro_subjects.py``): under a section label, a structure's
owner, an opening acronym, the first paragraph's subject over the agency phrase."""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract, offices, root
from tests.extract.root.helpers import UNITS, page

ACRONYM_OWNER = page("Our Organization", "LSX's responsibilities are to keep the lamps lit.")


def test_root_from_acronym_owner_is_the_acronym_the_introduction_opens_with() -> None:
    assert root(extract(ACRONYM_OWNER)) == ("LSX", "LSX", "root_from_acronym_owner")
    off = root(extract(ACRONYM_OWNER, off={"root_from_acronym_owner"}))
    assert off == ("LSX", "LSX", "root_from_intro_subject_under_label")
    both = {"root_from_acronym_owner", "root_from_intro_subject_under_label"}
    assert root(extract(ACRONYM_OWNER, off=both)) == ("Our Organization", None, "root_from_title")


def test_root_from_intro_subject_under_label_a_body_before_a_verb_of_function() -> None:
    """A page titled "Who We Are" whose introduction opens with a body's name before a verb
    of function in the present ("The Wick Keeper's Office provides ..."), or after a quoted
    mission, is about that body; a person before such a verb ("Bram Tolley serves ...")
    names none; switched off, the opening prose's body named in full reads it (as it reads
    "The Wick Keeper Office provides ..."), and with that off too the label names the root."""
    text = page("Who We Are", "The Wick Keeper's Office provides wicks to all lamps of the town.")
    assert root(extract(text))[:1] == ("Wick Keeper's Office",)
    quoted = page(
        "Our Mission",
        "“Our mission is to keep the lamps lit.”\n\n"
        "The Office of the Master Lamp Officer (MLO) administers the lamps of the town.",
    )
    assert root(extract(quoted))[:2] == ("Office of the Master Lamp Officer", "MLO")
    person = page("Who We Are", "Bram Tolley serves the town as its lamp keeper.")
    assert root(extract(person))[0] != "Bram Tolley"
    off = root(extract(text, off={"root_from_intro_subject_under_label"}))
    assert off == ("Wick Keeper's Office", None, "root_from_opening_agency_name")
    both = {"root_from_intro_subject_under_label", "root_from_opening_agency_name"}
    assert root(extract(text, off=both))[0] == "Who We Are"


def test_root_from_intro_subject_under_label_a_page_titled_about_us() -> None:
    """A page titled "About Us" is about the name its introduction opens with, possessive
    or not, before "is"; a bare noun ("The Guild is ...") names no agency."""
    text = page("About Us", "Lampshire Lamp Works is one of the oldest bodies of the town.")
    assert root(extract(text)) == (
        "Lampshire Lamp Works",
        None,
        "root_from_intro_subject_under_label",
    )
    owned = page("About Us", "Lampshire Lamp Works' work is done by its offices.")
    assert root(extract(owned))[0] == "Lampshire Lamp Works"
    bare = page("About Us", "The Guild is one of the oldest bodies of the town.")
    assert root(extract(bare))[2] != "root_from_intro_subject_under_label"
    off = root(extract(text, off={"root_from_intro_subject_under_label"}))
    assert off[2] == "root_from_title"


def test_root_from_opening_acronym_ahead_of_a_listed_agency() -> None:
    """ "LWX has two governing bodies: the Wick Supply Board (WSB) ...": the page is about
    LWX, the acronym its first sentence opens with, not the first agency name it lists."""
    text = page(
        "Governing Bodies",
        "LWX has two governing bodies: the Wick Supply Board (WSB) and the Glass Forum. "
        "LWX was founded long ago.",
    )
    assert root(extract(text)) == ("LWX", "LWX", "root_from_opening_acronym")
    off = root(extract(text, off={"root_from_opening_acronym"}))
    assert off == ("Wick Supply Board", "WSB", "root_from_intro_agency")
    once = page("Governing Bodies", "LWX has two governing bodies: the Wick Supply Board (WSB).")
    assert root(extract(once))[2] != "root_from_opening_acronym"


def test_root_from_intro_structure_owner_is_the_body_whose_structure_is_shown() -> None:
    """ "Organisation Structure" over "The organisation structure of the Lampshire Wick
    Office consists of ...": the page is about the Lampshire Wick Office."""
    text = page(
        "Organisation Structure",
        "The approved organisation structure of the Lampshire Wick Office consists of the"
        " following offices:",
    )
    assert root(extract(text)) == (
        "Lampshire Wick Office",
        None,
        "root_from_intro_structure_owner",
    )
    off = root(extract(text, off={"root_from_intro_structure_owner"}))
    assert off[2] != "root_from_intro_structure_owner"
    assert off[0] != "Lampshire Wick Office"


def test_root_from_intro_structure_owner_not_the_place_the_parts_sit_in() -> None:
    text = page("Our Structure", "There are two offices at the Zonal Offices, namely:")
    assert root(extract(text))[2] != "root_from_intro_structure_owner"


def test_root_from_intro_structure_owner_not_a_place_after_in() -> None:
    """ "Our offices in the Wick Valley", "units in the Lampcoast Region": the name after "in"
    is where the parts sit, no owner; "bodies at the Lamp Standards Office" is one."""
    for intro in (
        "Our offices in the Wick Valley are listed below.",
        "There are units in the Lampcoast Region and the Wickmoor Region.",
    ):
        assert root(extract(page("Organisation Structure", intro)))[2] != (
            "root_from_intro_structure_owner"
        ), intro
    at = page("Our governance", "These are the main bodies at the Lamp Standards Office.")
    assert root(extract(at))[0] == "Lamp Standards Office"


def test_root_from_intro_structure_owner_the_name_ends_with_its_sentence() -> None:
    """ "The structure of the Lamp Office. Wick Care is its first part.": the owner is the
    Lamp Office, not the capitalized words of the next sentence run on to it."""
    text = page("Organisation Structure", "The structure of the Lamp Office. Wick Care is first.")
    assert root(extract(text))[0] == "Lamp Office"
    dotted = page("Organisation Structure", "The structure of the U.S. Lamp Office is shown.")
    assert root(extract(dotted))[0] == "U.S. Lamp Office"


def test_root_from_intro_structure_owner_not_a_place_set_off_by_commas() -> None:
    """ "The structure of the Lamp Office, Lampton, consists of ...": the word the commas set
    off is the office's place, no part of its name."""
    text = page("Organisation Structure", "The structure of the Lamp Office, Lampton, is below.")
    assert root(extract(text))[0] == "Lamp Office"
    joined = page("Organisation Structure", "The structure of the Lamp Office, Wick Care is:")
    assert root(extract(joined))[0] == "Lamp Office, Wick Care"


@pytest.mark.xfail(
    strict=True,
    reason="the structure's noun opening its sentence in capitals ('Divisions within the Lamp"
    " Board are:') is not read; read case-blind (tried), it changed no development page",
)
def test_root_from_intro_structure_owner_noun_opening_the_sentence() -> None:
    text = page("Organisation Structure", "Divisions within the Lamp Board are as follows:")
    assert root(extract(text))[0] == "Lamp Board"


def test_root_from_intro_structure_owner_a_law_or_an_event_is_no_owner() -> None:
    """ "The structure of the Lamp Act", "The organisation of the Wick Festival": what the
    words name is a law or an event, no body whose structure the page shows."""
    for intro in (
        "The structure of the Lamp Act sets up three offices.",
        "The organisation of the Wick Festival is shown below.",
    ):
        text = page("Organisation Structure", intro)
        assert root(extract(text))[2] != "root_from_intro_structure_owner", intro
    owned = page("Organisation Structure", "The structure of the Lamp Office, Wick Care is:")
    assert root(extract(owned))[0] == "Lamp Office, Wick Care"


def test_root_from_opening_acronym_after_a_run_in_label() -> None:
    """ "General organization. LWX is composed of ...": the acronym opens the sentence a
    run-in label heads, in the introduction's second block under a section's number."""
    text = page(
        "Section 12",
        "§ 12.1 Central organization.\n\n"
        "(a) General organization. LWX is composed of the Wick Supply Board and two offices. "
        "LWX was founded long ago.",
    )
    assert root(extract(text)) == ("LWX", "LWX", "root_from_opening_acronym")
    off = root(extract(text, off={"root_from_opening_acronym"}))
    assert off[2] != "root_from_opening_acronym"


def test_root_opening_subject_over_agency_phrase_a_body_it_works_with() -> None:
    """ "The Lamp Safety Administration brings teams from the Department of Oil ...": the page
    is about the subject, not the department it draws on; switched off, the phrase is read."""
    text = page(
        "Who we are",
        "The Lamp Safety Administration brings teams from the Department of Oil together into "
        "one unit to keep the lamps lit.",
    )
    assert root(extract(text)) == (
        "Lamp Safety Administration",
        None,
        "root_opening_subject_over_agency_phrase",
    )
    assert (
        root(extract(text, off={"root_opening_subject_over_agency_phrase"}))[0]
        == "Department of Oil"
    )


def test_root_opening_subject_over_agency_phrase_an_acronym_used_again() -> None:
    """ "LWX officially welcomed ... the needs of the Department of Oil": an acronym the page
    uses again, before an adverb and its verb, is the subject; "HH the Warden issued ..."
    (no verb after the letters) is none."""
    text = (
        "News | 1 July\n\nWick offices open\n\nLWX officially welcomed the Wick and Glass "
        "Offices on 1 July to serve the needs of the Department of Oil. LWX staff met them." + UNITS
    )
    assert root(extract(text)) == ("LWX", "LWX", "root_opening_subject_over_agency_phrase")
    assert (
        root(extract(text, off={"root_opening_subject_over_agency_phrase"}))[0]
        == "Department of Oil"
    )
    honorific = text.replace("LWX officially welcomed", "HH the Warden welcomed")
    assert root(extract(honorific))[2] != "root_opening_subject_over_agency_phrase"


def test_root_opening_subject_over_agency_phrase_a_possessive_subject() -> None:
    """ "Office of Wick Audit's mission is to protect the programs of the Department of Oil":
    the office, its possessive cut, over the department whose programs it guards."""
    text = page(
        "About Us",
        "Office of Wick Audit's mission is to protect the integrity of Department of Oil "
        "programs and the people they serve.",
    )
    assert root(extract(text)) == (
        "Office of Wick Audit",
        None,
        "root_opening_subject_over_agency_phrase",
    )
    assert (
        root(extract(text, off={"root_opening_subject_over_agency_phrase"}))[0]
        == "Department of Oil"
    )


def test_root_opening_subject_over_agency_phrase_a_body_named_further_down() -> None:
    """ "The Lamp Administration consists of two offices ...", a department named only in an
    office's paragraph further down ("... with the Department of Oil"): the administration,
    not the department its office works with."""
    text = (
        "How we are organised\n\nThe Lamp Administration consists of two offices that serve "
        "the whole town.\n\nOffice of Wick Standards\n\nThe office sets standards for wicks "
        "with the Department of Oil.\n\nOffice of Glass Inspection\n\nThe office inspects "
        "lantern glass.\n"
    )
    assert root(extract(text)) == (
        "Lamp Administration",
        None,
        "root_opening_subject_over_agency_phrase",
    )
    assert (
        root(extract(text, off={"root_opening_subject_over_agency_phrase"}))[0]
        == "Department of Oil"
    )


def test_root_opening_subject_over_agency_phrase_not_a_post_an_owner_or_a_founder() -> None:
    """A post ("The Lamp Warden oversees ..."), a unit named with the phrase's body as its
    owner ("The Wick Directorate within the Department of Oil ..."), a body that founds the
    phrase's ("The Lamp Council established the Department of Oil ...") and a noun alone
    ("The Bureau ...") leave the agency phrase the root."""
    for sentence in (
        "The Lamp Warden oversees the staff of the Department of Oil from the town hall.",
        "The Wick Directorate within the Department of Oil mends the lamps of the town.",
        "The Lamp Council established the Department of Oil in the first year of the town.",
        "The Bureau works with the Department of Oil to keep the lamps of the town lit.",
    ):
        assert (
            root(extract(page("About Us", sentence)))[2]
            != "root_opening_subject_over_agency_phrase"
        ), sentence


def test_root_opening_subject_over_agency_phrase_not_a_unit_of_the_page() -> None:
    """A subject the page sets as a heading of its own ("Wick Bureau" over "The Wick Bureau
    buys ..."), or the first of the parts its paragraphs describe in turn ("The Wick Bureau
    ...", then "The Glass Bureau ..."), is one of its units: the phrase stays the root."""
    heading = (
        "Divisions\n\nWick Bureau\n\nThe Wick Bureau buys wicks for the lamps of the Department "
        "of Oil.\n\nGlass Bureau\n\nThe Glass Bureau mends the glass of the lamps.\n"
    )
    assert root(extract(heading))[2] != "root_opening_subject_over_agency_phrase"
    in_turn = (
        "Divisions\n\nThe Wick Bureau buys wicks for the lamps of the Department of Oil.\n\n"
        "The Glass Bureau mends the glass of the lamps of the town.\n"
    )
    assert root(extract(in_turn))[2] != "root_opening_subject_over_agency_phrase"


def test_root_opening_subject_over_agency_phrase_not_a_header_above_the_text() -> None:
    """A phrase the page names before its first paragraph of prose (a header naming the
    parent, "Ministry of Oil" over "The Wick Directorate mends ...") keeps its reading."""
    text = (
        "Ministry of Oil\n\nThe Wick Directorate mends the lamps of the town and trains the "
        "keepers." + UNITS
    )
    assert root(extract(text))[2] != "root_opening_subject_over_agency_phrase"


def test_root_opening_subject_over_agency_phrase_a_unit_placed_in_the_body() -> None:
    """ "The Wick Directorate is under the Department of Oil": the sentence places the unit
    in the phrase's body, which opening_subject_unit_of_body reads (the body, the unit under
    it); this rule leaves it so."""
    text = (
        "The Wick Directorate is under the Department of Oil of the town. It mends the lamps."
        + UNITS
    )
    assert root(extract(text))[2] == "opening_subject_unit_of_body"


# Two directorates under headings, the parts of whatever body the page is about.
DIRECTORATES = (
    "\n\nDirectorate of Wick Supply\n\nThe directorate buys wicks.\n\n"
    "Directorate of Glass Repair\n\nThe directorate mends lantern glass.\n"
)


def test_root_opening_subject_over_agency_phrase_not_an_acronym_qualifying_the_subject() -> None:
    """An acronym that only qualifies the subject, a noun run before its finite verb ("LDT
    services ... are delivered", "UK lamp safety policy is led", "NHS services in Lampshire
    are commissioned", "WU funding for lamps is managed"), names a field, a country or a
    system, not the page's body: the agency phrase stays the root. An acronym before its own
    verb and that verb's object ("LWX ensures lamp oil is safe", "LWX keeps lamps that are
    ...") is still the subject."""
    for title, sentence, phrase in (
        (
            "Structure",
            "LDT services across the Department of Lamp Oil are delivered by two directorates. "
            "LDT staff work in both.",
            "Department of Lamp Oil",
        ),
        (
            "Who we are",
            "UK lamp safety policy is led by the Department for Lamp Oil. The UK has many lamps.",
            "Department for Lamp Oil",
        ),
        (
            "How we are organised",
            "NHS services in Lampshire are commissioned by the Department of Lamp Health. NHS "
            "trusts run the hospitals.",
            "Department of Lamp Health",
        ),
        (
            "Programmes",
            "WU funding for lamps is managed by the Ministry of Lamp Oil in Lampia. WU rules apply.",
            "Ministry of Lamp Oil",
        ),
    ):
        text = f"{title}\n\n{sentence}{DIRECTORATES}"
        assert root(extract(text)) == (phrase, None, "root_from_agency_phrase"), sentence
    for sentence in (
        "LWX ensures lamp oil is safe for the Department of Lamp Oil and the town. LWX was "
        "formed in 2019.",
        "LWX keeps lamps that are owned by the Department of Lamp Oil lit. LWX was formed in 2019.",
    ):
        text = f"Who we are\n\n{sentence}{DIRECTORATES}"
        assert root(extract(text)) == (
            "LWX",
            "LWX",
            "root_opening_subject_over_agency_phrase",
        ), sentence


def test_root_opening_subject_over_agency_phrase_not_parts_in_one_paragraph() -> None:
    """A first paragraph whose sentences open with the page's parts in turn ("The Wick Supply
    Division buys ... . The Glass Repair Division mends ..."; "The Office of Wick Supply ...
    . The Office of Glass ...") names the first of them, not the page's body: the agency
    phrase stays the root, the parts under it. A later sentence opening with a name of
    another head noun ("The Lamp Council appoints its head") leaves the subject the root."""
    for text in (
        "Divisions\n\nThe Wick Supply Division buys wicks for the Department of Lamp Oil. The "
        "Glass Repair Division mends lantern glass. The Oil Testing Division tests lamp oil."
        "\n\nContact us for more.\n",
        "Offices\n\nThe Office of Wick Supply buys wicks for the Department of Lamp Oil. The "
        "Office of Glass mends lantern glass.\n\nContact us for more.\n",
    ):
        result = extract(text)
        assert root(result) == ("Department of Lamp Oil", None, "root_from_agency_phrase"), text
        first = "Wick Supply Division" if "Division" in text else "Office of Wick Supply"
        assert offices(result)[first].parent == "Department of Lamp Oil", text
    other = (
        "Who we are\n\nThe Lamp Safety Administration brings teams from the Department of Lamp "
        "Oil together. The Lamp Council appoints its head." + DIRECTORATES
    )
    assert root(extract(other)) == (
        "Lamp Safety Administration",
        None,
        "root_opening_subject_over_agency_phrase",
    )


def test_root_opening_subject_over_agency_phrase_not_a_heading_after_its_acronym() -> None:
    """A subject the page sets as a heading after its acronym ("WSD - Wick Supply Division")
    is one of the page's units, as under a heading of its name alone: its peer ("GRD - Glass
    Repair Division") does not hang from it."""
    text = (
        "Our structure\n\nThe Wick Supply Division buys wicks for the lamps of the Department "
        "of Lamp Oil and keeps stock.\n\nWSD - Wick Supply Division\n\nIt buys wicks.\n\n"
        "GRD - Glass Repair Division\n\nIt mends glass.\n"
    )
    result = extract(text)
    assert root(result) == ("Department of Lamp Oil", None, "root_from_agency_phrase")
    assert offices(result)["GRD - Glass Repair Division"].parent == "Department of Lamp Oil"


@pytest.mark.xfail(
    strict=True,
    reason="a committee advising the phrase's body is most often one of its own bodies, but "
    "the sentence reads as the rule's own pattern (a body serving another)",
)
def test_root_opening_subject_over_agency_phrase_not_a_committee_advising_the_body() -> None:
    """ "The Wick Scrutiny Committee advises the Ministry of Lamp Oil ..." under a
    "Governance" title: the committee is the ministry's, the directorates below its too."""
    text = (
        "Governance\n\nThe Wick Scrutiny Committee advises the Ministry of Lamp Oil on its "
        "controls and reports once a year." + DIRECTORATES
    )
    result = extract(text)
    assert root(result)[0] == "Ministry of Lamp Oil"
    assert offices(result)["Directorate of Wick Supply"].parent == "Ministry of Lamp Oil"
