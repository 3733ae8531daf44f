"""The rules of ``pipeline/extract/offices/renamings_and_partners.py``, each on short synthetic text.

Names in prose that change or are not the page's units: a unit renamed ("renamed the
Office of Wicks"), partners and recipients named in passing, bodies a unit is the liaison
to, bodies it deals with (submits to, argues before, serves as staff to, acts for, is funded
by), bosses joined to a unit, a department listed in a sentence."""

from __future__ import annotations

from textwrap import dedent

import pytest

from tests.extract.helpers import ROOT, extract, offices, page

LISTED_DEPARTMENTS = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Department, the \
Glass Department and the Lamp Records Center. Each Department is headed by a keeper, who \
coordinates all Town Department activities.
"""


def test_listed_department() -> None:
    """ "The Wick Division includes the Oil Department, the Glass Department and ...": names
    ending in "Department" listed after a verb of composition are parts of its subject, as
    the other names listed are; "Each Department" and "Town Department activities" are not."""
    found = offices(extract(LISTED_DEPARTMENTS))
    for name in ("Oil Department", "Glass Department", "Lamp Records Center"):
        assert found[name].parent == "Wick Division"
    assert found["Oil Department"].found_by == "enumerated_units"
    assert "Each Department" not in found
    assert "Town Department" not in found
    off = offices(extract(LISTED_DEPARTMENTS, off={"listed_department"}))
    assert "Oil Department" not in off
    assert "Glass Department" not in off


# The determiner and the noun after it matter inside the sentence of composition itself.
LISTED_DEPARTMENTS_IN_ONE_SENTENCE = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Department, the \
Glass Department, the keepers of Each Department and the clerks who run all Town Department \
errands.
"""


def test_listed_department_not_after_a_determiner_nor_before_a_noun_in_the_list() -> None:
    """Within the sentence that lists the parts, "Each Department" (a determiner before the
    noun) and "Town Department errands" (a noun after it) name no listed department."""
    found = offices(extract(LISTED_DEPARTMENTS_IN_ONE_SENTENCE))
    assert found["Oil Department"].parent == "Wick Division"
    assert found["Glass Department"].parent == "Wick Division"
    assert "Each Department" not in found
    assert "Town Department" not in found


LISTED_DEPARTMENT_WORKED_WITH = """Lamp Works Authority

The Authority keeps the town's lamps. The Wick Division includes the Oil Section, which \
supplies the Ladder Department, and the Glass Department, and advises the Lantern Export \
Department.
"""


def test_listed_department_not_one_the_unit_works_with() -> None:
    """A department named after a verb of its own inside the sentence of composition ("which
    supplies the Ladder Department", "and advises the Lantern Export Department") is one the
    unit works with, not a listed part; ", and the Glass Department" still is. (After
    "with", ``partner_named`` keeps such a name from being a unit at all.)"""
    found = offices(extract(LISTED_DEPARTMENT_WORKED_WITH))
    assert found["Glass Department"].parent == "Wick Division"
    assert "Ladder Department" not in found
    assert "Lantern Export Department" not in found


@pytest.mark.xfail(
    strict=True,
    reason="the series of bodies that receive support runs across a new clause ('provides "
    "support to the Chief and coordinates the A and B Divisions'), so the last division is "
    "read as a recipient and dropped; seen on one development page only "
    "(us_nrcs_leadership, b15)",
)
def test_partner_named_recipient_series_ends_at_a_verb() -> None:
    """What the subject coordinates after "and" is not among those it provides support to."""
    text = dedent("""\
        # Lamp Service

        The Lamp Service is led by the Chief.

        The Lamp Steward provides support to the Chief and coordinates the Wick Affairs and \
        Oil Affairs Divisions.
        """)
    found = offices(extract(text, markdown=True))
    assert "Oil Affairs Division" in found


@pytest.mark.parametrize(
    "renamed", ["is renamed as the", "has been re-designated the", "was retitled to the"]
)
def test_renamed_unit_published_once_under_its_new_name(renamed: str) -> None:
    """A sentence that renames a unit names it twice: it is published once, under the name
    it is given, and its old name is no unit of its own."""
    found = offices(
        extract(
            page(
                "The Lamp Bureau keeps the lamps of the town.",
                f"The Office of Wicks {renamed} Office of Flames.",
            )
        )
    )
    assert found["Office of Flames"].found_by == "prose_unit"
    assert found["Office of Flames"].parent == ROOT
    assert "Office of Wicks" not in found
    assert "Lamp Bureau" in found


