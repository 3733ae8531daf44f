"""``ice-offices show``: the org tree of a published folder, in the terminal.

One tree per source page: each office with its acronym and kind, its programs under it (and
sub-programs under those). Read from the first format the folder holds, like ``diff``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
import pandas as pd

from pipeline.commands.console import info
from pipeline.commands.exit_codes import ExitCode, fail
from pipeline.commands.published_folder import max_bytes_option, read_folder
from pipeline.publish.org_chart import PROGRAM_UNIT, label, tree_rows
from pipeline.tables.registry import specs

UNICODE = ("├── ", "└── ", "│   ", "    ")
ASCII = ("|-- ", "`-- ", "|   ", "    ")
PROGRAM = "program: "


@dataclass
class Node:
    text: str
    children: list[Node] = field(default_factory=list)


@click.command(short_help="Print the org tree of a published folder.")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("outputs"))
@click.option("--source", "source_id", default=None, help="Show only this source page (its id).")
@click.option("--no-programs", is_flag=True, help="Show offices only.")
@click.option(
    "--ascii",
    "plain",
    is_flag=True,
    help="Draw the tree with ASCII characters (the default when the terminal is not UTF-8).",
)
@max_bytes_option
def show(
    folder: Path, source_id: str | None, no_programs: bool, plain: bool, max_bytes: int
) -> None:
    """Print the org tree of the dataset in FOLDER (default: outputs): offices with their
    acronyms and kinds, and the programs each runs.

    \b
    Examples:
      ice-offices show
      ice-offices show outputs --source offices_within_ice --no-programs
      ice-offices show --ascii > org_tree.txt
    """
    frames = read_folder(folder, max_bytes)
    sources = frames["sources"]
    known = list(sources["source_id"])
    if source_id is not None and source_id not in known:
        fail(f"{folder}: no source {source_id!r} (sources: {', '.join(known)})", ExitCode.BAD_INPUT)
    glyphs = ASCII if plain or not _utf8(sys.stdout) else UNICODE
    shown = 0
    for source in sources.to_dict("records"):
        if source_id is not None and source["source_id"] != source_id:
            continue
        if shown:
            click.echo()  # a blank line between two trees, never before the first
        shown += 1
        programs = None if no_programs else frames["programs"]
        title = source["title"] if isinstance(source["title"], str) else source["source_id"]
        click.echo(click.style(f"{title} ({source['source_id']})", bold=True, underline=True))
        click.echo(click.style(source_line(source), dim=True))
        offices = frames["offices"][frames["offices"]["source_id"] == source["source_id"]]
        if programs is not None:
            programs = programs[programs["source_id"] == source["source_id"]]
        for root in office_trees(offices, programs):
            for line in render(root, glyphs):
                click.echo(line)
    counts = {spec.name: len(frames[spec.name]) for spec in specs() if spec.evidenced}
    if source_id is not None:
        counts = {t: int((frames[t]["source_id"] == source_id).sum()) for t in counts}
    info(", ".join(f"{n} {t}" for t, n in counts.items()), dim=True)


def source_line(source: dict) -> str:
    """When and where the page is from: its as-of date and URLs."""
    as_of = source.get("as_of")
    when = f"as of {as_of}" if isinstance(as_of, str) else "date unknown"
    urls = [u for u in (source.get("url"), source.get("archive_url")) if isinstance(u, str)]
    if len(urls) == 2:
        return f"{when}: {urls[0]} (archived at {urls[1]})"
    return f"{when}: {urls[0]}" if urls else when


def office_trees(offices: pd.DataFrame, programs: pd.DataFrame | None) -> list[Node]:
    """The offices as trees (one per root), each office's programs as its first children."""
    program_nodes = _program_nodes(offices, programs) if programs is not None else {}
    roots: list[Node] = []
    stack: list[Node] = []
    for row, depth in tree_rows(offices):
        node = Node(_office_text(row), program_nodes.get(row["office_id"], []))
        del stack[depth:]
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    orphans = program_nodes.get(None, [])
    if orphans and roots:
        roots[0].children.append(Node(click.style("programs with no office", dim=True), orphans))
    return roots


def _program_nodes(offices: pd.DataFrame, programs: pd.DataFrame) -> dict[str | None, list[Node]]:
    """Top-level program trees keyed by the office that runs them (None: no known office)."""
    rows = programs.to_dict("records")
    offices_known = set(offices["office_id"])
    units = program_units(offices, programs)
    nodes = {row["program_id"]: Node(_program_text(row)) for row in rows}
    by_office: dict[str | None, list[Node]] = {}
    for row in rows:
        parent = row["parent_program_id"]
        if isinstance(parent, str) and parent in nodes and parent != row["program_id"]:
            nodes[parent].children.append(nodes[row["program_id"]])
            continue
        office = row["office_id"] if row["office_id"] in offices_known else None
        by_office.setdefault(office, []).append(nodes[row["program_id"]])
    for program_id, office in units.items():
        # The unit's own line already shows the program: list its parts, not itself again.
        siblings = by_office[office]
        at = next(i for i, node in enumerate(siblings) if node is nodes[program_id])
        siblings[at : at + 1] = nodes[program_id].children
    return by_office


def program_units(offices: pd.DataFrame, programs: pd.DataFrame) -> dict[str, str]:
    """Programs that are the very unit they are run by (a program-type office of the same
    name), as ``{program_id: office_id}``."""
    units = {
        row["office_id"]: row["name"].casefold()
        for row in offices.to_dict("records")
        if row["unit_type"] == PROGRAM_UNIT
    }
    return {
        row["program_id"]: row["office_id"]
        for row in programs.to_dict("records")
        if not isinstance(row["parent_program_id"], str)
        and units.get(row["office_id"]) == row["name"].casefold()
    }


def render(node: Node, glyphs: tuple[str, ...] = UNICODE) -> list[str]:
    """``node`` and its descendants as lines of a tree drawn with ``glyphs``."""
    return [node.text, *_branches(node, glyphs, "")]


def _branches(node: Node, glyphs: tuple[str, ...], prefix: str) -> list[str]:
    branch, last, pipe, blank = glyphs
    lines = []
    for index, child in enumerate(node.children):
        final = index == len(node.children) - 1
        lines.append(prefix + (last if final else branch) + child.text)
        lines.extend(_branches(child, glyphs, prefix + (blank if final else pipe)))
    return lines


def _office_text(row: dict) -> str:
    return f"{click.style(label(row), bold=True)}  {click.style(row['unit_type'], dim=True)}"


def _program_text(row: dict) -> str:
    name = row["name"]
    acronym = row["acronym"]
    if isinstance(acronym, str) and acronym not in name.replace("(", " ").replace(")", " ").split():
        name = f"{name} ({acronym})"
    return f"{click.style(PROGRAM, dim=True)}{click.style(name, fg='green')}"


def _utf8(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or ""
    return encoding.lower().replace("-", "") == "utf8"
