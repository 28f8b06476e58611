"""Signed decisions as stored facts: read them, check them, and refuse to change them.

Every read parses the stored content and checks it: the signature against the chair's
registered public key, a historic version against the digest the audit trail recorded
when it was registered, and the copies in other columns and tables against the content.
A dossier whose record does not check out is read-only until a functioneel beheerder has
looked at it (services/integrity.py).

Kept apart from the signing itself (services/signing.py), so the services that edit a
dossier can refuse a signed one without depending on the conference's machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import (
    ContentError,
    DossierFacts,
    RecordKind,
    SignedContent,
    content_hash,
    parse_content,
)
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.signatures import decode_public, verify
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.mapping import read_decision
from maatwerkdesk.persistence.models import (
    AuditRow,
    DecisionRow,
    DossierRow,
    IntegrityResolutionRow,
    ProposalRow,
    SignedDecisionRow,
    SigningKeyRow,
)
from maatwerkdesk.services.away import refuse_any_away_for_actor, refuse_if_away_for_actor
from maatwerkdesk.services.kept_rows import kept

BINDING_ACTS = ("decision.sign", "decision.amend", "decision.historic", "decision.import")
"""The audit acts that fix a decision version; their `digest` is the version's content hash."""


class KeyStatus:
    PENDING = "pending"
    """Created by the chair; not yet registered by a functioneel beheerder."""
    REGISTERED = "registered"
    REVOKED = "revoked"
    """Replaced by a newer key: signatures made before `revoked_at` stay valid."""
    IMPORTED = "imported"
    """Came with a file from another database; nobody here registered it."""


class SignedDecisionError(DomainError):
    """An edit of a decision that has been signed."""


class TamperedRecordError(SignedDecisionError):
    """An edit of a dossier whose signed record was changed outside the program."""


KEY_ACTS = ("signing_key.register", "signing_key.import")
"""The audit acts that make a public key count; their `digest` is the key id."""


def known_keys(session: Session) -> dict[str, SigningKeyRow]:
    """The signing keys by id, as far as the audit trail shows they were registered (or
    imported) through the program: a key written into the table by hand verifies nothing."""
    attested = (
        select(AuditRow.id)
        .where(
            AuditRow.digest == SigningKeyRow.key_id,
            AuditRow.name.in_(KEY_ACTS),
            AuditRow.result == "ok",
        )
        .exists()
    )
    rows = session.scalars(
        select(SigningKeyRow).where(attested | (SigningKeyRow.status == KeyStatus.PENDING))
    )
    return {row.key_id: row for row in rows}


def _binding_digests() -> Select[str | None, str | None]:
    return select(AuditRow.dossier_id, AuditRow.digest).where(
        AuditRow.name.in_(BINDING_ACTS), AuditRow.result == "ok", AuditRow.digest.is_not(None)
    )


def recorded_digests(session: Session, dossier_id: str | None = None) -> set[str]:
    """The content hashes the audit trail recorded when versions were fixed."""
    query = _binding_digests()
    if dossier_id is not None:
        query = query.where(AuditRow.dossier_id == dossier_id)
    return {digest for _dossier, digest in session.execute(query) if digest}


