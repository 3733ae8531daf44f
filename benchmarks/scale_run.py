"""Rerun the scale series alone and rewrite its section of ``benchmarks/RESULTS.md``.

``python -m benchmarks.scale_run [MINUTES [SIZE ...]]``: 200 and 2,000 documents measured, then
the large series (by default 5,000 to 100,000 documents; or the SIZEs given) within the budget
(default 20 minutes), the rest extrapolated and marked so; ``scale.json`` and ``scale.svg`` are
replaced by these points. The other sections of RESULTS.md are left as the last ``make bench``
wrote them.
"""

from __future__ import annotations

import sys

from benchmarks import plot, scale
from benchmarks.run import DOUBLING_LINE, RESULTS

SIZES = (200, 2_000)
SECTION = "## Scale"


def main(argv: list[str]) -> int:
    minutes = float(argv[0]) if argv else 20.0
    sizes = tuple(int(n) for n in argv[1:]) or LARGE
    points = scale.measure(SIZES, log=print)
    points += scale.measure_large(points, budget_s=minutes * 60, log=print, sizes=sizes)
    scale.save(points)
    plot.render(points)
    text = RESULTS.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    command = " ".join(["python -m benchmarks.scale_run", *argv])
    lines = scale.report(points, plot=plot.SVG.name, budget_minutes=minutes, command=command)
    section = "\n".join([*lines, "", DOUBLING_LINE])
    RESULTS.write_text(text[:start] + section + "\n" + text[end:], encoding="utf-8")
    return 0


LARGE = tuple(n for n in scale.LARGE_SIZES if n > SIZES[-1])

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
