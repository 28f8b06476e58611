"""Filling a database with fictitious demo dossiers (CLI `demo`, desktop `--demo`)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time

from sqlalchemy.orm import Session

from maatwerkdesk.domain.demo import demo_dossiers
from maatwerkdesk.domain.dossier import search_text, validate_fields, validate_timeline_entry
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import new_id, utc_now
from maatwerkdesk.persistence.mapping import build_dossier_row
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import next_reference

MAX_DEMO_DOSSIERS = 10_000


def add_demo_dossiers(
    session: Session, context: Context, count: int, seed: int | None = None
) -> int:
    """Add `count` fictitious dossiers (the same ones for the same seed and day); returns
    how many were added. Each is validated like a real dossier, numbered in the year it
    was created, audited as a create ('dossier.demo') and indexed for search."""
    if not 1 <= count <= MAX_DEMO_DOSSIERS:
        raise ValidationError(
            "count",
            f"Kies een aantal demodossiers tussen 1 en {MAX_DEMO_DOSSIERS:,}.".replace(",", "."),
        )
    today = context.current_date()
    rng = random.Random(seed)
    now = utc_now()
    if context.today is not None:  # a fixed date (tests): the dossiers end on that day
        now = min(now, datetime.combine(context.today, time(23, 59), tzinfo=UTC))
    for demo in demo_dossiers(count, rng, now):
        fields = validate_fields(demo.fields, today)
        timeline = tuple(validate_timeline_entry(entry, today) for entry in demo.timeline)
        row = build_dossier_row(
            id=new_id(),
            reference=next_reference(session, demo.created_at.year),
            created_at=demo.created_at,
            updated_at=demo.updated_at,
            fields=fields,
            timeline=timeline,
        )
        session.add(row)
        session.flush()  # the next reference number counts this one
        search.add_to_index(session, [(row.id, search_text(row.reference, fields, timeline))])
        record_dossier_act(session, context, Action.CREATE, "dossier.demo", row.id)
    return count
