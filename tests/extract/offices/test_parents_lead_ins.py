"""The rules of ``pipeline/extract/offices/parents_lead_ins.py``, each on short synthetic text.

Parents read from lead-ins that refer back: a list's lead-in about the unit the paragraph
before it names, or about the unit named last."""

from __future__ import annotations

from textwrap import dedent

from tests.extract.helpers import Placed, extract, offices

REFERRING_LEAD_IN = dedent("""\
    Lamp Ministry

    The Lamp Ministry keeps the realm's lamps.

    The Wick Directorate manages the wicks of the realm. It buys and trims them.

    The directorate consists of the following divisions:

      • Braiding
      • Trimming Services
      • Wick Supply
    """)


def test_referring_lead_in_parts_the_unit_noun_alone_refers_to_the_paragraph_before() -> None:
    """ "The directorate consists of the following divisions:" after a paragraph that opens
    with the Wick Directorate: the list's items are the directorate's parts."""
    found = offices(extract(REFERRING_LEAD_IN))
    assert found["Braiding"] == Placed(
        "Wick Directorate", "listed_after_lead_in", "referring_lead_in_parts"
    )
    assert found["Wick Supply"].parent == "Wick Directorate"
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    off = offices(
        extract(REFERRING_LEAD_IN, off={"referring_lead_in_parts", "lead_in_refers_to_last_named"})
    )
    assert off["Braiding"] == Placed("Lamp Ministry", "listed_after_lead_in", "inside_section")
    assert off["Wick Supply"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_the_name_less_its_unit_noun() -> None:
    """ "Oil is made up of a number of sub-units:" after a paragraph about the Oil Division:
    the subject is the division's name without its unit noun."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Oil Division is that arm of the Ministry that buys oil.

        Oil is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    found = offices(extract(text))
    assert found["Oil Purchasing"].parent == "Oil Division"
    assert found["Oil Storage"].parent_by == "referring_lead_in_parts"
    assert offices(extract(text, off={"referring_lead_in_parts"}))["Oil Storage"].parent == (
        "Lamp Ministry"
    )


def test_referring_lead_in_parts_in_the_paragraph_that_names_the_unit() -> None:
    """ "The Glass Office cuts panes. This office has the following branches:": the lead-in
    closes the paragraph that opens with the unit it refers to."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        The Glass Office cuts panes for the realm. This office has the following branches:

          • Pane Cutting
          • Pane Polishing
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"].parent == "Glass Office"
    assert found["Pane Polishing"].parent == "Glass Office"


def test_referring_lead_in_parts_another_unit_noun_refers_to_nothing() -> None:
    """ "The office consists of ..." after a paragraph about a directorate: the subject is no
    name of that unit, so the items stay the page's."""
    text = REFERRING_LEAD_IN.replace("The directorate consists", "The office consists")
    assert offices(extract(text))["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_a_unit_named_inside_the_paragraph_is_no_subject() -> None:
    """A paragraph about the page's ministry that names the Wick Directorate inside a
    sentence is not about the directorate: "The directorate" after it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry works closely with the Wick Directorate on the wicks of the realm.

        The directorate consists of the following divisions:

          • Braiding
          • Trimming Services

        The Wick Directorate buys wicks for the realm.
        """)
    found = offices(extract(text))
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_not_after_a_list_item() -> None:
    """A list of directorates before the lead-in: "The directorate" may be any of them, not
    the one the last item opens with."""
    text = dedent("""\
        # Lamp Ministry

        The Lamp Ministry keeps the realm's lamps. Its directorates are:

        - The Wick Directorate, which trims the wicks of the realm and buys new ones
        - The Oil Directorate, which buys the oil of the realm and stores it

        The directorate consists of the following divisions:

        - Braiding
        - Trimming Services
        """)
    found = offices(extract(text, markdown=True))
    assert found["Oil Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_keeps_an_item_a_lead_in_placed() -> None:
    """ "... the following divisions of the Lamp Ministry:": the lead-in names the items'
    parent itself, and they stay there."""
    text = REFERRING_LEAD_IN.replace("divisions:", "divisions of the Lamp Ministry:")
    found = offices(extract(text))
    assert found["Braiding"] == Placed(
        "Lamp Ministry", "lead_in_names_parent", "lead_in_names_parent"
    )


def test_referring_lead_in_parts_the_list_naming_the_unit_itself() -> None:
    """A list that names the directorate it belongs to among its items: the directorate is
    not made a part of itself."""
    text = dedent("""\
        # Lamp Ministry

        The Wick Directorate manages the wicks of the realm.

        The directorate consists of the following divisions:

        - Wick Directorate
        - Braiding
        - Trimming Services
        """)
    found = offices(extract(text, markdown=True))
    assert found["Wick Directorate"].parent == "Lamp Ministry"
    assert found["Braiding"].parent == "Wick Directorate"


def test_referring_lead_in_parts_reads_label_lines_among_the_items() -> None:
    """Items written as "Name: what it does" lines after plain ones are the list's items
    too: each is a part of the directorate."""
    text = REFERRING_LEAD_IN.replace(
        "  • Wick Supply\n",
        "  • Wick Supply: buys the wicks of the realm from the guilds and keeps them dry.\n"
        "  • Wick Ledger: keeps the accounts of the wicks bought and sold in the realm.\n",
    )
    found = offices(extract(text))
    assert found["Braiding"].parent == "Wick Directorate"
    assert found["Wick Ledger"].parent == "Wick Directorate"
    assert offices(extract(text, off={"referring_lead_in_parts"}))["Wick Ledger"].parent == (
        "Lamp Ministry"
    )


def test_referring_lead_in_parts_leaves_the_section_unit_s_items_as_placed() -> None:
    """ "The office consists of ..." in the Glass Office's section refers to the section's
    own unit: its items stay where the section placed them, by the same rule."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Glass Office

        The Glass Office keeps the glass of the lamps.

        The office consists of the following divisions:

          • Pane Cutting
          • Pane Polishing

        Oil Office

        The Oil Office buys oil.
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"] == Placed("Glass Office", "listed_after_lead_in", "inside_section")


def test_referring_lead_in_parts_a_shorter_name_is_no_name_less_its_noun() -> None:
    """ "Oil is made up of ..." after a paragraph about the Oil Supply Division: "Oil" is the
    division's name less more than its unit noun, so it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Oil Supply Division is that arm of the Ministry that buys oil.

        Oil is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    found = offices(extract(text))
    assert found["Oil Supply Division"].parent == "Lamp Ministry"
    assert found["Oil Purchasing"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_has_only_with_a_count_or_the_following() -> None:
    """ "The directorate has worked closely with the following offices:" says whom the
    directorate works with, not what it has: "has" reads parts only before a count or "the
    following", and a verb of another body before the colon reads none."""
    worked = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate has worked closely with the following offices:",
    )
    assert offices(extract(worked))["Braiding"].parent == "Lamp Ministry"
    partners = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate includes a wick store and works closely with the following offices:",
    )
    assert offices(extract(partners))["Braiding"].parent == "Lamp Ministry"
    counted = REFERRING_LEAD_IN.replace(
        "The directorate consists of the following divisions:",
        "The directorate has three divisions:",
    )
    assert offices(extract(counted))["Braiding"].parent == "Wick Directorate"


def test_referring_lead_in_parts_a_plural_name_is_no_subject() -> None:
    """ "Wick Offices across the realm buy wicks" opens with the plural of the Wick Office's
    name, not with the office: "The office consists of ..." after it refers to nothing."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps. The Wick Office buys wicks.

        Wick Offices across the realm buy wicks from the guilds.

        The office consists of the following divisions:

          • Braiding
          • Trimming Services
        """)
    found = offices(extract(text))
    assert found["Braiding"].parent == "Lamp Ministry"
    assert found["Wick Office"].parent == "Lamp Ministry"