RETITLED = page(
    "The Lamp Bureau keeps the lamps of the town.",
    "This order retitles the Wick Division to the Flame Division and moves the Glass Division.",
)


def test_renamed_unit_old_name_run_into_the_new_one() -> None:
    """After a verb of renaming ("retitles the Wick Division to the Flame Division"), a name
    that runs from the old name into the new one over "to" is cut: the new name alone."""
    found = offices(extract(RETITLED))
    assert found["Flame Division"].found_by == "prose_unit"
    assert "Wick Division to the Flame Division" not in found
    assert "Wick Division" not in found
    assert "Glass Division" in found


def test_renamed_unit_switched_off() -> None:
    """Switched off, both names of a renamed unit are read as before: the old one and the
    new one as two units, or one name run over "to"."""
    off = offices(extract(RETITLED, off={"renamed_unit"}))
    assert "Wick Division to the Flame Division" in off
    assert "Flame Division" not in off
    text = page(
        "The Lamp Bureau keeps lamps.", "The Office of Wicks is renamed the Office of Flames."
    )
    both = offices(extract(text, off={"renamed_unit"}))
    assert "Office of Wicks" in both
    assert "Office of Flames" in both


def test_renamed_unit_acronym_after_the_old_name() -> None:
    """An acronym in parentheses after the old name ("The Office of Wicks (OW) has been
    re-designated the ...") stands between the two names: the old name is still dropped."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Office of Wicks (OW) has been re-designated the Office of Flames.",
    )
    found = offices(extract(text))
    assert "Office of Flames" in found
    assert "Office of Wicks" not in found


@pytest.mark.parametrize(
    "renaming",
    [
        "The Office of Wicks has been renamed the Lamp Act.",
        "The Office of Wicks has been renamed the Flame Care Section.",
    ],
)
def test_renamed_unit_not_when_the_new_name_reads_as_no_unit(renaming: str) -> None:
    """A new name that prose reads as no unit by its own words (a law's, "the Lamp Act"; a
    section's, left to ``prose_section_name``, which keeps a renamed section's old name)
    leaves the old name a unit."""
    found = offices(extract(page("The Lamp Bureau keeps lamps.", renaming)))
    assert found["Office of Wicks"].found_by == "prose_unit"


def test_renamed_unit_not_a_post_renamed() -> None:
    """An old name worded as no unit's ("The Chief Wick Warden has been renamed as the Flame
    Office"), a post's, is not dropped."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Chief Wick Warden has been renamed as the Flame Office.",
    )
    found = offices(extract(text))
    assert "Chief Wick Warden" in found
    assert "Flame Office" in found


def test_renamed_unit_not_the_body_after_of() -> None:
    """ "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame
    Office": the name right after "of" is the body the renamed unit belongs to, no old name;
    it stays a unit, in its place (what the renamed unit is published as is the strict xfail
    below)."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame Office.",
    )
    found = offices(extract(text))
    assert found["Oil Trimming Division"].parent == ROOT
    assert found["Lamp Bureau"].parent == ROOT


@pytest.mark.parametrize("place", ["under", "at"])
def test_renamed_unit_not_a_name_after_the_subject(place: str) -> None:
    """The old name is the sentence's subject: a unit named after it ("The Trim Office
    under the Wick Division has been renamed the Braid Office"), or read as one name with
    it ("Trim Office at the Wick Division"), is the body the renamed unit belongs to, no
    old name, and stays a unit."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        f"The Trim Office {place} the Wick Division has been renamed the Braid Office.",
    )
    found = offices(extract(text))
    assert found["Wick Division"].found_by == "prose_unit"
    assert "Braid Office" in found
    assert "Trim Office at the Wick Division" not in found


