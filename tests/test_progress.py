"""Progress lines: documents done, rate and time left, at the documented moments."""

from __future__ import annotations

from pipeline.defs.progress import Tracker, progress_line


def test_progress_line_reports_done_rate_and_time_left() -> None:
    assert progress_line(1200, 10000, 12.0) == "1,200/10,000 documents (12%), 100.0/s, 1m28s left"
    assert progress_line(10, 10, 2.0) == "10/10 documents (100%), 5.0/s, done"
    assert progress_line(0, 5, 0.0) == "0/5 documents (0%), 0.0/s, done"
    assert progress_line(1, 100000, 1.0) == "1/100,000 documents (0%), 1.0/s, 27h46m left"


def test_tracker_logs_every_n_documents_and_at_the_end() -> None:
    ticks = iter(float(t) for t in range(100))
    logged: list[str] = []
    drawn: list[tuple[str, bool]] = []
    tracker = Tracker(
        5, 2, logged.append, lambda line, last: drawn.append((line, last)), lambda: next(ticks)
    )
    for _ in range(5):
        tracker.advance()
    tracker.finish()
    assert logged == [
        "2/5 documents (40%), 1.0/s, 3s left",
        "4/5 documents (80%), 1.0/s, 1s left",
        "5/5 documents (100%), 1.0/s, done",
    ]
    assert [line for line, _ in drawn][:2] == ["1/5 documents (20%), 1.0/s, 4s left", logged[0]]
    assert drawn[-1] == ("5/5 documents (100%), 0.8/s, done", True)
    assert [last for _, last in drawn].count(True) == 1