def test_referring_lead_in_parts_a_name_less_its_noun_that_is_a_unit_noun() -> None:
    """ "Cluster is made up of ..." after a paragraph about the Cluster Division: "Cluster",
    a unit noun itself, is the division's name less its unit noun."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Cluster Division is that arm of the Ministry that mends lamps.

        Cluster is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    assert offices(extract(text))["Oil Storage"].parent == "Cluster Division"


def test_referring_lead_in_parts_the_page_s_top_unit_in_another_unit_s_section() -> None:
    """ "The office consists of ..." after a paragraph about the Lamp Office, the page's top
    unit, in the Glass Bureau's section: the items are the office's parts, not the bureau's."""
    text = dedent("""\
        Lamp Office

        The Lamp Office keeps the realm's lamps.

        Glass Bureau

        The Glass Bureau keeps the glass of the lamps.

        The Lamp Office also cuts panes for the realm.

        The office consists of the following divisions:

          • Pane Cutting
          • Pane Polishing

        Oil Bureau

        The Oil Bureau buys oil.
        """)
    found = offices(extract(text))
    assert found["Pane Cutting"] == Placed(
        "Lamp Office", "listed_after_lead_in", "referring_lead_in_parts"
    )
    off = offices(extract(text, off={"referring_lead_in_parts", "lead_in_refers_to_last_named"}))
    assert off["Pane Cutting"].parent == "Glass Bureau"


