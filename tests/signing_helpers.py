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


def give_key(session: Session, chair: User) -> str:
    """The chair makes a key (into the test's memory keyring); the command line registers it."""
    key = signing_keys.create_key(session, Context(actor=chair.name, origin="test", user=chair))
    signing_keys.register_key(session, ADMINISTRATION, key.key_id)
    return key.key_id


def sign_overriding(session: Session, context: Context, item_id: str) -> SignedDecision:
    """Sign, recording a motivated override first where the check asks for one."""
    if signing.sign_check(session, context, item_id).override:
        row = meetings.agenda_item_row(session, item_id)
        record = meetings.load_meeting(session, row.meeting_id).item(item_id)
        assert record is not None
        meetings.record_item(
            session, ADMINISTRATION, item_id, replace(record.record, override_motivation=OVERRIDE)
        )
    return signing.sign(session, context, item_id)
