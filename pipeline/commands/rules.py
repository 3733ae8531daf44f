"""``ice-offices rules``: the extraction rules, what kind of decision each takes and the
pattern of text it reads (the names the ``found_by`` and ``parent_by`` columns hold)."""

from __future__ import annotations

import json
import textwrap

import click

from pipeline.extract.page import registered_rules
from pipeline.rules import KINDS


@click.command(short_help="List the extraction rules (the names in found_by and parent_by).")
@click.argument("kinds", nargs=-1, type=click.Choice(KINDS))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per rule, for programs.")
def rules(kinds: tuple[str, ...], as_json: bool) -> None:
    """List the extraction rules of KINDS (default: all) with the pattern each reads.

    \b
    Examples:
      ice-offices rules
      ice-offices rules unit parent
      ice-offices rules --json
    """
    chosen = [r for r in registered_rules() if not kinds or r.kind in kinds]
    if as_json:
        click.echo(json.dumps([vars(r) for r in chosen], indent=2))
        return
    for r in chosen:
        click.echo(f"{r.name} ({r.kind})")
        click.echo(textwrap.fill(r.doc, width=88, initial_indent="  ", subsequent_indent="  "))
