"""The root agency of a page: the body it describes, read by root strategies tried in
order (``infer_root``), then corrected, and perhaps placed under the body above it.

The rules (kind ``root``; ``agency_name_before_noun`` and ``agency_series_name`` of kind
``name``) are grouped by family, one module a family:

- ``infer``: ``infer_root`` and the driver that tries the strategies in order, with the
  branches it reads itself (the source's metadata, a title's defined acronym, the
  introduction's defined subject or agency, the title as the last resort).
- ``common``: the ``Root`` record and what several families share (the agency phrase's
  pattern and nouns, the nouns a page refers to its body by, tests of a body's name, a page's
  topic and a title's words).
- Reading the title: ``titles`` (an agency it names, its acronym the page uses, a manual's
  part, a unit's full name, a body's name as the first of two title lines, a title the text
  writes as the subject of what a body does, over the agency phrase),
  ``listing_titles`` (titles that list departments, read as their city, county or state, or
  units in the plural).
- Reading the introduction: ``intro_subjects`` (its opening subject under a section label,
  the owner of the structure it describes, an acronym opening it, its first paragraph's
  subject over the agency phrase named after it), ``referred_bodies`` (the body it refers
  to as "the Board", also under a title naming an aspect of a body, for a first line or a
  title that is no name and for a title naming an agency's units).
- Reading an agency phrase: ``agency_phrases`` (the first "Department of ..." phrase, the
  phrases it passes over, where its name starts and ends), ``listed_parts`` (names worded as
  agencies that are parts the page lists, passed over).
- A page that shows one section of a code: ``code_sections`` (the unit the section's
  heading names, under the body the code's outline names).
- A page without a title: ``first_line`` (its first line, its opening sentence's subject,
  the first body its opening prose names, what the text after a first line of page
  furniture names, the subject of the opening prose under a first line that is a sentence;
  a title that is no name, a caption or a sentence, read past as if the page had no title).
- After a root is chosen: ``corrections`` (a title acronym's longer name or body noun, topic
  words, possessives, a word after the name the page drops where it names the body again),
  ``body_above_root`` (the agency a position heads, the body a unit belongs to).
"""

from pipeline.extract.root.agency_phrases import agency_name_from_noun
from pipeline.extract.root.body_above_root import UNIT_RANK
from pipeline.extract.root.common import AGENCY, PROGRAM_LISTING, Root
from pipeline.extract.root.infer import infer_root
from pipeline.extract.root.listing_titles import (
    listed_departments_jurisdiction,
    one_of_listed_units,
)
from pipeline.extract.root.referred_bodies import first_line_referred_body, owner_of_titled_units

__all__ = [
    "AGENCY",
    "PROGRAM_LISTING",
    "UNIT_RANK",
    "Root",
    "agency_name_from_noun",
    "first_line_referred_body",
    "infer_root",
    "listed_departments_jurisdiction",
    "one_of_listed_units",
    "owner_of_titled_units",
]
