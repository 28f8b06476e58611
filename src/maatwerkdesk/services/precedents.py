"""A dossier's factors and decision, and what the case base says about them.

The factor catalogue is chosen from the dossier's route (its current assessment) or
regulation, and pinned once factors are saved. A decision names its outcome, degree,
reason and the distinctions it relies on; the dossier joins the case base once it is
decided (status besloten or afgesloten).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import ColumnElement, ColumnExpressionArgument, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_record import dossier_text
from maatwerkdesk.domain.case_report import CaseQuery, PrecedentReport
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import (
    Decision,
    Distinction,
    validate_decision,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.factors import (
    FactorCatalogue,
    ForeignCatalogue,
    choose_factor_catalogue,
    foreign_catalogue,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text, content_words
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.mapping import read_decision, write_decision_row
from maatwerkdesk.persistence.models import (
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    SignedDecisionRow,
)
from maatwerkdesk.services import assessments, catalogues
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.revisions import NOT_STORED, refuse_if_stale, revision_of
from maatwerkdesk.services.signed import mark_proposer, refuse_if_signed
from maatwerkdesk.services.users import require

if TYPE_CHECKING:
    from maatwerkdesk.domain.case_base import CaseBase


@dataclass(frozen=True)
class PrecedentState:
    """Everything the precedent panel and `assess` show for one dossier."""

    dossier_id: str
    reference: str
    route: str | None
    catalogue: FactorCatalogue | None
    """None when no factor catalogue fits this dossier yet and none was chosen."""
    choices: tuple[FactorCatalogue, ...]
    factors: frozenset[str]
    decision: Decision | None
    report: PrecedentReport | None
    saved: bool
    """False while no factors have been recorded (the catalogue is only a suggestion)."""
    factors_revision: int = NOT_STORED
    decision_revision: int = NOT_STORED
    """The revisions a save of the factors or the decision is made from
    (services/revisions.py)."""
    foreign: ForeignCatalogue | None = None
    """Set when the catalogue belongs to another domain than the dossier's route and
    regulation (`foreign_catalogue`): chosen by hand, or the route changed since."""
    route_labels: Mapping[str, str] = field(default_factory=dict)
    """Route labels by id, to name the route of a decision that only persuades."""

    def route_label(self, route_id: str) -> str:
        return self.route_labels.get(route_id, route_id)


def load_precedents(
    session: Session,
    context: Context,
    dossier_id: str,
    *,
    catalogue_id: str | None = None,
) -> PrecedentState:
    """The dossier's factors, decision and precedent report under its factor catalogue.

    `catalogue_id` chooses another factor catalogue while no factors are recorded, also
    when every factor was unticked again: only a factor pins the catalogue.
    """
    dossier = live_dossier(session, dossier_id)
    return _state(
        session,
        context,
        catalogues.known_catalogues(session),
        dossier,
        _factors_row(session, dossier_id),
        _decision_row(session, dossier_id),
        catalogue_id,
    )


def _state(
    session: Session,
    context: Context,
    known: catalogues.KnownCatalogues,
    dossier: DossierRow,
    row: DossierFactorsRow | None,
    decision_row: DecisionRow | None,
    catalogue_id: str | None = None,
) -> PrecedentState:
    return precedent_state(
        context,
        known,
        dossier,
        current_route(session, dossier.id),
        row,
        decision_row,
        lambda query: precedent_report(session, query),
        catalogue_id,
    )


def precedent_state(
    context: Context,
    known: catalogues.KnownCatalogues,
    dossier: DossierRow,
    route: str | None,
    row: DossierFactorsRow | None,
    decision_row: DecisionRow | None,
    report: Callable[[ReportQuery], PrecedentReport],
    catalogue_id: str | None = None,
) -> PrecedentState:
    """The state of the dossier's factors and decision rows as read, with what `report`
    says about them under the factor catalogue (`catalogue_id` as in `load_precedents`)."""
    choices = tuple(known.factor_choices(context.current_date()))
    if row is not None and (row.factors or catalogue_id is None):
        catalogue: FactorCatalogue | None = known.factors(
            CatalogueRef(row.catalogue_id, row.catalogue_version)
        )
        factors = frozenset(row.factors)
    else:
        catalogue = suggested_catalogue(choices, route, dossier.regulation, catalogue_id)
        factors = frozenset()
    decision = read_decision(decision_row)
    found = None
    if catalogue is not None:
        found = report(ReportQuery(dossier, catalogue, route, factors, decision))
    return PrecedentState(
        dossier_id=dossier.id,
        reference=dossier.reference,
        route=route,
        catalogue=catalogue,
        choices=choices,
        factors=factors,
        decision=decision,
        report=found,
        saved=row is not None,
        factors_revision=revision_of(row),
        decision_revision=revision_of(decision_row),
        foreign=(
            foreign_catalogue(catalogue, choices, route, dossier.regulation)
            if catalogue is not None
            else None
        ),
        route_labels=known.route_labels(),
    )


def save_factors(
    session: Session,
    context: Context,
    dossier_id: str,
    catalogue_ref: CatalogueRef,
    factors: frozenset[str],
    *,
    expected_revision: int | None = None,
) -> PrecedentState:
    """Record the dossier's factors; a decision keeps only reasons and distinctions that
    still rest on a factor present. Refused when someone else recorded the factors after
    `expected_revision`."""
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    dossier = live_dossier(session, dossier_id)
    row = _factors_row(session, dossier_id)
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=said("precedents", "De factoren van {reference}").format(reference=dossier.reference),
        dossier_id=dossier_id,
        parts=PARTS,
    )
    known = catalogues.known_catalogues(session)
    catalogue = known.factors(catalogue_ref)
    unknown = sorted(f for f in factors if catalogue.factor(f) is None)
    if unknown:
        raise ValidationError(
            "factors",
            said(
                "precedents",
                "De factor '{factor}' staat niet in {catalogue}. Kies factoren uit de lijst.",
            ).format(factor=unknown[0], catalogue=str(catalogue.ref)),
        )
    if row is not None and row.catalogue_id != catalogue.header.id and row.factors:
        raise ValidationError(
            "factors",
            said(
                "precedents",
                "Dit dossier heeft al factoren uit een andere catalogus. Haal die eerst weg "
                "voordat u een andere catalogus kiest.",
            ),
        )
    before = set(row.factors) if row is not None else set()
    retired = sorted(f for f in factors - before if catalogue.retired_in(f) is not None)
    if retired:
        raise ValidationError(
            "factors",
            said(
                "precedents",
                "De factor ‘{factor}’ is vervallen in {catalogue}; een dossier krijgt die niet "
                "meer. Kies factoren uit de lijst.",
            ).format(factor=catalogue.label(retired[0]), catalogue=str(catalogue.ref)),
        )
    catalogues.pin(session, catalogue)
    if row is None:
        row = DossierFactorsRow(dossier_id=dossier_id)
        session.add(row)
    row.catalogue_id, row.catalogue_version = catalogue.header.id, catalogue.header.version
    row.factors = sorted(factors)
    row.updated_at = utc_now()  # a new revision, also when nothing changed
    decision_row = _prune_decision(session, dossier_id, factors)
    session.flush()
    _audit(session, context, "factors.save", dossier_id)
    return _state(session, context, known, dossier, row, decision_row)


def preview_factors(
    session: Session, state: PrecedentState, factors: frozenset[str]
) -> PrecedentState:
    """What `state` becomes once `factors` are stored, before they are: the report for them
    and the decision as storing them keeps it. Reads only (the dossier's words and the case
    base), so the panel shows the result while the store goes on; the stored state follows
    and replaces it."""
    if state.catalogue is None:
        return state
    dossier = live_dossier(session, state.dossier_id)
    decision = state.decision.kept_on(factors) if state.decision is not None else None
    query = ReportQuery(dossier, state.catalogue, state.route, factors, decision)
    return replace(
        state, factors=factors, decision=decision, report=precedent_report(session, query)
    )


def save_decision(
    session: Session,
    context: Context,
    dossier_id: str,
    decision: Decision | None,
    *,
    expected_revision: int | None = None,
) -> PrecedentState:
    """Record (or with None, withdraw) the caseworker's decision; it is checked against the
    factors and every distinction against the precedent it departs from. A signed decision
    is refused: it changes only as a new version, by the chair. Refused too when someone
    else recorded the decision (or pruned it, changing the factors) after
    `expected_revision`."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    row = _decision_row(session, dossier_id)
    if expected_revision is not None:
        refuse_if_stale(
            session,
            row,
            expected_revision,
            what=said("precedents", "De beslissing van {reference}").format(
                reference=live_dossier(session, dossier_id).reference
            ),
            dossier_id=dossier_id,
            parts=PARTS,
        )
    if decision is None:
        if row is not None:
            row.deleted_at = utc_now()
            _audit(session, context, "decision.withdraw", dossier_id)
        return load_precedents(session, context, dossier_id)
    decision, _state = checked_decision(session, context, dossier_id, decision)
    write_decision(session, dossier_id, decision)
    mark_proposer(session, dossier_id, user.id)
    _audit(session, context, "decision.save", dossier_id)
    return load_precedents(session, context, dossier_id)


