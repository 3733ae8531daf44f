"""The dataset's assets: raw pages in, validated tables, then one published folder.

Assets stay thin: loading, extraction, framing, validation and publishing live in their own
packages; here they are only wired together and described.
"""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipeline.defs.checks import run_validation_check, validation_check
from pipeline.defs.metadata import markdown_table, table_metadata
from pipeline.defs.resources import DatasetPaths
from pipeline.extract.page import extract_page
from pipeline.extract.records import PageExtraction
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish
from pipeline.sources.loading import load_sources
from pipeline.sources.records import Source
from pipeline.tables.frames import TABLES, to_frame
from pipeline.tables.validation import format_failures, validate_dataset

GROUP = "ice_offices"
TABLE_KINDS = {"python", "pandas"}


@dg.asset(
    group_name=GROUP,
    kinds={"python"},
    description="Every *.txt page of the raw folder, normalized, hashed and described.",
)
def source_pages(dataset_paths: DatasetPaths) -> dg.Output[list[Source]]:
    pages = load_sources(dataset_paths.raw_path)
    listing = pd.DataFrame(
        [(p.source_id, p.path, p.n_chars, p.sha256[:12], p.title) for p in pages],
        columns=["source_id", "path", "n_chars", "sha256", "title"],
    )
    return dg.Output(
        pages,
        metadata={
            "raw_dir": dg.MetadataValue.path(str(dataset_paths.raw_path)),
            "dagster/row_count": len(pages),
            "pages": dg.MetadataValue.md(markdown_table(listing, max_rows=len(listing))),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds={"python"},
    description="What the extractor found on each page: offices, acronyms and programs.",
)
def page_extractions(source_pages: list[Source]) -> dg.Output[list[PageExtraction]]:
    extractions = [extract_page(p.source_id, p.text, p.agency) for p in source_pages]
    return dg.Output(
        extractions,
        metadata={
            "offices": sum(len(e.offices) for e in extractions),
            "acronyms": sum(len(e.acronyms) for e in extractions),
            "programs": sum(len(e.programs) for e in extractions),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("sources")],
    description="One row per source page: where it came from, its digest and its size.",
)
def sources(source_pages: list[Source]):
    return _table_result("sources", to_frame("sources", source_pages), {})


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("offices")],
    description="One row per office or organizational unit, with its parent and evidence span.",
)
def offices(page_extractions: list[PageExtraction], sources: pd.DataFrame):
    records = [o for e in page_extractions for o in e.offices]
    return _table_result("offices", to_frame("offices", records), {"sources": sources})


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("acronyms")],
    description="One row per acronym the pages define, with its expansion and office.",
)
def acronyms(page_extractions: list[PageExtraction], sources: pd.DataFrame, offices: pd.DataFrame):
    records = [a for e in page_extractions for a in e.acronyms]
    frames = {"sources": sources, "offices": offices}
    return _table_result("acronyms", to_frame("acronyms", records), frames)


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("programs")],
    description="One row per named program or initiative, with the office that runs it.",
)
def programs(page_extractions: list[PageExtraction], sources: pd.DataFrame, offices: pd.DataFrame):
    records = [p for e in page_extractions for p in e.programs]
    frames = {"sources": sources, "offices": offices}
    return _table_result("programs", to_frame("programs", records), frames)


@dg.asset(
    group_name=GROUP,
    kinds={"csv", "parquet", "json"},
    description="The validated tables written atomically as CSV, Parquet and JSON.",
)
def published_dataset(
    dataset_paths: DatasetPaths,
    sources: pd.DataFrame,
    offices: pd.DataFrame,
    acronyms: pd.DataFrame,
    programs: pd.DataFrame,
) -> dg.MaterializeResult:
    """Validate the tables together first, so a cross-table failure fails here as invalid data
    (with the full report) rather than as a publishing error."""
    tables = {"sources": sources, "offices": offices, "acronyms": acronyms, "programs": programs}
    frames = {name: tables[name] for name in TABLES}
    results = validate_dataset(frames)
    if not all(r.ok for r in results):
        raise dg.Failure(description=format_failures(results))
    published = publish(
        frames, dataset_paths.out_path, extras=lambda folder: write_artifacts(frames, folder)
    )
    return dg.MaterializeResult(
        metadata={
            "out_dir": dg.MetadataValue.path(str(published.out_dir)),
            "files": dg.MetadataValue.json(published.sha256),
            "row_counts": dg.MetadataValue.json(published.row_counts),
        }
    )


def _table_result(
    table: str, df: pd.DataFrame, upstream: dict[str, pd.DataFrame]
) -> dg.MaterializeResult[pd.DataFrame]:
    """The table as the asset's value, its metadata, and its blocking check's result."""
    check = run_validation_check(table, df, {**upstream, table: df})
    return dg.MaterializeResult(value=df, metadata=table_metadata(df), check_results=[check])
