"""What a decision record says about itself is the same everywhere — the indicators, the
precedent explanations, the decision document and `assess` — and once it is signed it speaks
of what was decided, never to the caseworker about what to do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from catalogue_samples import ship_samples
from document_voice import instructions, instructs
from precedent_fixtures import conflicting_case
from signing_helpers import sign_overriding
from test_conference_flow import TODAY, Team, plan, prepare

from maatwerkdesk.domain.assessment import Answer, CriterionAnswer
from maatwerkdesk.domain.conference import Stance
from maatwerkdesk.domain.decision import Decision, Distinction, OutcomeType
from maatwerkdesk.domain.document import Document, Grid, Pairs, Text, texts
from maatwerkdesk.domain.precedent_standing import Standing
from maatwerkdesk.domain.proposal import Proposal, Zienswijze
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
)
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import assessments, dossiers, meetings, precedents, proposals, signing
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.signed import signed_versions
from maatwerkdesk.services.weighing import load_weighing, save_weighing

SYSTEM = Context(actor="test", origin="test", today=TODAY)


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def document(team: Team, dossier_id: str) -> Document:
    with team.database.sessions() as session:
        return load_decision_document(session, SYSTEM, dossier_id, TODAY)


def assess(team: Team, dossier_id: str) -> tuple[dict[str, Any], str]:
    with team.database.sessions() as session:
        check = load_check(session, SYSTEM, dossier_id, audit_read=False)
        versions = signed_versions(session, dossier_id)
        return assess_document(check, versions), assess_text(check, versions)


def indicator_rows(doc: Document) -> dict[str, tuple[str, str]]:
    """The indicators chapter: title → (stand, toelichting)."""
    (section,) = [s for s in doc.sections if s.title == "Willekeur-indicatoren"]
    (grid,) = [b for b in section.blocks if isinstance(b, Grid)]
    return {title: (state, text) for title, state, text in grid.rows}


def summary(doc: Document) -> dict[str, str]:
    (pairs,) = [b for b in doc.sections[0].blocks if isinstance(b, Pairs)]
    return dict(pairs.rows)


def chapter(doc: Document, title: str) -> list[str]:
    (section,) = [s for s in doc.sections if s.title == title]
    return [b.text for b in section.blocks if isinstance(b, Text)]


def to_agenda(team: Team, dossier_id: str) -> str:
    """Put the dossier ter bespreking on a meeting chaired by team.chair; the item's id."""

    def ter_bespreking(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, status=DossierStatus.TER_BESPREKING)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    team.run(team.caseworker, ter_bespreking)
    return plan(team, dossier_id)[1]


def sign(team: Team, item_id: str, departure: str = "") -> None:
    def motivate(session, context):  # type: ignore[no-untyped-def]
        row = meetings.agenda_item_row(session, item_id)
        item = meetings.load_meeting(session, row.meeting_id).item(item_id)
        assert item is not None
        meetings.record_item(
            session, context, item_id, replace(item.record, departure_motivation=departure)
        )

    if departure:
        team.run(team.secretary, motivate)
    team.run(team.chair, lambda s, c: sign_overriding(s, c, item_id))


# ----------------------------------------------------------------- who decided


def test_a_deviation_the_chair_signed_after_advice_was_not_decided_alone(team: Team) -> None:
    dossier_id = prepare(team)  # a partial deviation; the proposal names no deciders
    item_id = plan(team, dossier_id)[1]
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Ja."))
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    with team.database.sessions() as session:
        check = load_check(session, SYSTEM, dossier_id, audit_read=False)
    assert "single-decider" not in [f.id for f in check.findings]
    state, text = indicator_rows(document(team, dossier_id))["Eén beslisser"]
    assert state == "In orde" and "ondertekend" in text


def test_advice_counts_as_review_and_one_decider_is_named(team: Team) -> None:
    dossier_id = prepare(team)
    team.run(
        team.caseworker,
        lambda s, c: proposals.save_proposal(
            s,
            c,
            dossier_id,
            Proposal(deciders=("Anouk Verhoef",), zienswijze=Zienswijze.OFFERED),
        ),
    )
    state, text = indicator_rows(document(team, dossier_id))["Eén beslisser"]
    assert state == "Hoog" and "maar één persoon (Anouk Verhoef)" in text
    item_id = plan(team, dossier_id)[1]
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Ja."))
    assert indicator_rows(document(team, dossier_id))["Eén beslisser"][0] == "In orde"