def checked_decision(
    session: Session, context: Context, dossier_id: str, decision: Decision
) -> tuple[Decision, PrecedentState]:
    """The decision with its motivation cleaned and its date set, after checking it against
    the dossier's factors and its distinctions against the precedents they name."""
    state = load_precedents(session, context, dossier_id)
    if state.catalogue is None or not state.saved:
        raise ValidationError(
            "factors",
            said(
                "precedents",
                "Leg eerst de factoren van dit dossier vast; een beslissing rust op die factoren.",
            ),
        )
    decision = Decision(
        decision.outcome_type,
        decision.degree,
        decision.reason,
        decision.distinctions,
        clean_text(
            decision.motivation, "decision.motivation", limit=LONG_TEXT_LIMIT, multiline=True
        ),
        decision.decided_on or context.current_date(),
    )
    validate_decision(decision, state.factors, state.catalogue.sides)
    _check_distinctions(session, state, decision)
    return decision, state


def write_decision(session: Session, dossier_id: str, decision: Decision) -> None:
    """Store the decision the case base reads for this dossier."""
    row = _decision_row(session, dossier_id)
    if row is None:
        row = DecisionRow(dossier_id=dossier_id)
        session.add(row)
    write_decision_row(row, decision)
    row.updated_at = utc_now()  # a new revision, also when nothing changed
    session.flush()


