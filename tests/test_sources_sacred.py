"""Sources are sacred: no build, whatever its ``--raw`` and ``--out``, removes, replaces or
writes into a folder of source pages (issue 15, item 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from corruptions import RAW, snapshot

from pipeline.cli import main
from pipeline.commands.exit_codes import ExitCode
from pipeline.defs import resources
from pipeline.publish.publisher import PublishError, is_release, publish, read_published


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's raw folder in a project root of its own, run from there, so
    the defaults (``raw/``, ``outputs/``) are the copy's."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(RAW, root / "raw")
    monkeypatch.setattr(resources, "PROJECT_ROOT", root)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.chdir(root)
    return root


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_build_out_raw_is_a_usage_error_and_keeps_every_page(project: Path) -> None:
    before = snapshot(project / "raw")
    result = invoke("build", "--out", "raw")
    assert result.exit_code == ExitCode.BAD_INPUT
    raw = project / "raw"
    assert result.stderr.splitlines() == [
        f"error: --raw {raw} and --out {raw} overlap; the output folder must be outside the raw"
        " folder and not contain it"
    ]
    assert snapshot(raw) == before
    assert not any(p.name.startswith(".raw.") for p in project.iterdir())


def test_raw_inside_a_release_is_a_usage_error_and_keeps_both(project: Path) -> None:
    assert invoke("build").exit_code == ExitCode.OK
    outputs = project / "outputs"
    shutil.copytree(project / "raw", outputs / "raw")
    before = snapshot(outputs)
    result = invoke("build", "--raw", "outputs/raw")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.splitlines() == [
        f"error: --raw {outputs / 'raw'} and --out {outputs} overlap; the output folder must be"
        " outside the raw folder and not contain it"
    ]
    assert snapshot(outputs) == before


def test_out_inside_raw_is_a_usage_error(project: Path) -> None:
    before = snapshot(project / "raw")
    result = invoke("build", "--out", "raw/release")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "overlap" in result.stderr
    assert snapshot(project / "raw") == before
    assert not (project / "raw" / "release").exists()


def test_another_raw_folder_is_never_taken_for_a_release(project: Path, tmp_path: Path) -> None:
    """A folder of pages with its ``sources.json`` (a published table's name too) is refused by
    the publisher itself, even when it is not the ``--raw`` of this build."""
    pages = tmp_path / "other_raw"
    shutil.copytree(RAW, pages)
    before = snapshot(pages)
    result = invoke("build", "--out", str(pages))
    assert result.exit_code == ExitCode.PUBLISH_FAILED
    first_page = sorted(p.name for p in pages.iterdir() if p.suffix in (".txt", ".html"))[0]
    assert result.stderr.splitlines() == [
        f"error: {pages}: holds source pages ({first_page}); refusing to replace it (publish"
        " into an empty or new folder)"
    ]
    assert snapshot(pages) == before


def test_a_folder_with_only_sources_json_is_not_a_release(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "metadata_only"
    folder.mkdir()
    shutil.copy(RAW / "sources.json", folder / "sources.json")
    before = snapshot(folder)
    assert not is_release(folder)
    result = invoke("build", "--out", str(folder))
    assert result.exit_code == ExitCode.PUBLISH_FAILED
    assert result.stderr.splitlines() == [
        f"error: {folder}: not empty and not an earlier release; refusing to replace it"
        " (publish into an empty or new folder)"
    ]
    assert snapshot(folder) == before


def test_a_release_is_recognized_and_replaced(project: Path) -> None:
    assert invoke("build").exit_code == ExitCode.OK
    outputs = project / "outputs"
    assert is_release(outputs)
    assert invoke("build").exit_code == ExitCode.OK
    assert read_published(outputs)["sources"]["source_id"].tolist()


def test_the_publisher_refuses_a_protected_folder(project: Path, tmp_path: Path) -> None:
    """The same rule for ``dg launch`` and the UI, where no CLI checks the options."""
    frames = read_published(Path(__file__).resolve().parents[1] / "outputs")
    raw = project / "raw"
    before = snapshot(raw)
    for out in (raw, raw / "release", project):
        with pytest.raises(PublishError, match="overlaps the raw folder"):
            publish(frames, out, protected=(raw,))
    assert snapshot(raw) == before


def test_a_planted_lock_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    frames = read_published(Path(__file__).resolve().parents[1] / "outputs")
    target = tmp_path / "victim"
    (tmp_path / ".out.lock").symlink_to(target)
    with pytest.raises(PublishError, match=r"\.out\.lock: is a symbolic link"):
        publish(frames, tmp_path / "out")
    assert not target.exists()
    assert not (tmp_path / "out").exists()


def test_a_read_only_release_keeps_its_mode(tmp_path: Path) -> None:
    """Run as root (where chmod does not stop writing), a ``chmod 555`` release stays 555;
    as any user, the mode of the replaced folder is kept."""
    frames = read_published(Path(__file__).resolve().parents[1] / "outputs")
    out = tmp_path / "out"
    publish(frames, out)
    out.chmod(0o750)
    publish(frames, out)
    assert out.stat().st_mode & 0o7777 == 0o750
    out.chmod(0o555)
    try:
        publish(frames, out)
    except PublishError as exc:  # not root: a read-only folder is refused, and stays 555
        assert "read-only" in str(exc)
    assert out.stat().st_mode & 0o7777 == 0o555
    out.chmod(0o755)
