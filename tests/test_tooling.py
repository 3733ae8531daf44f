"""Developer tooling stays usable: the pre-commit configuration is valid and runs the
project's own checkers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_pre_commit_config_is_valid_and_runs_the_make_test_checkers():
    config = ROOT / ".pre-commit-config.yaml"
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    text = config.read_text(encoding="utf-8")
    for hook in ("end-of-file-fixer", "trailing-whitespace", "ruff", "ruff-format", "mypy"):
        assert f"id: {hook}\n" in text, hook
