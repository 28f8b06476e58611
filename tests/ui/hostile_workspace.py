"""A workspace where every text a person typed or imported is hostile: markup, entities,
long words. Each text starts with a marker («name») so a view that shows it can be found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from catalogue_samples import SMALL_CATALOGUE, SMALL_FACTORS
from hostile_strings import LONG_WORDS
from signing_helpers import give_key, sign_overriding
from sqlalchemy.orm import Session

from maatwerkdesk.domain.assessment import CriterionAnswer, GateAnswer
from maatwerkdesk.domain.case_facts import (
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Ruling,
    ThirdParty,
)
from maatwerkdesk.domain.conference import ActionItem, Advice, ItemRecord, Stance
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import (
    DimensionNote,
    Doenvermogen,
    DossierFields,
    TimelineEntry,
)
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.domain.precedent_exchange import (
    ExchangedPrecedent,
    precedents_to_json,
    read_precedent_document,
)
from maatwerkdesk.domain.proposal import Proposal, SignalKind
from maatwerkdesk.domain.proposal import Signal as KnelpuntSignal
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    TimelineKind,
)
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    InterestHolder,
    InterestRecord,
    StepId,
    StepRecord,
    Weight,
)
from maatwerkdesk.services import (
    assessments,
    attachments,
    catalogues,
    demo,
    dossiers,
    meetings,
    precedent_import,
    precedents,
    proposals,
    users,
    weighing,
)
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.export.building import agenda_candidates

TODAY = date.today()
MARKUP = (
    '<img src="file:///tmp/p.png"><b>vet</b><a href="x">link</a>&amp;&lt;i&gt;'
    "<table><td>cel</td></table><style>*{}</style>"
)
"""Short enough to survive the lists that show only the first 120 characters of a line."""
FILE_MARKUP = "<img src=p.png><b>vet<a href=x>link&amp;&lt;i&gt;<table><td>cel<style>*{}"
"""The same for a file name, which cannot hold a slash."""
SHORT_MARKUP = "<img src=p><b>b</b>&amp;"
"""For a catalogue's labels, which are short."""
MORE_LINES = f"\n{LONG_WORDS[1]}\n<b>derde regel</b> &nbsp;&euro; \u202eomgekeerd\u202c <br/>"


def line(name: str, tail: str = "") -> str:
    """One line: a marker naming the field, then the markup."""
    return f"«{name}»{MARKUP}{tail}"


def lines(name: str) -> str:
    """Several lines: the marked one, a very long word, and more markup."""
    return line(name) + MORE_LINES


@dataclass
class Hostile:
    workspace: Workspace
    dossier_id: str
    """Every field hostile, decided and signed in a meeting."""
    other_id: str
    """Ter bespreking, on the same agenda, its record not yet signed."""
    candidate_id: str
    """Ter bespreking, on no agenda; assessed with a hostile catalogue's routes and factors."""
    meeting_id: str
    item_ids: tuple[str, str]
    people: list[User]
    values: dict[str, str]
    """Marker -> the text as given; its first line is stored unchanged."""


