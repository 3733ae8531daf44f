"""A table is one declaration: a toy table registered here (a model, a record type and one
``TableSpec``) gets its Dagster asset and blocking check, and is published in every format,
in the data package, the schemas, SQLite (with its key and search index), the data
dictionary and ``ice-offices schema``, with no other file changed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pandera.pandas as pa
import pytest
from click.testing import CliRunner
from corruptions import RAW
from pandera.typing import Series

from pipeline.cli import main
from pipeline.definitions import build_definitions
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.runs import execute_build
from pipeline.docs.dictionary import data_dictionary
from pipeline.publish.publisher import read_published
from pipeline.publish.verify import verify_folder
from pipeline.tables.models import SOURCE_ID_PATTERN, ForeignKey, anchored
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import (
    TABLES,
    DiffRules,
    TableSpec,
    dependency_order,
    register,
    table_spec,
    unregister,
)
from pipeline.tables.views import Lookup, View

ROOT = Path(__file__).resolve().parents[1]
TOY = "page_words"


@dataclass(frozen=True)
class PageWords:
    source_id: str
    n_words: int
    first_word: str


class PageWordsModel(pa.DataFrameModel):
    """One row per source page with how many words its text has (a toy table)."""

    source_id: Series[str] = pa.Field(
        str_matches=anchored(SOURCE_ID_PATTERN), description="The page (a key of `sources`)."
    )
    n_words: Series[int] = pa.Field(ge=1, description="Words in the page's text.")
    first_word: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="The first word of the page."
    )

    class Config:
        name = TOY
        strict = True
        ordered = True


def page_words(pages: ExtractedPages) -> list[PageWords]:
    return [PageWords(s.source_id, len(s.text.split()), s.text.split()[0]) for s in pages.sources]


@pytest.fixture
def toy_table() -> Iterator[TableSpec]:
    spec = register(
        TableSpec(
            name=TOY,
            model=PageWordsModel,
            record=PageWords,
            rows=page_words,
            primary_key=("source_id",),
            sort_key=("source_id",),
            foreign_keys=(ForeignKey(TOY, ("source_id",), "sources", ("source_id",)),),
            search_columns=("first_word",),
            label_column="first_word",
            diff=DiffRules(compared=("n_words", "first_word")),
            views=(
                View(
                    f"{TOY}_with_titles",
                    "Each page's word count with the page's title.",
                    (
                        "source_id",
                        Lookup("title", "source_id", "title", "Title of the counted page."),
                        "n_words",
                    ),
                ),
            ),
        )
    )
    try:
        yield spec
    finally:
        unregister(TOY)


def test_a_registered_table_is_built_checked_and_published_everywhere(
    toy_table: TableSpec, tmp_path: Path
) -> None:
    definitions = build_definitions()
    toy = definitions.resolve_assets_def(TOY)
    own = [c for c in toy.check_specs if c.asset_key == dg.AssetKey(TOY)]
    assert [(c.name, c.blocking) for c in own] == [("valid", True)]
    graph = definitions.resolve_asset_graph()
    parents = graph.get(dg.AssetKey(TOY)).parent_keys
    assert {k.to_user_string() for k in parents} == {"corrected_pages", "sources"}
    assert dg.AssetKey(TOY) in graph.get(dg.AssetKey("published_dataset")).parent_keys

    out = tmp_path / "out"
    with dg.DagsterInstance.ephemeral() as instance:
        result = execute_build(
            instance, DatasetPaths(raw_dir=str(RAW), out_dir=str(out)), definitions=definitions
        )
    assert result.success
    checks = {c.asset_key.to_user_string(): c.passed for c in result.get_asset_check_evaluations()}
    assert checks[TOY] is True

    # Every format, read back the same, with the rows the spec draws from the pages.
    for fmt in ("csv", "parquet", "json"):
        assert (out / f"{TOY}.{fmt}").is_file()
    frames = read_published(out)
    sources = frames["sources"]
    assert list(frames[TOY]["source_id"]) == list(sources["source_id"])
    assert list(frames[TOY]["n_words"]) == [len(t.split()) for t in sources["text"]]

    # The data package, its schema copies and checksums, as ``validate`` checks them.
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert resources[TOY]["schema"] == f"schemas/{TOY}.schema.json"
    assert resources[TOY]["rows"] == len(sources)
    assert {f"{TOY}-parquet", f"{TOY}-json"} <= set(resources)
    schema = json.loads((out / "schemas" / f"{TOY}.schema.json").read_text(encoding="utf-8"))
    assert [f["name"] for f in schema["fields"]] == ["source_id", "n_words", "first_word"]
    assert schema["foreignKeys"] == [
        {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}}
    ]
    assert f"{TOY}.csv" in (out / "SHA256SUMS").read_text(encoding="utf-8")
    check = verify_folder(out)
    assert check.problems == [], check.problems

    # SQLite: the table with its keys, a search index, and its description for Datasette.
    with closing(sqlite3.connect(out / "ice_offices.sqlite")) as db:
        assert db.execute(f"SELECT count(*) FROM {TOY}").fetchone() == (len(sources),)
        assert db.execute(f"PRAGMA foreign_key_list({TOY})").fetchall()[0][2] == "sources"
        first = frames[TOY]["first_word"].iloc[0]
        hits = db.execute(f"SELECT count(*) FROM {TOY}_fts WHERE {TOY}_fts MATCH ?", [first])
        assert hits.fetchone()[0] >= 1
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"]["ice_offices"]["tables"][TOY]
    assert described["description"] == toy_table.description
    # Its view, joined through its key to sources; a looked-up column says what it is here.
    with closing(sqlite3.connect(out / "ice_offices.sqlite")) as db:
        rows = db.execute(f"SELECT * FROM {TOY}_with_titles").fetchall()
    assert rows == [
        (s, t if isinstance(t, str) else None, len(x.split()))
        for s, t, x in zip(sources["source_id"], sources["title"], sources["text"], strict=True)
    ]
    assert metadata["databases"]["ice_offices"]["tables"][f"{TOY}_with_titles"] == {
        "description": "Each page's word count with the page's title.",
        "columns": {
            "source_id": "The page (a key of `sources`).",
            "title": "Title of the counted page.",
            "n_words": "Words in the page's text.",
        },
    }

    # The tables that were there before are the same bytes as the committed release.
    for name in ("sources.csv", "offices.csv", "acronyms.csv", "programs.csv"):
        assert (out / name).read_bytes() == (ROOT / "outputs" / name).read_bytes()

    # The command line and the data dictionary know it.
    printed = CliRunner().invoke(main, ["schema", TOY])
    assert printed.exit_code == 0, printed.output
    assert "n_words" in printed.output and "primary key: source_id" in printed.output
    assert f"### `{TOY}`" in data_dictionary()


def test_unregistering_leaves_the_published_tables() -> None:
    assert list(TABLES) == ["sources", "offices", "acronyms", "programs", "corrections"]
    with pytest.raises(KeyError, match=TOY):
        table_spec(TOY)


def test_a_spec_naming_a_column_its_model_lacks_is_refused() -> None:
    spec = TableSpec(
        name=TOY,
        model=PageWordsModel,
        record=PageWords,
        rows=page_words,
        primary_key=("page_id",),
        sort_key=("source_id",),
    )
    with pytest.raises(ValueError, match=r"primary key not in its model: \['page_id'\]"):
        register(spec)
    assert TOY not in TABLES


def test_a_foreign_key_to_a_table_never_registered_is_named_when_the_graph_is_built() -> None:
    """A key may point at a table registered later (``correction_id`` at ``corrections``),
    so the target is checked once the tables are put in order (and the assets built)."""
    register(
        TableSpec(
            name=TOY,
            model=PageWordsModel,
            record=PageWords,
            rows=page_words,
            primary_key=("source_id",),
            sort_key=("source_id",),
            foreign_keys=(ForeignKey(TOY, ("source_id",), "pages", ("source_id",)),),
        )
    )
    try:
        with pytest.raises(KeyError, match="no table 'pages'"):
            dependency_order()
        with pytest.raises(KeyError, match="no table 'pages'"):
            build_definitions()
    finally:
        unregister(TOY)


class PageWordsAgainModel(PageWordsModel):
    """The toy table once more, under another name."""

    class Config:
        name = f"{TOY}_again"
        strict = True
        ordered = True


def test_foreign_keys_that_make_a_cycle_are_refused() -> None:
    again = f"{TOY}_again"
    register(
        TableSpec(
            name=TOY,
            model=PageWordsModel,
            record=PageWords,
            rows=page_words,
            primary_key=("source_id",),
            sort_key=("source_id",),
            foreign_keys=(ForeignKey(TOY, ("source_id",), again, ("source_id",)),),
        )
    )
    try:
        with pytest.raises(ValueError, match=f"cycle: {again} -> {TOY} -> {again}"):
            register(
                TableSpec(
                    name=again,
                    model=PageWordsAgainModel,
                    record=PageWords,
                    rows=page_words,
                    primary_key=("source_id",),
                    sort_key=("source_id",),
                    foreign_keys=(ForeignKey(again, ("source_id",), TOY, ("source_id",)),),
                )
            )
        assert again not in TABLES
    finally:
        unregister(TOY)


def test_tables_are_built_after_the_tables_they_refer_to() -> None:
    order = dependency_order()
    assert order == ("sources", "corrections", "offices", "acronyms", "programs")
    for name in order:
        assert all(order.index(t) < order.index(name) for t in table_spec(name).upstream)


def test_a_view_looking_through_a_column_that_is_no_foreign_key_is_refused() -> None:
    spec = TableSpec(
        name=TOY,
        model=PageWordsModel,
        record=PageWords,
        rows=page_words,
        primary_key=("source_id",),
        sort_key=("source_id",),
        views=(View(f"{TOY}_view", "A view.", (Lookup("x", "n_words", "title", "X."),)),),
    )
    with pytest.raises(
        ValueError, match=r"view 'page_words_view': no foreign key on \['n_words'\]"
    ):
        register(spec)
    assert TOY not in TABLES
