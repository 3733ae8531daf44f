"""The dataset's assets: raw pages in, validated tables, then one published folder.

Assets stay thin: loading, extraction, framing, validation and publishing live in their own
packages; here they are only wired together and described. (No ``from __future__ import
annotations`` here: Dagster reads the config and context types from real annotations.)
"""

from dataclasses import dataclass

import dagster as dg
import pandas as pd

from pipeline.defs.checks import run_validation_check, validation_check
from pipeline.defs.metadata import markdown_table, table_metadata
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.source_policy import SkipPolicy, SourceLimits
from pipeline.extract.page import NoStructureError, extract_page
from pipeline.extract.records import PageExtraction
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish
from pipeline.sources.files import shown
from pipeline.sources.loading import SourceScan, scan_sources
from pipeline.sources.policy import enforce
from pipeline.sources.records import SkippedSource, Source
from pipeline.tables.frames import TABLES, to_frame
from pipeline.tables.validation import format_failures, validate_dataset

GROUP = "ice_offices"
TABLE_KINDS = {"python", "pandas"}


@dataclass(frozen=True)
class ExtractedPages:
    """The pages that gave rows (``sources[i]`` gave ``pages[i]``) and the files skipped."""

    sources: list[Source]
    pages: list[PageExtraction]
    skipped: list[SkippedSource]


@dg.asset(
    group_name=GROUP,
    kinds={"python"},
    description="Every *.txt and *.html page of the raw folder, normalized, hashed and described;"
    " files that cannot be read are listed with the reason.",
)
def source_pages(
    context: dg.AssetExecutionContext, config: SourceLimits, dataset_paths: DatasetPaths
) -> dg.Output[SourceScan]:
    scan = scan_sources(dataset_paths.raw_path, max_bytes=config.max_bytes)
    for warning in scan.warnings:
        context.log.warning(warning)
    listing = pd.DataFrame(
        [(p.source_id, p.path, p.n_chars, p.sha256[:12], p.title) for p in scan.sources],
        columns=["source_id", "path", "n_chars", "sha256", "title"],
    )
    return dg.Output(
        scan,
        metadata={
            "raw_dir": dg.MetadataValue.path(str(dataset_paths.raw_path)),
            "dagster/row_count": len(scan.sources),
            "pages": dg.MetadataValue.md(markdown_table(listing, max_rows=len(listing))),
            "warnings": dg.MetadataValue.json(scan.warnings),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds={"python"},
    description="What the extractor found on each page: offices, acronyms and programs. Fails"
    " (publishing nothing) when a page cannot be used, unless the source policy skips it.",
)
def page_extractions(
    context: dg.AssetExecutionContext, config: SkipPolicy, source_pages: SourceScan
) -> dg.Output[ExtractedPages]:
    kept, extractions, skipped = [], [], list(source_pages.skipped)
    for page in source_pages.sources:
        try:
            hints = source_pages.hints.get(page.source_id)
            extraction = extract_page(page.source_id, page.text, page.agency, hints=hints)
        except NoStructureError as exc:
            where = shown(source_pages.raw_dir / page.path)
            skipped.append(SkippedSource(page.path, f"{where}: {exc}"))
            continue
        kept.append(page)
        extractions.append(extraction)
    skipped.sort(key=lambda s: s.path)
    enforce(skipped, len(kept), skip_bad=config.skip_bad)
    for item in skipped:
        context.log.warning(f"skipped {item.reason}")
    return dg.Output(
        ExtractedPages(kept, extractions, skipped),
        metadata={
            "offices": sum(len(e.offices) for e in extractions),
            "acronyms": sum(len(e.acronyms) for e in extractions),
            "programs": sum(len(e.programs) for e in extractions),
            "skipped": dg.MetadataValue.json([s.reason for s in skipped]),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("sources")],
    description="One row per source page: where it came from, its digest and its size.",
)
def sources(page_extractions: ExtractedPages):
    return _table_result("sources", to_frame("sources", page_extractions.sources), {})


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("offices")],
    description="One row per office or organizational unit, with its parent and evidence span.",
)
def offices(page_extractions: ExtractedPages, sources: pd.DataFrame):
    records = [o for e in page_extractions.pages for o in e.offices]
    return _table_result("offices", to_frame("offices", records), {"sources": sources})


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("acronyms")],
    description="One row per acronym the pages define, with its expansion and office.",
)
def acronyms(page_extractions: ExtractedPages, sources: pd.DataFrame, offices: pd.DataFrame):
    records = [a for e in page_extractions.pages for a in e.acronyms]
    frames = {"sources": sources, "offices": offices}
    return _table_result("acronyms", to_frame("acronyms", records), frames)


@dg.asset(
    group_name=GROUP,
    kinds=TABLE_KINDS,
    check_specs=[validation_check("programs")],
    description="One row per named program or initiative, with the office that runs it.",
)
def programs(page_extractions: ExtractedPages, sources: pd.DataFrame, offices: pd.DataFrame):
    records = [p for e in page_extractions.pages for p in e.programs]
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
