"""The state of each step of a dossier, and the step to take next."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from samples import sample_facts

from maatwerkdesk.domain.criteria_check import Applicability, GateStatus
from maatwerkdesk.domain.dossier import DossierFields, Subject
from maatwerkdesk.domain.dossier_steps import (
    STEP_TITLES,
    LegalProgress,
    StepState,
    dossier_steps,
    next_step,
    next_step_line,
)
from maatwerkdesk.domain.loket import Involvement, InvolvementRole, Loket, Referral, ReferralStatus
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import VerdictValue

FACTS = DossierFields(
    title="Terugvordering na verhuizing",
    regulation="Participatiewet",
    generic_outcome="De bijstand wordt teruggevorderd.",
    knelpunt="De verhuizing was gemeld, de verwerking niet.",
    request="Afzien van terugvordering.",
    subject=Subject(name="Fictieve betrokkene"),
    notes="",
)
DONE = LegalProgress(
    assessed=True,
    applicable=Applicability.YES,
    gate=GateStatus.SATISFIED,
    outcome=Outcome.DEVIATE,
    verdict=VerdictValue.DISPROPORTIONATE,
    citizen_text=True,
)


def states(fields: DossierFields, legal: LegalProgress, timeline: int = 1) -> dict[str, str]:
    return {s.title: s.state.value for s in dossier_steps(fields, timeline, 0, legal)}


def test_a_new_dossier_starts_at_its_title() -> None:
    steps = dossier_steps(DossierFields(), 0, 0, LegalProgress())
    assert [s.title for s in steps] == list(STEP_TITLES)
    assert next_step_line(steps) == "Volgende stap: Dossier — geef het dossier een titel"
    assert {s.state for s in steps} == {StepState.OPEN, StepState.OPTIONAL}


def test_a_dossier_with_every_step_done_says_so() -> None:
    found = states(FACTS, DONE)
    assert found["Toetsing"] == found["Afweging"] == found["Voorstel"] == "klaar"
    assert found["Bijlagen"] == found["Notities"] == found["Doenvermogen"] == "naar keuze"
    assert found["Feiten"] == "naar keuze"
    steps = dossier_steps(FACTS, 1, 0, DONE)
    assert next_step(steps) is None
    assert next_step_line(steps) == "Alle stappen zijn klaar."


def test_the_feiten_step_counts_what_is_recorded() -> None:
    steps = dossier_steps(replace(FACTS, facts=sample_facts()), 1, 0, DONE)
    (feiten,) = [s for s in steps if s.title == "Feiten"]
    assert feiten.state is StepState.DONE
    assert feiten.reason == "fase: bezwaar, 2 bedragen, 1 derde, 1 uitspraak"
    assert next_step(steps) is None


def test_what_is_missing_of_the_knelpunt_is_named() -> None:
    steps = dossier_steps(replace(FACTS, knelpunt="", request=" "), 1, 0, DONE)
    assert next_step_line(steps) == (
        "Volgende stap: Knelpunt — beschrijf het knelpunt en de vraag van de burger"
    )


@pytest.mark.parametrize(
    ("legal", "step", "state", "reason"),
    [
        (replace(DONE, applicable=Applicability.NO), "Toetsing", "aandacht", "afwijken kan niet"),
        (replace(DONE, gate=GateStatus.NOT_SATISFIED), "Toetsing", "aandacht", "gewone wegen"),
        (replace(DONE, missing=2), "Toetsing", "open", "2 criteria nog open"),
        (replace(DONE, missing=1), "Toetsing", "open", "1 criterium nog open"),
        (replace(DONE, outcome=None), "Precedenten", "open", "leg de beslissing vast"),
        (replace(DONE, verdict=None), "Afweging", "open", "weeg de evenredigheid af"),
        (replace(DONE, verdict=VerdictValue.UNCERTAIN), "Afweging", "open", "nog niet alle"),
        (
            replace(DONE, verdict=VerdictValue.PROPORTIONATE),
            "Afweging",
            "aandacht",
            "de beslissing wijkt af",
        ),
        (
            replace(DONE, outcome=Outcome.GENERIC),
            "Afweging",
            "aandacht",
            "de beslissing volgt haar",
        ),
        (replace(DONE, citizen_text=False), "Voorstel", "open", "tekst voor de burger"),
    ],
)
def test_each_legal_step_says_what_holds_it_up(
    legal: LegalProgress, step: str, state: str, reason: str
) -> None:
    steps = dossier_steps(FACTS, 1, 0, legal)
    found = next(s for s in steps if s.title == step)
    assert (found.state.value, reason in found.reason) == (state, True)
    assert next_step(steps) == found


def test_a_step_that_needs_a_look_comes_before_an_open_one() -> None:
    legal = replace(DONE, applicable=Applicability.NO)
    steps = dossier_steps(replace(FACTS, title=""), 1, 0, legal)
    assert next_step_line(steps).startswith("Volgende stap: Toetsing — afwijken kan niet")


def test_applying_the_rule_after_a_weighing_that_finds_it_proportionate_is_done() -> None:
    legal = replace(DONE, outcome=Outcome.GENERIC, verdict=VerdictValue.PROPORTIONATE)
    assert states(FACTS, legal)["Afweging"] == "klaar"


def test_what_blocks_deviating_is_no_concern_once_the_rule_is_applied() -> None:
    kept = replace(DONE, outcome=Outcome.GENERIC, verdict=VerdictValue.PROPORTIONATE)
    for blocked in (
        replace(kept, applicable=Applicability.NO),
        replace(kept, gate=GateStatus.NOT_SATISFIED),
    ):
        step = dossier_steps(FACTS, 1, 0, blocked)[STEP_TITLES.index("Toetsing")]
        assert step.state is StepState.DONE


def test_the_loket_step_counts_what_is_there_and_asks_a_look_at_a_referral_not_taken_up() -> None:
    def loket_step(loket: Loket) -> tuple[str, str]:
        step = dossier_steps(FACTS, 1, 0, replace(DONE, loket=loket))[-1]
        return step.state.value, step.reason

    assert loket_step(Loket()) == ("naar keuze", "vul in als andere organisaties meespelen")
    day = date(2026, 12, 1)
    sent = Referral("r", "lmm", "Vraag", True, ReferralStatus.SENT, ((ReferralStatus.SENT, day),))
    involved = (Involvement("i", "uwv", InvolvementRole.INVOLVED),) * 2
    assert loket_step(Loket(involved, (sent,))) == ("klaar", "2 organisaties, 1 verwijzing")
    ended = replace(sent, status=ReferralStatus.NOT_TAKEN_UP)
    state, reason = loket_step(Loket(involved, (sent, ended)))
    assert state == "aandacht" and "niet opgepakt" in reason
    assert next_step(dossier_steps(FACTS, 1, 0, replace(DONE, loket=Loket(referrals=(ended,)))))
