"""The demo's fictitious data, shipped as TOML in resources/demo and read when the demo is
first used: the parts of names (names.toml), the demo's people (people.toml), the
scenarios (scenarios.toml) and the texts of the dossiers (dossier_texts.toml).

Kept out of the code so that the texts can be read and changed as texts; the code that
makes dossiers of them is generation.py. Lists keep their order and become tuples: which
item a seeded draw picks depends on both.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from maatwerkdesk.domain.case_facts import Ruling
from maatwerkdesk.domain.people import Discipline
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    Organisation,
    Stressor,
)
from maatwerkdesk.domain.vocabulary import TimelineKind as K

Entry = tuple[K, str]
"""A timeline entry to be: its kind and its text (with placeholders)."""


def read(name: str) -> dict[str, Any]:
    source = resources.files("maatwerkdesk.resources") / "demo" / name
    return tomllib.loads(source.read_text(encoding="utf-8"))


def entries(items: Iterable[list[str]]) -> tuple[Entry, ...]:
    return tuple(entry(item) for item in items)


def entry(item: list[str]) -> Entry:
    kind, text = item
    return K(kind), text


# --- names.toml --------------------------------------------------------------------------

_NAMES = read("names.toml")
FEMALE = tuple(_NAMES["female"])
MALE = tuple(_NAMES["male"])
PARTICLES = tuple(_NAMES["particles"])
STEMS = tuple(_NAMES["stems"])
ENDINGS = tuple(_NAMES["endings"])
SHOP_NOUNS = tuple(_NAMES["shop_nouns"])
BUSINESS_NAMES = tuple(_NAMES["business_names"])
PLACES = tuple(_NAMES["places"])
STREETS = tuple(_NAMES["streets"])
COUNTRIES = tuple(_NAMES["countries"])
LANGUAGES = tuple(_NAMES["languages"])

# --- people.toml -------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    discipline: Discipline | None = None


def _people(items: list[dict[str, str]]) -> tuple[Person, ...]:
    return tuple(
        Person(item["name"], Discipline(item["discipline"]) if "discipline" in item else None)
        for item in items
    )


_PEOPLE = read("people.toml")
OWNERS = tuple(_PEOPLE["caseworkers"])
"""The demo's caseworkers: they own the demo dossiers."""
CHAIR_PEOPLE = _people(_PEOPLE["chairs"])
MEMBER_PEOPLE = _people(_PEOPLE["members"])
SECRETARY_NAME: str = _PEOPLE["secretary"]
READER_NAME: str = _PEOPLE["reader"]
ADMINISTRATOR_NAME: str = _PEOPLE["administrator"]
MEETING_LOCATION: str = _PEOPLE["meeting_location"]

# --- scenarios.toml ----------------------------------------------------------------------

_SCENARIOS = read("scenarios.toml")
CONSEQUENCES = {name: tuple(items) for name, items in _SCENARIOS["consequences"].items()}
"""Second sentences of a knelpunt (why the outcome pinches), by set."""
BUSINESS_CONSEQUENCES = CONSEQUENCES["business"]


@dataclass(frozen=True)
class Scenario:
    organisations: tuple[Organisation, ...]
    regulation: str
    articles: tuple[tuple[str, str], ...]
    """(the generic rule's article, the deviation clause); the generic article is left
    empty where the rule is not in the regulation named."""
    titles: tuple[str, ...]
    outcomes: tuple[str, ...]
    knelpunten: tuple[str, ...]
    requests: tuple[str, ...]
    openings: tuple[Entry, ...]
    stressors: tuple[Stressor, ...]
    ages: tuple[int, int] = (23, 66)
    business: float = 0.0
    """Chance that the betrokkene is a business rather than a person."""
    business_titles: tuple[str, ...] = ()
    business_knelpunten: tuple[str, ...] = ()
    business_outcomes: tuple[str, ...] = ()
    other_organisations: tuple[Organisation, ...] = field(default=())
    consequences: tuple[str, ...] = CONSEQUENCES["recovery"]


def _scenario(item: dict[str, Any]) -> Scenario:
    low, high = item.get("ages", Scenario.ages)
    return Scenario(
        organisations=tuple(Organisation(o) for o in item["organisations"]),
        regulation=item["regulation"],
        articles=tuple((article, clause) for article, clause in item["articles"]),
        titles=tuple(item["titles"]),
        outcomes=tuple(item["outcomes"]),
        knelpunten=tuple(item["knelpunten"]),
        requests=tuple(item["requests"]),
        openings=entries(item["openings"]),
        stressors=tuple(Stressor(s) for s in item["stressors"]),
        ages=(low, high),
        business=item.get("business", 0.0),
        business_titles=tuple(item.get("business_titles", ())),
        business_knelpunten=tuple(item.get("business_knelpunten", ())),
        business_outcomes=tuple(item.get("business_outcomes", ())),
        other_organisations=tuple(Organisation(o) for o in item.get("other_organisations", ())),
        consequences=CONSEQUENCES[item.get("consequences", "recovery")],
    )


SCENARIOS = tuple(_scenario(item) for item in _SCENARIOS["scenarios"])

# --- dossier_texts.toml ------------------------------------------------------------------

_TEXTS = read("dossier_texts.toml")
NOTICE: str = _TEXTS["notice"]
"""The opening of every demo dossier's notes: it is made up."""
EXTRA_NOTES = tuple(_TEXTS["extra_notes"])
OPEN_NOTES = tuple(_TEXTS["open_notes"])
"""Notes that only fit a dossier that is still open."""
HOUSEHOLDS_YOUNG = tuple(_TEXTS["households_young"])
HOUSEHOLDS = tuple(_TEXTS["households"])
HOUSEHOLDS_OLD = tuple(_TEXTS["households_old"])
BUSINESS_HOUSEHOLDS = tuple(_TEXTS["business_households"])
CONTACTS = tuple(_TEXTS["contacts"])
BUSINESS_CONTACTS = tuple(_TEXTS["business_contacts"])
SUPPORT = tuple(_TEXTS["support"])
REQUEST_ENTRIES = entries(_TEXTS["request_entries"])
MIDDLE_ENTRIES = entries(_TEXTS["middle_entries"])
AGENDA_ENTRY = entry(_TEXTS["agenda_entry"])
PREPARATION_ENTRIES = entries(_TEXTS["preparation_entries"])
DECISION_SENT: str = _TEXTS["decision_sent"]
CLOSINGS = entries(_TEXTS["closings"])
DECISIONS = tuple(_TEXTS["decisions"])
DISCIPLINES = tuple(_TEXTS["disciplines"])
DIMENSION_NOTES = {
    DoenDimension(dimension): {
        DoenObservation(observation): tuple(notes) for observation, notes in by_observation.items()
    }
    for dimension, by_observation in _TEXTS["dimension_notes"].items()
}
GROUP_TITLE: str = _TEXTS["group"]["title"]
GROUP_PATTERN: str = _TEXTS["group"]["pattern"]
GROUP_MOTIVATION: str = _TEXTS["group"]["motivation"]
GROUP_CIRCUMSTANCES: str = _TEXTS["group"]["circumstances"]
LOKET_REFERRAL: str = _TEXTS["loket"]["referral"]
LOKET_CONSENT: str = _TEXTS["loket"]["consent"]
RULINGS = {
    regulation: Ruling(item["ecli"], item["note"])
    for item in _TEXTS["rulings"]
    for regulation in item["regulations"]
}
"""Real rulings that fit a demo dossier's regulation; the dossier itself stays fictitious."""