def row_problems(
    row: SignedDecisionRow,
    content: SignedContent | None,
    keys: Mapping[str, SigningKeyRow],
    digests: set[str],
) -> tuple[list[str], bool]:
    """What is wrong with one stored version (Dutch sentences), and whether its key was
    registered here rather than only imported."""
    version = row.version
    if content is None:
        return [
            said(
                "signed", "Versie {version} is beschadigd of buiten het programma gewijzigd."
            ).format(version=version)
        ], True
    raw = row.content.encode("utf-8")
    if content_hash(raw) != row.content_hash:
        return [
            said("signed", "Versie {version} is buiten het programma gewijzigd.").format(
                version=version
            )
        ], True
    if (
        content.dossier_id != row.dossier_id
        or content.version != row.version
        or content.signed_at != row.signed_at
        or content.kind.value != row.kind
        or content.catalogue.id != row.catalogue_id
        or (content.signer.user_id if content.signer else None) != row.signed_by
    ):
        return [
            said(
                "signed",
                "Versie {version} is buiten het programma aangepast: de gegevens kloppen niet meer.",
            ).format(version=version)
        ], True
    if content.kind is RecordKind.HISTORIC:
        if row.signature is not None or content.signer is not None:
            return [
                said("signed", "Versie {version} is geen geldige historische versie.").format(
                    version=version
                )
            ], True
        if row.content_hash not in digests:
            return [
                said(
                    "signed",
                    "Versie {version} (historisch besluit) staat niet in het auditlogboek: ze is "
                    "buiten het programma toegevoegd of gewijzigd.",
                ).format(version=version)
            ], True
        return [], True
    signer = content.signer
    key = keys.get(row.key_id or "")
    public = decode_public(key.public_key) if key is not None else None
    if (
        signer is None
        or row.signature is None
        or key is None
        or public is None
        or signer.key_id != row.key_id
        or key.user_id != signer.user_id
        or key.status == KeyStatus.PENDING
        or (key.revoked_at is not None and key.revoked_at <= content.signed_at)
        or not verify(public, raw, row.signature)
    ):
        return [
            said(
                "signed",
                "Versie {version}: de handtekening klopt niet. De versie is buiten het programma "
                "gewijzigd of niet door de voorzitter ondertekend.",
            ).format(version=version)
        ], True
    return [], key.status != KeyStatus.IMPORTED


def read_content(row: SignedDecisionRow) -> SignedContent | None:
    try:
        return parse_content(row.content.encode("utf-8"))
    except ContentError:
        return None


def to_signed(
    row: SignedDecisionRow, keys: Mapping[str, SigningKeyRow], digests: set[str]
) -> SignedDecision | None:
    """The stored version as a value, with what is wrong with it; None when its content
    cannot even be read (the dossier's integrity check names it)."""
    content = read_content(row)
    if content is None:
        return None
    problems, registered = row_problems(row, content, keys, digests)
    key = keys.get(row.key_id or "")
    return SignedDecision(
        content,
        row.content_hash,
        tuple(problems),
        registered,
        row.signature,
        key.public_key if key is not None else None,
    )


def _rows(session: Session, dossier_id: str) -> list[SignedDecisionRow]:
    return _versions_of(session, [dossier_id])[dossier_id]


def _versions_of(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, list[SignedDecisionRow]]:
    """The stored versions of each dossier, oldest first, read together."""
    found: dict[str, list[SignedDecisionRow]] = {dossier_id: [] for dossier_id in dossier_ids}
    for chunk in in_chunks(list(found)):
        for row in session.scalars(
            select(SignedDecisionRow)
            .where(SignedDecisionRow.dossier_id.in_(chunk), SignedDecisionRow.deleted_at.is_(None))
            .order_by(SignedDecisionRow.version)
        ):
            found[row.dossier_id].append(row)
    return found


def _digests_of(session: Session, dossier_ids: Sequence[str]) -> dict[str, set[str]]:
    """`recorded_digests` of each dossier, read together."""
    found: dict[str, set[str]] = {dossier_id: set() for dossier_id in dossier_ids}
    for chunk in in_chunks(list(found)):
        for dossier_id, digest in session.execute(
            _binding_digests().where(AuditRow.dossier_id.in_(chunk))
        ):
            if dossier_id is not None and digest:
                found[dossier_id].add(digest)
    return found


def signed_versions(session: Session, dossier_id: str) -> list[SignedDecision]:
    """Every readable signed version of the dossier's decision, oldest first, each checked."""
    return signed_versions_of(session, [dossier_id])[dossier_id]


def fixed_version(session: Session, dossier_id: str) -> SignedDecision | None:
    """The latest signed (or historic) version of the dossier's decision; None while its
    decision is not fixed."""
    versions = signed_versions(session, dossier_id)
    return versions[-1] if versions else None


def signed_versions_of(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, list[SignedDecision]]:
    """`signed_versions` of each dossier, read together (the minutes of a meeting)."""
    versions = _versions_of(session, dossier_ids)
    signed = [dossier_id for dossier_id, rows in versions.items() if rows]
    if not signed:
        return {dossier_id: [] for dossier_id in versions}
    keys, digests = known_keys(session), _digests_of(session, signed)
    return {
        dossier_id: _readable(rows, keys, digests.get(dossier_id, set()))
        for dossier_id, rows in versions.items()
    }


def _readable(
    rows: Iterable[SignedDecisionRow], keys: Mapping[str, SigningKeyRow], digests: set[str]
) -> list[SignedDecision]:
    found = (to_signed(row, keys, digests) for row in rows)
    return [version for version in found if version is not None]


def latest_signed(session: Session, dossier_id: str) -> SignedDecision | None:
    versions = signed_versions(session, dossier_id)
    return versions[-1] if versions else None


@dataclass(frozen=True)
class SignedRecord:
    """A dossier's signed record as read: its readable versions, oldest first, each
    checked, and what about the record the program did not write (`integrity_problems`)."""

    versions: tuple[SignedDecision, ...]
    problems: tuple[str, ...]
    signed_at: datetime | None
    """When the latest stored version was signed, readable or not: the decision in force
    is judged against the case base as it stood then."""


def read_signed_records(
    session: Session,
    dossiers: Sequence[DossierRow],
    decisions: Mapping[str, DecisionRow | None],
) -> dict[str, SignedRecord]:
    """The signed record of each dossier, read together: one statement for the versions
    and one for what the audit trail recorded of them, however many dossiers; `decisions`
    are the dossiers' decision rows, which a signed version's decision must equal."""
    ids = [dossier.id for dossier in dossiers]
    versions = _versions_of(session, ids)
    digests = _digests_of(session, ids)
    keys = known_keys(session) if any(versions.values()) else {}
    missing = {i for i in ids if _unaccounted(versions[i], digests[i])}
    resolutions = _resolutions_of(session, sorted(missing)) if missing else {}
    records = {}
    for dossier in dossiers:
        rows, recorded = versions[dossier.id], digests[dossier.id]
        problems = _problems(
            dossier,
            rows,
            keys,
            recorded,
            resolutions.get(dossier.id, ()),
            partial(decisions.get, dossier.id),
        )
        records[dossier.id] = SignedRecord(
            tuple(_readable(rows, keys, recorded)),
            problems,
            rows[-1].signed_at if rows else None,
        )
    return records


def is_signed(session: Session, dossier_id: str) -> bool:
    """Whether a version binds this dossier (signed or historic), checked or not."""
    query = select(SignedDecisionRow.id).where(
        SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None)
    )
    return session.scalar(query.limit(1)) is not None


def bound(dossier_id: Any) -> ColumnElement[bool]:
    """SQL: the dossier with this id (a column) has a version that binds."""
    return (
        select(SignedDecisionRow.id)
        .where(SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None))
        .exists()
    )


class StatedFacts(Protocol):
    """What a decision's facts are read from: a dossier row, or a dossier's fields."""

    @property
    def title(self) -> str: ...
    @property
    def regulation(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def deviation_article(self) -> str: ...
    @property
    def generic_outcome(self) -> str: ...
    @property
    def knelpunt(self) -> str: ...
    @property
    def request(self) -> str: ...
    @property
    def owner(self) -> str: ...


def dossier_facts(reference: str, stated: StatedFacts) -> DossierFacts:
    return DossierFacts(
        reference=reference,
        title=stated.title,
        regulation=stated.regulation,
        article=stated.article,
        deviation_article=stated.deviation_article,
        generic_outcome=stated.generic_outcome,
        knelpunt=stated.knelpunt,
        request=stated.request,
        owner=stated.owner,
    )


def facts_of(row: DossierRow) -> DossierFacts:
    return dossier_facts(row.reference, row)


def integrity_problems(session: Session, dossier_id: str) -> tuple[str, ...]:
    """Everything about the dossier's signed record that the program did not write, as
    sentences; empty when the record checks out (also when nothing was ever signed)."""
    return _record_problems(session, dossier_id)[0]


def _record_problems(
    session: Session, dossier_id: str
) -> tuple[tuple[str, ...], list[SignedDecisionRow]]:
    """`integrity_problems`, and the versions stored (for `refuse_if_signed`)."""
    dossier = session.get(DossierRow, dossier_id)
    if dossier is None:
        return (), []
    kept(session, dossier)  # the services that check this read it next
    rows = _rows(session, dossier_id)
    keys = known_keys(session) if rows else {}
    digests = recorded_digests(session, dossier_id)
    resolutions = (
        _resolutions_of(session, [dossier_id]).get(dossier_id, ())
        if _unaccounted(rows, digests)
        else ()
    )

    def decision() -> DecisionRow | None:
        return session.scalar(select(DecisionRow).where(DecisionRow.dossier_id == dossier_id))

    return _problems(dossier, rows, keys, digests, resolutions, decision), rows


def _problems(
    dossier: DossierRow,
    rows: Sequence[SignedDecisionRow],
    keys: Mapping[str, SigningKeyRow],
    digests: set[str],
    resolutions: Iterable[IntegrityResolutionRow],
    decision: Callable[[], DecisionRow | None],
) -> tuple[str, ...]:
    problems: list[str] = []
    contents: list[SignedContent] = []
    for row in rows:
        content = read_content(row)
        found, _registered = row_problems(row, content, keys, digests)
        problems += found
        if content is not None and content.facts.reference != dossier.reference:
            problems.append(
                said("signed", "Versie {version} hoort bij een ander dossier.").format(
                    version=row.version
                )
            )
        elif content is not None and not found:
            contents.append(content)
    problems += _missing(rows, digests, resolutions)
    if not rows and dossier.status == DossierStatus.BESLOTEN.value:
        problems.append(
            said(
                "signed",
                "Het dossier staat op ‘Besloten’, maar er is geen ondertekend besluit: dat is "
                "buiten het programma verwijderd, of de status is buiten het programma gezet.",
            )
        )
    if contents:
        problems += _copies_differ(dossier, contents[-1], decision())
    return tuple(problems)


def _unaccounted(rows: Iterable[SignedDecisionRow], digests: set[str]) -> set[str]:
    """Versions the audit trail recorded that are not (any more) in the table."""
    return digests - {row.content_hash for row in rows}


def _resolutions_of(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, list[IntegrityResolutionRow]]:
    found: dict[str, list[IntegrityResolutionRow]] = {}
    for chunk in in_chunks(list(dossier_ids)):
        for row in session.scalars(
            select(IntegrityResolutionRow).where(IntegrityResolutionRow.dossier_id.in_(chunk))
        ):
            found.setdefault(row.dossier_id, []).append(row)
    return found


def _missing(
    rows: Iterable[SignedDecisionRow],
    digests: set[str],
    resolutions: Iterable[IntegrityResolutionRow],
) -> list[str]:
    accounted: set[str] = set()
    for resolution in resolutions:
        accounted.update(resolution.voided, resolution.acknowledged)
    missing = _unaccounted(rows, digests) - accounted
    if not missing:
        return []
    return [
        said(
            "signed",
            "{count} ondertekende versie(s) van dit besluit ontbreken: ze zijn buiten het "
            "programma verwijderd (het auditlogboek legde ze vast).",
        ).format(count=len(missing))
    ]


def _copies_differ(
    dossier: DossierRow, latest: SignedContent, decision: DecisionRow | None
) -> list[str]:
    problems: list[str] = []
    if facts_of(dossier) != latest.facts:
        problems.append(
            said(
                "signed",
                "De feiten waarop het ondertekende besluit rust (titel, regeling, artikelen, "
                "algemene uitkomst, knelpunt, verzoek, eigenaar) zijn buiten het programma "
                "gewijzigd.",
            )
        )
    if dossier.status not in (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value):
        problems.append(
            said(
                "signed",
                "Het dossier heeft een ondertekend besluit maar staat niet op ‘Besloten’ of "
                "‘Afgesloten’: de status is buiten het programma gewijzigd.",
            )
        )
    if read_decision(decision) != latest.decision:
        problems.append(
            said(
                "signed",
                "De beslissing in het dossier wijkt af van het ondertekende besluit: ze is "
                "buiten het programma gewijzigd.",
            )
        )
    return problems


def refuse_if_tampered(session: Session, dossier_id: str) -> None:
    """Refuse any change of a dossier whose signed record was changed outside the program:
    it is read-only until a functioneel beheerder has resolved it; and a change of a
    dossier on loan to someone else (services/away.py)."""
    refuse_if_away_for_actor(session, dossier_id)
    _refuse_tampered(integrity_problems(session, dossier_id))


def refuse_any_tampered(session: Session, dossiers: Sequence[DossierRow]) -> None:
    """`refuse_if_tampered` for each of these dossiers, read together (a sync's hundred):
    a few statements however many dossiers."""
    ids = [dossier.id for dossier in dossiers]
    refuse_any_away_for_actor(session, ids)
    decisions: dict[str, DecisionRow] = {}
    for chunk in in_chunks(ids):
        rows = session.scalars(select(DecisionRow).where(DecisionRow.dossier_id.in_(chunk)))
        decisions.update({row.dossier_id: row for row in rows})
    for record in read_signed_records(session, dossiers, decisions).values():
        _refuse_tampered(record.problems)


def _refuse_tampered(problems: Sequence[str]) -> None:
    if problems:
        raise TamperedRecordError(
            said(
                "signed",
                "Dit dossier is alleen-lezen: het vastgelegde besluit is buiten het programma "
                "gewijzigd. {problem} Vraag de functioneel beheerder het te beoordelen.",
            ).format(problem=problems[0])
        )


def refuse_if_signed(session: Session, dossier_id: str) -> None:
    """Refuse a change of a dossier whose decision is fixed, or whose record was changed
    outside the program, or that is on loan to someone else (services/away.py)."""
    refuse_if_away_for_actor(session, dossier_id)
    problems, versions = _record_problems(session, dossier_id)
    _refuse_tampered(problems)
    if versions:
        raise SignedDecisionError(
            said(
                "signed",
                "Het besluit in dit dossier is ondertekend en ligt vast. Een wijziging wordt een "
                "nieuwe versie met een reden; dat doet de voorzitter van het casuïstiekoverleg.",
            )
        )


def mark_proposer(session: Session, dossier_id: str, user_id: str) -> None:
    """Remember who recorded the proposal: four eyes means someone else signs it.

    Written past the ORM's revision counter: who proposed is no change of the proposal's
    texts, so a caseworker's save of them from the revision they saw stays valid."""
    row = session.scalar(select(ProposalRow).where(ProposalRow.dossier_id == dossier_id))
    if row is None:
        session.add(
            ProposalRow(
                dossier_id=dossier_id,
                zienswijze="unknown",
                signal_kind="undecided",
                proposed_by=user_id,
            )
        )
    elif row.proposed_by != user_id:
        session.execute(
            update(ProposalRow)
            .where(ProposalRow.id == row.id)
            .values(proposed_by=user_id)
            .execution_options(synchronize_session="fetch")
        )