def test_referring_lead_in_parts_a_name_in_accented_letters() -> None:
    """ "Énergie is made up of a number of sub-units:" after a paragraph about the Énergie
    Division: a subject's letters may be any letters."""
    text = dedent("""\
        Lamp Ministry

        The Lamp Ministry keeps the realm's lamps.

        Énergie Division is that arm of the Ministry that buys oil.

        Énergie is made up of a number of sub-units:

          • Oil Purchasing
          • Oil Storage
        """)
    assert offices(extract(text))["Oil Storage"].parent == "Énergie Division"


LAST_NAMED_LEAD_IN = dedent("""\
    Lamp Ministry

    The Lamp Ministry keeps the realm's lamps.

    Lamps

    The Lamp Ministry sets three goals for every keeper in the realm.

    These are the goals of the Office of Lamp Care. To meet them the office trains keepers.

    The office directs the work of the following wick branches:

      • Wick Braiding
      • Wick Trimming
      • Wick Supply
    """)


def _last_named_lead_in(lead_in: str, before: str = "") -> str:
    """``LAST_NAMED_LEAD_IN`` with another lead-in, and ``before`` the "Lamps" heading."""
    text = LAST_NAMED_LEAD_IN.replace(
        "The office directs the work of the following wick branches:", lead_in
    )
    return text.replace("Lamps\n", before + "Lamps\n", 1)


def test_lead_in_refers_to_last_named_the_unit_of_its_noun_named_last_in_the_section() -> None:
    """ "The office directs the work of the following wick branches:" after "... the goals of
    the Office of Lamp Care.": the branches are that office's, not the section's ("Lamps")."""
    found = offices(extract(LAST_NAMED_LEAD_IN))
    assert found["Wick Braiding"] == Placed(
        "Office of Lamp Care", "listed_after_lead_in", "lead_in_refers_to_last_named"
    )
    assert found["Wick Supply"].parent == "Office of Lamp Care"
    off = offices(
        extract(LAST_NAMED_LEAD_IN, off={"lone_topic_heading", "lead_in_refers_to_last_named"})
    )
    assert off["Wick Braiding"] == Placed("Lamps", "listed_after_lead_in", "inside_section")
    assert off["Wick Supply"].parent == "Lamps"