def test_renamed_unit_not_a_plural_subject() -> None:
    """A plural subject ("The Office of Wicks and the Office of Oil are renamed as ...") is
    left alone: neither old name is dropped, the second no more than the first."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Office of Wicks and the Office of Oil are renamed as the Office of Flames and "
        "the Office of Glass.",
    )
    found = offices(extract(text))
    assert found["Office of Wicks"].found_by == "prose_unit"
    assert found["Office of Oil"].found_by == "prose_unit"
    assert "Office of Glass" in found


@pytest.mark.parametrize(
    "renaming",
    [
        "The Office of Wicks is hereby renamed the Office of Flames.",
        "The Office of Wicks had been renamed as the Office of Flames.",
        "The Office of Wicks has since been renamed the Office of Flames.",
        "In the spring, the Office of Wicks was renamed the Office of Flames.",
    ],
)
def test_renamed_unit_adverb_or_opening_phrase(renaming: str) -> None:
    """An adverb in the verb ("is hereby renamed", "has since been renamed"), "had been",
    and an opening phrase before the subject ("In the spring, the ...") still rename it."""
    found = offices(extract(page("The Lamp Bureau keeps lamps.", renaming)))
    assert found["Office of Flames"].found_by == "prose_unit"
    assert "Office of Wicks" not in found


@pytest.mark.parametrize("acronym", ["OW2", "ÉOW"])
def test_renamed_unit_acronym_not_ascii_letters(acronym: str) -> None:
    """An acronym after the old name with a digit or a capital outside ASCII ("(OW2)",
    "(ÉOW)") stands between the two names as "(OW)" does."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        f"The Office of Wicks ({acronym}) has been renamed the Office of Flames.",
    )
    found = offices(extract(text))
    assert "Office of Flames" in found
    assert "Office of Wicks" not in found


@pytest.mark.xfail(
    strict=True,
    reason="a unit renamed in a sentence that places it in another body keeps its old name: "
    "the old name is not right before the renaming words, so both names are published",
)
def test_renamed_unit_of_another_body_published_once() -> None:
    text = page(
        "The Lamp Bureau keeps lamps.",
        "The Wick Office of the Oil Trimming Division (OTD) has been renamed the Flame Office.",
    )
    found = offices(extract(text))
    assert "Wick Office" not in found
    assert found["Flame Office"].parent == "Oil Trimming Division"


def test_renamed_unit_old_name_kept_when_the_new_one_reads_as_no_unit() -> None:
    """A name run from an old name into a new one that prose reads as no unit ("retitles
    the Office of Wicks to the Lamp Act Board") is cut too, and the old name kept."""
    text = page(
        "The Lamp Bureau keeps lamps.",
        "This order retitles the Office of Wicks to the Lamp Act Board.",
    )
    found = offices(extract(text))
    assert found["Office of Wicks"].found_by == "prose_unit"
    assert "Office of Wicks to the Lamp Act Board" not in found


PARTNERS = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Wick Permits works closely with the Glass Regulation Office. "
    "Budgets are prepared in coordination with the Lamp Council, the Oil Treasury Office, "
    "and the Mayor. The Office of Soot Control, along with the Office of Glass Safety, "
    "inspects lamps.\n"
)


def test_partner_named_the_object_of_with_is_no_unit() -> None:
    """A name in prose after "with" ("works closely with the Glass Regulation Office", "in
    coordination with the Lamp Council, the Oil Treasury Office, ...") names a body the page's
    units deal with, not one of them; "along with" joins a unit to another."""
    found = offices(extract(PARTNERS))
    assert "Office of Wick Permits" in found
    assert "Office of Soot Control" in found
    assert "Office of Glass Safety" in found
    assert "Glass Regulation Office" not in found
    assert "Oil Treasury Office" not in found
    off = offices(extract(PARTNERS, off={"partner_named"}))
    assert "Glass Regulation Office" in off
    assert "Oil Treasury Office" in off


SERVED_BODIES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Wick Permits provides administrative support to the Lamp Guard and the "
    "Office of Oil Reserves. The Office of Glass Safety communicates with other lamp agencies "
    "and the Office of the Wick Minister on planning.\n"
)


def test_partner_named_a_body_served_or_dealt_with_among_others_is_no_unit() -> None:
    """ "provides administrative support to the Lamp Guard and the Office of Oil Reserves",
    "communicates with other lamp agencies and the Office of the Wick Minister": a body that
    receives the unit's support, or that it deals with beside other bodies named in a
    plural, is no unit of the page's."""
    found = offices(extract(SERVED_BODIES))
    assert "Office of Wick Permits" in found
    assert "Office of Glass Safety" in found
    assert "Office of Oil Reserves" not in found
    assert "Office of the Wick Minister" not in found
    off = offices(extract(SERVED_BODIES, off={"partner_named"}))
    assert "Office of Oil Reserves" in off
    assert "Office of the Wick Minister" in off


