"""Fuzzing the catalogue reader: whatever a file holds, the answer is a catalogue or a
DomainError with a clear message, never another exception, and it comes quickly.

A seeded mutation fuzzer starts from every shipped catalogue and the test samples and
applies byte flips, truncation, duplicated and dropped lines, huge values, deep nesting,
long dotted keys and repeated blocks; the files go through the same path as `catalogue
validate` (reading the bytes, then the loader) and a share of them through `catalogue add`
on a real database. Hypothesis adds files built from TOML's own punctuation.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from catalogue_samples import SMALL_CATALOGUE, SMALL_FACTORS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maatwerkdesk.cli import read_catalogue_file
from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.context import Context

SEED = 20261206
MUTANTS_PER_SEED_FILE = 150
THROUGH_ADD_EVERY = 10
"""Every tenth mutant also goes through `catalogue add` on a database."""
TIME_LIMIT = 2.0
"""Seconds for one file, however hostile."""

SEEDS = {
    **{p.name: p.read_bytes() for p in sorted(catalogues.BUNDLED_DIR.glob("*.toml"))},
    "routes-sample.toml": SMALL_CATALOGUE.encode(),
    "factors-sample.toml": SMALL_FACTORS.encode(),
}

Mutation = Callable[[random.Random, bytes], bytes]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:  # cut to nothing by an earlier mutation
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(out))
        out[position] = rng.choice([rng.randrange(256), *b"[]{}\"'=.,#\n\\"])
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def duplicate_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    block = lines[start : start + rng.randint(1, 12)]
    lines[start:start] = block * rng.randint(1, 3)
    return b"\n".join(lines)


def drop_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    del lines[start : start + rng.randint(1, 6)]
    return b"\n".join(lines)


def swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return b"\n".join(lines)


HUGE = [
    b"1" * 5000,
    b"-" + b"9" * 4400,
    b"0x" + b"f" * 6000,
    b"1_" * 3000 + b"1",
    b"1." + b"5" * 5000,
    b'"' + b"a" * 300_000 + b'"',
    b"[" * 700 + b"]" * 700,
    b"{a=" * 400 + b"1" + b"}" * 400,
    b"[" + b"1," * 30_000 + b"]",
    b"[" + b"{}," * 30_000 + b"]",
    b'"' + "🙂".encode() * 1000 + b'"',
    b"1979-05-27T07:32:00.999999999999999-07:00",
    b"9999-99-99",
    b"inf",
    b"nan",
    b'"\\u0000\\uD800"',
]


def huge_value(rng: random.Random, data: bytes) -> bytes:
    """Replace the value of a `key = value` line with something enormous or strange."""
    lines = _lines(data)
    candidates = [n for n, line in enumerate(lines) if b" = " in line]
    if not candidates:
        return data + b"\nx = " + rng.choice(HUGE)
    index = rng.choice(candidates)
    key = lines[index].split(b" = ", 1)[0]
    lines[index] = key + b" = " + rng.choice(HUGE)
    return b"\n".join(lines)


def deep_or_long_key(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    parts = rng.choice([9, 200, 100_000])
    key = b".".join([b"a"] * parts)
    constructs = [
        key + b" = 1",
        b"[" + key + b"]",
        b"[[" + key + b"]]",
        b"x = {" + key + b" = 1}",
        b'"a"' + b'."a"' * parts + b" = 1",
        b"x = " + b"[" * rng.choice([17, 500, 5000]),
    ]
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(constructs))
    return b"\n".join(lines)


def repeat_block(rng: random.Random, data: bytes) -> bytes:
    """Many tables: thousands of [[sources]], [[factors]] or [[signals]] up to the size limit."""
    block = rng.choice(
        [
            b"[[sources]]\n",
            b"[[factors]]\nid = 'x'\n",
            b"[[signals]]\nid = 's%d'\nthreshold = 2\n",
            b"[t%d]\n",
            b"a%d = []\n",
        ]
    )
    count = rng.choice([1000, 30_000, 120_000])
    body = b"".join(block.replace(b"%d", str(n).encode()) for n in range(count))
    return (data + b"\n" + body)[:1_999_000]


def insert_garbage(rng: random.Random, data: bytes) -> bytes:
    position = rng.randrange(len(data) + 1)
    garbage = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    return data[:position] + garbage + data[position:]


MUTATIONS: list[Mutation] = [
    flip_bytes,
    truncate,
    duplicate_lines,
    drop_lines,
    swap_lines,
    huge_value,
    deep_or_long_key,
    repeat_block,
    insert_garbage,
]


def mutants() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    found = []
    for name, data in SEEDS.items():
        for number in range(MUTANTS_PER_SEED_FILE):
            mutated = data
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                mutated = rng.choice(MUTATIONS)(rng, mutated)
            found.append((f"{number:03d}-{name}", mutated))
    return found


def outcome(read: Callable[[], object]) -> str:
    """ "ok", "refused" (a DomainError, with a message) or the unexpected exception."""
    try:
        read()
    except DomainError as error:
        assert str(error).strip(), "a refusal must say why"
        return "refused"
    except Exception as error:  # the fuzzer's finding
        return f"crash: {type(error).__name__}: {str(error)[:200]}"
    return "ok"


def test_mutated_catalogues_are_read_or_refused_never_crash(
    tmp_path: Path, database: Database
) -> None:
    context = Context(actor="beheer", origin="test", today=date(2026, 11, 28))
    counts = {"ok": 0, "refused": 0}
    crashes: list[str] = []
    slow: list[str] = []
    for index, (name, data) in enumerate(mutants()):
        path = tmp_path / name
        path.write_bytes(data)

        def validate() -> object:
            return load_catalogue(read_catalogue_file(path), name)  # noqa: B023

        def add() -> object:
            with database.sessions() as session:  # rolled back: nothing stays
                return catalogues.add_catalogue(
                    session,
                    context,
                    read_catalogue_file(path),  # noqa: B023
                    name,  # noqa: B023
                )

        def attempt() -> tuple[str, str, float]:
            started = time.thread_time()
            result = outcome(validate)
            added = outcome(add) if index % THROUGH_ADD_EVERY == 0 else "skipped"  # noqa: B023
            return result, added, time.thread_time() - started

        result, added, elapsed = attempt()
        if elapsed > TIME_LIMIT:  # timed again: one pause of the process is not the reader's
            gc.collect()
            elapsed = min(elapsed, attempt()[2])
        if elapsed > TIME_LIMIT:
            slow.append(f"{name}: {elapsed:.2f} s")
        if added.startswith("crash"):
            crashes.append(f"{name} (add): {added}")
        if result.startswith("crash"):
            crashes.append(f"{name}: {result}")
        else:
            counts[result] += 1
    tried = len(SEEDS) * MUTANTS_PER_SEED_FILE
    print(f"fuzz: {tried} files tried, {counts}, {len(crashes)} crashes, {len(slow)} slow")
    assert crashes == []
    assert slow == []
    assert counts["ok"] + counts["refused"] == tried
    assert counts["refused"] > tried // 2  # the mutations do break files


_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        "=",
        ",",
        ".",
        "\n",
        " ",
        "#",
        '"',
        "'",
        '"""',
        "'''",
        "\\",
        "a",
        "id",
        "1",
        "1" * 70,
        "true",
        "2026-01-01",
        'format = "maatwerkdesk-catalogue/1"\n',
        'kind = "factors"\n',
        'kind = "criteria"\n',
        'kind = "signals"\n',
        "[[signals]]\n",
        'rule = "long-duration"\n',
        "threshold = ",
        "[[factors]]\n",
        "[[criteria.considerations]]\n",
        "é",
        "\x00",
    ]
)


@settings(
    max_examples=300,
    deadline=TIME_LIMIT * 1000,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(st.lists(_PIECES, max_size=400).map("".join))
def test_files_of_toml_punctuation_are_read_or_refused(text: str) -> None:
    result = outcome(lambda: load_catalogue(text, "proef.toml"))
    assert not result.startswith("crash"), result
