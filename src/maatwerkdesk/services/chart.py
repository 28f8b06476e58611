"""The balance chart of a dossier: its own position and its route's decided dossiers.

Each dossier's position is stored with its weighing whenever its check is computed, so
the chart reads the route's precedents with one query instead of checking each again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.chart import ChartData, ChartPoint
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.persistence.models import AssessmentRow, DecisionRow, DossierRow, WeighingRow
from maatwerkdesk.services.dossier_check import DossierCheck
from maatwerkdesk.services.signed import bound
from maatwerkdesk.services.weighing import store_position

MAX_POINTS = 400
"""The most recent precedents shown; more would not be readable as points."""


def chart_data(session: Session, check: DossierCheck) -> ChartData:
    """Store this dossier's position, then gather the decided dossiers of its route."""
    dossier_id = check.assessment.dossier_id
    store_position(session, dossier_id, check.disproportion, check.risk)
    route = check.assessment.assessment.route
    decision = check.precedents.decision
    current = ChartPoint(
        check.assessment.reference,
        check.disproportion,
        check.risk,
        None if decision is None else decision.outcome is Outcome.DEVIATE,
        current=True,
    )
    if route is None:
        return ChartData((current,), None)
    rows = session.execute(
        select(
            DossierRow.reference, WeighingRow.disproportion, WeighingRow.risk, DecisionRow.outcome
        )
        .join(WeighingRow, WeighingRow.dossier_id == DossierRow.id)
        .join(DecisionRow, DecisionRow.dossier_id == DossierRow.id)
        .join(AssessmentRow, AssessmentRow.dossier_id == DossierRow.id)
        .where(
            DossierRow.id != dossier_id,
            DossierRow.deleted_at.is_(None),
            bound(DossierRow.id),
            DecisionRow.deleted_at.is_(None),
            WeighingRow.deleted_at.is_(None),
            WeighingRow.risk.is_not(None),
            WeighingRow.disproportion.is_not(None),
            AssessmentRow.route == route,
            AssessmentRow.superseded_at.is_(None),
            AssessmentRow.deleted_at.is_(None),
        )
        .order_by(DossierRow.updated_at.desc())
        .limit(MAX_POINTS)
    )
    others = tuple(
        ChartPoint(reference, x, y, outcome == Outcome.DEVIATE.value)
        for reference, x, y, outcome in rows
        if x is not None and y is not None  # as the query asks: for the type checker
    )
    return ChartData((*others, current), route)