PAIRED_SERVICES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Wick Permits provides advice and guidance to the Oil Supply Office. "
    "The Office of Glass Safety provides services and information to the Soot Control Office, "
    "the lamp trade and the public. The Office of Flame Records provides legal advice and "
    "technical counsel to the Glass Bureau.\n"
)


def test_paired_service_recipient_a_body_served_a_pair_of_things_is_no_unit() -> None:
    """ "provides advice and guidance to the Oil Supply Office", "provides services and
    information to the Soot Control Office, the lamp trade and the public": the body that
    receives a pair of things served, a word or two before either ("legal advice and
    technical counsel"), is a body the unit serves, no unit of the page's; switched off (or with ``partner_named`` off), each is
    found in prose as before."""
    found = offices(extract(PAIRED_SERVICES))
    assert "Office of Wick Permits" in found
    assert "Office of Glass Safety" in found
    assert "Office of Flame Records" in found
    for served in ("Oil Supply Office", "Soot Control Office", "Glass Bureau"):
        assert served not in found
    for switch in ("paired_service_recipient", "partner_named"):
        off = offices(extract(PAIRED_SERVICES, off={switch}))
        for served in ("Oil Supply Office", "Soot Control Office", "Glass Bureau"):
            assert served in off


NOT_PAIRED_SERVICES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Lamp Design provides advice and lamps to the Oil Depot Office. "
    "The Office of Lamp Repair provides lamps and guidance to the Wick Depot Office. "
    "The Office of Oil Testing, which provides lamps, sends advice and guidance to the Glass "
    "Depot Office.\n"
)


def test_paired_service_recipient_both_of_the_pair_are_things_served() -> None:
    """ "provides advice and lamps to the Oil Depot Office", "provides lamps and guidance to
    the Wick Depot Office": a pair of which one is no thing served (support, services,
    assistance, advice, guidance, information, counsel) is goods handed over, and the body
    receiving them is read as before: a unit in prose."""
    found = offices(extract(NOT_PAIRED_SERVICES))
    assert "Oil Depot Office" in found
    assert "Wick Depot Office" in found


def test_paired_service_recipient_needs_a_verb_of_providing() -> None:
    """ "The Office of Oil Testing, which provides lamps, sends advice and guidance to the
    Glass Depot Office": the pair must be what a verb of providing (provides, gives,
    renders) provides; sent, it is read as nothing served, and the name is a unit."""
    assert "Glass Depot Office" in offices(extract(NOT_PAIRED_SERVICES))


PARTNERS_WITH_ACRONYMS = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Wick Permits represents the Authority at meetings with the Lamp Makers "
    "Institute (LMI), the Oil Supply Office (OSO) and the Glass Testing Office (GTO).\n"
)


def test_partner_named_a_series_of_partners_with_acronyms() -> None:
    """ "meetings with the Lamp Makers Institute (LMI), the Oil Supply Office (OSO) and the
    Glass Testing Office (GTO)": every name of the series is a partner, none a unit, though
    the series runs over brackets and past the length a plain one may have; switched off,
    the names after an acronym in brackets are read as units."""
    found = offices(extract(PARTNERS_WITH_ACRONYMS))
    assert "Office of Wick Permits" in found
    assert "Oil Supply Office" not in found
    assert "Glass Testing Office" not in found
    off = offices(extract(PARTNERS_WITH_ACRONYMS, off={"partner_named"}))
    assert "Oil Supply Office" in off
    assert "Glass Testing Office" in off


def test_partner_named_a_new_clause_after_a_series_with_acronyms() -> None:
    """ "works with the Lamp Makers Institute (LMI) and the Oil Supply Office (OSO), and the
    Glass Testing Office keeps ...": a name after the series' "and" with a verb after it
    opens a new clause, its subject a unit of the page; the series' own names stay
    partners."""
    text = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
        "The Office of Wick Permits works with the Lamp Makers Institute (LMI), the Oil Supply "
        "Office (OSO) and the Flame Review Office (FRO), and the Glass Testing Office keeps "
        "the test lamps.\n"
    )
    found = offices(extract(text))
    assert "Glass Testing Office" in found
    assert "Oil Supply Office" not in found
    assert "Oil Supply Office" in offices(extract(text, off={"partner_named"}))


DEALT_WITH = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Estimates Office prepares the estimates for submission to the Lamp Estimates Bureau. "
    "The Oil Planning Office submits its plans to the Regional Wick Office through the "
    "Northern Oil Bureau. The Glass Claims Office handles the prosecution of claims before "
    "the Glass Hearings Bureau. The Soot Permits Office acts on behalf of the Lamp Licensing "
    "Office and is funded by the Town Lamp Bureau.\n"
)
DEALT_WITH_BODIES = (
    "Lamp Estimates Bureau",
    "Regional Wick Office",
    "Northern Oil Bureau",
    "Glass Hearings Bureau",
    "Lamp Licensing Office",
    "Town Lamp Bureau",
)


def test_body_dealt_with_the_other_side_of_a_dealing_is_no_unit() -> None:
    """ "for submission to the Lamp Estimates Bureau", "submits its plans to the Regional Wick
    Office through the Northern Oil Bureau", "the prosecution of claims before the Glass
    Hearings Bureau", "on behalf of the Lamp Licensing Office", "funded by the Town Lamp
    Bureau": the body that receives, judges or pays is another body, no unit of the page's;
    the units that deal with it stay."""
    found = offices(extract(DEALT_WITH))
    for unit in ("Wick Estimates Office", "Oil Planning Office", "Glass Claims Office"):
        assert unit in found
    assert "Soot Permits Office" in found
    for body in DEALT_WITH_BODIES:
        assert body not in found
    off = offices(extract(DEALT_WITH, off={"body_dealt_with"}))
    for body in DEALT_WITH_BODIES:
        assert body in off


DEALT_WITH_SERIES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office oversees the wicks, in addition to serving as staff to the Lamp Pricing "
    "Office (LPO), the Wick Building Commission (WBC), and the Glass Commission. The Oil "
    "Office submits its reports to the Deputy Lamp Warden. The Flame Office submits its plans to "
    "the Lamp Plans Bureau, and the Soot Control Office keeps the chimneys clean.\n"
)


def test_body_dealt_with_a_series_with_acronyms_not_a_post_nor_a_new_clause() -> None:
    """ "serving as staff to the Lamp Pricing Office (LPO), the Wick Building Commission
    (WBC), and the Glass Commission": each body of the series, its acronym in brackets, is
    the one served. A post ("submits its reports to the Deputy Lamp Warden") is left as it is
    read, and so is the subject of a new clause after the series' "and" ("to the Lamp
    Plans Bureau, and the Soot Control Office keeps ...")."""
    found = offices(extract(DEALT_WITH_SERIES))
    for body in ("Lamp Pricing Office", "Wick Building Commission", "Glass Commission"):
        assert body not in found
    assert "Lamp Plans Bureau" not in found
    assert "Soot Control Office" in found
    assert "Deputy Lamp Warden" in found
    off = offices(extract(DEALT_WITH_SERIES, off={"body_dealt_with"}))
    for body in ("Lamp Pricing Office", "Wick Building Commission", "Lamp Plans Bureau"):
        assert body in off


DEALT_WITH_PARTS = (
    "County Lamp Department\n\nThe County Lamp Department maintains county lamps. Applicants "
    "submit their forms to the Tally Unit, which forwards them on. Permit applications are "
    "submitted to the Permits Section. The Staffing Office deploys staff to the Wick Patrol "
    "Shifts Division. Training sponsored by the Lamp Skills Branch is open to all. The "
    "Lamp Counsel Office argues appeals before the Wick Claims Division of the High Court.\n"
)


def test_body_dealt_with_a_part_of_a_body_is_the_page_s() -> None:
    """ "submit their forms to the Tally Unit", "submitted to the Permits Section",
    "deploys staff to the Wick Patrol Shifts Division", "sponsored by the Lamp Skills Branch":
    a name that ends in the noun of a part of a body (unit, section, division, branch) is one
    of the page's parts that receives or pays, no body across a boundary; a part named with
    its body ("the Wick Claims Division of the High Court") is still the other side."""
    found = offices(extract(DEALT_WITH_PARTS))
    for unit in ("Tally Unit", "Permits Section", "Wick Patrol Shifts Division"):
        assert unit in found
    assert "Lamp Skills Branch" in found
    assert "Wick Claims Division of the High Court" not in found
    off = offices(extract(DEALT_WITH_PARTS, off={"body_dealt_with"}))
    assert "Wick Claims Division of the High Court" in off


DEALT_WITH_BEFORE_IN_TIME = (
    "Wick Licensing Tribunal\n\nThe Wick Licensing Tribunal hears licence disputes. The "
    "Ledger Office prepares the case papers before the Licence Review Office opens a file, "
    "and it argues appeals before the Wick Claims Court.\n"
)


def test_body_dealt_with_before_opening_a_clause_in_time() -> None:
    """ "prepares the case papers before the Licence Review Office opens a file": "before"
    opens a clause in time, the name its subject (a verb follows it), one of the page's
    units; a court a case is argued before, no verb after it, is still the other side."""
    found = offices(extract(DEALT_WITH_BEFORE_IN_TIME))
    assert "Licence Review Office" in found
    assert "Wick Claims Court" not in found


DEALT_WITH_SUBJECT_SERIES = (
    "Lamp Estimates Bureau\n\nThe Lamp Estimates Bureau prepares the state budget. Following "
    "submission to the Lamp Finance Board, the Wick Estimates Office (WKEO), the Wick Revenue "
    "Office (WKRO) and the Wick Accounts Office (WKAO) publish the estimates.\n"
)


def test_body_dealt_with_a_series_that_is_a_clause_s_subject() -> None:
    """ "Following submission to the Lamp Finance Board, the Wick Estimates Office (WKEO), the
    Wick Revenue Office (WKRO) and the Wick Accounts Office (WKAO) publish ...": the names after
    the phrase's comma are a series whose last name has a verb after it (in the plural, after
    its acronym), the clause's subject: the page's units, not more bodies submitted to."""
    found = offices(extract(DEALT_WITH_SUBJECT_SERIES))
    for unit in ("Wick Estimates Office", "Wick Revenue Office", "Wick Accounts Office"):
        assert unit in found
    assert "Lamp Finance Board" not in found


PARTNERS_BEFORE_A_SUBJECT_SERIES = (
    "Ministry of Oil and Gas\n\nThe Ministry oversees the oil sector. Consistent with the "
    "Petroleum Act (PA), the Oil Upstream Directorate (OUPD), the Oil Downstream Directorate "
    "(ODSD) and the Oil Pricing Directorate (OPRD) report to the Chief Oil Warden. The Ministry "
    "works with the Oil Traders Institute (OTI), the Gas Supply Office (GSO) and the Pipeline "
    "Safety Office (PSO) on safety rules.\n"
)


def test_partner_named_a_series_that_is_a_clause_s_subject_after_with() -> None:
    """ "Consistent with the Petroleum Act (PA), the Oil Upstream Directorate (OUPD), ... and
    the Oil Pricing Directorate (OPRD) report to ...": the series after the phrase with "with"
    ends in a verb in the plural, so its names are the clause's subject, the page's units; a
    series of partners that ends in a preposition ("... (PSO) on safety rules") stays
    partners."""
    found = offices(extract(PARTNERS_BEFORE_A_SUBJECT_SERIES))
    for unit in ("Oil Upstream", "Oil Downstream", "Oil Pricing"):
        assert f"{unit} Directorate" in found
    assert "Gas Supply Office" not in found
    assert "Pipeline Safety Office" not in found


JOINED_BOSSES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the lamps. The Wick Office "
    "reports directly to the Lamp Minister and the Chief Warden of the Oil Board. The Glass "
    "Office reports to the Director of Lamps and Glass.\n"
)


def test_joined_bosses_two_posts_reported_to_are_no_unit() -> None:
    """ "reports directly to the Lamp Minister and the Chief Warden of the Oil Board" names two
    posts, no one unit to make and hang the reporting office from; a name with "and" inside
    it ("Director of Lamps and Glass") is still one post."""
    found = offices(extract(JOINED_BOSSES))
    assert "Lamp Minister and the Chief Warden of the Oil Board" not in found
    assert found["Wick Office"].parent == "Lamp Works Authority"
    assert found["Glass Office"].parent == "Director of Lamps and Glass"
    off = offices(extract(JOINED_BOSSES, off={"joined_bosses"}))
    assert "Lamp Minister and the Chief Warden of the Oil Board" in off