def test_lead_in_refers_to_last_named_this_and_a_count_of_units() -> None:
    """ "This office is split into three units:": "This" and a count of units read so too."""
    text = _last_named_lead_in("This office is split into three units:")
    assert offices(extract(text))["Wick Trimming"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_possessor() -> None:
    """ "The office's work covers the following wick branches:": the office owns the work,
    the sentence's subject; the items stay where they stand."""
    text = _last_named_lead_in("The office's work covers the following wick branches:")
    assert offices(extract(text, off={"lone_topic_heading"}))["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_a_lead_in_of_duties_or_services() -> None:
    """ "The office is responsible for:" and "The office offers the following services:" name
    no parts: the items (worded as units) stay where they stand, read with
    ``duties_lead_in`` off (on, they are no units at all)."""
    for lead_in in ("The office is responsible for:", "The office offers the following services:"):
        text = _last_named_lead_in(lead_in).replace("Wick Supply", "Wick Supply Unit")
        text = text.replace("Wick Braiding", "Wick Braiding Unit")
        text = text.replace("Wick Trimming", "Wick Trimming Unit")
        found = offices(extract(text, off={"lone_topic_heading", "duties_lead_in"}))
        assert found["Wick Supply Unit"].parent == "Lamps", lead_in
        assert "Wick Supply Unit" not in offices(extract(text, off={"lone_topic_heading"})), lead_in


def test_lead_in_refers_to_last_named_not_without_a_colon() -> None:
    """ "The office directs the work of the following wick branches." ends no lead-in: a
    sentence that says so of a list after it is read by others; nothing moves here."""
    text = _last_named_lead_in("The office directs the work of the following wick branches.")
    assert offices(extract(text, off={"lone_topic_heading"}))["Wick Supply"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_an_item_placed_by_another_rule() -> None:
    """An item nested under another item is that item's part (``list_nesting``): it stays."""
    text = LAST_NAMED_LEAD_IN.replace(
        "  • Wick Braiding\n", "  • Wick Braiding\n    • Wick Braiding Unit\n"
    )
    found = offices(extract(text))
    assert found["Wick Braiding"].parent == "Office of Lamp Care"
    assert found["Wick Braiding Unit"] == Placed(
        "Wick Braiding", "listed_after_lead_in", "list_nesting"
    )


def test_lead_in_refers_to_last_named_not_a_unit_named_before_the_section() -> None:
    """The only office named before the lead-in is named before the section's heading: "The
    office" there is the section's own, and the items stay under it."""
    text = LAST_NAMED_LEAD_IN.replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "To meet them the office trains keepers.",
    ).replace("Lamps\n", "The Office of Lamp Care trains keepers.\n\nLamps\n", 1)
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert found["Office of Lamp Care"].parent == "Lamp Ministry"
    assert found["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_items_under_a_unit_of_its_noun() -> None:
    """Items that stand under the Glass Office's heading already stand under an office, the
    one "The office" may well mean, though the Office of Lamp Care is named last: they stay."""
    text = LAST_NAMED_LEAD_IN.replace("\nLamps\n", "\nGlass Office\n", 1).replace(
        "These are the goals of the Office of Lamp Care.",
        "The Office of Lamp Care sets these goals.",
    )
    found = offices(extract(text))
    assert "Office of Lamp Care" in found
    assert found["Wick Braiding"].parent == "Glass Office"
    assert found["Wick Supply"].parent == "Glass Office"


def test_lead_in_refers_to_last_named_not_the_top_unit_unnamed_in_the_section() -> None:
    """ "The program has three regional programs:" with no program named in the section's
    text: the items stay under the section's unit, though the page's top unit is a program
    (as "The bureau is made up of ..." under a heading that names a law leaves them)."""
    text = dedent("""\
        Lamp Program

        The Lamp Program keeps the realm's lamps lit.

        Lamps Across the Realm

        The program has three regional programs:

          • North Lamps
          • South Lamps
          • East Lamps
        """)
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert found["North Lamps"] == Placed(
        "Lamps Across the Realm", "listed_after_lead_in", "inside_section"
    )


def test_lead_in_refers_to_last_named_not_a_unit_named_after_another() -> None:
    """ "... the goals the Lamp Ministry sets the Office of Lamp Care.": the sentence is about
    the ministry, which it names first; "The office" after it refers to nothing."""
    text = LAST_NAMED_LEAD_IN.replace(
        "These are the goals of the Office of Lamp Care.",
        "These are the goals the Lamp Ministry sets the Office of Lamp Care.",
    )
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert "Office of Lamp Care" in found
    assert found["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_after_its_noun_in_the_plural() -> None:
    """ "The offices of the realm train keepers." in the section before the lead-in: "The
    office" may be any of them, not the one named last."""
    text = LAST_NAMED_LEAD_IN.replace(
        "To meet them the office trains keepers.", "The offices of the realm train keepers."
    )
    assert offices(extract(text, off={"lone_topic_heading"}))["Wick Braiding"].parent == "Lamps"


def test_lead_in_refers_to_last_named_not_a_subject_that_works_with_others() -> None:
    """ "The office works closely with the following wick branches:" and "The office has
    worked with ...": whom the office works with, not what it has; "has" reads parts only
    before a count or "the following"."""
    for lead_in in (
        "The office works closely with the following wick branches:",
        "The office has worked with the following wick branches:",
    ):
        text = _last_named_lead_in(lead_in)
        assert (
            offices(extract(text, off={"lone_topic_heading"}))["Wick Braiding"].parent == "Lamps"
        ), lead_in
    counted = _last_named_lead_in("The office has three wick branches:")
    assert offices(extract(counted))["Wick Braiding"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_unit_named_in_the_section_s_heading() -> None:
    """A heading worded as a sentence ("The Lamp Office Trims Wicks"), read as a unit, holds
    the list; the office it names is not named in the section's text: nothing moves."""
    text = dedent("""\
        Lamp Office

        The Lamp Office keeps the realm's lamps.

        ## The Lamp Office Trims Wicks

        The office directs the following wick branches:

        - Wick Braiding
        - Wick Trimming
        """)
    found = offices(extract(text, markdown=True, off={"lone_topic_heading"}))
    assert found["Wick Braiding"] == Placed(
        "The Lamp Office Trims Wicks", "listed_after_lead_in", "inside_section"
    )


def test_lead_in_refers_to_last_named_a_list_of_one_kind_of_item() -> None:
    """ "Name: what it does" lines after the bullets are a list of another kind: the lead-in's
    list is its bullets, and the lines stay where they stand."""
    text = LAST_NAMED_LEAD_IN.replace(
        "  • Wick Supply\n",
        "  • Wick Supply: buys the wicks of the realm from the guilds and keeps them dry.\n"
        "  • Wick Ledger: keeps the accounts of the wicks bought and sold in the realm.\n",
    )
    found = offices(extract(text, off={"lone_topic_heading"}))
    assert found["Wick Trimming"].parent == "Office of Lamp Care"
    assert found["Wick Ledger"] == Placed("Lamps", "listed_after_lead_in", "inside_section")


def test_lead_in_refers_to_last_named_not_a_name_inside_a_longer_name() -> None:
    """ "... in the Old Glass Office Hall." names a hall, not the Glass Office: the office named
    last in the section is the Office of Lamp Care, whose parts the branches are."""
    text = _last_named_lead_in(
        "The office directs the work of the following wick branches:",
        before="The Glass Office of the ministry cuts panes.\n\n",
    ).replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "The Office of Lamp Care sets three goals. Keepers meet each spring in the Old Glass"
        " Office Hall.",
    )
    found = offices(extract(text))
    assert "Glass Office" in found
    assert found["Wick Braiding"].parent == "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_a_unit_noun_before_of() -> None:
    """ "The Office of Glass directs ...": a unit's name, not "The office" referring back to
    the Office of Lamp Care; its branches do not move there."""
    text = _last_named_lead_in(
        "The Office of Glass directs the work of the following wick branches:"
    ).replace(
        "These are the goals of the Office of Lamp Care. To meet them the office trains keepers.",
        "The Office of Lamp Care sets the goals.",
    )
    assert offices(extract(text))["Wick Braiding"].parent != "Office of Lamp Care"


GOALS_SENTENCE = "These are the goals of the Office of Lamp Care."


def test_lead_in_refers_to_last_named_a_verb_of_parts_or_of_direction() -> None:
    """The lead-in's verb says the office holds or directs the parts: "is made up of",
    "oversees", "provides leadership to", "is split into" read so."""
    for lead_in in (
        "The office is made up of the following wick branches:",
        "The office oversees the following wick branches:",
        "The office provides leadership to the following wick branches:",
        "The office is split into three units:",
    ):
        text = _last_named_lead_in(lead_in)
        assert offices(extract(text))["Wick Braiding"].parent == "Office of Lamp Care", lead_in


def test_lead_in_refers_to_last_named_not_another_verb() -> None:
    """ "The office transferred the following wick branches to the Glass Bureau:" says where
    the branches went, "The office once ran ..." what it was: not whose they are now; they
    stay where they stand."""
    for lead_in in (
        "The office transferred the following wick branches to the Glass Bureau:",
        "The office once ran the following wick branches:",
    ):
        text = _last_named_lead_in(lead_in)
        assert (
            offices(extract(text, off={"lone_topic_heading"}))["Wick Braiding"].parent == "Lamps"
        ), lead_in


def test_lead_in_refers_to_last_named_not_a_lead_in_that_names_an_owner() -> None:
    """ "... the following wick branches of the ministry:" names their owner itself."""
    text = _last_named_lead_in("The office oversees the following wick branches of the ministry:")
    assert offices(extract(text))["Wick Braiding"].parent != "Office of Lamp Care"


def test_lead_in_refers_to_last_named_not_parts_unnamed_in_the_plural() -> None:
    """ "The office oversees the following services:" names no parts (no plural unit noun):
    the items, worded as units, stay where they stand."""
    text = _last_named_lead_in("The office oversees the following services:")
    for item in ("Wick Braiding", "Wick Trimming", "Wick Supply"):
        text = text.replace(item, item + " Unit")
    assert (
        offices(extract(text, off={"lone_topic_heading"}))["Wick Braiding Unit"].parent == "Lamps"
    )


def test_lead_in_refers_to_last_named_not_this_section() -> None:
    """ "This section lists ...": the page's section, not the Wick Section named before."""
    text = _last_named_lead_in("This section is split into the following wick branches:").replace(
        GOALS_SENTENCE + " To meet them the office trains keepers.",
        "The Wick Section trains keepers.",
    )
    found = offices(extract(text))
    assert "Wick Section" in found
    assert found["Wick Braiding"].parent != "Wick Section"


def test_lead_in_refers_to_last_named_not_a_unit_named_after_the_subject() -> None:
    """The office named last is not what its sentence is about ("Keepers also write to the
    Glass Office.", "Keepers write to the Office of Lamp Care."): nothing moves."""
    for goals in (
        GOALS_SENTENCE + " Keepers also write to the Glass Office.",
        "Keepers write to the Office of Lamp Care.",
    ):
        found = offices(
            extract(LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals), off={"lone_topic_heading"})
        )
        assert found["Wick Braiding"].parent == "Lamps", goals


def test_lead_in_refers_to_last_named_not_a_unit_of_another_body() -> None:
    """An office of another body ("the Glass Office of the Oil Ministry", "the Oil Ministry's
    Glass Office") is not the one "The office" means: nothing moves."""
    for goals in (
        GOALS_SENTENCE + " Keepers apply to the Glass Office of the Oil Ministry.",
        GOALS_SENTENCE + " The Oil Ministry's Glass Office cuts panes.",
        "These are the goals of the Glass Office of the Oil Ministry.",
        "These are the goals of the Oil Ministry's Glass Office.",
        "The Glass Office of the Oil Ministry sets the goals.",
        "The Oil Ministry's Glass Office sets the goals.",
    ):
        found = offices(
            extract(LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals), off={"lone_topic_heading"})
        )
        assert found["Wick Braiding"].parent == "Lamps", goals
    for goals in ("These are the goals of the Glass Office of the ministry.",):
        text = LAST_NAMED_LEAD_IN.replace(GOALS_SENTENCE, goals)
        text = text.replace("Lamps\n", "The Glass Office cuts panes.\n\nLamps\n", 1)
        found = offices(extract(text, off={"lone_topic_heading"}))
        assert "Glass Office" in found
        assert found["Wick Braiding"].parent == "Lamps", goals