def test_an_indicator_about_deviating_is_not_called_in_order_for_a_refusal(team: Team) -> None:
    dossier_id = prepare(team)
    refuse = Decision(OutcomeType.REFUSE, reason=frozenset({"groot-bedrag"}), motivation="Nee.")
    team.run(team.caseworker, lambda s, c: precedents.save_decision(s, c, dossier_id, refuse))
    rows = indicator_rows(document(team, dossier_id))
    for title in (
        "Eén beslisser",
        "Niet aan de harde criteria voldaan",
        "Gewone wegen niet eerst geprobeerd",
    ):
        state, text = rows[title]
        assert state == "Niet van toepassing", title
        assert text == "Alleen bij het afwijken van de regel."
    assert rows["Algemene regel onevenredig"][0] != "Niet van toepassing"


# ----------------------------------------------------------------- one standing per precedent


def _distinction(earlier: str) -> Decision:
    return Decision(
        OutcomeType.FULL,
        reason=frozenset({"eigen-aandeel"}),
        distinctions=(Distinction(earlier, "eigen-aandeel"),),
        motivation="De gemeente maakte de fout.",
    )


def _by_reason(earlier: str) -> Decision:
    return Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel", "geen-verwijt"}))


def _default_reason(earlier: str) -> Decision:
    return Decision(OutcomeType.FULL, motivation="Alles bij elkaar.")


CASES = [
    ("distinction", _distinction, "", Standing.DISTINGUISHED),
    ("chosen reason", _by_reason, "", Standing.DISTINGUISHED),
    ("nothing named", _default_reason, "", Standing.OPEN),
    ("signed departure", _default_reason, "Het beleid is gewijzigd.", Standing.DEPARTED),
]


@pytest.mark.parametrize(("decide", "departure", "standing"), [c[1:] for c in CASES])
def test_every_view_says_the_same_about_a_conflicting_precedent(
    team: Team, decide: Any, departure: str, standing: Standing
) -> None:
    earlier, dossier_id = conflicting_case(team.database, SYSTEM)
    decision = decide(earlier)
    team.run(team.caseworker, lambda s, c: precedents.save_decision(s, c, dossier_id, decision))
    if departure:
        sign(team, to_agenda(team, dossier_id), departure)
    says = {
        Standing.DISTINGUISHED: f"onderscheiden van {earlier}".casefold(),
        Standing.OPEN: f"in strijd met {earlier}".casefold(),
        Standing.DEPARTED: f"afgeweken van {earlier}".casefold(),
    }
    own, others = says.pop(standing), list(says.values())

    def agrees(text: str, *, must: bool = True) -> None:
        text = text.casefold()
        assert not [o for o in others if o in text], text
        assert own in text or not must, text

    doc = document(team, dossier_id)
    agrees(summary(doc)["Precedenten"], must=standing is not Standing.DISTINGUISHED)
    notes = [t for t in chapter(doc, "Factoren en precedenten") if earlier in t]
    assert notes
    for note in notes:
        agrees(note)
    state, text = indicator_rows(doc)["Strijd met een eerder besluit"]
    expected_state = {
        Standing.DISTINGUISHED: "In orde",
        Standing.OPEN: "Kritiek",
        Standing.DEPARTED: "Info",
    }[standing]
    assert state == expected_state
    agrees(text, must=standing is not Standing.DISTINGUISHED)
    data, lines = assess(team, dossier_id)
    (conflict,) = data["precedents"]["outcomes"]["deviate"]["conflicting"]
    assert conflict["standing"] == standing.value
    assert conflict["distinguished"] is (standing is Standing.DISTINGUISHED)
    agrees("\n".join(line for line in lines.splitlines() if earlier in line))
    findings = [f for f in data["indicators"] if f["id"] == "contradicts-precedent"]
    assert bool(findings) is (standing is not Standing.DISTINGUISHED)


# ----------------------------------------------------------------- the signed decision's voice


