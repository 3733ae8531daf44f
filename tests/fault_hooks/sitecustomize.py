"""Fault injection for subprocess tests: pause a real ``ice-offices`` inside the publisher.

Python imports ``sitecustomize`` at start-up from ``sys.path``, so a test that puts this
folder on ``PYTHONPATH`` and sets ``ICE_OFFICES_PAUSE=<point>:<marker file>`` gets the real
command, unchanged, stopped at that point: the marker file is written, then the process
sleeps until the test kills it (or gives up after a minute). Points:

* ``staged``: every file of the new release is written and verified, before the swap;
* ``writing``: after the third file of the new release is written;
* ``extracting``: when the first document is about to be read and extracted.

Production code carries no test hook; without the variable this module does nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SETTING = os.environ.get("ICE_OFFICES_PAUSE", "")
MAX_PAUSE = 60.0


def _pause(marker: Path) -> None:
    marker.write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(MAX_PAUSE)
    raise SystemExit("paused too long: the test did not kill this process")


def _install(point: str, marker: Path) -> None:
    from pipeline.publish import publisher  # noqa: PLC0415 (only when asked)

    if point == "extracting":
        from pipeline.defs import assets  # noqa: PLC0415 (only when asked)

        process = assets.process_document

        def paused_process(*args: object, **kwargs: object) -> object:
            _pause(marker)
            return process(*args, **kwargs)

        assets.process_document = paused_process
    elif point == "staged":
        swap = publisher._swap_in

        def paused_swap(staging: Path, out_dir: Path) -> None:
            _pause(marker)
            swap(staging, out_dir)

        publisher._swap_in = paused_swap
    elif point == "writing":
        write = publisher._write_file
        written: list[Path] = []

        def paused_write(path: Path, data: bytes) -> None:
            write(path, data)
            written.append(path)
            if len(written) == 3:
                _pause(marker)

        publisher._write_file = paused_write
    else:
        raise SystemExit(f"ICE_OFFICES_PAUSE: unknown point {point!r}")


if SETTING:
    _point, _, _marker = SETTING.partition(":")
    _install(_point, Path(_marker))
