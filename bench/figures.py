"""What every bench shares: timing, in this process or in fresh ones, and the table it prints.

Every figure is the median of at least five runs. A measure and its baseline run
interleaved (one of each, then again), so that load from elsewhere on the machine falls on
both alike, after one unmeasured run of each (it imports modules, registers fonts, writes
`.pyc` files and warms the page cache, as a program that already runs has done). Processes
run with bytecode caching allowed, as an installed program has its `.pyc` files.

The table: measure, figure, baseline, ratio (figure ÷ baseline: below 1 the program is
faster than the baseline), target, and whether it is met. A bench that also measured on a
PostgreSQL server (bench/server.py) gives each figure's server row below it (`with_server`).

The program encrypts its databases and keeps their keys in the operating system's keyring,
which a bench machine may not have: the benches, and the processes they start, keep them
in a keyring file in the work folder instead (bench/file_keyring.py, `KEYRING`), set up
when this module is imported.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO, TypeVar

import file_keyring
import keyring

MIN_RUNS = 5
T = TypeVar("T")
KEYRING = Path(tempfile.gettempdir()) / "maatwerkdesk-bench" / "keyring.json"
"""The keys of the benches' databases (the cached ones in the work folder among them)."""

os.environ.update(file_keyring.child_env(KEYRING))
keyring.set_keyring(file_keyring.FileKeyring())


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


@dataclass(frozen=True)
class ProcessTime:
    wall: float
    """Seconds from start to exit: what the user waits for."""
    cpu: float
    """User and system seconds of the process: less sensitive to other load."""


def run_process(command: Sequence[str], env: dict[str, str]) -> ProcessTime:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return ProcessTime(wall, cpu)


def interleaved(runs: int, *measures: Callable[[], T]) -> list[list[T]]:
    """Each measure once unmeasured, then `runs` rounds of one run of each."""
    if runs < MIN_RUNS:
        raise SystemExit(f"--runs must be at least {MIN_RUNS}")
    for measure in measures:
        measure()
    results: list[list[T]] = [[] for _ in measures]
    for _ in range(runs):
        for result, measure in zip(results, measures, strict=True):
            result.append(measure())
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def target_at(at_scale: bool, target: float) -> float | None:
    """`target` where the bench runs at the size it is for; None (not judged) otherwise."""
    return target if at_scale else None


def timed(
    action: Callable[[], object], prepare: Callable[[], object] | None = None
) -> Callable[[], float]:
    """A measure for `interleaved`: the milliseconds `action` takes in this process, after
    `prepare` (not timed)."""

    def measure() -> float:
        if prepare is not None:
            prepare()
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    return measure


def medians(runs: int, *measures: Callable[[], float]) -> list[float]:
    """The median of each measure, run `interleaved`."""
    return [median(results) for results in interleaved(runs, *measures)]


@dataclass(frozen=True)
class Figure:
    measure: str
    figure: float | None
    """In `unit`; None: not measured (see `note`)."""
    baseline: float | None
    """In `unit`; None: an absolute target, no baseline."""
    target: float | None
    """The highest acceptable ratio, or with no baseline the highest acceptable figure;
    None: no target applies to what was measured (see `note`)."""
    unit: str = "ms"
    note: str = ""
    relative: bool | None = None
    """Whether `target` is a ratio to the baseline; by default when there is a baseline."""

    @property
    def is_relative(self) -> bool:
        return self.baseline is not None if self.relative is None else self.relative

    @property
    def ratio(self) -> float | None:
        if self.figure is None or self.baseline is None:
            return None
        return self.figure / self.baseline

    @property
    def met(self) -> bool | None:
        if self.figure is None or self.target is None:
            return None
        value = self.ratio if self.is_relative else self.figure
        return value is not None and value <= self.target


SERVER_ROW = ", server"


def with_server(figures: Sequence[Figure], server: Sequence[Figure] | None) -> list[Figure]:
    """Each figure measured on SQLite followed by the same measure's figure on the server
    ("…, server"), against the baseline the bench measured for it (the SQLite one, or the
    server's own where that is the fair one) and the same target. A figure without a baseline has the
    SQLite figure as the server's baseline (its target stays absolute); a figure with one
    gets a third row, the server's figure against the SQLite figure (no target), unless a
    figure above compared the same two already.
    `server` holds the same measures in the same order; None: not measured."""
    if server is None:
        return list(figures)
    rows = []
    compared = set()
    for ours, theirs in zip(figures, server, strict=True):
        assert ours.measure == theirs.measure, "the same measures in the same order"
        rows.append(ours)
        on_server = replace(
            theirs,
            measure=ours.measure + SERVER_ROW,
            relative=ours.is_relative,
            note=theirs.note if theirs.note != ours.note else "",
        )
        if ours.baseline is None:
            rows.append(replace(on_server, baseline=ours.figure))
            continue
        rows.append(on_server)
        if (theirs.figure, ours.figure) in compared:
            continue
        compared.add((theirs.figure, ours.figure))
        rows.append(
            Figure(
                f"{ours.measure}, server against SQLite",
                theirs.figure,
                ours.figure,
                None,
                ours.unit,
            )
        )
    return rows


def _number(value: float) -> str:
    """Three significant digits, or all the digits before the point."""
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if size >= 1 else f"{value:.3g}"


def _amount(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{_number(value)} {unit}"


def print_figures(figures: Sequence[Figure], file: TextIO = sys.stdout) -> None:
    header = ("measure", "figure", "baseline", "ratio", "target", "met?")
    rows = [header]
    for f in figures:
        ratio = "-" if f.ratio is None else f"{_number(f.ratio)}x"
        if f.target is None:
            target = "-"
        elif f.is_relative:
            faster = f" ({1 / f.target:g}x faster)" if f.target < 1 else ""
            target = f"<= {f.target:g}x{faster}"
        else:
            target = f"<= {_amount(f.target, f.unit)}"
        met = {True: "yes", False: "NO", None: "-" if f.figure is not None else "not measured"}[
            f.met
        ]
        rows.append(
            (f.measure, _amount(f.figure, f.unit), _amount(f.baseline, f.unit), ratio, target, met)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print(line.rstrip(), file=file)
    for f in figures:
        if f.note:
            print(f"note ({f.measure}): {f.note}", file=file)
