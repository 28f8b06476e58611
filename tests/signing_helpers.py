"""Chairs with registered signing keys, and signing where a test is about something else."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.people import User
from maatwerkdesk.services import meetings, signing, signing_keys
from maatwerkdesk.services.context import Context

ADMINISTRATION = Context(actor="beheer", origin="test")
OVERRIDE = "Fictief: het overleg weegt de omstandigheden zwaarder dan de uitkomst van de toets."
DEPARTURE = "Fictief: dit dossier verschilt wezenlijk van de eerdere beslissing; het overleg motiveert de afwijking."


def give_key(session: Session, chair: User) -> str:
    """The chair makes a key (into the test's memory keyring); the command line registers it."""
    key = signing_keys.create_key(session, Context(actor=chair.name, origin="test", user=chair))
    signing_keys.register_key(session, ADMINISTRATION, key.key_id)
    return key.key_id


def sign_overriding(session: Session, context: Context, item_id: str) -> SignedDecision:
    """Sign, recording a motivated override and a motivated departure from precedent first
    where the check asks for them (what the demo's precedents ask depends on the day)."""
    check = signing.sign_check(session, context, item_id)
    row = meetings.agenda_item_row(session, item_id)
    record = meetings.load_meeting(session, row.meeting_id).item(item_id)
    assert record is not None
    given = record.record
    motivated = replace(
        given,
        override_motivation=given.override_motivation or (OVERRIDE if check.override else ""),
        departure_motivation=given.departure_motivation
        or (DEPARTURE if check.departs_from else ""),
    )
    if motivated != given:
        meetings.record_item(session, ADMINISTRATION, item_id, motivated)
    return signing.sign(session, context, item_id)