def test_partner_named_the_subject_after_an_opening_with_phrase() -> None:
    """A name after the comma that closes an opening "with" phrase ("In partnership with the
    Oil Board, the Wick Division trains ...") is the sentence's subject, no partner in the
    series after "with"; the series' own items stay partners."""
    text = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. In "
        "partnership with the Oil Board, the Wick Division trains the lamplighters. Plans are "
        "made in coordination with the Lamp Council, the Oil Treasury Office, and the Mayor.\n"
    )
    found = offices(extract(text))
    assert "Wick Division" in found
    assert "Oil Board" not in found
    assert "Oil Treasury Office" not in found


def test_joined_bosses_a_name_whose_fields_are_joined_by_and_the() -> None:
    """ "reports to the Department of Oil and the Arts": an "and the" that joins the fields
    after a name's "of" and names no post or body is inside one name, the unit reported to."""
    text = (
        "Lamp Works Authority\n\nThe Lamp Works Authority keeps the lamps. The Wick Office "
        "reports to the Department of Oil and the Arts.\n"
    )
    found = offices(extract(text))
    assert found["Wick Office"].parent == "Department of Oil and the Arts"
    assert offices(extract(JOINED_BOSSES, off={"joined_bosses"})) != offices(extract(JOINED_BOSSES))


LIAISONS = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Office of Wick Permits serves as the Authority's liaison to the Lamp Register and the "
    "Office of Flame Review. The Glass Office performs liaison functions between the Authority "
    "and the Office of the Oil Controller. The Soot Office acts as liaison on budgetary matters "
    "between Authority staff and the Office of the Lamp Treasurer.\n"
)


def test_liaison_counterpart_bodies_a_unit_is_liaison_to_are_no_units() -> None:
    """ "serves as the Authority's liaison to the Lamp Register and the Office of Flame Review",
    "performs liaison functions between the Authority and the Office of the Oil Controller",
    "acts as liaison on budgetary matters between Authority staff and the Office of the Lamp
    Treasurer": the bodies a unit liaises with stand outside it, no units of the page's; the
    units that do the liaising stay."""
    found = offices(extract(LIAISONS))
    for unit in ("Office of Wick Permits", "Glass Office", "Soot Office"):
        assert unit in found
    for outside in ("Office of Flame Review", "Office of the Oil Controller"):
        assert outside not in found
    assert "Office of the Lamp Treasurer" not in found
    off = offices(extract(LIAISONS, off={"liaison_counterpart"}))
    assert "Office of the Oil Controller" in off
    assert "Office of the Lamp Treasurer" in off


LIAISON_WITHIN = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps.\n\n"
    "Wick Branch\n\nThe Wick Branch keeps the wicks and serves as the Authority's liaison to "
    "the Lamp Register and the Office of Flame Review within the Office of Oil Budgets.\n"
)


def test_liaison_counterpart_bodies_liaised_with_placed_within_another() -> None:
    """ "liaison to the Lamp Register and the Office of Flame Review within the Office of Oil
    Budgets": the bodies liaised with, and the one they are placed within, are no units of
    the page's (``unit_within_unit`` makes none of them)."""
    found = offices(extract(LIAISON_WITHIN))
    assert "Wick Branch" in found
    assert not any("Flame Review" in name or "Oil Budgets" in name for name in found)
    off = offices(extract(LIAISON_WITHIN, off={"liaison_counterpart"}))
    assert any("Flame Review" in name or "Oil Budgets" in name for name in off)


LIAISON_NOT_QUALIFYING = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The liaison officer of the Glass Division reports to the Office of Wick Permits. "
    "Acting as liaison with the Oil Board, the Soot Division trains the lamplighters. The "
    "Glass Division is the Authority's liaison to the Office of Glass Imports.\n"
)


def test_liaison_counterpart_only_the_bodies_liaised_with() -> None:
    """ "The liaison officer of the Glass Division reports to the Office of Wick Permits": a
    verb stands between the noun of liaison and the name, which is the office reported to,
    read as before; "Acting as liaison with the Oil Board, the Soot Division trains ...": the
    name after the comma that closes the opening phrase is the sentence's subject. The body
    the unit is the liaison to ("the Authority's liaison to the Office of Glass Imports") is
    still no unit."""
    found = offices(extract(LIAISON_NOT_QUALIFYING))
    assert "Office of Wick Permits" in found
    assert "Soot Division" in found
    assert "Office of Glass Imports" not in found
    assert "Office of Glass Imports" in offices(
        extract(LIAISON_NOT_QUALIFYING, off={"liaison_counterpart"})
    )