def build_hostile(workspace: Workspace, tmp_path: Path) -> Hostile:
    """Demo data, then hostile people, dossiers, catalogues, a precedent and a meeting."""
    system = workspace.context("test")
    values: dict[str, str] = {}

    def keep(name: str, text: str) -> str:
        values[f"«{name}»"] = text
        return text

    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, system, 10, 3)

        def person(name: str, role: Role, discipline: Discipline | None = None) -> User:
            return users.add_user(session, system, keep(name, line(name)), role, discipline)

        people = [
            person("chair", Role.CHAIR, Discipline.LEGAL),
            person("secretary", Role.SECRETARY),
            person("legal", Role.MEMBER, Discipline.LEGAL),
            person("income", Role.MEMBER, Discipline.INCOME),
            person("caseworker", Role.CASEWORKER),
        ]
        other_id = dossiers.create_dossier(
            session,
            system,
            DossierFields(
                title=keep("other", line("other")),
                owner=keep("other-owner", line("other-owner")),
                status=DossierStatus.TER_BESPREKING,
            ),
        ).id
    dossier_id = _proposed_dossier(workspace, other_id)
    attachment = tmp_path / f"«attachment»{FILE_MARKUP}.pdf"
    attachment.write_bytes(b"%PDF-1.4\n")
    keep("attachment", attachment.name)

    with workspace.database.sessions.begin() as session:
        record = dossiers.open_dossier(session, system, dossier_id)
        fields = replace(
            record.fields,
            title=keep("title", line("title", " " + LONG_WORDS[1])[:SHORT_TEXT_LIMIT]),
            owner=keep("owner", line("owner")),
            regulation=keep("regulation", line("regulation")),
            deviation_article=keep("deviation", line("deviation")),
            generic_outcome=keep("generic", lines("generic")),
            knelpunt=keep("knelpunt", lines("knelpunt")),
            request=keep("request", lines("request")),
            notes=keep("notes", lines("notes")),
            subject=replace(
                record.fields.subject,
                name=keep("subject", line("subject")),
                contact=keep("contact", lines("contact")),
                household=keep("household", lines("household")),
            ),
            doenvermogen=Doenvermogen(
                dimensions={
                    DoenDimension.PLAN: DimensionNote(
                        DoenObservation.SOME_DIFFICULTY, keep("doen", lines("doen"))
                    )
                },
                support=keep("support", lines("support")),
            ),
            facts=CaseFacts(
                amounts=(
                    Amount(
                        AmountKind.CLAIM, Decimal("4312.17"), note=keep("amount", line("amount"))
                    ),
                ),
                third_parties=(
                    ThirdParty(
                        PartyRole.EMPLOYER,
                        keep("party", line("party")[:SHORT_TEXT_LIMIT]),
                        keep("party-note", line("party-note")),
                    ),
                ),
                rulings=(Ruling("ECLI:NL:CRVB:2024:726", keep("ruling", line("ruling"))),),
            ),
        )
        dossiers.update_dossier(
            session, system, dossier_id, fields, expected_revision=record.revision
        )
        entry = TimelineEntry(TODAY, TimelineKind.LETTER_IN, keep("timeline", lines("timeline")))
        dossiers.add_timeline_entry(session, system, dossier_id, entry)
        attachments.add_attachment(
            session,
            system,
            workspace.attachments,
            dossier_id,
            attachment,
            keep("attachment-text", line("attachment-text")),
        )
        _hostile_assessment(session, system, dossier_id, keep)
        weighing.save_weighing(
            session,
            system,
            dossier_id,
            replace(
                weighing.load_weighing(session, dossier_id).weighing,
                aim=keep("aim", lines("aim")),
                steps={StepId.SUITABILITY: StepRecord(motivation=keep("step", lines("step")))},
                alternatives={
                    Alternative.PAYMENT_PLAN: AlternativeRecord(
                        AlternativeVerdict.NOT_CONSIDERED, keep("alternative", line("alternative"))
                    )
                },
                interests={
                    InterestHolder.CITIZEN: InterestRecord(
                        Weight.NONE, keep("interest", line("interest"))
                    )
                },
            ),
        )
        state = precedents.load_precedents(session, system, dossier_id)
        assert state.catalogue is not None and state.decision is not None
        reason = sorted(state.decision.reason_for(state.factors, state.catalogue.sides))
        proposals.save_proposal(
            session,
            system,
            dossier_id,
            Proposal(
                citizen_text=keep("citizen", lines("citizen")),
                factor_motivations={reason[0]: keep("factor", line("factor"))},
                deciders=(keep("decider", line("decider")),),
                conflicts_of_interest=(keep("conflicted", line("conflicted")),),
                signal=KnelpuntSignal(
                    SignalKind.POLICY_RULE,
                    keep("signal-rule", line("signal-rule")),
                    keep("signal-owner", line("signal-owner")),
                ),
            ),
        )
        _import_precedent(session, system, state, keep("imported", line("imported")))

    meeting_id, item_ids = _decide(workspace, people, dossier_id, other_id, keep)
    candidate_id = _candidate(workspace, keep)
    workspace.user = people[-1]  # the caseworker
    return Hostile(
        workspace, dossier_id, other_id, candidate_id, meeting_id, item_ids, people, values
    )


