"""The framework floor: a trivial two-asset Dagster job, run the way ``ice-offices build`` runs.

Same interpreter start (its libraries imported as the command line imports a command's:
``long_lived_imports``), same instance setup (``open_instance``: ``$DAGSTER_HOME``), same
in-process execution with the console log silenced; only the pipeline's work is missing.
"""

from __future__ import annotations

from pipeline.cli import long_lived_imports

with long_lived_imports():
    import dagster as dg

    from pipeline.commands.instance import open_instance


@dg.asset
def first() -> int:
    return 1


@dg.asset
def second(first: int) -> int:
    return first + 1


def main() -> None:
    job = dg.define_asset_job("floor", selection=dg.AssetSelection.all())
    defs = dg.Definitions(assets=[first, second], jobs=[job], executor=dg.in_process_executor)
    with open_instance() as instance:
        result = defs.resolve_job_def("floor").execute_in_process(
            instance=instance,
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
        )
    assert result.success


if __name__ == "__main__":
    main()
