"""The scale plot: build time and peak memory against document count, as SVG, drawn from the
recorded results (``benchmarks/scale.json``) alone, so the same results give the same bytes.

``python -m benchmarks.plot`` redraws ``benchmarks/scale.svg``; ``make bench`` calls it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.scale import RECORDED, TARGET_RATIO, TARGET_RSS_MB, ScalePoint, load

SVG = RECORDED.with_name("scale.svg")


def render(points: list[ScalePoint], path: Path = SVG) -> None:
    """Two panels on log-log axes; extrapolated points hollow, on a dashed line."""
    import matplotlib  # noqa: PLC0415 (only the bench extra installs it)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    plt.rcParams.update({"svg.hashsalt": "ice-offices", "svg.fonttype": "none"})
    measured = [p for p in points if not p.extrapolated]
    guessed = [p for p in points if p.extrapolated]
    bridge = measured[-1:] + guessed
    figure, (times, memory) = plt.subplots(1, 2, figsize=(10, 4))
    panels = (
        (times, "seconds", lambda p: p.build_s, "ice-offices build"),
        (memory, "peak RSS (MB)", lambda p: p.max_rss_mb, "ice-offices build"),
    )
    for axis, label, value, name in panels:
        axis.plot([p.n_docs for p in measured], [value(p) for p in measured], "o-", label=name)
        if guessed:
            axis.plot([p.n_docs for p in bridge], [value(p) for p in bridge], "--", color="C0")
            axis.plot(
                [p.n_docs for p in guessed],
                [value(p) for p in guessed],
                "o",
                markerfacecolor="white",
                color="C0",
                label=f"{name}, extrapolated",
            )
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("documents")
        axis.set_ylabel(label)
        axis.grid(True, which="major", linewidth=0.5)
    times.plot(
        [p.n_docs for p in points],
        [TARGET_RATIO * p.extraction_s for p in points],
        ":",
        color="C2",
        label=f"target: {TARGET_RATIO:.0f}x pure extraction",
    )
    memory.axhline(TARGET_RSS_MB, linestyle=":", color="C2", label="target: 1 GB")
    times.set_title("Build time")
    memory.set_title("Peak memory")
    for axis in (times, memory):
        axis.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(figure)


if __name__ == "__main__":
    points = load()
    if not points:
        sys.exit(f"no results in {RECORDED}: run make bench first")
    render(points)
