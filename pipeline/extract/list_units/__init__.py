"""Units named by the items of a list: ``list_units`` (in ``builder``) reads each run of list
items and "Name: text" lines among a section's blocks, decides which rule says its items are
units, and nests them as the list nests them.

The rules are grouped by family, one module a family:

- ``builder``: ``list_units``, the loop that tries the finders on each list in order and
  makes its units, with the branch it reads itself (``capitalized_item_name``), the finder
  sets other modules read (``LIST_FINDERS``, ``ANNOUNCING_LIST_FINDERS``) and
  ``listed_type``.
- ``common``: what several families share (``ListContext``, ``is_capitalized_name``,
  ``post_head``, ``unit_worded``, ``last_sentence``, ``duty_words``: a gerund before the
  plural thing it acts on).
- ``list_runs``: where a list starts and ends in an outline (``outline_lead_in``, an item
  that leads into the items under it; ``announcing_item``, one that announces them).
- ``item_names``: the name an item gives (``item_name``: labels, codes, figures, stops
  after initials and abbreviations; ``name_before_clause``, ``headed_by_clause``,
  ``name_before_verb``; ``unit_noun_heads_item``).
- Finders by a lead-in: ``lead_ins`` ("Offices include:", "is composed of", "has three
  divisions", "The following ...", "They include:", in lower case too; the vocabulary of
  composition, division and counts that the offices package reads as well).
- Finders by the items or the heading: ``item_finders`` (items worded as units,
  "Label: text" lines and "Name – text" items, a table's column of units),
  ``headed_lists`` (a heading that names units, a list of a unit's parts under its heading
  or its item).
- ``filters``: items that name no unit (a bare modifier, a place and its region, a
  document's part, a pronoun that refers back, a unit found already, an addressee).
- ``parents``: where the items hang (``list_nesting``, ``inside_section``, a lead-in that
  names their unit or the agency, a subject that supervises them, a name a lead-in gives
  parts to: ``parts_name_their_whole``).
"""

from pipeline.extract.list_units.builder import (
    ANNOUNCING_LIST_FINDERS,
    LIST_FINDERS,
    list_units,
    listed_type,
)
from pipeline.extract.list_units.common import ListContext, is_capitalized_name, post_head
from pipeline.extract.list_units.filters import (
    TITLE_MODIFIERS,
    already_a_unit,
    document_part_label,
    numbered_part_title,
    place_and_region,
    refers_back,
    title_modifier_alone,
)
from pipeline.extract.list_units.headed_lists import HONORIFIC
from pipeline.extract.list_units.item_finders import dash_label, table_unit_column
from pipeline.extract.list_units.item_names import (
    ITEM_HEAD_TAIL,
    LETTERS_NAME,
    headed_by_clause,
    item_name,
    unit_noun_heads_item,
)
from pipeline.extract.list_units.lead_ins import (
    COMPOSED_PARTICIPLE,
    COUNTED_PLURAL,
    DESCRIBING_OPENERS,
    DIRECTION_NOUN,
    DIVIDED_INTO_VERB,
    DIVIDED_PARTICIPLES,
    DIVISION_PARTICIPLE,
    DIVISION_PIECES,
    DIVISION_VERB,
    FOLLOWING,
    HELD_COUNT,
    MADE_OF_VERB,
    OFFERING_NOUNS,
    OTHERS_COUNTED,
    OTHERS_VERB,
    SUBDIVIDED,
    following_lead_in,
    following_lower_case,
    held_parts_lead_in,
    lead_in_counts_units,
    listed_after_lead_in,
    plural_unit_noun,
    referring_lead_in,
    what_the_parts_do,
)
from pipeline.extract.list_units.list_runs import announcing_item
from pipeline.extract.list_units.parents import SUPERVISING_VERB, supervises_the_following

__all__ = [
    "ANNOUNCING_LIST_FINDERS",
    "COMPOSED_PARTICIPLE",
    "COUNTED_PLURAL",
    "DESCRIBING_OPENERS",
    "DIRECTION_NOUN",
    "DIVIDED_INTO_VERB",
    "DIVIDED_PARTICIPLES",
    "DIVISION_PARTICIPLE",
    "DIVISION_PIECES",
    "DIVISION_VERB",
    "FOLLOWING",
    "HELD_COUNT",
    "HONORIFIC",
    "ITEM_HEAD_TAIL",
    "LETTERS_NAME",
    "LIST_FINDERS",
    "MADE_OF_VERB",
    "OFFERING_NOUNS",
    "OTHERS_COUNTED",
    "OTHERS_VERB",
    "SUBDIVIDED",
    "SUPERVISING_VERB",
    "TITLE_MODIFIERS",
    "ListContext",
    "already_a_unit",
    "announcing_item",
    "dash_label",
    "document_part_label",
    "following_lead_in",
    "following_lower_case",
    "headed_by_clause",
    "held_parts_lead_in",
    "is_capitalized_name",
    "item_name",
    "lead_in_counts_units",
    "list_units",
    "listed_after_lead_in",
    "listed_type",
    "numbered_part_title",
    "place_and_region",
    "plural_unit_noun",
    "post_head",
    "referring_lead_in",
    "refers_back",
    "supervises_the_following",
    "table_unit_column",
    "title_modifier_alone",
    "unit_noun_heads_item",
    "what_the_parts_do",
]