def _gappy(team: Team, decision: Decision, weighing: Weighing) -> str:
    """A dossier ter bespreking whose check has many open points: a knock-out and the
    sluitstuk unanswered, factors unmotivated, no zienswijze, a decider with a conflict, a
    thin weighing."""
    dossier_id = prepare(team, "Open punten")

    def gaps(session, context):  # type: ignore[no-untyped-def]
        state = assessments.load_assessment(session, context, dossier_id)
        answers = {"H3": CriterionAnswer("H3", Answer.MET, "")}
        assessment = replace(state.assessment, power="beleidsregel", route="awb-4-84")
        assessments.save_assessment(
            session, context, dossier_id, replace(assessment, answers=answers)
        )
        precedents.save_decision(session, context, dossier_id, decision)
        save_weighing(session, context, dossier_id, weighing)
        proposal = Proposal(
            deciders=("Anouk Verhoef", "Piet Tweede"),
            conflicts_of_interest=("Piet Tweede",),
            zienswijze=Zienswijze.UNKNOWN,
        )
        proposals.save_proposal(session, context, dossier_id, proposal)

    team.run(team.caseworker, gaps)
    return dossier_id


THIN = Weighing(
    nature=DecisionNature.BURDENING,
    steps={
        StepId.SUITABILITY: StepRecord(StepAnswer.PARTLY),
        StepId.NECESSITY: StepRecord(StepAnswer.YES),
    },
    alternatives={Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.SERVES_AIM)},
)
GAPS = [
    (Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel", "geen-verwijt"})), THIN),
    (Decision(OutcomeType.PARTIAL), Weighing()),
    (
        Decision(OutcomeType.REFUSE, reason=frozenset({"groot-bedrag"})),
        Weighing(steps={StepId.BALANCE: StepRecord(StepAnswer.NO)}),
    ),
]


@pytest.mark.parametrize(("decision", "weighing"), GAPS)
def test_a_signed_decision_speaks_of_what_was_decided(
    team: Team, decision: Decision, weighing: Weighing
) -> None:
    dossier_id = _gappy(team, decision, weighing)
    before = document(team, dossier_id)
    assert instructions(before)  # the proposal tells the caseworker what is still to do
    sign(team, plan(team, dossier_id)[1], "Het beleid is gewijzigd.")
    signed = document(team, dossier_id)
    assert signed.header.kind == "Besluit"
    assert instructions(signed) == []
    data, text = assess(team, dossier_id)
    assert [line for line in text.splitlines() if instructs(line)] == []
    assert len(data["indicators"]) >= 3  # the open points are still reported, as facts
    assert all(f["statement"] and not instructs(f["statement"]) for f in data["indicators"])


def test_the_fixtures_reach_the_texts_that_instruct(team: Team) -> None:
    """Guards the test above: unsigned, these dossiers show the program's instructions."""
    found: set[str] = set()
    for decision, weighing in GAPS:
        doc = document(team, _gappy(team, decision, weighing))
        found |= {t for t in texts(doc) if instructs(t)}
    assert len(found) >= 8


# ----------------------------------------------------------------- a lighter measure set aside


def test_a_deviation_beside_a_lighter_measure_says_why_it_was_set_aside(team: Team) -> None:
    dossier_id = prepare(team)  # a partial deviation
    serving = Weighing(
        nature=DecisionNature.BURDENING,
        aim="Onterecht betaalde bijstand terug.",
        steps={StepId.SUITABILITY: StepRecord(StepAnswer.YES, "Dient het doel.")},
        alternatives={
            Alternative.PAYMENT_PLAN: AlternativeRecord(
                AlternativeVerdict.SERVES_AIM, "Aflossen in termijnen kan."
            )
        },
    )
    team.run(team.caseworker, lambda s, c: save_weighing(s, c, dossier_id, serving))
    data, _text = assess(team, dossier_id)
    assert "alternative-unexplained" in [f["id"] for f in data["indicators"]]
    reason = "Ook in termijnen raakt de vordering het bestaansminimum."
    explained = replace(
        serving,
        alternatives={
            Alternative.PAYMENT_PLAN: replace(
                serving.alternatives[Alternative.PAYMENT_PLAN], set_aside=reason
            )
        },
    )
    team.run(team.caseworker, lambda s, c: save_weighing(s, c, dossier_id, explained))
    with team.database.sessions() as session:
        assert load_weighing(session, dossier_id).weighing == explained
    data, text = assess(team, dossier_id)
    assert "alternative-unexplained" not in [f["id"] for f in data["indicators"]]
    (alternative,) = data["weighing"]["alternatives"]
    assert alternative["set_aside"] == reason
    assert reason in text
    shown = chapter(document(team, dossier_id), "Minder bezwarende alternatieven")
    assert any(reason in t for t in shown)
