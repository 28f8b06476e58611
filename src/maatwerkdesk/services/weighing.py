"""A dossier's proportionality check: load, save, and what it computes.

The verdict and the review intensity are computed from the answers each time; the
stored copies beside the answers are for queries and reports, never typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.proportionality import (
    Intensity,
    StepApplicability,
    Verdict,
    review_intensity,
    step_applicability,
    verdict,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.weighing import (
    StepId,
    Weighing,
    weighing_from_parts,
    weighing_parts,
)
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import WeighingRow
from maatwerkdesk.services.assessments import current_choice
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.away import away_from_actor
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.revisions import NOT_STORED, refuse_if_stale, revision_of
from maatwerkdesk.services.signed import refuse_if_signed
from maatwerkdesk.services.users import require


@dataclass(frozen=True)
class WeighingState:
    dossier_id: str
    weighing: Weighing
    power: str | None
    """The type of power chosen in the route check; it decides which steps apply."""
    steps: dict[StepId, StepApplicability]
    intensity: Intensity
    verdict: Verdict
    saved: bool
    revision: int = NOT_STORED
    """The stored weighing's revision: a save from it is refused once someone else saved
    the weighing (services/revisions.py)."""


def load_weighing(session: Session, dossier_id: str) -> WeighingState:
    live_dossier(session, dossier_id)
    power, _route = current_choice(session, dossier_id)
    return weighing_state(dossier_id, _row(session, dossier_id), power)


def weighing_state(dossier_id: str, row: WeighingRow | None, power: str | None) -> WeighingState:
    """The state of a weighing row as read (None: nothing recorded yet), under the type
    of power of the dossier's route check."""
    weighing = Weighing() if row is None else _read(row)
    state = computed_state(dossier_id, weighing, power, saved=row is not None)
    return replace(state, revision=revision_of(row))


def save_weighing(
    session: Session,
    context: Context,
    dossier_id: str,
    weighing: Weighing,
    *,
    expected_revision: int | None = None,
) -> WeighingState:
    """Store the answers (texts cleaned like every other field) and the computed result;
    refused when someone else saved the weighing after `expected_revision`."""
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    dossier = live_dossier(session, dossier_id)
    clean = _cleaned(weighing)
    state = _state(session, dossier_id, clean, saved=True)
    row = _row(session, dossier_id)
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=said("weighing", "De afweging van {reference}").format(reference=dossier.reference),
        dossier_id=dossier_id,
        parts=("weighing",),
    )
    if row is None:
        row = WeighingRow(dossier_id=dossier_id)
        session.add(row)
    _write(row, state)
    row.updated_at = utc_now()  # a new revision, also when nothing changed
    session.flush()
    state = replace(state, revision=row.revision)
    record(
        session,
        context,
        Action.UPDATE,
        "weighing.save",
        object_type="weighing",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )
    return state


def saved_weighings(session: Session, dossier_ids: Sequence[str]) -> dict[str, Weighing]:
    """The recorded weighing of each dossier that has one (for the exchange), read
    together."""
    found: dict[str, Weighing] = {}
    for chunk in in_chunks(list(dossier_ids)):
        rows = session.scalars(
            select(WeighingRow).where(
                WeighingRow.dossier_id.in_(chunk), WeighingRow.deleted_at.is_(None)
            )
        )
        found.update({row.dossier_id: _read(row) for row in rows})
    return found


def checked_weighing(dossier_id: str, weighing: Weighing, power: str | None) -> WeighingState:
    """A weighing of a dossier being added (an import, the demo): cleaned like a saved one,
    with what it computes under the type of power of the dossier's route check."""
    return computed_state(dossier_id, _cleaned(weighing), power, saved=True)


def weighing_values(state: WeighingState) -> dict[str, Any]:
    """The weighing table's columns for a cleaned weighing and what it computes."""
    parts = weighing_parts(state.weighing)
    return {
        "nature": parts["nature"],
        "aim": parts["aim"],
        "steps": parts["steps"],
        "alternatives": parts["alternatives"],
        "interests": parts["interests"],
        "intensity": parts["intensity"],
        "verdict": state.verdict.value.value,
        "intensity_level": state.intensity.level.value,
    }


def _write(row: WeighingRow, state: WeighingState) -> None:
    for key, value in weighing_values(state).items():
        setattr(row, key, value)


def _state(session: Session, dossier_id: str, weighing: Weighing, *, saved: bool) -> WeighingState:
    power, _route = current_choice(session, dossier_id)
    return computed_state(dossier_id, weighing, power, saved=saved)


def computed_state(
    dossier_id: str, weighing: Weighing, power: str | None, *, saved: bool
) -> WeighingState:
    return WeighingState(
        dossier_id=dossier_id,
        weighing=weighing,
        power=power,
        steps=step_applicability(weighing, power),
        intensity=review_intensity(weighing),
        verdict=verdict(weighing, power),
        saved=saved,
    )


def _cleaned(weighing: Weighing) -> Weighing:
    def text(value: str, name: str) -> str:
        return clean_text(value, name, limit=LONG_TEXT_LIMIT, multiline=True)

    return replace(
        weighing,
        aim=text(weighing.aim, "weighing.aim"),
        steps={
            k: replace(v, motivation=text(v.motivation, f"weighing.steps.{k.value}"))
            for k, v in weighing.steps.items()
        },
        alternatives={
            k: replace(
                v,
                motivation=text(v.motivation, f"weighing.alternatives.{k.value}"),
                set_aside=text(v.set_aside, f"weighing.alternatives.{k.value}.set_aside"),
            )
            for k, v in weighing.alternatives.items()
        },
        interests={
            k: replace(v, description=text(v.description, f"weighing.interests.{k.value}"))
            for k, v in weighing.interests.items()
        },
    )


def _row(session: Session, dossier_id: str) -> WeighingRow | None:
    return session.scalar(select(WeighingRow).where(weighing_row_of(dossier_id)))


def weighing_row_of(dossier_id: ColumnExpressionArgument[str] | str) -> ColumnElement[bool]:
    """SQL: the weighing row is the dossier's."""
    return (WeighingRow.dossier_id == dossier_id) & WeighingRow.deleted_at.is_(None)


def _read(row: WeighingRow) -> Weighing:
    return weighing_from_parts(
        row.nature, row.aim, row.steps, row.alternatives, row.interests, row.intensity
    )


def store_position(session: Session, dossier_id: str, disproportion: float, risk: float) -> None:
    """Keep the dossier's place on the balance chart (derived data: not audited).

    Written past the ORM's revision counter: computing a check is no change of the
    weighing, so a caseworker's save from the revision they saw stays valid. Not written
    while the dossier is on loan to someone else than who acts (a check read without an
    act names nobody: then not while it is on loan at all); the chart shows the point
    computed all the same."""
    if away_from_actor(session, dossier_id):
        return
    row = _row(session, dossier_id)
    if row is None:
        state = _state(session, dossier_id, Weighing(), saved=False)
        values = weighing_values(state)
        session.add(
            WeighingRow(dossier_id=dossier_id, disproportion=disproportion, risk=risk, **values)
        )
        session.flush()
    elif (row.disproportion, row.risk) != (disproportion, risk):
        session.execute(
            update(WeighingRow)
            .where(WeighingRow.id == row.id)
            .values(disproportion=disproportion, risk=risk)
            .execution_options(synchronize_session="fetch")
        )