LIAISON_NEW_CLAUSE = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office serves as liaison to the Lamp Register, and the Soot Division advises the "
    "Warden on chimneys. The Glass Office maintains liaison with the Oil Board and the Ladder "
    "Division also keeps the ladders. The Trim Office is the liaison to the Lamp Register and "
    "the Office of Flame Review on matters of safety.\n"
)


def test_liaison_counterpart_a_name_a_verb_follows_opens_a_new_clause() -> None:
    """ "serves as liaison to the Lamp Register, and the Soot Division advises the Warden",
    "maintains liaison with the Oil Board and the Ladder Division also keeps the ladders": the
    name after the series' "and" that a verb follows is the subject of a new clause, a unit
    of the page's, not one more body liaised with; "the Lamp Register and the Office of Flame
    Review on matters of safety" is still a series of counterparts."""
    found = offices(extract(LIAISON_NEW_CLAUSE))
    for unit in ("Wick Office", "Soot Division", "Glass Office", "Ladder Division", "Trim Office"):
        assert unit in found
    assert "Office of Flame Review" not in found
    assert "Office of Flame Review" in offices(
        extract(LIAISON_NEW_CLAUSE, off={"liaison_counterpart"})
    )


LIAISON_BETWEEN_PAIR = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office serves as liaison between the Glass Division and the Office of the Oil "
    "Controller.\n"
)


def test_liaison_counterpart_the_near_side_of_a_pair_after_between() -> None:
    """ "serves as liaison between the Glass Division and the Office of the Oil Controller":
    the first of the pair is the near side of the liaison, the page's own unit; the second
    is the body across the boundary."""
    found = offices(extract(LIAISON_BETWEEN_PAIR))
    assert "Glass Division" in found
    assert "Office of the Oil Controller" not in found
    assert "Office of the Oil Controller" in offices(
        extract(LIAISON_BETWEEN_PAIR, off={"liaison_counterpart"})
    )


LIAISES_WITH = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office liaises closely with the Lamp Register and the Office of Flame Review.\n"
)


def test_liaison_counterpart_the_verb_liaises() -> None:
    """ "liaises closely with the Lamp Register and the Office of Flame Review": the verb
    names the bodies liaised with as the noun does."""
    found = offices(extract(LIAISES_WITH))
    assert "Wick Office" in found
    assert "Office of Flame Review" not in found
    assert "Office of Flame Review" in offices(extract(LIAISES_WITH, off={"liaison_counterpart"}))


LIAISON_OWN_FIELD_OFFICES = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office serves as liaison to the Northern Lamp Office and the Southern Lamp "
    "Office, which keep the lamps of the two districts.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="liaison_counterpart reads every body liaised with as outside the page's: a unit "
    "that is liaison to the body's own field offices loses them when no heading or list "
    "names them (the sentence alone cannot tell own parts from another agency's)",
)
def test_liaison_counterpart_known_miss_the_body_s_own_field_offices() -> None:
    """ "serves as liaison to the Northern Lamp Office and the Southern Lamp Office, which
    keep the lamps of the two districts": the page's own offices, read as counterparts."""
    found = offices(extract(LIAISON_OWN_FIELD_OFFICES))
    assert "Northern Lamp Office" in found
    assert "Southern Lamp Office" in found


LIAISON_WITHIN_HOST = (
    "Lamp Works Authority\n\nThe Lamp Works Authority keeps the town's lamps. "
    "The Wick Office performs liaison functions with the Chimney Unit within the Office of "
    "Soot Control.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="liaison_counterpart keeps the counterpart's host from unit_within_unit but not "
    "from prose_unit when the counterpart is one name alone before 'within the': the host "
    "is still made a unit in prose",
)
def test_liaison_counterpart_known_miss_the_host_of_a_counterpart_alone() -> None:
    """ "performs liaison functions with the Chimney Unit within the Office of Soot Control":
    the body liaised with and its host are both outside the page's."""
    found = offices(extract(LIAISON_WITHIN_HOST))
    assert "Chimney Unit" not in found
    assert "Office of Soot Control" not in found
