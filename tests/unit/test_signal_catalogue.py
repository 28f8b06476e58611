"""Reading signal catalogues: the shipped file loads, every kind of bad file is refused with
its line and key, and hostile files never get past the loader."""

from __future__ import annotations

from datetime import date

import pytest
from hostile_strings import hostile_strings

from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue, SignalRule
from maatwerkdesk.domain.signal_catalogue_loading import load_signal_catalogue
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import catalogues

SHIPPED = catalogues.BUNDLED_DIR / "signalering-2026.1.toml"

HEADER = """\
format = "maatwerkdesk-catalogue/1"
id = "nl.test.signalen"
kind = "signals"
version = "1.0"
valid_from = 2026-01-01
title = "Proef"
"""

SIGNAL = """
[[signals]]
id = "lang"
rule = "long-duration"
label = "Lange duur"
description = "Loopt lang."
threshold = 12
"""


def problems(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(CatalogueError) as caught:
        load_signal_catalogue(text, "proef.toml")
    return [(p.line, p.key, p.message) for p in caught.value.problems]


def test_the_shipped_catalogue_loads_with_one_signal_per_rule() -> None:
    catalogue = load_catalogue(SHIPPED.read_text("utf-8"), SHIPPED.name)
    assert isinstance(catalogue, SignalCatalogue)
    assert catalogue.header.id == catalogues.SIGNAL_CATALOGUE
    assert {s.rule for s in catalogue.signals} == set(SignalRule)
    recovery = next(s for s in catalogue.signals if s.rule is SignalRule.RECOVERY_LARGE)
    assert recovery.threshold == 30  # the same line as the indicator 'recovery-large'


def test_a_small_file_loads() -> None:
    catalogue = load_signal_catalogue(HEADER + SIGNAL, "proef.toml")
    [signal] = catalogue.signals
    assert (signal.id, signal.rule, signal.threshold) == ("lang", SignalRule.LONG_DURATION, 12)


@pytest.mark.parametrize(
    ("replace", "by", "key", "fragment"),
    [
        ("threshold = 12", "threshold = 0", "signals[0].threshold", "van 1 tot en met 600"),
        ("threshold = 12", "threshold = 601", "signals[0].threshold", "van 1 tot en met 600"),
        ("threshold = 12", 'threshold = "12"', "signals[0].threshold", "geheel getal"),
        ("threshold = 12", "threshold = true", "signals[0].threshold", "geheel getal"),
        ("threshold = 12", "threshold = 1.5", "signals[0].threshold", "geheel getal"),
        ("threshold = 12", "", "signals[0].threshold", "heeft een drempel nodig"),
        ('"long-duration"', '"organisation-share"', "signals[0].threshold", "geen drempel"),
        ('"long-duration"', '"anders"', "signals[0].rule", "geen toegestane waarde"),
        ('label = "Lange duur"', f'label = "{"x" * 61}"', "signals[0].label", "hoogstens 60"),
        ('description = "Loopt lang."', 'description = " "', "signals[0].description", "leeg"),
        ('id = "lang"', 'id = "met spatie"', "signals[0].id", "geen geldige id"),
        ("threshold = 12", "threshold = 12\nkleur = 1", "signals[0].kleur", "onbekend"),
    ],
)
def test_a_bad_signal_is_refused_with_its_key_and_line(
    replace: str, by: str, key: str, fragment: str
) -> None:
    text = HEADER + SIGNAL.replace(replace, by)
    found = problems(text)
    assert any(k == key and fragment in m for _, k, m in found), found
    assert all(line is None or line > 6 for line, _, _ in found)


def test_a_rule_twice_and_an_id_twice_are_refused() -> None:
    twice = HEADER + SIGNAL + SIGNAL
    found = problems(twice)
    assert any(k == "signals[1].id" and "twee keer" in m for _, k, m in found)
    assert any(k == "signals[1].rule" and "één signaal per regel" in m for _, k, m in found)


def test_a_catalogue_without_signals_or_with_another_kind_is_refused() -> None:
    assert any("[[signals]]" in m for _, _, m in problems(HEADER))
    wrong_kind = HEADER.replace('kind = "signals"', 'kind = "factors"') + SIGNAL
    assert any(k == "kind" for _, k, _ in problems(wrong_kind))
    extra = HEADER + "kleur = 1\n" + SIGNAL
    assert any(k == "kleur" and "tikfout" in m for _, k, m in problems(extra))


@pytest.mark.parametrize("value", hostile_strings())
def test_hostile_text_in_every_field_is_read_as_text_or_refused(value: str) -> None:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    for field in ("id", "label", "description", "rule"):
        line = next(x for x in SIGNAL.splitlines() if x.startswith(f"{field} ="))
        text = HEADER + SIGNAL.replace(line, f'{field} = "{escaped}"')
        try:
            catalogue = load_signal_catalogue(text, "proef.toml")
        except CatalogueError as error:
            assert str(error).startswith("De catalogus proef.toml is niet geldig")
        else:
            assert catalogue.signals[0].rule is SignalRule.LONG_DURATION


def test_the_catalogue_service_knows_the_shipped_signals(database: Database) -> None:
    with database.sessions() as session:
        known = catalogues.known_catalogues(session)
        assert known.signals(date(2026, 12, 7)).header.version == "2026.1"
        with pytest.raises(Exception, match="signaleringscatalogus"):
            known.signals(date(2025, 12, 31))
