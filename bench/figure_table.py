"""The table every bench prints: measure, figure, baseline, ratio, target, met.

A figure and its baseline are medians over the same number of runs in the same process,
taken in turns so that noise from the rest of the machine hits both alike. The ratio is
figure ÷ baseline: below 1 the program is faster than the baseline.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """At most `seconds`, or at most `ratio` × the baseline (either, or both)."""

    seconds: float | None = None
    ratio: float | None = None

    def met(self, figure: float, baseline: float | None) -> bool | None:
        checks = []
        if self.seconds is not None:
            checks.append(figure <= self.seconds)
        if self.ratio is not None and baseline:
            checks.append(figure / baseline <= self.ratio)
        return all(checks) if checks else None

    def __str__(self) -> str:
        parts = []
        if self.seconds is not None:
            parts.append(f"< {_duration(self.seconds)}")
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× baseline")
        return " and ".join(parts) or "—"


@dataclass(frozen=True)
class Row:
    measure: str
    figure: float
    baseline: float | None
    baseline_name: str
    target: Target

    @property
    def ratio(self) -> float | None:
        return self.figure / self.baseline if self.baseline else None


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def medians(
    runs: int,
    figure: Callable[[], object],
    baseline: Callable[[], object] | None = None,
    prepare: Callable[[], object] | None = None,
) -> tuple[float, float | None]:
    """Median seconds of `figure` and of `baseline`, run in turns `runs` times; `prepare`
    runs untimed before each run of `figure`."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        if prepare is not None:
            prepare()
        ours.append(timed(figure))
        if baseline is not None:
            theirs.append(timed(baseline))
    return statistics.median(ours), statistics.median(theirs) if theirs else None


def _duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1_000_000:.0f} µs"


def print_table(title: str, rows: list[Row]) -> None:
    """The rows as a Markdown table, and what each baseline is below it."""
    print(f"\n{title}\n")
    print("| measure | figure | baseline | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        met = row.target.met(row.figure, row.baseline)
        print(
            f"| {row.measure} | {_duration(row.figure)} "
            f"| {_duration(row.baseline) if row.baseline is not None else '—'} "
            f"| {f'{row.ratio:.2f}' if row.ratio is not None else '—'} "
            f"| {row.target} | {'—' if met is None else 'yes' if met else 'NO'} |"
        )
    print()
    for row in rows:
        if row.baseline_name:
            print(f"- {row.measure}: baseline = {row.baseline_name}")
