"""A dossier's route and criteria assessment: load, save, re-assess under a newer catalogue.

The caller hands over the whole assessment as a value; this module checks it against
the pinned catalogue and the dossier (evidence must be the dossier's own), writes only
what changed, stores the computed result beside it and records the act in the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, ColumnExpressionArgument, and_, select
from sqlalchemy.orm import Session, selectinload

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CarryOver,
    CriterionAnswer,
    EvidenceKind,
    EvidenceLink,
    GateAnswer,
    GateState,
    carry_over,
)
from maatwerkdesk.domain.catalogue import CatalogueRef, CriteriaCatalogue
from maatwerkdesk.domain.criteria_check import CriteriaResult, check_criteria
from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.exchange_record import ExchangedAssessment
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.route_selection import RouteSuggestion, suggest_route
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text
from maatwerkdesk.persistence.base import new_id, utc_now
from maatwerkdesk.persistence.bulk import in_chunks, insert_records
from maatwerkdesk.persistence.models import AssessmentAnswerRow, AssessmentRow, DossierRow
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.revisions import NOT_STORED, refuse_if_stale, revision_of
from maatwerkdesk.services.signed import refuse_if_signed
from maatwerkdesk.services.users import require

CRITERION = "criterion"
GATE = "gate"


@dataclass(frozen=True)
class AssessmentState:
    """Everything the criteria panel and `assess` show for one dossier."""

    dossier_id: str
    reference: str
    assessment: Assessment
    catalogue: CriteriaCatalogue
    result: CriteriaResult
    suggestion: RouteSuggestion | None
    newer: CatalogueRef | None
    choices: tuple[CatalogueRef, ...]
    """Catalogues a fresh assessment could use instead (empty once the assessment is saved)."""
    saved: bool
    """False while nothing has been recorded yet (the assessment exists only on screen)."""
    revision: int = NOT_STORED
    """The stored assessment's revision: a save from it is refused once someone else
    saved the assessment (services/revisions.py)."""
    as_of: date | None = None
    """The date whose law a fresh assessment follows (None: today's); a stored one keeps
    the version it pinned."""


def load_assessment(
    session: Session,
    context: Context,
    dossier_id: str,
    *,
    audit_read: bool = False,
    catalogue_id: str | None = None,
    as_of: date | None = None,
) -> AssessmentState:
    """The current assessment, or a fresh one under the catalogue in force today.

    `catalogue_id` chooses among installed catalogues for a fresh assessment (default: the
    shipped one), `as_of` the date whose law it is assessed by (default: today: the version
    in force then); a stored assessment always stays with the catalogue it pinned.
    """
    dossier = live_dossier(session, dossier_id)
    row = _current_row(session, dossier_id)
    known = catalogues.known_catalogues(session)
    state = assessment_of(context, known, dossier, row, catalogue_id, as_of)
    if audit_read:
        audit_assessment_read(session, context, dossier_id)
    return state


def assessment_of(
    context: Context,
    known: catalogues.KnownCatalogues,
    dossier: DossierRow,
    row: AssessmentRow | None,
    catalogue_id: str | None = None,
    as_of: date | None = None,
) -> AssessmentState:
    """The state of the dossier's current assessment row as read; with None, a fresh
    assessment under the catalogue in force today (`catalogue_id` and `as_of` as in
    `load_assessment`)."""
    if row is None:
        catalogue = _in_force(known, context, catalogue_id, as_of)
        assessment = Assessment(catalogue.ref)
    else:
        catalogue = known.get(CatalogueRef(row.catalogue_id, row.catalogue_version))
        assessment = _read(row)
    return assessment_state(
        context,
        known,
        dossier,
        catalogue,
        assessment,
        saved=row is not None,
        revision=revision_of(row),
        as_of=as_of,
    )


def _in_force(
    known: catalogues.KnownCatalogues,
    context: Context,
    catalogue_id: str | None,
    as_of: date | None,
) -> CriteriaCatalogue:
    """The version a fresh assessment uses: in force today, or on the date whose law it is
    assessed by."""
    if as_of is None:
        return known.current(context.current_date(), catalogue_id)
    try:
        return known.current(as_of, catalogue_id)
    except NotFoundError:
        raise NotFoundError(
            said(
                "assessments",
                "Op {day} gold nog geen versie van deze catalogus. Kies een latere datum, of "
                "beoordeel het dossier naar het recht van vandaag.",
            ).format(day=f"{as_of:%d-%m-%Y}")
        ) from None


def audit_assessment_read(session: Session, context: Context, dossier_id: str) -> None:
    _audit(session, context, Action.READ, "assessment.read", dossier_id)


def save_assessment(
    session: Session,
    context: Context,
    dossier_id: str,
    assessment: Assessment,
    *,
    expected_revision: int | None = None,
) -> AssessmentState:
    """Store the route and answers (validated), with the computed result; refused when
    someone else saved the assessment after `expected_revision`."""
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    dossier = live_dossier(session, dossier_id)
    row = _current_row(session, dossier_id)
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=said("assessments", "De toetsing van {reference}").format(reference=dossier.reference),
        dossier_id=dossier_id,
        parts=("assessment",),
    )
    pinned = assessment.catalogue
    if row is not None and CatalogueRef(row.catalogue_id, row.catalogue_version) != pinned:
        raise DomainError(
            said(
                "assessments",
                "Deze beoordeling is intussen opnieuw gedaan onder een andere catalogusversie. "
                "Open het dossier opnieuw.",
            )
        )
    known = catalogues.known_catalogues(session)
    catalogue = known.get(pinned)
    clean = _validated(assessment, catalogue, *_evidence_ids(dossier))
    if row is None:
        catalogues.pin(session, catalogue)
        row = AssessmentRow(
            dossier_id=dossier_id,
            catalogue_id=pinned.id,
            catalogue_version=pinned.version,
            answers=[],
        )
        session.add(row)
    state = assessment_state(context, known, dossier, catalogue, clean, saved=True)
    _write(row, clean, state.result)
    row.updated_at = utc_now()  # a new revision, also when only an answer row changed
    session.flush()
    state = replace(state, revision=row.revision)
    _audit(session, context, Action.UPDATE, "assessment.update", dossier_id)
    return state


def reassess(
    session: Session, context: Context, dossier_id: str
) -> tuple[AssessmentState, CarryOver]:
    """Move the assessment to the newest catalogue version, keeping the old one readable.

    Answers to criteria whose text did not change are carried over; the rest start again.
    """
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    state = load_assessment(session, context, dossier_id)
    if state.newer is None:
        raise DomainError(
            said(
                "assessments",
                "Er is geen nieuwere catalogusversie; opnieuw beoordelen is niet nodig.",
            )
        )
    newer = catalogues.known_catalogues(session).get(state.newer)
    moved = carry_over(state.assessment, state.catalogue, newer)
    old_row = _current_row(session, dossier_id)
    if old_row is not None:
        old_row.superseded_at = utc_now()
        session.flush()
    saved = save_assessment(session, context, dossier_id, moved.assessment)
    _audit(session, context, Action.UPDATE, "assessment.reassess", dossier_id)
    return saved, moved


def assessment_history(session: Session, dossier_id: str) -> list[CatalogueRef]:
    """The catalogue versions earlier assessments of this dossier were made under."""
    rows = session.scalars(
        select(AssessmentRow)
        .where(
            AssessmentRow.dossier_id == dossier_id,
            AssessmentRow.superseded_at.is_not(None),
            AssessmentRow.deleted_at.is_(None),
        )
        .order_by(AssessmentRow.superseded_at)
    )
    return [CatalogueRef(r.catalogue_id, r.catalogue_version) for r in rows]


def exchanged_assessments(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, list[ExchangedAssessment]]:
    """Every assessment of each dossier, the superseded ones first (for the exchange), with
    their answers: one statement per table for all the dossiers."""
    found: dict[str, list[ExchangedAssessment]] = {dossier_id: [] for dossier_id in dossier_ids}
    for chunk in in_chunks(list(found)):
        rows = session.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.dossier_id.in_(chunk), AssessmentRow.deleted_at.is_(None))
            .order_by(AssessmentRow.created_at, AssessmentRow.id)
            .options(selectinload(AssessmentRow.answers))
        )
        for row in rows:
            found[row.dossier_id].append(
                ExchangedAssessment(_read(row), row.created_at, row.superseded_at)
            )
    return found


@dataclass(frozen=True)
class NewAssessment:
    """An assessment checked against its catalogue version, to be written as new rows."""

    dossier_id: str
    assessment: Assessment
    result: CriteriaResult
    created_at: datetime | None = None
    superseded_at: datetime | None = None


def new_assessment(
    catalogue: CriteriaCatalogue,
    dossier_id: str,
    assessment: Assessment,
    *,
    timeline: set[str],
    attachments: set[str],
    created_at: datetime | None = None,
    superseded_at: datetime | None = None,
) -> NewAssessment:
    """An assessment of a dossier being added (an import, the demo), checked like a saved
    one; `timeline` and `attachments` are the ids its evidence may name."""
    clean = _validated(assessment, catalogue, timeline, attachments)
    return NewAssessment(
        dossier_id, clean, check_criteria(catalogue, clean), created_at, superseded_at
    )


def insert_assessments(session: Session, items: Sequence[NewAssessment]) -> None:
    """Write new assessments and their answers, many in one statement per table. Their
    catalogue versions must be pinned (`catalogues.pin`)."""
    rows: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    for item in items:
        assessment = item.assessment
        row_id = new_id()
        row: dict[str, Any] = {
            "id": row_id,
            "dossier_id": item.dossier_id,
            "catalogue_id": assessment.catalogue.id,
            "catalogue_version": assessment.catalogue.version,
            "superseded_at": item.superseded_at,
            **_result_values(assessment, item.result),
        }
        if item.created_at is not None:
            row["created_at"] = item.created_at
        rows.append(row)
        for (kind, item_id), (answer, motivation, evidence, notes) in _answer_values(
            assessment
        ).items():
            answers.append(
                {
                    "assessment_id": row_id,
                    "kind": kind,
                    "item_id": item_id,
                    "answer": answer,
                    "motivation": motivation,
                    "evidence": evidence,
                    "notes": notes,
                }
            )
    insert_records(session, AssessmentRow, rows)
    insert_records(session, AssessmentAnswerRow, answers)


def current_choice(session: Session, dossier_id: str) -> tuple[str | None, str | None]:
    """(type of power, route) of the dossier's current assessment; (None, None) without one."""
    row = session.execute(
        select(AssessmentRow.power, AssessmentRow.route).where(assessment_row_of(dossier_id))
    ).first()
    return (row.power, row.route) if row is not None else (None, None)


def _current_row(session: Session, dossier_id: str) -> AssessmentRow | None:
    return session.scalar(select(AssessmentRow).where(assessment_row_of(dossier_id)))


def assessment_row_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the assessment row is the dossier's current one."""
    return and_(
        AssessmentRow.dossier_id == dossier_id,
        AssessmentRow.superseded_at.is_(None),
        AssessmentRow.deleted_at.is_(None),
    )


class AssessedDossier(Protocol):
    """What a route check reads of its dossier: a dossier row, or a dossier being added."""

    @property
    def id(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def regulation(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def deviation_article(self) -> str: ...


def assessment_state(
    context: Context,
    known: catalogues.KnownCatalogues,
    dossier: AssessedDossier,
    catalogue: CriteriaCatalogue,
    assessment: Assessment,
    *,
    saved: bool,
    revision: int = NOT_STORED,
    as_of: date | None = None,
) -> AssessmentState:
    moment = as_of or context.current_date()
    return AssessmentState(
        dossier_id=dossier.id,
        reference=dossier.reference,
        assessment=assessment,
        catalogue=catalogue,
        result=check_criteria(catalogue, assessment),
        suggestion=suggest_route(
            catalogue,
            assessment.power,
            dossier.regulation,
            dossier.article,
            dossier.deviation_article,
        ),
        newer=known.newer(catalogue.ref, context.current_date()),
        choices=() if saved else tuple(c.ref for c in known.choices(moment)),
        saved=saved,
        revision=revision,
        as_of=as_of,
    )


def _evidence_ids(dossier: DossierRow) -> tuple[set[str], set[str]]:
    """The ids of the dossier's timeline entries and attachments that evidence may name."""
    return (
        {e.id for e in dossier.timeline if e.deleted_at is None},
        {a.id for a in dossier.attachments if a.deleted_at is None},
    )


def _validated(
    assessment: Assessment,
    catalogue: CriteriaCatalogue,
    timeline: set[str],
    attachments: set[str],
) -> Assessment:
    if assessment.power is not None and catalogue.power(assessment.power) is None:
        raise ValidationError(
            "power", said("assessments", "Dit soort bevoegdheid staat niet in de catalogus.")
        )
    route = catalogue.route(assessment.route)
    if assessment.route is not None and route is None:
        raise ValidationError(
            "route", said("assessments", "Deze route staat niet in de catalogus.")
        )
    criteria = {c.id: c for c in catalogue.criteria}
    answers = {}
    for criterion_id, given in assessment.answers.items():
        criterion = criteria.get(criterion_id)
        if criterion is None or given.criterion_id != criterion_id:
            raise ValidationError(
                criterion_id, said("assessments", "Dit criterium staat niet in de catalogus.")
            )
        for link in given.evidence:
            known = timeline if link.kind is EvidenceKind.TIMELINE else attachments
            if link.id not in known:
                raise ValidationError(
                    criterion_id,
                    said(
                        "assessments",
                        "Een onderbouwing verwijst naar een gebeurtenis of bijlage die niet "
                        "(meer) in dit dossier staat. Vernieuw het scherm en koppel opnieuw.",
                    ),
                )
        considered = {c.id for c in criterion.considerations}
        notes = {}
        for consideration_id, note in given.notes:
            if consideration_id not in considered:
                raise ValidationError(
                    criterion_id,
                    said("assessments", "Deze wegingsfactor hoort niet bij dit criterium."),
                )
            cleaned = clean_text(note, criterion_id, limit=LONG_TEXT_LIMIT, multiline=True)
            if cleaned:
                notes[consideration_id] = cleaned
        answers[criterion_id] = CriterionAnswer(
            criterion_id,
            given.answer,
            clean_text(given.motivation, criterion_id, limit=LONG_TEXT_LIMIT, multiline=True),
            tuple(sorted(set(given.evidence))),
            tuple(sorted(notes.items())),
        )
    gate_items = {g.id for g in catalogue.gate}
    gate = {}
    for item_id, given in assessment.gate.items():
        if item_id not in gate_items or given.item_id != item_id:
            raise ValidationError(
                item_id, said("assessments", "Deze gewone weg staat niet in de catalogus.")
            )
        gate[item_id] = GateAnswer(
            item_id,
            given.state,
            clean_text(given.reason, item_id, limit=LONG_TEXT_LIMIT, multiline=True),
        )
    return replace(assessment, answers=answers, gate=gate)


def _read(row: AssessmentRow) -> Assessment:
    answers, gate = {}, {}
    for answer_row in row.answers:
        if answer_row.deleted_at is not None:
            continue
        if answer_row.kind == CRITERION:
            answers[answer_row.item_id] = CriterionAnswer(
                answer_row.item_id,
                Answer(answer_row.answer),
                answer_row.motivation,
                tuple(
                    EvidenceLink(EvidenceKind(link["kind"]), link["id"])
                    for link in answer_row.evidence
                ),
                tuple(sorted(answer_row.notes.items())),
            )
        else:
            gate[answer_row.item_id] = GateAnswer(
                answer_row.item_id, GateState(answer_row.answer), answer_row.motivation
            )
    return Assessment(
        CatalogueRef(row.catalogue_id, row.catalogue_version), row.power, row.route, answers, gate
    )


AnswerValues = tuple[str, str, list[dict[str, str]], dict[str, str]]
"""An answer row's answer, motivation, evidence and notes."""


def _result_values(assessment: Assessment, result: CriteriaResult) -> dict[str, Any]:
    return {
        "power": assessment.power,
        "route": assessment.route,
        "applicable": result.applicable.value,
        "gate_status": result.gate.status.value,
        "missing": list(result.missing),
    }


def _answer_values(assessment: Assessment) -> dict[tuple[str, str], AnswerValues]:
    """The answer rows an assessment consists of, by (kind, item id)."""
    wanted: dict[tuple[str, str], AnswerValues] = {}
    for given in assessment.answers.values():
        wanted[(CRITERION, given.criterion_id)] = (
            given.answer.value,
            given.motivation,
            [{"kind": link.kind.value, "id": link.id} for link in given.evidence],
            dict(given.notes),
        )
    for gate_answer in assessment.gate.values():
        wanted[(GATE, gate_answer.item_id)] = (
            gate_answer.state.value,
            gate_answer.reason,
            [],
            {},
        )
    return wanted


def _write(row: AssessmentRow, assessment: Assessment, result: CriteriaResult) -> None:
    for key, value in _result_values(assessment, result).items():
        setattr(row, key, value)
    existing = {(a.kind, a.item_id): a for a in row.answers}
    wanted = _answer_values(assessment)
    for key, (answer, motivation, evidence, notes) in wanted.items():
        answer_row = existing.get(key)
        if answer_row is None:
            answer_row = AssessmentAnswerRow(kind=key[0], item_id=key[1])
            row.answers.append(answer_row)
        elif answer_row.deleted_at is None and (
            answer_row.answer,
            answer_row.motivation,
            answer_row.evidence,
            answer_row.notes,
        ) == (answer, motivation, evidence, notes):
            continue
        answer_row.answer = answer
        answer_row.motivation = motivation
        answer_row.evidence = evidence
        answer_row.notes = notes
        answer_row.deleted_at = None
    for key, answer_row in existing.items():
        if key not in wanted and answer_row.deleted_at is None:
            answer_row.deleted_at = utc_now()


def _audit(session: Session, context: Context, action: Action, name: str, dossier_id: str) -> None:
    record(
        session,
        context,
        action,
        name,
        object_type="assessment",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )
