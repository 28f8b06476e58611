"""A chair's personal signing key: created by the chair, registered by a functioneel beheerder.

The chair creates the key pair on their own workstation; the private key goes into the
operating system's keyring and never into the database. The public key is stored as
*pending* with its fingerprint. A functioneel beheerder registers it only after comparing
that fingerprint with the chair in person or by phone, so a key slipped into the database
by someone else signs nothing. Registering a new key revokes the chair's previous one;
what was signed with it before stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.people import Permission, Role
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import shown_fingerprint
from maatwerkdesk.infra.signatures import (
    KeyPair,
    KeyringUnavailableError,
    encode_public,
    load_private_key,
    new_key_pair,
    store_private_key,
)
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import SigningKeyRow, UserRow
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.signed import KeyStatus
from maatwerkdesk.services.users import acting_user, require

NO_KEYRING = said(
    "signing_keys",
    "Er is op deze computer geen sleutelbos (zoals Windows Referentiebeheer of de "
    "GNOME-sleutelbos) beschikbaar om uw persoonlijke ondertekeningssleutel in te bewaren. "
    "Vraag de ICT-beheerder de sleutelbos in te schakelen, of onderteken op een andere "
    "werkplek.",
)


class KeyState(StrEnum):
    NONE = "none"
    """The chair has no key yet: create one."""
    PENDING = "pending"
    """Created; waiting for a functioneel beheerder to register it."""
    READY = "ready"
    """Registered, and the private key is in this workstation's keyring."""
    ELSEWHERE = "elsewhere"
    """Registered, but the private key is not on this workstation: sign where it is, or
    create a new key here."""


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    user_id: str
    user_name: str
    status: str
    created_at: datetime
    registered_at: datetime | None

    @property
    def fingerprint(self) -> str:
        return shown_fingerprint(self.key_id)


@dataclass(frozen=True)
class MyKey:
    state: KeyState
    key: SigningKey | None


def _key(row: SigningKeyRow, names: dict[str, str]) -> SigningKey:
    return SigningKey(
        row.key_id,
        row.user_id,
        names.get(row.user_id, "?"),
        row.status,
        row.created_at,
        row.registered_at,
    )


def _names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.scalars(select(UserRow))}


def list_keys(session: Session) -> list[SigningKey]:
    """Every key, newest first."""
    names = _names(session)
    rows = session.scalars(select(SigningKeyRow).order_by(SigningKeyRow.created_at.desc()))
    return [_key(row, names) for row in rows]


def _latest(session: Session, user_id: str, *statuses: str) -> SigningKeyRow | None:
    return session.scalar(
        select(SigningKeyRow)
        .where(SigningKeyRow.user_id == user_id, SigningKeyRow.status.in_(statuses))
        .order_by(SigningKeyRow.created_at.desc())
        .limit(1)
    )


def my_key(session: Session, context: Context) -> MyKey:
    """Where the acting chair stands with their signing key on this workstation. A key
    waiting for registration comes first: its fingerprint is what the chair must read out."""
    user = acting_user(session, context)
    names = {user.id: user.name}
    pending = _latest(session, user.id, KeyStatus.PENDING)
    if pending is not None:
        return MyKey(KeyState.PENDING, _key(pending, names))
    registered = _latest(session, user.id, KeyStatus.REGISTERED)
    if registered is None:
        return MyKey(KeyState.NONE, None)
    try:
        here = load_private_key(user.id, registered.key_id) is not None
    except KeyringUnavailableError:
        here = False
    return MyKey(KeyState.READY if here else KeyState.ELSEWHERE, _key(registered, names))


def create_key(session: Session, context: Context) -> SigningKey:
    """A new key pair for the acting chair; the private key goes into the keyring, the
    public key waits for registration. An earlier pending key is withdrawn."""
    user = require(session, context, Permission.SIGN)
    pair = new_key_pair()
    try:
        store_private_key(user.id, pair)
    except KeyringUnavailableError:
        raise DomainError(NO_KEYRING) from None
    for old in session.scalars(
        select(SigningKeyRow).where(
            SigningKeyRow.user_id == user.id, SigningKeyRow.status == KeyStatus.PENDING
        )
    ):
        old.status, old.revoked_at = KeyStatus.REVOKED, utc_now()
    row = SigningKeyRow(
        key_id=pair.id,
        user_id=user.id,
        public_key=encode_public(pair.public),
        status=KeyStatus.PENDING,
    )
    session.add(row)
    session.flush()
    _audit(session, context, Action.CREATE, "signing_key.create", row.key_id)
    return _key(row, {user.id: user.name})


