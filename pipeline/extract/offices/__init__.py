"""The unit finders of a page: which of its headings, list items and sentences name
organizational units, and where each unit hangs.

``extract_units`` (in ``builder``) runs every finder over the parsed page and keeps the tree;
the rules it runs are grouped by role and family, one module a family:

- ``builder``: ``extract_units`` and the builder that walks the section tree, adds the units
  the finders return and places them.
- ``common``: helpers several families share (``UnitIndex``, ``unit_named``, ``unit_key``,
  ``unit_type``, ``sentence_at``, the counts and unit nouns their patterns read).
- Units in headings and sections: ``section_units`` (a section's heading, a page title that
  names a unit), ``heading_runs`` (runs of bare headings, a structure section).
- Units in prose: ``prose_units`` (a sentence's subject, acting units, series of posts),
  ``renamings_and_partners`` (renamed units, partners, bodies dealt with and bosses
  named in passing),
  ``joined_names`` (two units joined by "and", a unit's head as its subject, a found
  unit's name that is two names: "A and the B Unit"),
  ``paragraph_subjects`` (the subjects of a unit's paragraphs, peers), ``names_in_text``
  (last-resort names in the text, acronyms inside names).
- Series and enumerations: ``shared_noun_series`` ("the Lamp, Wick and Glass Divisions",
  compass series, "the divisions of A, B and C"), ``semicolon_series``, ``composition_lists``
  ("consists of A, B and C", "such as", "units including", "has several units including A,
  B", "made up of Sub-Units namely; A, B",
  "The four districts are A District in X, ...", the other names of a series two of whose
  names are units found: ``series_of_found_peers``; the other items of a list run more than
  half of whose items are units found: ``list_run_of_found_peers``),
  ``governed_lists`` (names after verbs of leading and oversight, units a passive verb of
  work names), ``placed_series``
  ("Under the Warden are A and B").
- Counted parts: ``counted_parts`` ("three divisions: ..."), ``own_parts`` (the parts a
  unit's own section names), ``section_enumerations`` (a section's enumeration of its unit's
  or the agency's parts).
- Positions and leadership: ``positions`` (posts, heads, governing boards, presiding
  officers, assistants).
- Filters: ``heading_filters`` (topics, report captions, group headings),
  ``contact_and_staff_filters`` (contact blocks, staff and person lines, names marked
  elsewhere), ``name_filters`` (``plural_nouns_only``, ``duty_worded_name``, abolished
  units, ...).
- Parents read from prose: ``parents_within`` (housed within, placed within, known as),
  ``parents_composition`` (composition subjects, fields, nested and parenthesized parts),
  ``parents_falls_under`` (falls under, an opening phrase's host, lead-ins that report to),
  ``parents_lead_ins`` (lead-ins that refer back).
- Tables: ``table_columns`` (a column of unit names).
"""

from pipeline.extract.offices.builder import extract_units

__all__ = ["extract_units"]
