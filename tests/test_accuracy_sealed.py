"""``benchmarks.accuracy --sealed`` must not show a sealed page's own figures or errors;
``--half`` scores the pages of odd or even batches only; a folder it cannot score is one line on
standard error and exit status 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from benchmarks import accuracy

CORPUS = Path(__file__).parent / "data" / "corpus"


def _two_page_corpus(tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of two development pages, of an odd batch and of an even one (in that order),
    with their manifest entries."""
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    chosen: dict[int, dict] = {}
    for entry in manifest:
        if entry["split"] == "dev" and isinstance(entry["batch"], int):
            chosen.setdefault(entry["batch"] % 2, entry)
    entries = [chosen[1], chosen[0]]
    folder = tmp_path / "sealed"
    (folder / "pages").mkdir(parents=True)
    (folder / "gold").mkdir()
    for entry in entries:
        name = Path(entry["file"]).name
        stem = Path(name).stem
        shutil.copy(CORPUS / "dev" / "pages" / name, folder / "pages")
        shutil.copy(CORPUS / "dev" / "gold" / f"{stem}.gold.json", folder / "gold")
    (tmp_path / "MANIFEST.json").write_text(json.dumps(entries), encoding="utf-8")
    return folder, [Path(e["file"]).stem for e in entries]


def test_sealed_prints_batch_averages_and_no_page(tmp_path, capsys) -> None:
    folder, stems = _two_page_corpus(tmp_path)
    assert accuracy.main([str(folder), "--sealed"]) == 0
    out = capsys.readouterr().out
    assert len(stems) == 2
    assert not any(stem in out for stem in stems)
    assert "missed" not in out and "precision" not in out.lower()
    assert out.count("| batch ") == 2


def test_without_sealed_every_page_has_its_row(tmp_path, capsys) -> None:
    folder, stems = _two_page_corpus(tmp_path)
    assert accuracy.main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert all(f"| {stem} |" in out for stem in stems)


def test_a_staging_folders_own_manifest_gives_the_batch(tmp_path, capsys) -> None:
    folder, _ = _two_page_corpus(tmp_path)
    (tmp_path / "MANIFEST.json").rename(folder / "manifest.json")
    assert accuracy.main([str(folder), "--sealed"]) == 0
    assert capsys.readouterr().out.count("| batch ") == 2


def test_half_scores_the_pages_of_odd_or_even_batches_only(tmp_path, capsys) -> None:
    folder, (odd, even) = _two_page_corpus(tmp_path)
    for half, kept, left in (("odd", odd, even), ("even", even, odd)):
        assert accuracy.main([str(folder), "--half", half]) == 0
        out = capsys.readouterr().out
        assert ", 1 pages" in out and f"| {kept} |" in out and left not in out, half
        assert f"{folder}, {half} batches | 1 |" in out


def test_a_symbolic_link_to_a_page_is_one_line_naming_it(tmp_path, capsys) -> None:
    folder, _ = _two_page_corpus(tmp_path)
    page = next((folder / "pages").iterdir())
    target = tmp_path / page.name
    page.rename(target)
    page.symlink_to(target)
    assert accuracy.main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(page) in err and "symbolic link" in err


def test_a_folder_without_gold_is_one_line(tmp_path, capsys) -> None:
    assert accuracy.main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == f"benchmarks.accuracy: no gold/*.gold.json in {tmp_path}\n"
