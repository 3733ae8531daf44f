"""Turn a finished Dagster run into what the CLI prints and the code it exits with."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

import dagster as dg

from pipeline.commands.exit_codes import ExitCode
from pipeline.defs.checks import CORRECTIONS_CHECK

if TYPE_CHECKING:
    from dagster_shared.error import SerializableErrorInfo

KNOWN_ERRORS = {
    "SourceError": ExitCode.BAD_INPUT,
    "CorrectionsFileError": ExitCode.BAD_INPUT,
    "PublishError": ExitCode.PUBLISH_FAILED,
    "DocumentError": ExitCode.PIPELINE_FAILED,
}
PUBLISH_STEP = "published_dataset"
COMBINED_STEP = "extracted_pages"


@dataclass(frozen=True)
class RunOutcome:
    code: ExitCode
    message: str = ""
    report: str = ""
    row_counts: dict[str, int] = field(default_factory=dict)
    out_dir: str = ""
    warnings: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


def run_outcome(result: dg.ExecuteInProcessResult) -> RunOutcome:
    """Success with row counts, or the one failure that explains the run; with the warnings
    about raw files and the pages skipped either way."""
    warnings = tuple(_listed(result, COMBINED_STEP, "warnings"))
    skipped = tuple(_listed(result, COMBINED_STEP, "skipped"))
    if result.success:
        return replace(_published(result), warnings=warnings, skipped=skipped)
    failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed]
    if failed_checks:
        tables = ", ".join(e.asset_key.to_user_string() for e in failed_checks)
        reports = [_text(e.metadata.get("report")) for e in failed_checks]
        message = f"validation failed for {tables}"
        if failed_checks[0].check_name == CORRECTIONS_CHECK:
            # Its report is one line per correction that cannot stand, each printed once: a
            # single one is the error itself; several are listed above a summary, as bad
            # pages are (docs/corrections.md).
            problems = reports[0].splitlines()
            if len(problems) == 1:
                message, reports = problems[0], reports[1:]
            elif problems:
                message = (
                    f"{len(problems)} corrections cannot stand (listed above); nothing was"
                    " published"
                )
        report = "\n".join(reports)
        return RunOutcome(ExitCode.INVALID, message, report, warnings=warnings, skipped=skipped)
    return replace(_step_failure(result), warnings=warnings, skipped=skipped)


def _listed(result: dg.ExecuteInProcessResult, asset: str, key: str) -> list[str]:
    """A list of strings an asset reported in its metadata (empty when it did not run)."""
    for event in result.get_asset_materialization_events():
        materialization = event.materialization
        if materialization.asset_key == dg.AssetKey(asset) and key in materialization.metadata:
            value = materialization.metadata[key].value
            return [str(item) for item in value] if isinstance(value, (list, tuple)) else []
    return []


def _published(result: dg.ExecuteInProcessResult) -> RunOutcome:
    for event in result.get_asset_materialization_events():
        materialization = event.materialization
        if materialization.asset_key == dg.AssetKey(PUBLISH_STEP):
            meta = materialization.metadata
            return RunOutcome(
                ExitCode.OK,
                # JSON that published_dataset wrote: row count by table.
                row_counts=dict(cast("dict[str, int]", meta["row_counts"].value)),
                out_dir=str(meta["out_dir"].value),
            )
    return RunOutcome(ExitCode.PIPELINE_FAILED, "the run succeeded but published nothing")


def _step_failure(result: dg.ExecuteInProcessResult) -> RunOutcome:
    for event in result.all_events:
        if not event.is_step_failure:
            continue
        data = event.step_failure_data
        if data.user_failure_data is not None:
            description = data.user_failure_data.description or ""
            return RunOutcome(ExitCode.INVALID, f"{event.step_key}: validation failed", description)
        chain = _error_chain(data.error)
        for error in chain:
            if error.cls_name in KNOWN_ERRORS:
                first, *details = _own_message(error).splitlines() or [""]
                return RunOutcome(KNOWN_ERRORS[error.cls_name], first, "\n".join(details))
        root = f"{chain[-1].cls_name}: {_message(chain[-1])}" if chain else "unknown error"
        return RunOutcome(
            ExitCode.PIPELINE_FAILED,
            f"step {event.step_key} failed ({root}); run {result.run_id} has the details",
        )
    return RunOutcome(ExitCode.PIPELINE_FAILED, f"run {result.run_id} failed")


def _error_chain(error: SerializableErrorInfo | None) -> list[SerializableErrorInfo]:
    chain = []
    while error is not None:
        chain.append(error)
        error = error.cause
    return chain


def _own_message(error: SerializableErrorInfo) -> str:
    """The exception's own message, without the ``module.Class:`` prefix Dagster keeps."""
    _, found, rest = error.message.partition(f"{error.cls_name}: ")
    return (rest if found else error.message).strip()


def _message(error: SerializableErrorInfo) -> str:
    return " ".join(_own_message(error).split())


def _text(value: object) -> str:
    return str(getattr(value, "value", value or ""))
