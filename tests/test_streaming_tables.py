"""Tables built and published a batch of documents at a time give the same data and bytes as
whole frames, and every rule still sees every row (a key repeated across batches included)."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow
import pyarrow.parquet as pq
import pytest
from pages import DATA, ROOT

from pipeline.publish import formats, org_chart
from pipeline.publish.publisher import publish
from pipeline.sources.documents import list_folder, process_document
from pipeline.tables import batched, store
from pipeline.tables.batched import build_tables
from pipeline.tables.frames import dataset_frames
from pipeline.tables.pages import ExtractedPages
from pipeline.tables.registry import TABLES
from pipeline.tables.store import StoredFrames, TableBatches

OUTPUTS = ROOT / "outputs"


def cut(df, size):
    """``df`` in consecutive pieces of ``size`` rows, with an empty piece between each."""
    out = []
    for start in range(0, len(df), size):
        out += [df.iloc[start : start + size], df.iloc[0:0]]
    return out


@pytest.mark.parametrize("fmt", formats.FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_pieces_encode_to_the_committed_bytes(table: str, fmt: str) -> None:
    data = (OUTPUTS / formats.table_filename(table, fmt)).read_bytes()
    df = formats.decode(fmt, table, data)
    assert b"".join(formats.encode_stream(fmt, table, cut(df, 2))) == data
    assert b"".join(formats.encode_stream(fmt, table, [])) == formats.encode(fmt, table, df[:0])


def test_parquet_row_groups_are_cut_at_fixed_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    df = formats.decode("csv", "offices", (OUTPUTS / "offices.csv").read_bytes())
    monkeypatch.setattr(formats, "PARQUET_ROW_GROUP", 4)
    whole = formats.encode("parquet", "offices", df)
    assert b"".join(formats.encode_stream("parquet", "offices", cut(df, 3))) == whole
    meta = pq.ParquetFile(OUTPUTS / "offices.parquet").metadata  # one group before the cut
    assert meta.num_row_groups == 1
    groups = pq.ParquetFile(pyarrow.BufferReader(whole)).metadata.num_row_groups
    assert groups == math.ceil(len(df) / 4)
    assert formats.decode("parquet", "offices", whole).equals(df)


def real_pages() -> list[ExtractedPages]:
    """The development pages, one batch per page, in source-id order."""
    folder = list_folder(DATA / "pages")
    batches = []
    for key in sorted(folder.keys):
        result = process_document(folder, key)
        if result.source is not None and result.extraction is not None:
            batches.append(ExtractedPages([result.source], [result.extraction], []))
    assert len(batches) >= 2
    return batches


def whole(batches: list[ExtractedPages]) -> ExtractedPages:
    return ExtractedPages(
        [s for b in batches for s in b.sources], [p for b in batches for p in b.pages], []
    )


def test_batches_hold_the_whole_tables_validated(tmp_path: Path) -> None:
    batches = real_pages()
    built = build_tables(batches, tmp_path)
    expected = dataset_frames(whole(batches))
    for table in TABLES:
        assert built.validations[table].ok, built.validations[table].failure_cases
        assert built.tables[table].rows == len(expected[table])
        assert built.tables[table].frame().equals(expected[table]), table
        assert len(built.tables[table].paths) == len(batches)


def test_publishing_batches_gives_the_bytes_of_whole_frames(tmp_path: Path) -> None:
    batches = real_pages()
    built = build_tables(batches, tmp_path / "store")
    publish(dataset_frames(whole(batches)), tmp_path / "from_frames")
    publish(built.tables, tmp_path / "from_batches")
    for name in formats.table_files():
        a = (tmp_path / "from_frames" / name).read_bytes()
        assert (tmp_path / "from_batches" / name).read_bytes() == a, name


def test_a_key_repeated_in_two_batches_fails_at_its_rows(tmp_path: Path) -> None:
    batches = real_pages()[:1]
    built = build_tables([batches[0], batches[0]], tmp_path)
    result = built.validations["offices"]
    n = len(dataset_frames(batches[0])["offices"])
    assert not result.ok and not built.tables["offices"].valid
    assert result.n_failures == 2 * n
    cases = result.failure_cases
    assert set(cases["check"]) == {"field_uniqueness"}
    assert sorted(cases["index"]) == list(range(2 * n))
    assert set(cases["column"]) == {"office_id"}
    acronyms = built.validations["acronyms"]
    assert set(acronyms.failure_cases["check"]) == {"multiple_fields_uniqueness"}


def test_a_failing_batch_is_reported_at_its_row_in_the_whole_table(tmp_path: Path) -> None:
    first, second = real_pages()[:2]
    page = second.pages[0]
    office = replace(page.offices[1], parent_id="nowhere:none")
    offices = [page.offices[0], office, *page.offices[2:]]
    second = ExtractedPages(second.sources, [replace(page, offices=offices)], [])
    built = build_tables([first, second], tmp_path)
    result = built.validations["offices"]
    n_first = len(dataset_frames(first)["offices"])
    position = dataset_frames(second)["offices"]["office_id"].tolist().index(office.office_id)
    assert not result.ok
    assert n_first + position in set(result.failure_cases["index"])
    assert isinstance(built.tables["offices"], TableBatches)
    assert not built.tables["offices"].valid


def test_the_org_chart_draws_whole_sources_up_to_its_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = real_pages()
    built = build_tables(batches, tmp_path / "store")
    first = dataset_frames(batches[0])["offices"]
    monkeypatch.setattr(org_chart, "MAX_CHART_UNITS", len(first))
    offices, left_out = org_chart.chart_offices(StoredFrames(built.tables))
    assert offices["office_id"].tolist() == first["office_id"].tolist()
    assert left_out == len(batches) - 1
    org_chart.write_org_chart(StoredFrames(built.tables), tmp_path)
    svg = (tmp_path / org_chart.CHART_FILE).read_text(encoding="utf-8")
    assert f"{left_out} more source pages not drawn" in svg
    assert svg.count("<rect") - len(set(first["unit_type"])) == len(first)  # boxes + legend


@pytest.fixture
def arrow_default_pool():
    """Arrow's own default allocator for the test (the pool is process-wide)."""
    before = pyarrow.default_memory_pool()
    pyarrow.set_memory_pool(pyarrow.mimalloc_memory_pool())
    yield
    pyarrow.set_memory_pool(before)


