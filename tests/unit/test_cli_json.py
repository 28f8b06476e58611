"""`assess --json` at scale: long arrays one element per line, the same JSON."""

from __future__ import annotations

import json

import pytest

from maatwerkdesk.cli import LONG_ARRAY, _print_json


def test_a_long_array_has_one_element_per_line_and_reads_back_the_same(
    capsys: pytest.CaptureFixture[str],
) -> None:
    conflicts = [
        {"precedent": f"MW-2025-{n:05d}", "differences": ["kinderen"], "standing": "open"}
        for n in range(LONG_ARRAY + 1)
    ]
    payload = {
        "precedents": {"outcomes": {"deviate": {"conflicting": conflicts, "forcing": ["a", "b"]}}},
        "title": 'Tekst met "aanhalingstekens", een \x00 en é',
        "trap": "\x000\x00",
    }
    _print_json(payload)
    out = capsys.readouterr().out
    assert json.loads(out) == payload
    lines = out.splitlines()
    first = lines.index('        "conflicting": [')
    assert lines[first + 1] == "          " + json.dumps(conflicts[0], ensure_ascii=False) + ","
    assert lines[first + 1 + len(conflicts)] == "        ],"
    assert '"forcing": [\n          "a",' in out  # short arrays stay as they were


def test_short_arrays_are_indented_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    payload = {"a": [1, {"b": [2, 3]}], "c": []}
    _print_json(payload)
    assert capsys.readouterr().out == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
