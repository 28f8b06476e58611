"""How far a long command has come is shown on stderr: not at all for a quick one, at most
once a second after that, rewritten in place on a terminal."""

from __future__ import annotations

import io

import pytest

from maatwerkdesk import cli


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(cli.time, "monotonic", fake)
    return fake


def test_a_quick_act_shows_nothing_and_a_long_one_a_line_a_second(clock: Clock) -> None:
    stream = io.StringIO()
    with cli.ProgressLine(stream) as progress:
        progress("Dossiers opslaan", 1_000, 10_000)
        assert stream.getvalue() == ""
        clock.now += 2.5
        progress("Dossiers opslaan", 2_000, 10_000)
        clock.now += 0.5
        progress("Dossiers opslaan", 3_000, 10_000)  # within the second: left out
        progress("Dossiers opslaan", 10_000, 10_000)  # the last of a step: always shown
    assert stream.getvalue().splitlines() == [
        "Dossiers opslaan: 2.000 van 10.000",
        "Dossiers opslaan: 10.000 van 10.000",
    ]


def test_on_a_terminal_the_line_is_rewritten_and_an_interrupted_one_ended(clock: Clock) -> None:
    stream = Terminal()
    with cli.ProgressLine(stream) as progress:
        clock.now += 3
        progress("Importeren", 1, 4)
        clock.now += 1
        progress("Importeren", 2, 4)
    assert stream.getvalue() == (
        "\rImporteren: 1 van 4\x1b[K\rImporteren: 2 van 4\x1b[K\n"  # the error's own line
    )