def _proposed_dossier(workspace: Workspace, other_id: str) -> str:
    """A demo dossier ter bespreking with factors and a decision (the caseworker's proposal)."""
    context = workspace.context("test")
    with workspace.database.reads() as session:
        for summary in agenda_candidates(workspace):
            state = precedents.load_precedents(session, context, summary.id)
            if summary.id != other_id and state.decision is not None and state.factors:
                return summary.id
    raise AssertionError("the demo has no dossier ter bespreking with a proposal")


Keep = Callable[[str, str], str]


def _hostile_assessment(session: Session, context: Context, dossier_id: str, keep: Keep) -> None:
    """A route, and hostile text in a criterion's motivation and note and a gate reason."""
    state = assessments.load_assessment(session, context, dossier_id)
    catalogue, assessment = state.catalogue, state.assessment
    route = catalogue.route(assessment.route) or catalogue.routes[0]
    criterion = catalogue.criterion(route.criteria[0].id)
    notes = tuple(
        (c.id, keep(f"note-{c.id}", line(f"note-{c.id}"))) for c in criterion.considerations[:1]
    )
    answer = replace(
        assessment.answer(criterion.id),
        motivation=keep("motivation", lines("motivation")),
        notes=notes,
    )
    gate = catalogue.gate[0].id
    assessments.save_assessment(
        session,
        context,
        dossier_id,
        replace(
            assessment,
            route=route.id,
            answers={**assessment.answers, criterion.id: answer},
            gate={**assessment.gate, gate: GateAnswer(gate, reason=keep("gate", line("gate")))},
        ),
    )


CATALOGUE_TEXT = re.compile(
    r'^(title|label|question|guidance|description|basis|citation|help|reason) = "[^"]*"$',
    re.MULTILINE,
)


def hostile_catalogue(text: str, prefix: str, keep: Keep) -> str:
    """A catalogue file whose every title, label, question and description is hostile."""
    numbers = itertools.count()

    def swap(match: re.Match[str]) -> str:
        name = f"{prefix}-{next(numbers)}"
        text = f"«{name}»{SHORT_MARKUP}" if match[1] == "label" else line(name)
        return f"{match[1]} = '{keep(name, text)}'"

    return TEXT_KEY_EVIDENCE.sub(
        lambda m: f"evidence = ['{keep(prefix + '-evidence', line(prefix + '-evidence'))}']",
        CATALOGUE_TEXT.sub(swap, text),
    )


TEXT_KEY_EVIDENCE = re.compile(r"^evidence = \[.*\]$", re.MULTILINE)


def _candidate(workspace: Workspace, keep: Keep) -> str:
    """A dossier ter bespreking on no agenda, assessed and decided under added catalogues
    whose texts are hostile."""
    system = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        routes, _ = catalogues.add_catalogue(
            session, system, hostile_catalogue(SMALL_CATALOGUE, "routes", keep), "routes.toml"
        )
        factors, _ = catalogues.add_catalogue(
            session, system, hostile_catalogue(SMALL_FACTORS, "factors", keep), "factoren.toml"
        )
        fields = DossierFields(
            title=keep("candidate", line("candidate")),
            owner=keep("candidate-owner", line("candidate-owner")),
            status=DossierStatus.TER_BESPREKING,
            regulation="Participatiewet",
            article="58",
        )
        candidate_id = dossiers.create_dossier(session, system, fields).id
        state = assessments.load_assessment(
            session, system, candidate_id, catalogue_id=routes.header.id
        )
        answer = CriterionAnswer("H6", motivation=keep("candidate-why", lines("candidate-why")))
        assessments.save_assessment(
            session,
            system,
            candidate_id,
            replace(
                state.assessment, power="eigen-clausule", route="pw-58-8", answers={"H6": answer}
            ),
        )
        chosen = frozenset({"eigen-aandeel", "kinderen", "groot-bedrag"})
        precedents.save_factors(session, system, candidate_id, factors.ref, chosen)
        decision = Decision(
            OutcomeType.PARTIAL, motivation=keep("candidate-decision", line("candidate-decision"))
        )
        precedents.save_decision(session, system, candidate_id, decision)
    return candidate_id


