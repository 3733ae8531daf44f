"""What the Dagster UI's catalog shows for each asset before and after it runs.

Before: owners and a column schema on every asset definition (the tables' schemas come from
the Pandera models, with descriptions and nullability; the other assets report a listing whose
columns are declared here). After: the listings themselves, and for the published folder its
files and the org chart drawn into the asset's page.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import dagster as dg
import pandas as pd

from pipeline.defs.metadata import markdown_table, model_schema
from pipeline.publish.org_chart import CHART_FILE
from pipeline.sources.documents import DocumentResult
from pipeline.tables.registry import TABLES

OWNERS = ("team:ice-offices",)

# The listing each non-table asset reports (as markdown; page_extractions one row per
# partition, as its metadata) and declares (as column schema).
DOCUMENT_COLUMNS = {
    "document": "Partition key: the source id of the raw file.",
    "offices": "Offices extracted from the page.",
    "acronyms": "Acronyms the page defines.",
    "programs": "Programs the page names.",
    "skipped": "Why the page gives no rows (empty when it was used).",
}
PAGE_COLUMNS = {
    "source_id": "Stable id of the page, derived from its file name.",
    "path": "File name of the page in the raw folder.",
    "n_chars": "Length of the page's normalized text.",
    "sha256": "First 12 hex digits of the SHA-256 of the raw file.",
    "title": "Title of the page.",
}
CORRECTION_COLUMNS = {
    "correction_id": "Id of a correction applied (a row of the corrections table).",
    "action": "What it does (edit_office, add_office, drop_acronym, ...).",
    "row_id": "Key of the row it changed, added or dropped.",
    "changes": "What it changed, column by column.",
}
FILE_COLUMNS = {
    "file": "Path of the file inside the published folder.",
    "sha256": "SHA-256 of the file's bytes.",
}
LISTINGS = {
    "page_extractions": DOCUMENT_COLUMNS,
    "extracted_pages": PAGE_COLUMNS,
    "corrected_pages": CORRECTION_COLUMNS,
    "published_dataset": FILE_COLUMNS,
}
_INTEGER_COLUMNS = {"offices", "acronyms", "programs", "n_chars"}


def listing_schema(columns: Mapping[str, str]) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=name,
                type="integer" if name in _INTEGER_COLUMNS else "string",
                description=description,
            )
            for name, description in columns.items()
        ]
    )


def column_schema(asset: str) -> dg.TableSchema | None:
    """The column schema declared on ``asset``'s definition (None for an unknown asset)."""
    if asset in TABLES:
        return model_schema(asset)
    if asset in LISTINGS:
        return listing_schema(LISTINGS[asset])
    return None


def catalogued(assets: Iterable[object]) -> Sequence[dg.AssetsDefinition | dg.AssetSpec]:
    """The assets with owners and, where known, a column schema in their definition."""
    definitions: list[dg.AssetsDefinition | dg.AssetSpec] = []
    for asset in assets:
        if not isinstance(asset, (dg.AssetsDefinition, dg.AssetSpec)):
            raise TypeError(f"cannot add catalog metadata to {asset!r}")
        definitions.append(asset)

    def describe(spec: dg.AssetSpec) -> dg.AssetSpec:
        schema = column_schema(spec.key.to_user_string())
        metadata = {} if schema is None else {"dagster/column_schema": schema}
        return spec.merge_attributes(owners=list(OWNERS), metadata=metadata)

    return dg.map_asset_specs(describe, definitions)


def document_metadata(result: DocumentResult) -> dict[str, Any]:
    """One document's row of the listing, for its own partition's materialization: a run over
    many documents then writes a few numbers per document, never the whole run's listing."""
    extraction = result.extraction
    counts = (
        (len(extraction.offices), len(extraction.acronyms), len(extraction.programs))
        if extraction is not None
        else (0, 0, 0)
    )
    metadata: dict[str, Any] = dict(zip(("offices", "acronyms", "programs"), counts, strict=True))
    if result.skipped is not None:
        metadata["skipped"] = result.skipped.reason
    return metadata


def published_metadata(out_dir: Path, sha256: Mapping[str, str]) -> dict[str, Any]:
    """The published folder's files as a listing, and its org chart, shown on the asset's
    page (an SVG image inline) and as a path to open."""
    files = pd.DataFrame(sorted(sha256.items()), columns=list(FILE_COLUMNS))
    metadata: dict[str, Any] = {
        "dagster/row_count": dg.MetadataValue.int(len(files)),
        "file_listing": dg.MetadataValue.md(markdown_table(files, max_rows=len(files))),
    }
    chart = out_dir / CHART_FILE
    if chart.is_file():
        encoded = base64.b64encode(chart.read_bytes()).decode("ascii")
        metadata["org_chart"] = dg.MetadataValue.md(
            f"![Org chart]({_data_uri('image/svg+xml', encoded)})"
        )
        metadata["org_chart_file"] = dg.MetadataValue.path(str(chart))
    return metadata


def _data_uri(mediatype: str, encoded: str) -> str:
    return f"data:{mediatype};base64,{encoded}"
