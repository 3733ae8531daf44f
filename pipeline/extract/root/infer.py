"""Infer the agency a page describes (the root of its hierarchy).

In order: the agency named by the source's metadata; the unit that heads the one section
of a law or a code a page shows ("§ 1201. Office of the Lamp Warden"); an acronym in the
page title that the page defines ("Offices Within FWS"); the subject of the introduction
when it is defined with an acronym ("Technology Transformation Services (TTS) consists of
..."); when the page title
is itself a unit ("Management is responsible for ... of the Department"), the first
department or agency the page names; finally the title itself (or the body the first of
two title lines names, over a second the page never writes again).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.acronyms import AcronymDefinition, is_acronym
from pipeline.extract.alignment import initials_match
from pipeline.extract.names import ends_with, name_tokens, title_case, without_acronyms
from pipeline.extract.root.agency_phrases import (
    agency_name_start,
    agency_phrase,
    agency_series_end,
    owner_of_part_phrase,
)
from pipeline.extract.root.body_above_root import (
    agency_the_position_heads,
    body_the_unit_serves,
    names_position,
    opening_subject_unit_of_body,
    post_opening_intro,
    sections_are_offices,
    unit_under_label_title,
)
from pipeline.extract.root.code_sections import code_section_unit
from pipeline.extract.root.common import Root, from_definition, names_agency
from pipeline.extract.root.corrections import (
    acronym_with_body_noun,
    root_name_without_dropped_word,
    root_possessive,
    root_title_topic_words,
    title_acronym_with_name,
)
from pipeline.extract.root.first_line import (
    caption_body,
    first_line_root,
    names_no_body,
    no_name_title,
    opening_agency_name,
)
from pipeline.extract.root.intro_subjects import (
    acronym_owner,
    intro_structure_owner,
    intro_subject_under_label,
    opening_acronym,
    opening_subject_over_agency_phrase,
)
from pipeline.extract.root.listed_parts import listed_part, opens_listed_item
from pipeline.extract.root.listing_titles import (
    listed_departments_jurisdiction,
    names_units_in_plural,
    one_of_listed_units,
)
from pipeline.extract.root.referred_bodies import (
    names_aspect_only,
    names_document_reference,
    names_subject_in_full,
    names_topic_only,
    referred_body,
    referred_first,
    referred_subject,
)
from pipeline.extract.root.titles import (
    first_title_line_body,
    manual_part,
    title_acronym_used,
    title_agency,
    title_subject_over_agency_phrase,
    title_unit_name,
)
from pipeline.rules import enabled, register
from pipeline.text.sections import PageLayout, is_section_label


def title_is_unit(page: PageLayout) -> bool:
    """Whether the page title names a unit that the introduction goes on to describe.

    The introduction opens with the title ("Management is responsible ..."), with a longer
    name ending in it, perhaps after its owner ("Treasury's Office of International Affairs
    protects ..."), or with the title's acronym ("TFI serves as ...").
    """
    if page.title is None or not page.intro:
        return False
    title = without_acronyms(page.title.text)
    tokens = name_tokens(title)
    first = page.intro[0]
    start, end = page.sentences(first.start, first.end)[0]
    opening = re.sub(r"^(?:The|the)\s+", "", page.text[start:end])
    if tokens and name_tokens(opening)[: len(tokens)] == tokens:
        return True
    phrases = [p for p in page.phrases(start, end) if p.start <= start + 40]
    if phrases and phrases[0].text.endswith(("'s", "’s")) and len(phrases) > 1:
        phrases = phrases[1:]
    if not phrases:
        return False
    subject = phrases[0].text.removesuffix("'s").removesuffix("’s")
    return ends_with(subject, title) or (is_acronym(subject) and initials_match(subject, title))


def _without_nation(tokens: list[str]) -> list[str]:
    """A name's words without a leading "U.S." or "United States" ("U.S. Marshals Service"
    and "United States Marshals Service" are one name)."""
    if tokens[:2] == ["united", "states"]:
        return tokens[2:]
    return tokens[1:] if tokens[:1] == ["us"] else tokens


def _by_name(page: PageLayout, name: str, definitions: list[AcronymDefinition]) -> Root | None:
    tokens = _without_nation(name_tokens(name))
    for definition in definitions:
        if _without_nation(name_tokens(definition.expansion)) == tokens:
            return from_definition(definition, title_is_unit(page), "root_from_metadata")
    found = re.search(re.escape(name), page.text, re.IGNORECASE)
    if found:
        return Root(name, None, found.start(), found.end(), title_is_unit(page))
    return None


register(
    "root_from_metadata",
    "root",
    """The agency that the source's metadata names (``sources.json``), where the page names
    it, with the acronym the page defines for it.""",
)
register(
    "root_from_title_acronym",
    "root",
    """An acronym in the page title that the page defines ("Offices Within FWS") names the
    agency.""",
)


register(
    "root_from_intro_subject",
    "root",
    """The subject of the introduction, defined with an acronym at its start ("Lamp Wick
    Service (LWS) consists of ..."), is the agency.""",
)
register(
    "root_from_intro_agency",
    "root",
    """The first name in the introduction that is defined with an acronym and worded like an
    agency ("... Service", "Department of ...") is the agency.""",
)
register(
    "root_from_title",
    "root",
    """Failing everything else, the page title names the agency.""",
)