@pytest.mark.usefixtures("arrow_default_pool")
def test_building_tables_returns_freed_memory_to_the_system(tmp_path: Path) -> None:
    """mimalloc kept each batch's freed Arrow memory: resident memory grew with the batches."""
    build_tables(real_pages()[:1], tmp_path)
    assert pyarrow.default_memory_pool().backend_name == "system"


@pytest.mark.usefixtures("arrow_default_pool")
def test_publishing_returns_freed_memory_to_the_system(tmp_path: Path) -> None:
    publish(dataset_frames(whole(real_pages()[:1])), tmp_path / "out")
    assert pyarrow.default_memory_pool().backend_name == "system"


def test_keys_whose_fingerprints_collide_are_told_apart_by_their_whole_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every fingerprint the same: only the real repeats (the page's second copy) fail."""
    monkeypatch.setattr(batched, "_fingerprints", lambda keys: np.zeros(keys.num_rows, np.int64))
    first, second = real_pages()[:2]
    assert not build_tables([first, second], tmp_path / "apart").validations["offices"].n_failures
    again = build_tables([first, second, first], tmp_path / "again").validations["offices"]
    n_first = len(dataset_frames(first)["offices"])
    n_second = len(dataset_frames(second)["offices"])
    repeats = [*range(n_first), *range(n_first + n_second, 2 * n_first + n_second)]
    assert sorted(again.failure_cases["index"]) == repeats


def test_a_table_of_one_batch_is_decoded_once_and_publishes_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Publishing reads every table once per format: a table of one batch is decoded once (a
    copy handed out each time), one of several batches at every read."""
    one = real_pages()[:1]
    built = build_tables(one, tmp_path / "store")
    reads: list[str] = []
    read_batch = store.read_batch

    def counted(table: str, path: Path, columns=None):  # type: ignore[no-untyped-def]
        reads.append(table)
        return read_batch(table, path, columns)

    monkeypatch.setattr(store, "read_batch", counted)
    publish(built.tables, tmp_path / "from_batch")
    publish(dataset_frames(whole(one)), tmp_path / "from_frames")
    for name in formats.table_files():
        a = (tmp_path / "from_frames" / name).read_bytes()
        assert (tmp_path / "from_batch" / name).read_bytes() == a, name
    assert sorted(set(reads)) == sorted(TABLES)
    assert len(reads) == len(TABLES)

    offices = built.tables["offices"]
    first = next(offices.frames())
    first.loc[:, "name"] = "changed"
    assert next(offices.frames()).equals(offices.frame())
    assert "changed" not in set(offices.frame()["name"])
    several = build_tables(real_pages()[:2], tmp_path / "two").tables["offices"]
    reads.clear()
    list(several.frames())
    list(several.frames())
    assert len(reads) == 2 * len(several.paths)
