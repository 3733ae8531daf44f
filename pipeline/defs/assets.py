"""The dataset's assets: raw pages in, validated tables, then one published folder.

Each source document is a partition of ``page_extractions``; one run extracts any number of
them (single-run backfill policy), ``extracted_pages`` lists them all, and
``corrected_pages`` applies the curators' corrections to the pages they are about. No step
holds every page: each document's result stays on disk until its batch is drawn.
There is one table asset per table of :mod:`pipeline.tables.registry`, all made in one step
(:func:`tables_asset`, a multi-asset with a blocking check per table) a batch of documents at a
time, and ``published_dataset`` takes them all.

Assets stay thin: loading, extraction, framing, validation and publishing live in their own
packages; here they are only wired together and described. (No ``from __future__ import
annotations`` here: Dagster reads the config and context types from real annotations.)
"""

import shutil
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import dagster as dg
import pandas as pd

from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.files import read_corrections
from pipeline.defs.catalog import CORRECTION_COLUMNS, document_metadata, published_metadata
from pipeline.defs.checks import CORRECTIONS_CHECK, validation_check, validation_result
from pipeline.defs.metadata import markdown_table, table_metadata
from pipeline.defs.partition_io import PARTITION_IO_MANAGER, Spool, StoredPartitions
from pipeline.defs.partitions import SOURCE_DOCUMENTS
from pipeline.defs.progress import BuildProgress
from pipeline.defs.resources import DatasetPaths
from pipeline.defs.source_policy import SkipPolicy, SourceLimits
from pipeline.extract.page import extract_page
from pipeline.publish.artifacts import write_artifacts
from pipeline.publish.publisher import publish
from pipeline.sources.documents import DocumentResult, list_folder, process_document
from pipeline.sources.policy import enforce
from pipeline.sources.records import SkippedSource
from pipeline.tables.batched import BATCH_DOCUMENTS, build_tables
from pipeline.tables.pages import PageSet
from pipeline.tables.registry import TABLES, dependency_order, specs
from pipeline.tables.store import StoredFrames, TableBatches, empty_frame

GROUP = "ice_offices"
TABLE_KINDS = {"python", "pandas"}
MAX_LISTED_PAGES = 100
MAX_DOCUMENT_EVENTS = 100  # runs of more documents add no metadata to each one's event
PAGE_TABLES = ("offices", "acronyms", "programs")  # the record lists of a page's extraction
SPOOL_DIR = "spool"  # under the instance's storage folder: documents of a step in progress
TABLES_DIR = "tables"  # under the instance's storage folder: the latest build's table batches


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
) -> dg.Output[Spool]:
    """Each result goes to disk as soon as it is made, so the step holds one page at a time.

    A run of up to :data:`MAX_DOCUMENT_EVENTS` documents gives each document's materialization
    its own counts; a larger one does not (Dagster looks up every partition of the run again
    for each document's metadata, so that costs time quadratic in the documents), and its
    listing is ``extracted_pages``'."""
    folder = list_folder(dataset_paths.raw_path)
    keys = context.partition_keys
    progress = build_progress.tracker(len(keys), context.log.info)
    spool = Spool(Path(context.instance.storage_directory()) / SPOOL_DIR)
    try:
        for key in keys:
            result = process_document(
                folder, key, max_bytes=config.max_bytes, extract=extract_page, budget=config.budget
            )
            if len(keys) <= MAX_DOCUMENT_EVENTS:
                context.add_asset_metadata(document_metadata(result), partition_key=key)
            spool.add(key, result)
            progress.advance()
    except BaseException:
        spool.remove()
        raise
    progress.finish()
    return dg.Output(spool)


EXTRACTED_DESCRIPTION = (
    "Every source document's extraction, combined. Fails (publishing nothing) when a page"
    " cannot be used, unless the source policy skips it."
)
CORRECTIONS_CHECK_KEY = dg.AssetCheckKey(dg.AssetKey("corrected_pages"), CORRECTIONS_CHECK)
CORRECTED_DESCRIPTION = (
    "The extracted pages with the curators' corrections (raw/corrections/*.yaml) applied:"
    " compare its counts with extracted_pages to see what they changed; the corrections"
    " listing says what each changed and why."
)


def pages_asset() -> dg.AssetsDefinition:
    """``extracted_pages`` and ``corrected_pages``, made in one step (named
    ``extracted_pages``, as its run config is): each stays an asset of its own, with its own
    metadata, and the corrections' blocking check still stops the tables' step; a separate
    step for each bought nothing but a second step's start, input load and events."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=dg.BetaWarning)

        @dg.multi_asset(
            name="extracted_pages",
            group_name=GROUP,
            outs={
                "extracted_pages": dg.AssetOut(
                    kinds={"python"}, description=EXTRACTED_DESCRIPTION, is_required=False
                ),
                "corrected_pages": dg.AssetOut(
                    kinds={"python", "yaml"}, description=CORRECTED_DESCRIPTION, is_required=False
                ),
            },
            ins={"page_extractions": dg.AssetIn()},
            internal_asset_deps={
                "extracted_pages": {dg.AssetKey("page_extractions")},
                "corrected_pages": {dg.AssetKey("extracted_pages")},
            },
            check_specs=[
                dg.AssetCheckSpec(
                    name=CORRECTIONS_CHECK,
                    asset="corrected_pages",
                    blocking=True,
                    description="Every correction applies: none is stale (matches nothing),"
                    " every quote is in its page, and no correction breaks a rule of the tables"
                    " (a cycle, a dangling parent). Skipping bad pages does not silence it.",
                )
            ],
            backfill_policy=dg.BackfillPolicy.single_run(),
            can_subset=True,
        )
        def pages(
            context: dg.AssetExecutionContext,
            config: SkipPolicy,
            dataset_paths: DatasetPaths,
            page_extractions: StoredPartitions,
        ):
            """Either asset can be materialized alone (the UI can select one): the extracted
            pages are then combined again, which reads each document's small result once."""
            selected = context.selected_asset_keys
            extracted, metadata = extracted_pages(context, config, page_extractions)
            if dg.AssetKey("extracted_pages") in selected:
                yield dg.Output(extracted, output_name="extracted_pages", metadata=metadata)
            check_selected = CORRECTIONS_CHECK_KEY in context.selected_asset_check_keys
            if CORRECTIONS_CHECK_KEY.asset_key in selected or check_selected:
                corrected, metadata, check = corrected_pages(dataset_paths, extracted)
                if CORRECTIONS_CHECK_KEY.asset_key in selected:
                    yield dg.Output(corrected, output_name="corrected_pages", metadata=metadata)
                if check_selected:
                    yield check

    return pages


def extracted_pages(
    context: dg.AssetExecutionContext, config: SkipPolicy, page_extractions: StoredPartitions
) -> tuple[PageSet, dict[str, Any]]:
    """Reads each document once for its warnings, skip reason and counts; the pages
    themselves stay on disk (the value says where)."""
    used: list[tuple[str, str]] = []  # (source id, partition key)
    skipped: list[tuple[str, SkippedSource]] = []
    listed: list[tuple[str, str, int, str, str | None]] = []
    counts = dict.fromkeys(PAGE_TABLES, 0)
    warnings: list[tuple[str, list[str]]] = []
    for key in page_extractions:
        result = page_extractions[key]
        order = _file_order(result)
        warnings.append((order, result.warnings))
        if result.skipped is not None:
            skipped.append((order, result.skipped))
        elif result.source is not None and result.extraction is not None:
            source = result.source
            used.append((source.source_id, key))
            listed.append(
                (source.source_id, source.path, source.n_chars, source.sha256[:12], source.title)
            )
            for table in PAGE_TABLES:
                counts[table] += len(getattr(result.extraction, table))
        else:
            raise ValueError(f"document {result.key}: neither extracted nor skipped")
    messages = [w for _, ws in sorted(warnings, key=lambda item: item[0]) for w in ws]
    for warning in messages:
        context.log.warning(warning)
    skips = [item for _, item in sorted(skipped, key=lambda item: item[0])]
    enforce(skips, len(used), skip_bad=config.skip_bad)
    for item in skips:
        context.log.warning(f"skipped {item.reason}")
    listed.sort(key=lambda row: row[1])
    listing = pd.DataFrame(
        listed,
        columns=["source_id", "path", "n_chars", "sha256", "title"],
    )
    pages = PageSet(
        results=page_extractions,
        keys=tuple(key for _, key in sorted(used)),
        skipped=skips,
        counts=counts,
    )
    return pages, {
        "dagster/row_count": len(used),
        "pages": dg.MetadataValue.md(markdown_table(listing, max_rows=MAX_LISTED_PAGES)),
        **counts,
        "warnings": dg.MetadataValue.json(messages),
        "skipped": dg.MetadataValue.json([s.reason for s in skips]),
    }