def report_for(session: Session, state: PrecedentState, decision: Decision) -> PrecedentReport:
    """The precedent report as it would be with `decision` recorded (its reason counts)."""
    assert state.catalogue is not None
    dossier = live_dossier(session, state.dossier_id)
    query = ReportQuery(dossier, state.catalogue, state.route, state.factors, decision)
    return precedent_report(session, query)


def _check_distinctions(session: Session, state: PrecedentState, decision: Decision) -> None:
    check = report_for(session, state, decision).outcomes[decision.outcome]
    for distinction in decision.distinctions:
        differences = check.differences_from(distinction.precedent)
        if differences is None:
            raise ValidationError(
                "decision.distinctions",
                said(
                    "precedents",
                    "{precedent} staat deze uitkomst niet in de weg: alleen een eerdere "
                    "beslissing langs dezelfde route die anders besliste, vraagt om een "
                    "verschil. Haal dit verschil weg.",
                ).format(precedent=distinction.precedent),
            )
        if distinction.factor not in differences:
            raise ValidationError(
                "decision.distinctions",
                said(
                    "precedents",
                    "'{factor}' onderscheidt dit dossier niet van {precedent}. Kies een verschil "
                    "dat het programma bij die beslissing noemt.",
                ).format(factor=distinction.factor, precedent=distinction.precedent),
            )