def register_key(session: Session, context: Context, key_id: str) -> SigningKey:
    """A functioneel beheerder registers a chair's pending key (after comparing its
    fingerprint with the chair); the chair's earlier registered key is revoked."""
    require(session, context, Permission.MANAGE_USERS)
    row = session.scalar(select(SigningKeyRow).where(SigningKeyRow.key_id == key_id))
    if row is None:
        raise NotFoundError(
            said(
                "signing_keys", "Deze sleutel bestaat niet (meer). Vernieuw de lijst met sleutels."
            )
        )
    if row.status != KeyStatus.PENDING:
        raise DomainError(
            said(
                "signing_keys",
                "Alleen een nieuwe sleutel die op registratie wacht, kan worden geregistreerd.",
            )
        )
    owner = session.get(UserRow, row.user_id)
    if owner is None or not owner.active or Role.CHAIR.value not in owner.roles:
        raise DomainError(
            said(
                "signing_keys",
                "Deze sleutel hoort niet bij een actieve voorzitter; registreren heeft geen zin.",
            )
        )
    now = utc_now()
    for old in session.scalars(
        select(SigningKeyRow).where(
            SigningKeyRow.user_id == row.user_id, SigningKeyRow.status == KeyStatus.REGISTERED
        )
    ):
        old.status, old.revoked_at = KeyStatus.REVOKED, now
    row.status, row.registered_at = KeyStatus.REGISTERED, now
    row.registered_by = acting_user(session, context).id
    session.flush()
    _audit(session, context, Action.UPDATE, "signing_key.register", row.key_id)
    return _key(row, _names(session))


FINGERPRINT_CHECKED = 16
"""Hex digits of a fingerprint that a functioneel beheerder types, as the chair reads them
out, to find or register a key."""


def typed_fingerprint(text: str) -> str:
    """A fingerprint as someone typed it, compared as key ids are: no spaces, lower case."""
    return "".join(text.split()).lower()


def find_key(session: Session, fingerprint: str) -> str:
    """The id of the one key whose fingerprint starts with what was typed (spaces and case
    ignored), so a beheerder can type the fingerprint the chair reads out."""
    typed = typed_fingerprint(fingerprint)
    if len(typed) < FINGERPRINT_CHECKED:
        raise DomainError(
            said(
                "signing_keys", "Geef minstens de eerste {count} tekens van de vingerafdruk."
            ).format(count=FINGERPRINT_CHECKED)
        )
    found = [
        key_id
        for key_id in session.scalars(select(SigningKeyRow.key_id))
        if key_id.startswith(typed)
    ]
    if len(found) != 1:
        raise NotFoundError(
            said(
                "signing_keys",
                "Er is geen sleutel met deze vingerafdruk. Controleer hem met de voorzitter.",
            )
        )
    return found[0]


def signing_pair(session: Session, context: Context) -> KeyPair:
    """The acting chair's registered key pair from this workstation's keyring; refused
    with what to do when there is none."""
    user = acting_user(session, context)
    row = _latest(session, user.id, KeyStatus.REGISTERED)
    if row is not None:
        try:
            pair = load_private_key(user.id, row.key_id)
        except KeyringUnavailableError:
            raise DomainError(NO_KEYRING) from None
        if pair is not None:
            return pair
    pending = _latest(session, user.id, KeyStatus.PENDING)
    if pending is not None:
        raise DomainError(
            said(
                "signing_keys",
                "Uw ondertekeningssleutel (vingerafdruk {fingerprint}) is nog niet geregistreerd. "
                "Vraag de functioneel beheerder hem te registreren; lees de vingerafdruk voor.",
            ).format(fingerprint=shown_fingerprint(pending.key_id))
        )
    if row is None:
        raise DomainError(
            said(
                "signing_keys",
                "U hebt nog geen ondertekeningssleutel. Maak er een aan (Casuïstiekoverleg › "
                "Mijn ondertekeningssleutel…) en laat de functioneel beheerder hem registreren.",
            )
        )
    raise DomainError(
        said(
            "signing_keys",
            "Uw geregistreerde ondertekeningssleutel staat niet op deze computer. Onderteken "
            "op de werkplek waar u hem aanmaakte, of maak hier een nieuwe aan en laat die "
            "registreren.",
        )
    )


def _audit(session: Session, context: Context, action: Action, name: str, key_id: str) -> None:
    record(
        session,
        context,
        action,
        name,
        object_type="signing_key",
        object_id=key_id[:36],
        dossier_id=None,
        digest=key_id,
    )