def _file_order(result: DocumentResult) -> str:
    """Pages in file-name order, as the raw folder lists them, whatever the partition order."""
    if result.source is not None:
        return result.source.path
    return result.skipped.path if result.skipped is not None else result.key


def corrected_pages(
    dataset_paths: DatasetPaths, extracted_pages: PageSet
) -> tuple[PageSet, dict[str, Any], dg.AssetCheckResult]:
    """Only the pages some correction is about are read; the others stay as stored."""
    corrections = read_corrections(dataset_paths.raw_path)
    wanted = {c.source_id for c in corrections}
    about = [key for key in extracted_pages.keys if key in wanted]
    before = extracted_pages.pages(about)
    known = set(extracted_pages.keys)
    result = apply_corrections(before, corrections, known=known)
    after = result.pages
    counts = dict(extracted_pages.counts)
    for table in PAGE_TABLES:
        counts[table] += sum(len(getattr(p, table)) for p in after.pages)
        counts[table] -= sum(len(getattr(p, table)) for p in before.pages)
    pages = replace(
        extracted_pages,
        corrected={s.source_id: p for s, p in zip(after.sources, after.pages, strict=True)},
        provenance=after.provenance,
        corrections=after.corrections,
        counts=counts,
    )
    check = dg.AssetCheckResult(
        asset_key="corrected_pages",
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
    metadata = {
        "dagster/row_count": len(pages.keys),
        "corrections": dg.MetadataValue.md(markdown_table(listing, max_rows=MAX_LISTED_PAGES)),
        **counts,
        "rows_asserted_by_corrections": dg.MetadataValue.json(asserted),
    }
    return pages, metadata, check


def tables_asset() -> dg.AssetsDefinition:
    """Every registered table, built in one step a batch of pages at a time (each batch
    written to disk in the run's storage folder), each with its own blocking check: the
    table's model per batch and its keys over the whole table (see ``build_tables``)."""
    names = list(TABLES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=dg.BetaWarning)

        @dg.multi_asset(
            name="tables",
            group_name=GROUP,
            outs={
                spec.name: dg.AssetOut(kinds=TABLE_KINDS, description=spec.description)
                for spec in specs()
            },
            ins={"corrected_pages": dg.AssetIn()},
            internal_asset_deps={
                spec.name: {dg.AssetKey("corrected_pages"), *map(dg.AssetKey, spec.upstream)}
                for spec in specs()
            },
            check_specs=[validation_check(name) for name in names],
            backfill_policy=dg.BackfillPolicy.single_run(),
        )
        def tables(context: dg.AssetExecutionContext, corrected_pages: PageSet):
            storage = Path(context.instance.storage_directory()) / TABLES_DIR
            folder = storage / context.run.run_id
            shutil.rmtree(folder, ignore_errors=True)
            built = build_tables(corrected_pages.batches(BATCH_DOCUMENTS), folder, names)
            for name in dependency_order():  # a multi-asset yields its outputs in this order
                batches = built.tables[name]
                preview = next(batches.frames(), None)
                if preview is None:  # made only when needed: a canonical frame is not free
                    preview = empty_frame(name)
                metadata = table_metadata(name, preview, rows=batches.rows)
                yield dg.Output(batches, output_name=name, metadata=metadata)
                yield validation_result(built.validations[name])
            _remove_other_runs(storage, keep=folder)

    return tables


def _remove_other_runs(storage: Path, keep: Path) -> None:
    """The tables of earlier runs: only the latest build's are kept (for a later publish)."""
    for folder in storage.iterdir():
        if folder != keep and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


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
        dataset_paths: DatasetPaths, **tables: TableBatches
    ) -> dg.MaterializeResult:
        """The tables were validated once, by their blocking checks; the publisher writes
        them a batch at a time and verifies each file it wrote by its checksum."""
        stored = {name: tables[name] for name in TABLES}
        published = publish(
            stored,
            dataset_paths.out_path,
            extras=lambda folder: write_artifacts(StoredFrames(stored), folder),
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
    """Every asset, the tables and the publisher made from the registry as it is now."""
    return [
        page_extractions,
        pages_asset(),
        tables_asset(),
        published_dataset_asset(),
    ]
