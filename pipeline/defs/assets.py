"""The dataset's assets: raw pages in, validated tables, then one published folder.

Each source document is a partition of ``page_extractions``; one run extracts any number of
them (single-run backfill policy), ``extracted_pages`` combines them all, and
``corrected_pages`` applies the curators' corrections to them for the tables.
There is one table asset per table of :mod:`pipeline.tables.registry`, made by
:func:`table_asset`, and ``published_dataset`` takes them all.

Assets stay thin: loading, extraction, framing, validation and publishing live in their own
packages; here they are only wired together and described. (No ``from __future__ import
annotations`` here: Dagster reads the config and context types from real annotations.)
"""

import warnings

import dagster as dg
import pandas as pd

from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.files import read_corrections
from pipeline.defs.catalog import CORRECTION_COLUMNS, document_metadata, published_metadata
from pipeline.defs.checks import CORRECTIONS_CHECK, run_validation_check, validation_check
from pipeline.defs.metadata import markdown_table, table_metadata
from pipeline.defs.partition_io import PARTITION_IO_MANAGER
from pipeline.defs.partitions import SOURCE_DOCUMENTS
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.source_policy import SkipPolicy, SourceLimits
from pipeline.extract.page import extract_page
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish
from pipeline.sources.documents import DocumentResult, list_folder, process_document
from pipeline.sources.policy import enforce
from pipeline.tables.frames import to_frame
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES, TableSpec, specs
from pipeline.tables.validation import format_failures, validate_dataset

GROUP = "ice_offices"
TABLE_KINDS = {"python", "pandas"}
MAX_LISTED_PAGES = 100


def _asset(**kwargs):
    """``dg.asset`` with the single-run backfill policy: a range of documents (and everything
    downstream of them) runs as one run, also from ``dg launch --partition-range``."""
    with warnings.catch_warnings():
        # The policy is stable in use but still flagged beta by Dagster.
        warnings.simplefilter("ignore", category=dg.BetaWarning)
        return dg.asset(backfill_policy=dg.BackfillPolicy.single_run(), **kwargs)


@_asset(
    group_name=GROUP,
    kinds={"python"},
    partitions_def=SOURCE_DOCUMENTS,
    io_manager_key=PARTITION_IO_MANAGER,
    description="One partition per source document: the raw page read, normalized and"
    " extracted (offices, acronyms, programs), or the reason it gives no rows. One run can"
    " process any number of documents, one at a time.",
)
def page_extractions(
    context: dg.AssetExecutionContext,
    config: SourceLimits,
    dataset_paths: DatasetPaths,
    build_progress: BuildProgress,
) -> dg.Output[dict[str, DocumentResult]]:
    folder = list_folder(dataset_paths.raw_path)
    keys = context.partition_keys
    progress = build_progress.tracker(len(keys), context.log.info)
    results = {}
    for key in keys:
        result = process_document(
            folder, key, max_bytes=config.max_bytes, extract=extract_page, budget=config.budget
        )
        context.add_asset_metadata(document_metadata(result), partition_key=key)
        results[key] = result
        progress.advance()
    progress.finish()
    return dg.Output(results)


@_asset(
    group_name=GROUP,
    kinds={"python"},
    description="Every source document's extraction, combined. Fails (publishing nothing) when"
    " a page cannot be used, unless the source policy skips it.",
)
def extracted_pages(
    context: dg.AssetExecutionContext,
    config: SkipPolicy,
    page_extractions: dict[str, DocumentResult],
) -> dg.Output[ExtractedPages]:
    combined = ExtractedPages([], [], [])
    warnings = []
    for result in sorted(page_extractions.values(), key=_file_order):
        warnings.extend(result.warnings)
        if result.skipped is not None:
            combined.skipped.append(result.skipped)
        elif result.source is not None and result.extraction is not None:
            combined.sources.append(result.source)
            combined.pages.append(result.extraction)
        else:
            raise ValueError(f"document {result.key}: neither extracted nor skipped")
    for warning in warnings:
        context.log.warning(warning)
    enforce(combined.skipped, len(combined.sources), skip_bad=config.skip_bad)
    for item in combined.skipped:
        context.log.warning(f"skipped {item.reason}")
    listing = pd.DataFrame(
        [(p.source_id, p.path, p.n_chars, p.sha256[:12], p.title) for p in combined.sources],
        columns=["source_id", "path", "n_chars", "sha256", "title"],
    )
    return dg.Output(
        combined,
        metadata={
            "dagster/row_count": len(combined.sources),
            "pages": dg.MetadataValue.md(markdown_table(listing, max_rows=MAX_LISTED_PAGES)),
            "offices": sum(len(e.offices) for e in combined.pages),
            "acronyms": sum(len(e.acronyms) for e in combined.pages),
            "programs": sum(len(e.programs) for e in combined.pages),
            "warnings": dg.MetadataValue.json(warnings),
            "skipped": dg.MetadataValue.json([s.reason for s in combined.skipped]),
        },
    )