def infer_root(
    page: PageLayout, definitions: list[AcronymDefinition], agency: str | None = None
) -> Root:
    """The root unit of the page: the first root strategy that applies; a position found so
    stands under the agency its first sentence names (``position_heads_agency``)."""
    root = root_name_without_dropped_word(
        page,
        root_possessive(
            root_title_topic_words(
                acronym_with_body_noun(
                    page,
                    title_acronym_with_name(page, _root_past_title(page, definitions, agency)),
                )
            )
        ),
    )
    if enabled("position_heads_agency") and names_position(root.name):
        agency_root = agency_the_position_heads(page, root, definitions)
        if agency_root is not None:
            return agency_root
    post = post_opening_intro(page, root)
    if post is not None:
        agency_root = agency_the_position_heads(page, post, definitions)
        if agency_root is not None:
            # the office heads the page's sections, unless they are offices beside it (the
            # title is then the first of them)
            beside = sections_are_offices(page, root)
            return replace(agency_root, head=None if beside else root)
    if enabled("unit_of_agency") and root.found_by not in (
        "root_from_metadata",
        "root_from_code_section_unit",  # the section's unit, under the code's body
    ):
        body = body_the_unit_serves(page, root, definitions)
        if body is not None:
            return unit_under_label_title(page, body) or body
    holder = opening_subject_unit_of_body(page, root, definitions)
    if holder is not None:
        return unit_under_label_title(page, holder) or holder
    return root


def _root_past_title(
    page: PageLayout, definitions: list[AcronymDefinition], agency: str | None
) -> Root:
    """The root the strategies find, read past a title that is no name when the title itself
    was their last resort (``root_past_no_name_title``)."""
    found = _infer_root(page, definitions, agency)
    title = page.title
    if found.found_by != "root_from_title" or title is None or not no_name_title(title.text):
        return found
    body = caption_body(title.text)
    if body is not None:
        start, end = title.start + body[0], title.start + body[1]
        return Root(page.text[start:end], None, start, end, False, "root_past_no_name_title")
    past = _infer_root(page.without_title_line(title), definitions, agency)
    if (
        not past.name
        or past.found_by == "root_from_first_line"  # a line's words cut short: no name either
        or (title.start <= past.start and past.end <= title.end)
    ):
        return found  # nothing read past the line but the line
    return replace(past, found_by="root_past_no_name_title")