class ReportedDossier(Protocol):
    """What the case base compares of a dossier: a dossier row, or a dossier being added."""

    @property
    def id(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def request(self) -> str: ...
    @property
    def knelpunt(self) -> str: ...


@dataclass(frozen=True)
class ReportQuery:
    """What a precedent report is asked about a dossier: its factors and decision under a
    factor catalogue."""

    dossier: ReportedDossier
    catalogue: FactorCatalogue
    route: str | None
    factors: frozenset[str]
    decision: Decision | None

    def as_of(self, moment: datetime | None) -> CaseQuery:
        """The query to the case base as it stood at `moment` (None: as it is now)."""
        reasons = {}
        distinctions: tuple[Distinction, ...] = ()
        decision = self.decision
        if decision is not None:
            distinctions = decision.distinctions
            if decision.reason is not None:
                reasons[decision.outcome] = decision.reason_for(self.factors, self.catalogue.sides)
        dossier = self.dossier
        return CaseQuery(
            self.factors,
            self.route,
            content_words(dossier_text(dossier.title, dossier.request, dossier.knelpunt)),
            reasons,
            distinctions,
            exclude=dossier.reference,
            as_of=moment,
        )


def precedent_report(session: Session, query: ReportQuery) -> PrecedentReport:
    """What the case base of the query's catalogue says about the dossier, as it stood when
    the dossier's decision in force was signed."""
    moment = _signed_at(session, query.dossier.id)
    return _case_base(session, query.catalogue).assess(query.as_of(moment))


def _case_base(session: Session, catalogue: FactorCatalogue) -> CaseBase:
    # The engine (numpy) is loaded only where a report is made, not by every command.
    from maatwerkdesk.services.case_base_store import case_base

    return case_base(session, catalogue)


class SharedReports:
    """The precedent reports of many dossiers read together (the demo's new dossiers, the
    checks of a conference pack): as nothing that binds changes meanwhile, each catalogue's
    case base is read once."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._bases: dict[CatalogueRef, CaseBase] = {}

    def report(self, query: ReportQuery, as_of: datetime | None = None) -> PrecedentReport:
        """The report as the case base stood at `as_of` (None: as it is now)."""
        catalogue = query.catalogue
        base = self._bases.get(catalogue.ref)
        if base is None:
            base = self._bases[catalogue.ref] = _case_base(self._session, catalogue)
        return base.assess(query.as_of(as_of))


def _signed_at(session: Session, dossier_id: str) -> datetime | None:
    """When the decision in force was signed: it is judged against the case base as it
    stood then."""
    return session.scalar(
        select(SignedDecisionRow.signed_at)
        .where(SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None))
        .order_by(SignedDecisionRow.version.desc())
        .limit(1)
    )


def suggested_catalogue(
    choices: tuple[FactorCatalogue, ...],
    route: str | None,
    regulation: str,
    catalogue_id: str | None = None,
) -> FactorCatalogue | None:
    """The catalogue the caseworker chose, else the one that fits route and regulation."""
    chosen = next((c for c in choices if c.header.id == catalogue_id), None)
    return chosen or choose_factor_catalogue(choices, route, regulation)


def current_route(session: Session, dossier_id: str) -> str | None:
    """The route of the dossier's current assessment, if one was chosen."""
    return assessments.current_choice(session, dossier_id)[1]


def _factors_row(session: Session, dossier_id: str) -> DossierFactorsRow | None:
    return session.scalar(select(DossierFactorsRow).where(factors_row_of(dossier_id)))


def factors_row_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the factors row is the dossier's."""
    return (DossierFactorsRow.dossier_id == dossier_id) & DossierFactorsRow.deleted_at.is_(None)


def _decision_row(session: Session, dossier_id: str) -> DecisionRow | None:
    return session.scalar(select(DecisionRow).where(decision_row_of(dossier_id)))


def decision_row_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the decision row is the dossier's (a withdrawn one too: `read_decision`)."""
    return DecisionRow.dossier_id == dossier_id


def _prune_decision(
    session: Session, dossier_id: str, factors: frozenset[str]
) -> DecisionRow | None:
    """The dossier's decision row, keeping only reasons and distinctions on `factors`."""
    row = _decision_row(session, dossier_id)
    if row is None or row.deleted_at is not None:
        return row
    if row.reason is not None:
        kept = [f for f in row.reason if f in factors]
        row.reason = kept or None
    row.distinctions = [d for d in row.distinctions if d["factor"] in factors]
    return row


PARTS = ("precedents",)
"""The audit trail's object type of the acts that change the factors and the decision."""


def _audit(session: Session, context: Context, name: str, dossier_id: str) -> None:
    record(
        session,
        context,
        Action.UPDATE,
        name,
        object_type="precedents",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )
