"""The demo's fictitious data, shipped as TOML in resources/demo and read when the demo is
first used: the parts of names (names.toml), the demo's people (people.toml), the
scenarios (scenarios.toml), the texts of the dossiers (dossier_texts.toml), of their
precedents (precedents.toml), route checks (route_checks.toml), weighings and proposals
(weighing.toml), and of the knelpuntsignalen (signals.toml).

Kept out of the code so that the texts can be read and changed as texts; the code that
makes dossiers of them is generation.py, the rest of the demo's modules use the others.
Lists keep their order and become tuples: which item a seeded draw picks depends on both.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import Any, TypeVar

from maatwerkdesk.domain.case_facts import PartyRole, Ruling
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.people import Discipline
from maatwerkdesk.domain.policy_signals import SignalState
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    Organisation,
    Stressor,
)
from maatwerkdesk.domain.vocabulary import TimelineKind as K
from maatwerkdesk.domain.weighing import Alternative

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


E = TypeVar("E", bound=StrEnum)
V = TypeVar("V")


def by_value(kind: type[E], items: Mapping[str, V], *, complete: bool = True) -> dict[E, V]:
    """`items`, keyed by the enum values of `kind`; `complete`: each value must be there."""
    found = {kind(key): value for key, value in items.items()}
    missing = [member.value for member in kind if member not in found]
    if complete and missing:
        raise ValueError(f"{kind.__name__}: no text for {', '.join(missing)}")
    return found


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
CONFERENCE_NOTE: str = _TEXTS["conference_note"]
"""The timeline's note of the meeting that decided; generation.told_decision makes it say
what the decision recorded in the dossier says."""
DECIDED_TO = by_value(OutcomeType, _TEXTS["decided_to"])
"""What the conference decided, as its note says it, per kind of outcome."""
PARTY_NOTES = by_value(PartyRole, _TEXTS["party_notes"], complete=False)
"""The note of a third party the story mentions, by role (only the roles the demo gives)."""
CLAIM_NOTE: str = _TEXTS["amount_notes"]["claim"]
BUSINESS_INCOME_NOTE: str = _TEXTS["amount_notes"]["business_income"]
DEBT_NOTE: str = _TEXTS["amount_notes"]["debt"]
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

# --- precedents.toml ---------------------------------------------------------------------

_PRECEDENTS = read("precedents.toml")
DEMO_ORIGIN: str = _PRECEDENTS["origin"]
"""Where the imported demo precedents come from."""
DEMO_SOURCE: str = _PRECEDENTS["source"]
"""The source of the decided demo dossiers registered as historic precedents."""
IMPORTED_SUMMARY: str = _PRECEDENTS["summary"]
"""An imported precedent's summary; {labels}: its decisive factors."""
MOTIVATIONS = {
    outcome: tuple(texts)
    for outcome, texts in by_value(Outcome, _PRECEDENTS["motivations"]).items()
}
"""The motivations of the demo's decisions, by outcome."""

# --- route_checks.toml -------------------------------------------------------------------

_CHECKS = read("route_checks.toml")
CRITERION_MOTIVATIONS = tuple(_CHECKS["motivations"])
GATE_REASONS = by_value(Outcome, _CHECKS["gate"])
"""How the ordinary ways were dealt with, by the outcome a dossier leans to."""

# --- weighing.toml -----------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """What a demo weighing and proposal say, in the words of the dossier's domain."""

    aim: str
    """The rule's aim."""
    suitability: str
    """Why applying the rule serves that aim."""
    alternative: Alternative
    """The lighter measure the weighing considers."""
    set_aside: str
    """Why a deviation sets that measure aside where it would serve the aim."""
    citizen: dict[Outcome, str]
    """The text for the citizen per outcome; "wij" is the organisation that decides."""


def _stories(items: dict[str, dict[str, Any]], shared: dict[str, str]) -> dict[str, Story]:
    """The stories by factor catalogue id ("general" too), in file order; a story that names
    another with `like` takes that one's texts where it gives none."""

    def merged(key: str) -> dict[str, Any]:
        item = items[key]
        return {**merged(item["like"]), **item} if "like" in item else item

    def story(item: dict[str, Any]) -> Story:
        return Story(
            aim=item["aim"].format_map(shared),
            suitability=item["suitability"].format_map(shared),
            alternative=Alternative(item["alternative"]),
            set_aside=item["set_aside"].format_map(shared),
            citizen={
                outcome: text.format_map(shared)
                for outcome, text in by_value(Outcome, item["citizen"]).items()
            },
        )

    return {key: story(merged(key)) for key in items}


_WEIGHING = read("weighing.toml")
STORIES = _stories(
    _WEIGHING["stories"], {"kept": _WEIGHING["kept"], "for_good": _WEIGHING["for_good"]}
)
"""The stories by factor catalogue id; "general" serves any other domain, or none."""
GENERAL_STORY = STORIES.pop("general")
NECESSITY_NOTE: str = _WEIGHING["weighing"]["necessity"]
BALANCE_NOTE: str = _WEIGHING["weighing"]["balance"]
ALTERNATIVE_NOTE: str = _WEIGHING["weighing"]["alternative"]
CITIZEN_INTEREST_NOTE: str = _WEIGHING["weighing"]["citizen_interest"]
AIM_INTEREST_NOTE: str = _WEIGHING["weighing"]["aim_interest"]
FACTOR_MOTIVATION: str = _WEIGHING["proposal"]["factor_motivation"]
SIGNAL_RULE: str = _WEIGHING["proposal"]["signal_rule"]
SIGNAL_OWNER: str = _WEIGHING["proposal"]["signal_owner"]

# --- signals.toml ------------------------------------------------------------------------


@dataclass(frozen=True)
class SignalTexts:
    """The texts of one demo signal; its category and life cycle are in signals.py."""

    owner: str
    description: str
    regulation: str = ""
    article: str = ""
    title: str = ""
    responses: Mapping[SignalState, str] = field(default_factory=dict)
    """The owner's answer at a step, by the state it moves to; none where not given."""


SIGNAL_TEXTS = {
    name: SignalTexts(
        owner=item["owner"],
        description=item["description"],
        regulation=item.get("regulation", ""),
        article=item.get("article", ""),
        title=item.get("title", ""),
        responses=by_value(SignalState, item.get("responses", {}), complete=False),
    )
    for name, item in read("signals.toml").items()
}
"""The texts of the demo signals by name, in file order."""