def _infer_root(
    page: PageLayout, definitions: list[AcronymDefinition], agency: str | None = None
) -> Root:
    by_acronym = {definition.acronym: definition for definition in definitions}
    is_unit = title_is_unit(page)
    if agency and enabled("root_from_metadata"):
        found = _by_name(page, agency, definitions)
        if found:
            return replace(found, found_by="root_from_metadata")
    if enabled("root_from_code_section_unit"):
        section_unit = code_section_unit(page, definitions)
        if section_unit is not None:
            return section_unit
    if enabled("root_from_title_acronym"):
        for line in reversed(page.title_lines):
            for token in re.findall(r"[\w/&.-]+", line.text):
                if is_acronym(token) and token in by_acronym:
                    return from_definition(by_acronym[token], is_unit, "root_from_title_acronym")
    if enabled("root_from_manual_part"):
        part = manual_part(page, definitions)
        if part is not None:
            return part
    if enabled("root_from_title_agency") and page.title is not None:
        named = title_agency(page, definitions)
        if named is not None:
            return named
    if enabled("root_from_title_acronym_used"):
        used = title_acronym_used(page)
        if used is not None:
            return used
    if page.intro and not is_unit and enabled("root_from_intro_subject"):
        first = page.sentences(page.intro[0].start, page.intro[0].end)[0]
        intro_at = page.blocks.index(page.intro[0]) if page.intro[0] in page.blocks else -1
        for definition in definitions:
            if first[0] <= definition.expansion_start <= first[0] + 4:
                if intro_at >= 0 and opens_listed_item(page, intro_at, definition.expansion_start):
                    break  # "The Wick Office (WO) ...", then "The Glass Office (GO) ...": a part
                return from_definition(definition, is_unit, "root_from_intro_subject")
    opening = None if is_unit else opening_acronym(page, by_acronym)
    if opening is not None:
        return opening
    intro_end = page.intro[-1].end if page.intro else 0
    if enabled("root_from_intro_agency"):
        for definition in definitions:
            if definition.expansion_start < intro_end and names_agency(definition.expansion):
                at = page.block_index_before(definition.expansion_start)
                if at >= 0 and (
                    listed_part(page, at, definition.expansion_start, definition.expansion_end)
                    or opens_listed_item(page, at, definition.expansion_start)
                ):
                    continue
                return from_definition(definition, is_unit, "root_from_intro_agency")
    match, listed = agency_phrase(page) if enabled("root_from_agency_phrase") else (None, False)
    if match or listed:
        # a department the page lists, one the agency phrase passed over as such too
        jurisdiction = listed_departments_jurisdiction(page)
        if jurisdiction is not None:
            return jurisdiction
    subject = referred_subject(page)
    if match and page.title is not None and is_section_label(page.title.text):
        referred = referred_first(page, match.start())
        if referred is not None:
            return referred
    if match and page.title is not None and enabled("root_from_title_unit"):
        named = title_unit_name(page)
        if named is not None:
            return named
    if match:
        end = agency_series_end(page.text, match.end())
        subject_title = title_subject_over_agency_phrase(page, match.start(), end, definitions)
        if subject_title is not None:
            return subject_title
        owner = owner_of_part_phrase(page, match.start(), end, is_unit)
        if owner is not None:
            return owner
        leading = None if is_unit else opening_subject_over_agency_phrase(page, match.start())
        if leading is not None:
            return leading
        start = agency_name_start(page, match.start(), end)
        return Root(
            page.text[start:end],
            None,
            start,
            end,
            is_unit,
            "root_from_agency_phrase",
        )
    if agency:
        title = page.title
        start, end = (title.start, title.end) if title else (0, 0)
        return Root(agency, None, start, end, False, "root_from_metadata")
    owner = acronym_owner(page) if enabled("root_from_acronym_owner") else None
    if owner is not None and (page.title is None or is_section_label(page.title.text)):
        return owner
    if page.title is not None and is_section_label(page.title.text):
        subject = intro_subject_under_label(page)
        if subject is not None:
            return subject
        referred = referred_body(page)
        if referred is not None:
            return referred
    if page.title is not None and (
        names_topic_only(page.title.text) or names_document_reference(page.title.text)
    ):
        referred = referred_body(page)
        if referred is not None:
            return referred
    if page.title is not None and names_aspect_only(page.title.text, page.text[page.title.end :]):
        # read as under a section label: the body the introduction opens with, named in
        # full, else the one the page refers to by its noun alone
        for read in (intro_subject_under_label, referred_body):
            found = read(page)
            if found is not None:
                return replace(found, found_by="root_referred_body_aspect_title")
    if page.title is not None and (
        is_section_label(page.title.text) or names_topic_only(page.title.text)
    ):
        owner_of_structure = intro_structure_owner(page)
        if owner_of_structure is not None:
            return owner_of_structure
    if page.title is not None and names_units_in_plural(page.title.text):
        # the subject of an introduction under the title; a paragraph under the first
        # heading opens the first of the units the title names
        readers = (intro_subject_under_label,) if page.intro else ()
        for read in (*readers, intro_structure_owner):
            found = read(page)
            if found is None:
                continue
            # the subject's sentence, which may say it owns the units the title names
            sentence = page.sentence_at(found.start)
            said = page.text[found.start : sentence[1] if sentence else found.end]
            if not one_of_listed_units(found.name, page.title.text, said):
                return found
    if (
        page.title is not None
        and names_no_body(page.title.text)
        and not re.search(
            r"(?<!\w)" + re.escape(page.title.text.strip()) + r"(?!\w)",
            page.text[page.title.end :],
        )
    ):
        # a title the page names again ("Lamp Works" over "The Lamp Works keeps ...") is
        # the body's own name
        named = opening_agency_name(page)
        if named is not None:
            return named
    if page.title is not None:
        if subject is not None and not names_subject_in_full(page.title.text, subject.name):
            return subject  # "The Library is governed ..." under "Lamp Keeping"
        if enabled("root_from_first_title_line"):
            first_line = first_title_line_body(page)
            if first_line is not None:
                return first_line
        title = page.title
        name = title_case(without_acronyms(title.text))
        return Root(name, None, title.start, title.end, False, "root_from_title")
    if owner is not None:
        return owner
    return first_line_root(page)
