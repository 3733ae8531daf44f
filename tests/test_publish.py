"""Publishing: deterministic bytes, exact read-back, an atomic swap and one run at a time."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from table_records import MAIN, changed, frames

from pipeline.publish import formats, publisher
from pipeline.publish.formats import (
    FORMATS,
    _encode_scalar,
    _record_json,
    arrow_schema,
    table_files,
)
from pipeline.publish.publisher import PublishError, publish, read_published
from pipeline.tables.frames import to_frame
from pipeline.tables.registry import TABLES, table_spec


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "site" / "outputs"


@pytest.fixture
def published(out: Path) -> Path:
    publish(frames(), out)
    return out


def siblings(out: Path) -> set[str]:
    return {p.name for p in out.parent.iterdir()}


def test_publish_writes_every_table_in_every_format(out: Path):
    result = publish(frames(), out)
    assert sorted(p.name for p in out.iterdir()) == sorted(table_files())
    assert [p.name for p in result.files] == list(table_files())
    assert result.out_dir == out.absolute()
    assert result.row_counts == {t: len(df) for t, df in frames().items()}
    assert siblings(out) == {"outputs", ".outputs.lock"}


def test_publishing_twice_gives_byte_identical_files(published: Path, tmp_path: Path):
    first = snapshot(published)
    result = publish(frames(), published)
    assert snapshot(published) == first
    publish(frames(), tmp_path / "elsewhere")
    assert snapshot(tmp_path / "elsewhere") == first
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in first.items()}
    assert result.sha256 == digests


def test_read_back_equals_the_frames_in_every_format(published: Path):
    expected = frames()
    for fmt in FORMATS:
        back = read_published(published, formats=(fmt,))
        assert list(back) == list(TABLES)
        for table in TABLES:
            assert back[table].equals(expected[table]), (fmt, table)
    assert all(read_published(published)[t].equals(expected[t]) for t in TABLES)


def test_read_published_fails_when_formats_disagree(published: Path):
    data = frames()
    data["offices"] = changed(data["offices"], "office_id", f"{MAIN}:data-unit", name="Renamed")
    publish(data, published.parent / "other")
    (published / "offices.json").write_bytes(
        (published.parent / "other" / "offices.json").read_bytes()
    )
    with pytest.raises(PublishError, match=r"offices\.json: differs from offices\.csv"):
        read_published(published)
    assert read_published(published, formats=("parquet", "csv"))["offices"].equals(
        frames()["offices"]
    )


def test_csv_is_utf8_with_unix_newlines_and_model_columns(published: Path):
    data = (published / "sources.csv").read_bytes()
    text = data.decode("utf-8")
    assert "\r\n" not in text
    assert text.splitlines()[0] == ",".join(table_spec("sources").columns)
    assert "naïve café" in text
    assert text.endswith("\n")


def test_json_is_an_indented_array_of_records_with_nulls(published: Path):
    text = (published / "offices.json").read_text(encoding="utf-8")
    records = json.loads(text)
    assert text.endswith("]\n") and text.startswith('[\n  {\n    "source_id"')
    assert list(records[0]) == list(table_spec("offices").columns)
    assert records[0]["parent_id"] is None
    assert isinstance(records[0]["char_start"], int)
    assert "naïve" in (published / "sources.json").read_text(encoding="utf-8")


def test_json_records_are_json_dumps_byte_for_byte():
    """A record put together from its members is what ``json.dumps(..., indent=2)`` writes,
    for text that JSON escapes, non-ASCII text, big and negative numbers, nulls, and the
    values a canonical frame never holds (left to ``json.dumps``)."""
    texts = ["", "a", 'q"\\\n\t\x00\x1f\u2028', "naïve café 😀 <&>"]
    values = [*texts, None, 0, -5, 10**30, True, False, 1.5, float("nan"), [1, "a"], {"k": 1}]
    names = ["source_id", "é", "n"]
    for a in values:
        for b in values:
            for columns in ([], names[:1], names[:2], names):
                row = (a, b, a)[: len(columns)]
                keys = [_encode_scalar(name) for name in columns]
                record = dict(zip(columns, row, strict=True))
                expected = json.dumps(record, ensure_ascii=False, indent=2)
                assert _record_json(columns, keys, row) == expected


def test_parquet_has_the_model_schema_and_no_index_or_pandas_metadata(published: Path):
    for table in TABLES:
        path = published / f"{table}.parquet"
        assert pq.read_schema(path).remove_metadata().equals(arrow_schema(table))
        assert pq.read_metadata(path).metadata is None
    offices = pq.read_schema(published / "offices.parquet")
    assert not offices.field("office_id").nullable and offices.field("parent_id").nullable


def test_empty_tables_publish_and_read_back(out: Path):
    data = frames()
    data["programs"] = to_frame("programs", [])
    publish(data, out)
    assert (out / "programs.json").read_text(encoding="utf-8") == "[]\n"
    assert read_published(out)["programs"].equals(data["programs"])


def test_failure_mid_publish_leaves_previous_outputs_identical(
    published: Path, monkeypatch: pytest.MonkeyPatch
):
    before = snapshot(published)
    calls = []
    real = formats.encode_stream

    def failing(fmt, table, pieces):
        calls.append(table)
        if len(calls) == 5:
            raise RuntimeError("disk on fire")
        return real(fmt, table, pieces)

    monkeypatch.setattr(formats, "encode_stream", failing)
    changed_frames = frames()
    changed_frames["offices"] = changed(
        changed_frames["offices"], "office_id", f"{MAIN}:data-unit", description="New text."
    )
    with pytest.raises(RuntimeError, match="disk on fire"):
        publish(changed_frames, published)
    assert snapshot(published) == before
    assert siblings(published) == {"outputs", ".outputs.lock"}


def test_failed_final_rename_restores_previous_outputs(
    published: Path, monkeypatch: pytest.MonkeyPatch
):
    before = snapshot(published)
    monkeypatch.setattr(publisher, "_exchange", lambda a, b: False)
    real_rename = Path.rename

    def rename(self: Path, target):
        if self.name == ".outputs.staging":
            raise OSError(28, "No space left on device", str(target))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(PublishError, match="No space left on device"):
        publish(frames(), published)
    assert snapshot(published) == before
    assert siblings(published) == {"outputs", ".outputs.lock"}


def test_fallback_swap_without_rename_exchange_publishes_the_same_bytes(
    published: Path, monkeypatch: pytest.MonkeyPatch
):
    before = snapshot(published)
    monkeypatch.setattr(publisher, "_exchange", lambda a, b: False)
    publish(frames(), published)
    assert snapshot(published) == before
    assert siblings(published) == {"outputs", ".outputs.lock"}


def test_a_run_killed_between_renames_is_recovered_by_the_next(
    published: Path, monkeypatch: pytest.MonkeyPatch
):
    before = snapshot(published)
    published.rename(published.parent / ".outputs.previous")
    (published.parent / ".outputs.staging").mkdir()
    monkeypatch.setattr(
        formats, "encode_stream", lambda *a: (_ for _ in ()).throw(RuntimeError("x"))
    )
    with pytest.raises(RuntimeError):
        publish(frames(), published)
    assert snapshot(published) == before
    assert siblings(published) == {"outputs", ".outputs.lock"}


def test_invalid_dataset_is_refused_before_touching_outputs(published: Path):
    before = snapshot(published)
    data = frames()
    data["offices"] = changed(data["offices"], "office_id", f"{MAIN}:data-unit", parent_id="x:y")
    with pytest.raises(PublishError) as error:
        publish(data, published)
    message = str(error.value)
    assert "\n" not in message and str(published) in message and "parent_id_resolves" in message
    assert snapshot(published) == before


def test_missing_table_is_refused(out: Path):
    data = frames()
    del data["acronyms"]
    with pytest.raises(PublishError, match="acronyms"):
        publish(data, out)
    assert not out.exists()


def test_out_path_that_is_a_file_is_refused(tmp_path: Path):
    target = tmp_path / "outputs"
    target.write_text("not a folder")
    with pytest.raises(PublishError, match="exists and is not a folder") as error:
        publish(frames(), target)
    assert str(target) in str(error.value)
    assert target.read_text() == "not a folder"


def test_out_path_under_a_file_is_refused(tmp_path: Path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(PublishError, match="cannot create the folder"):
        publish(frames(), tmp_path / "file" / "outputs")


def test_out_path_that_is_a_symlink_is_refused(tmp_path: Path):
    (tmp_path / "real").mkdir()
    (tmp_path / "outputs").symlink_to(tmp_path / "real")
    with pytest.raises(PublishError, match="symbolic link"):
        publish(frames(), tmp_path / "outputs")


def test_read_only_target_is_refused(published: Path, monkeypatch: pytest.MonkeyPatch):
    # Tests may run as root, for whom chmod does not bite; fake what access() would say.
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != published)
    with pytest.raises(PublishError, match="read-only"):
        publish(frames(), published)


def test_extras_are_published_in_the_same_swap_and_dropped_when_not_rewritten(out: Path):
    def add_readme(staging: Path) -> None:
        (staging / "README.txt").write_text("hello\n", encoding="utf-8")

    result = publish(frames(), out, extras=add_readme)
    assert (out / "README.txt").read_text(encoding="utf-8") == "hello\n"
    assert result.files[-1] == out.absolute() / "README.txt"
    assert "README.txt" in result.sha256
    publish(frames(), out)
    assert not (out / "README.txt").exists()


def test_two_runs_never_interleave(published: Path):
    lock = os.open(published.parent / ".outputs.lock", os.O_RDWR)
    fcntl.flock(lock, fcntl.LOCK_EX)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            publish(frames(), published)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    try:
        worker.start()
        worker.join(timeout=0.5)
        assert worker.is_alive(), "publish must wait for the lock"
        assert not (published.parent / ".outputs.staging").exists()
    finally:
        os.close(lock)
    worker.join(timeout=30)
    assert not worker.is_alive() and not errors


def test_reading_a_corrupt_file_fails_with_one_line(published: Path):
    (published / "offices.parquet").write_bytes(b"not parquet")
    with pytest.raises(PublishError) as error:
        read_published(published, formats=("parquet",))
    assert "offices.parquet" in str(error.value) and "\n" not in str(error.value)


def test_reading_a_missing_folder_fails(tmp_path: Path):
    with pytest.raises(PublishError, match="no published folder"):
        read_published(tmp_path / "nothing")
