"""Group a page's blocks into title lines, an introduction and a tree of sections.

The tree comes from layout: a heading followed directly by another heading opens a group (on
offices pages: a leadership position or directorate), and the headings after it are its
members until the next group opens. In a run of headings, only the first and those worded
like it (a position like a position) open groups: "Deputy Director for Programs", "Office of
Grants", "Office of Loans", "Deputy Director for Support" holds two groups of offices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.text.blocks import FOOTER, HEADING, Block, classify
from pipeline.text.vocabulary import (
    CONNECTORS,
    CONTACT_WORDS,
    POSITION_WORDS,
    PRONOUNS,
    SECTION_WORDS,
    UNIT_NOUNS,
)

MAX_TITLE_LINES = 2


def is_section_label(heading: str) -> bool:
    """Generic page-section headings ("Our Mission", "What We Do", "Contact Information")."""
    tokens = re.findall(r"[a-z]+", heading.lower())
    content = [t for t in tokens if t not in CONNECTORS]
    return bool(set(tokens) & PRONOUNS) or (bool(content) and set(content) <= SECTION_WORDS)


def _names_position(heading: str) -> bool:
    """Whether a heading names a leadership position rather than a unit or a topic."""
    tokens = set(re.findall(r"[a-z]+", heading.lower()))
    return bool(tokens & POSITION_WORDS) and not tokens & UNIT_NOUNS


def is_contact_label(heading: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", heading.lower())) & CONTACT_WORDS)


@dataclass
class Section:
    """A heading and the blocks under it; a group section holds member sections instead."""

    heading: Block
    body: list[Block] = field(default_factory=list)
    members: list[Section] = field(default_factory=list)
    group: Section | None = None

    @property
    def is_group(self) -> bool:
        return not self.body and bool(self.members)

    @property
    def is_label(self) -> bool:
        """A generic page section ("Our Mission"), not a unit."""
        return is_section_label(self.heading.text)

    @property
    def is_contact(self) -> bool:
        return is_contact_label(self.heading.text)

    @property
    def end(self) -> int:
        last = self.body[-1] if self.body else self.heading
        return max([last.end, *(member.end for member in self.members)])


@dataclass
class PageLayout:
    """A page read as title lines, an introduction and sections."""

    text: str
    blocks: list[Block]
    title_lines: list[Block]
    intro: list[Block]
    sections: list[Section]

    @property
    def title(self) -> Block | None:
        """The last title line that names something, not a generic section label."""
        named = [line for line in self.title_lines if not is_section_label(line.text)]
        if named:
            return named[-1]
        return self.title_lines[0] if self.title_lines else None

    def walk(self) -> list[Section]:
        """Every section, groups before their members, in document order."""
        out: list[Section] = []
        for section in self.sections:
            out.append(section)
            out.extend(section.members)
        return out


def _split_title(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    leading = 0
    while leading < len(blocks) and blocks[leading].kind == HEADING:
        leading += 1
    if leading == len(blocks):
        return blocks[:1], blocks[1:]
    n_title = leading if leading <= MAX_TITLE_LINES else 1
    return blocks[:n_title], blocks[n_title:]


def layout(text: str, hints: dict[int, str] | None = None) -> PageLayout:
    """Read the structure of a page from its text (and a structured source's hints)."""
    blocks = [block for block in classify(text, hints) if block.kind != FOOTER]
    title_lines, rest = _split_title(blocks)
    intro: list[Block] = []
    sections: list[Section] = []
    group: Section | None = None
    current: Section | None = None
    run_head: Block | None = None
    for index, block in enumerate(rest):
        previous = rest[index - 1] if index else None
        if block.kind == HEADING and (previous is None or previous.kind != HEADING):
            run_head = block
        if block.kind != HEADING:
            if current is None:
                intro.append(block)
            else:
                current.body.append(block)
            continue
        following = rest[index + 1] if index + 1 < len(rest) else None
        if (
            current is not None
            and current.is_contact
            and (following is None or following.kind == HEADING)
        ):
            current.body.append(block)
            continue
        opens_group = (
            following is not None
            and following.kind == HEADING
            and (
                block is run_head
                or (
                    run_head is not None
                    and _names_position(block.text) == _names_position(run_head.text)
                )
            )
        )
        if opens_group:
            group = Section(heading=block)
            sections.append(group)
            current = group
        elif group is not None:
            current = Section(heading=block, group=group)
            group.members.append(current)
        else:
            current = Section(heading=block)
            sections.append(current)
    return PageLayout(text, blocks, title_lines, intro, sections)