def _file_order(result: DocumentResult) -> str:
    """Pages in file-name order, as the raw folder lists them, whatever the partition order."""
    if result.source is not None:
        return result.source.path
    return result.skipped.path if result.skipped is not None else result.key


@_asset(
    group_name=GROUP,
    kinds={"python", "yaml"},
    check_specs=[
        dg.AssetCheckSpec(
            name=CORRECTIONS_CHECK,
            asset="corrected_pages",
            blocking=True,
            description="Every correction applies: none is stale (matches nothing), every quote"
            " is in its page, and no correction breaks a rule of the tables (a cycle, a"
            " dangling parent). Skipping bad pages does not silence it.",
        )
    ],
    description="The extracted pages with the curators' corrections (raw/corrections/*.yaml)"
    " applied: compare its counts with extracted_pages to see what they changed; the"
    " corrections listing says what each changed and why.",
)
def corrected_pages(dataset_paths: DatasetPaths, extracted_pages: ExtractedPages):
    corrections = read_corrections(dataset_paths.raw_path)
    result = apply_corrections(extracted_pages, corrections)
    pages = result.pages
    check = dg.AssetCheckResult(
        check_name=CORRECTIONS_CHECK,
        passed=not result.problems,
        metadata={
            "failure_count": len(result.problems),
            "report": dg.MetadataValue.text("\n".join(result.problems) or "ok"),
        },
    )
    listing = pd.DataFrame(
        [(c.correction_id, c.action, c.row_id, c.changes) for c in pages.corrections],
        columns=list(CORRECTION_COLUMNS),
    )
    asserted = {t: len(marks) for t, marks in pages.provenance.items()}
    return dg.MaterializeResult(
        value=pages,
        metadata={
            "dagster/row_count": len(pages.sources),
            "corrections": dg.MetadataValue.md(markdown_table(listing, max_rows=MAX_LISTED_PAGES)),
            "offices": sum(len(e.offices) for e in pages.pages),
            "acronyms": sum(len(e.acronyms) for e in pages.pages),
            "programs": sum(len(e.programs) for e in pages.pages),
            "rows_asserted_by_corrections": dg.MetadataValue.json(asserted),
        },
        check_results=[check],
    )


def table_asset(spec: TableSpec) -> dg.AssetsDefinition:
    """The asset of one registered table: its rows drawn from the corrected pages, framed,
    and checked (blocking) against its model and the tables its foreign keys point at."""

    @_asset(
        name=spec.name,
        group_name=GROUP,
        kinds=TABLE_KINDS,
        ins={"corrected_pages": dg.AssetIn(), **{t: dg.AssetIn() for t in spec.upstream}},
        check_specs=[validation_check(spec.name)],
        description=spec.description,
    )
    def table(corrected_pages: ExtractedPages, **upstream: pd.DataFrame):
        df = to_frame(spec.name, spec.rows(corrected_pages))
        return _table_result(spec.name, df, upstream)

    return table


def published_dataset_asset() -> dg.AssetsDefinition:
    """The asset that publishes every registered table (and the files derived from them)."""

    @_asset(
        name="published_dataset",
        group_name=GROUP,
        kinds={"csv", "parquet", "json", "sqlite"},
        ins={table: dg.AssetIn() for table in TABLES},
        description="The validated tables written atomically as CSV, Parquet and JSON, with a"
        " SQLite database for Datasette, the org chart (open org_chart in the metadata), the"
        " data package and SHA256SUMS. One row per published file.",
    )
    def published_dataset(
        dataset_paths: DatasetPaths, **tables: pd.DataFrame
    ) -> dg.MaterializeResult:
        """Validate the tables together first, so a cross-table failure fails here as invalid
        data (with the full report) rather than as a publishing error."""
        frames = {name: tables[name] for name in TABLES}
        results = validate_dataset(frames)
        if not all(r.ok for r in results):
            raise dg.Failure(description=format_failures(results))
        published = publish(
            frames,
            dataset_paths.out_path,
            extras=lambda folder: write_artifacts(frames, folder),
            protected=(dataset_paths.raw_path,),
        )
        return dg.MaterializeResult(
            metadata={
                "out_dir": dg.MetadataValue.path(str(published.out_dir)),
                "files": dg.MetadataValue.json(published.sha256),
                "row_counts": dg.MetadataValue.json(published.row_counts),
                **published_metadata(published.out_dir, published.sha256),
            }
        )

    return published_dataset


def all_assets() -> list[dg.AssetsDefinition]:
    """Every asset, the table assets and the publisher made from the registry as it is now."""
    return [
        page_extractions,
        extracted_pages,
        corrected_pages,
        *(table_asset(spec) for spec in specs()),
        published_dataset_asset(),
    ]


def _table_result(
    table: str, df: pd.DataFrame, upstream: dict[str, pd.DataFrame]
) -> dg.MaterializeResult[pd.DataFrame]:
    """The table as the asset's value, its metadata, and its blocking check's result."""
    check = run_validation_check(table, df, {**upstream, table: df})
    metadata = table_metadata(table, df)
    return dg.MaterializeResult(value=df, metadata=metadata, check_results=[check])
