"""The demo's data files (resources/demo/*.toml): each one read, complete where the code
looks a text up, and fictitious where it says so."""

from __future__ import annotations

import inspect
import re
import tomllib
from dataclasses import replace
from enum import StrEnum
from importlib import resources

import pytest

from maatwerkdesk.domain.case_facts import PartyRole
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.services.demo import data, generation, signals
from maatwerkdesk.services.demo.data import (
    CONFERENCE_NOTE,
    DECIDED_TO,
    GENERAL_STORY,
    MOTIVATIONS,
    PARTY_NOTES,
    SIGNAL_TEXTS,
    STORIES,
    by_value,
)
from tests.unit.test_bundled_factors import SHIPPED

FOLDER = resources.files("maatwerkdesk.resources") / "demo"


def _files() -> list[str]:
    return sorted(item.name for item in FOLDER.iterdir() if item.name.endswith(".toml"))


@pytest.mark.parametrize("name", _files())
def test_every_data_file_parses_and_is_read(name: str) -> None:
    tomllib.loads((FOLDER / name).read_text(encoding="utf-8"))
    assert name in re.findall(r'read\("([^"]+)"\)', inspect.getsource(data))


class _Colour(StrEnum):
    RED = "rood"
    BLUE = "blauw"


def test_texts_by_enum_value_are_complete_unless_said_otherwise() -> None:
    assert by_value(_Colour, {"rood": "a", "blauw": "b"}) == {_Colour.RED: "a", _Colour.BLUE: "b"}
    with pytest.raises(ValueError, match="blauw"):
        by_value(_Colour, {"rood": "a"})
    assert by_value(_Colour, {"rood": "a"}, complete=False) == {_Colour.RED: "a"}
    with pytest.raises(ValueError):
        by_value(_Colour, {"groen": "a"}, complete=False)


def test_every_outcome_has_motivations_and_a_told_decision() -> None:
    assert set(MOTIVATIONS) == set(Outcome) and all(MOTIVATIONS.values())
    assert set(DECIDED_TO) == set(OutcomeType) and all(DECIDED_TO.values())


def test_the_conference_note_is_found_again_by_its_mark() -> None:
    assert CONFERENCE_NOTE.index("{disciplines}") < CONFERENCE_NOTE.index("{besluit}")
    assert generation.DECIDED_MARK.strip()
    note = CONFERENCE_NOTE.format(disciplines="zorg", besluit="x")
    head, mark, _said = note.partition(generation.DECIDED_MARK)
    assert mark and CONFERENCE_NOTE.startswith(head.removesuffix("zorg"))


def test_every_third_party_the_story_gives_has_a_note() -> None:
    given = re.findall(r"PartyRole\.(\w+)", inspect.getsource(generation._parties))
    assert given and {PartyRole[name] for name in given} <= set(PARTY_NOTES)


def test_stories_belong_to_shipped_factor_catalogues_and_fill_their_shared_texts() -> None:
    assert set(STORIES) <= set(SHIPPED)
    for story in (*STORIES.values(), GENERAL_STORY):
        texts = (story.aim, story.suitability, story.set_aside, *story.citizen.values())
        assert set(story.citizen) == set(Outcome)
        assert all(t.startswith("Fictief") and "{" not in t for t in texts), story


def test_a_story_like_another_takes_the_texts_it_does_not_give() -> None:
    recovery = STORIES["nl.maatwerkdesk.factoren.terugvordering"]
    allowances = STORIES["nl.maatwerkdesk.factoren.toeslagen"]
    assert allowances.aim != recovery.aim
    assert allowances == replace(recovery, aim=allowances.aim, suitability=allowances.suitability)


def test_every_signal_has_its_texts_and_every_answer_a_step() -> None:
    used = re.findall(r'_signal\(\s*"(\w+)"', inspect.getsource(signals))
    assert used == list(SIGNAL_TEXTS)  # each text used, and in the order written
    for demo in signals.DEMO_SIGNALS:
        fields = demo.fields
        assert fields.regulation and fields.title and fields.owner
        assert fields.description.startswith("Fictief voorbeeld.")
    for name, texts in SIGNAL_TEXTS.items():
        demo = signals.DEMO_SIGNALS[used.index(name)]
        states = {state for state, _days, _response in demo.steps}
        assert set(texts.responses) <= states, name
        assert all(r.startswith("Fictief antwoord:") for r in texts.responses.values())


def test_the_precedents_say_they_are_fictitious() -> None:
    for text in (data.DEMO_ORIGIN, data.DEMO_SOURCE, data.IMPORTED_SUMMARY):
        assert "fictie" in text.lower()
    assert "{labels}" in data.IMPORTED_SUMMARY


def test_route_checks_weighings_and_proposals_say_they_are_fictitious() -> None:
    notes = (
        data.NECESSITY_NOTE,
        data.BALANCE_NOTE,
        data.ALTERNATIVE_NOTE,
        data.CITIZEN_INTEREST_NOTE,
        data.AIM_INTEREST_NOTE,
        data.FACTOR_MOTIVATION,
        data.SIGNAL_RULE,
        data.SIGNAL_OWNER,
    )
    for text in (*notes, *data.CRITERION_MOTIVATIONS, *data.GATE_REASONS.values()):
        assert text.startswith("Fictief:")
    assert all(m.startswith("Fictief:") for texts in MOTIVATIONS.values() for m in texts)