def _import_precedent(
    session: Session, context: Context, state: precedents.PrecedentState, summary: str
) -> None:
    """A precedent from elsewhere with the dossier's factors, so the panel lists it."""
    assert state.catalogue is not None and state.decision is not None
    reason = state.decision.reason_for(state.factors, state.catalogue.sides)
    precedent = ExchangedPrecedent(
        reference="EL-2025-001",
        catalogue=state.catalogue.ref,
        route=state.route,
        factors=tuple(sorted(state.factors)),
        outcome_type=state.decision.outcome_type,
        degree=state.decision.degree,
        reason=tuple(sorted(reason)),
        summary=summary,
        decided_on=TODAY - timedelta(days=30),
    )
    raw = precedents_to_json("Gemeente Elders (fictief)", [precedent])
    document = read_precedent_document(raw, "elders.json", today=TODAY)
    precedent_import.import_precedents(session, context, document)


def _decide(
    workspace: Workspace, people: list[User], dossier_id: str, other_id: str, keep: Keep
) -> tuple[str, tuple[str, str]]:
    """Both dossiers on a new meeting's agenda; the first decided with hostile texts and
    signed, the second with advice and dissent recorded."""
    chair, secretary, legal, income, _caseworker = people
    context = workspace.context("test", user=secretary)
    with workspace.database.sessions.begin() as session:
        for summary in meetings.list_meetings(session):  # one dossier, one agenda
            agenda = meetings.load_meeting(session, summary.id).agenda
            kept = [
                meetings.PlannedItem(i.dossier_id, i.minutes)
                for i in agenda
                if i.dossier_id not in (dossier_id, other_id)
            ]
            if len(kept) != len(agenda):
                meetings.set_agenda(session, context, summary.id, kept)
        members = [meetings.PlannedMember(legal.id), meetings.PlannedMember(income.id)]
        meeting_id = meetings.plan_meeting(
            session,
            context,
            TODAY,
            chair.id,
            members,
            keep("location", line("location", " " + LONG_WORDS[2])[:SHORT_TEXT_LIMIT]),
        )
        meetings.set_agenda(
            session,
            context,
            meeting_id,
            [meetings.PlannedItem(dossier_id, 30), meetings.PlannedItem(other_id, 20)],
        )
        first, second = (item.id for item in meetings.load_meeting(session, meeting_id).agenda)
        proposal = precedents.load_precedents(session, context, dossier_id).decision
        assert proposal is not None
        advice = (
            Advice(
                legal.id,
                legal.name,
                legal.discipline,
                Stance.SUPPORT,
                keep("advice", lines("advice")),
            ),
        )
        meetings.record_item(
            session,
            context,
            first,
            ItemRecord(
                advice=advice,
                dissent=keep("dissent", lines("dissent")),
                decision=replace(proposal, motivation=keep("signed", lines("signed"))),
                actions=(ActionItem(keep("who", line("who")), keep("what", line("what"))),),
            ),
        )
        meetings.record_item(
            session,
            context,
            second,
            ItemRecord(
                advice=(
                    Advice(
                        income.id,
                        income.name,
                        income.discipline,
                        Stance.OPPOSE,
                        keep("advice-2", line("advice-2")),
                    ),
                ),
                dissent=keep("dissent-2", line("dissent-2")),
            ),
        )
    with workspace.database.sessions.begin() as session:
        give_key(session, chair)
        sign_overriding(session, workspace.context("test", user=chair), first)
    return meeting_id, (first, second)
