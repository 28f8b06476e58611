"""The record behind a decision in the exchange format `maatwerkdesk/2`: gathered for an
export, checked and stored on an import.

An import stores the record exactly as exported, after checking it as the services check
what a person records: the catalogue texts are installed like `catalogue add`, factors and
decisions must fit their catalogue version, people and meetings are matched by id, and
every version that binds is verified: a signature against the public key that came with
it (or the one this database registered under that key id), a historic version's content
as such. A forged or altered version refuses the whole import.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.conference import MeetingStatus, Stance
from maatwerkdesk.domain.decision import decision_from_data, decision_to_data, validate_decision
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import ImportedDocument, ImportedDossier
from maatwerkdesk.domain.exchange_record import (
    CatalogueText,
    DocumentExtras,
    DossierRecordExtras,
    ExchangedAction,
    ExchangedAdvice,
    ExchangedAgendaItem,
    ExchangedMeeting,
    ExchangedVersion,
    MeetingMember,
    Person,
    PublicKey,
)
from maatwerkdesk.domain.people import Discipline, Role
from maatwerkdesk.domain.proposal import Signal, SignalKind
from maatwerkdesk.domain.signed_record import (
    ContentError,
    RecordKind,
    SignedContent,
    content_hash,
    parse_content,
)
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.signatures import decode_public, key_id, verify
from maatwerkdesk.persistence.mapping import read_decision
from maatwerkdesk.persistence.models import (
    AdviceRow,
    AgendaItemRow,
    CatalogueFileRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    MeetingMemberRow,
    MeetingRow,
    SignedDecisionRow,
    SigningKeyRow,
    UserRow,
)
from maatwerkdesk.services import assessments, catalogues, proposals, weighing
from maatwerkdesk.services.audit import Action, record, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.precedents import write_decision
from maatwerkdesk.services.signed import KeyStatus, facts_of

IMPORT_ACT = "decision.import"


# --- export ---------------------------------------------------------------------------------


def exported_parts(session: Session, dossier_ids: Sequence[str]) -> DocumentExtras:
    """The records of these dossiers and the catalogues, people, keys and meetings they use."""
    records = {dossier_id: _record_of(session, dossier_id) for dossier_id in dossier_ids}
    refs: set[CatalogueRef] = set()
    people: set[str] = set()
    keys: set[str] = set()
    meetings: set[str] = set()
    for extras in records.values():
        refs.update(a.assessment.catalogue for a in extras.assessments)
        if extras.factors is not None:
            refs.add(extras.factors[0])
        if extras.proposed_by:
            people.add(extras.proposed_by)
        for item in extras.agenda:
            meetings.add(item.meeting)
            people.update(item.conflicts)
            people.update(a.user for a in item.advice)
        for version in extras.versions:
            content = parse_content(version.content.encode("utf-8"))
            refs.add(content.catalogue)
            if content.signer is not None:
                people.add(content.signer.user_id)
            if version.key is not None:
                keys.add(version.key)
    exchanged_meetings = [_meeting_of(session, reference) for reference in sorted(meetings)]
    for meeting in exchanged_meetings:
        people.add(meeting.chair)
        people.update(m.user for m in meeting.members)
    key_rows = session.scalars(select(SigningKeyRow).where(SigningKeyRow.key_id.in_(keys)))
    exchanged_keys = [PublicKey(k.key_id, k.user_id, k.public_key) for k in key_rows]
    people.update(k.user for k in exchanged_keys)
    return DocumentExtras(
        catalogues=tuple(_catalogue_texts(session, refs)),
        people=tuple(_people(session, people)),
        keys=tuple(exchanged_keys),
        meetings=tuple(exchanged_meetings),
        records=records,
    )


def _record_of(session: Session, dossier_id: str) -> DossierRecordExtras:
    factors_row = session.scalar(
        select(DossierFactorsRow).where(
            DossierFactorsRow.dossier_id == dossier_id, DossierFactorsRow.deleted_at.is_(None)
        )
    )
    decision_row = session.scalar(select(DecisionRow).where(DecisionRow.dossier_id == dossier_id))
    proposal = proposals.exchanged_proposal(session, dossier_id)
    return DossierRecordExtras(
        assessments=tuple(assessments.exchanged_assessments(session, dossier_id)),
        factors=(
            (
                CatalogueRef(factors_row.catalogue_id, factors_row.catalogue_version),
                frozenset(factors_row.factors),
            )
            if factors_row is not None
            else None
        ),
        decision=read_decision(decision_row),
        weighing=weighing.saved_weighing(session, dossier_id),
        proposal=proposal[0] if proposal is not None else None,
        proposed_by=proposal[1] if proposal is not None else None,
        agenda=tuple(_agenda_of(session, dossier_id)),
        versions=tuple(_versions_of(session, dossier_id)),
    )


def _agenda_of(session: Session, dossier_id: str) -> Iterable[ExchangedAgendaItem]:
    rows = session.execute(
        select(AgendaItemRow, MeetingRow.reference)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(AgendaItemRow.dossier_id == dossier_id, AgendaItemRow.deleted_at.is_(None))
        .order_by(MeetingRow.reference)
    )
    for item, reference in rows:
        advice = session.scalars(
            select(AdviceRow).where(AdviceRow.agenda_item_id == item.id).order_by(AdviceRow.user_id)
        )
        signal = item.signal or {}
        yield ExchangedAgendaItem(
            meeting=reference,
            position=item.position,
            minutes=item.minutes,
            dissent=item.dissent,
            conflicts=tuple(item.conflicts),
            decision=decision_from_data(item.decision) if item.decision else None,
            departure_motivation=item.departure_motivation,
            override_motivation=item.override_motivation,
            actions=tuple(
                ExchangedAction(
                    a["who"], a["what"], date.fromisoformat(a["due"]) if a.get("due") else None
                )
                for a in item.actions
            ),
            review_date=item.review_date,
            signal=Signal(
                SignalKind(signal.get("kind", SignalKind.UNDECIDED.value)),
                signal.get("rule", ""),
                signal.get("owner", ""),
            ),
            advice=tuple(
                ExchangedAdvice(
                    a.user_id,
                    Discipline(a.discipline) if a.discipline else None,
                    Stance(a.stance),
                    a.text,
                )
                for a in advice
            ),
        )


def _versions_of(session: Session, dossier_id: str) -> Iterable[ExchangedVersion]:
    rows = session.execute(
        select(SignedDecisionRow, MeetingRow.reference)
        .outerjoin(AgendaItemRow, AgendaItemRow.id == SignedDecisionRow.agenda_item_id)
        .outerjoin(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(SignedDecisionRow.dossier_id == dossier_id, SignedDecisionRow.deleted_at.is_(None))
        .order_by(SignedDecisionRow.version)
    )
    for row, meeting in rows:
        yield ExchangedVersion(row.content, row.signature, row.key_id, meeting)


def _meeting_of(session: Session, reference: str) -> ExchangedMeeting:
    row = session.scalar(select(MeetingRow).where(MeetingRow.reference == reference))
    assert row is not None
    members = session.scalars(
        select(MeetingMemberRow)
        .where(MeetingMemberRow.meeting_id == row.id)
        .order_by(MeetingMemberRow.user_id)
    )
    return ExchangedMeeting(
        row.reference,
        row.held_on,
        row.location,
        MeetingStatus(row.status),
        row.chair_id,
        tuple(
            MeetingMember(m.user_id, Discipline(m.discipline) if m.discipline else None, m.present)
            for m in members
        ),
    )


def _catalogue_texts(session: Session, refs: set[CatalogueRef]) -> Iterable[CatalogueText]:
    for ref in sorted(refs, key=lambda r: (r.id, r.version)):
        row = session.scalar(
            select(CatalogueFileRow).where(
                CatalogueFileRow.catalogue_id == ref.id,
                CatalogueFileRow.version == ref.version,
                CatalogueFileRow.deleted_at.is_(None),
            )
        )
        if row is not None:
            yield CatalogueText(ref, row.kind, row.content)


def _people(session: Session, ids: set[str]) -> Iterable[Person]:
    for user_id in sorted(ids):
        row = session.get(UserRow, user_id)
        if row is not None:
            discipline = Discipline(row.discipline) if row.discipline else None
            yield Person(row.id, row.name, Role(row.role), discipline)


# --- import ---------------------------------------------------------------------------------


def import_parts(session: Session, context: Context, document: ImportedDocument) -> None:
    """Store what a `maatwerkdesk/2` document adds, after its dossiers were added."""
    parts = document.parts
    for index, text in enumerate(parts.catalogues):
        _install(session, context, document.source, index, text)
    people = {p.id: p for p in parts.people}
    for person in people.values():
        _person(session, person)
    keys = {k.key_id: k for k in parts.keys}
    meetings = {m.reference: m for m in parts.meetings}
    for meeting in meetings.values():
        _meeting(session, document.source, meeting, people)
    for dossier in document.dossiers:
        if dossier.record is not None:
            _store_record(session, context, dossier, dossier.record, keys)


def _fail(where: str, message: str) -> ValidationError:
    return ValidationError(where, message)


def _install(
    session: Session, context: Context, source: str, index: int, text: CatalogueText
) -> None:
    name = f"{source}: catalogues[{index}]"
    try:
        catalogue, _new = catalogues.add_catalogue(session, context, text.content, name)
    except DomainError as error:
        raise _fail(f"catalogues[{index}]", str(error)) from None
    if catalogue.ref != text.ref:
        raise _fail(
            f"catalogues[{index}]",
            f"{name}: de tekst is versie {catalogue.ref}, niet {text.ref.id} versie "
            f"{text.ref.version}.",
        )


def _person(session: Session, person: Person) -> None:
    """A person the record names: kept by id. One unknown here is added, not active (they
    never worked in this database); a name already taken by someone else gets a note."""
    if session.get(UserRow, person.id) is not None:
        return
    name = person.name
    taken = {n.casefold() for n in session.scalars(select(UserRow.name))}
    if name.casefold() in taken:
        name = f"{name} (overgenomen)"
    session.add(
        UserRow(
            id=person.id,
            name=name,
            role=person.role.value,
            discipline=person.discipline.value if person.discipline else None,
            active=False,
        )
    )
    session.flush()


def _meeting(
    session: Session, source: str, meeting: ExchangedMeeting, people: dict[str, Person]
) -> None:
    existing = session.scalar(select(MeetingRow).where(MeetingRow.reference == meeting.reference))
    if existing is not None:
        if existing.held_on != meeting.held_on:
            raise _fail(
                "meetings",
                f"{source}: overleg {meeting.reference} bestaat hier al op een andere datum; "
                "er is niets geïmporteerd.",
            )
        return
    for user in (meeting.chair, *(m.user for m in meeting.members)):
        if session.get(UserRow, user) is None:
            raise _fail(
                "meetings", f"{source}: overleg {meeting.reference} noemt een onbekende persoon."
            )
    row = MeetingRow(
        reference=meeting.reference,
        held_on=meeting.held_on,
        location=meeting.location,
        chair_id=meeting.chair,
        status=meeting.status.value,
    )
    session.add(row)
    session.flush()
    for member in meeting.members:
        session.add(
            MeetingMemberRow(
                meeting_id=row.id,
                user_id=member.user,
                discipline=member.discipline.value if member.discipline else None,
                present=member.present,
            )
        )
    session.flush()


def _store_record(
    session: Session,
    context: Context,
    dossier: ImportedDossier,
    extras: DossierRecordExtras,
    keys: dict[str, PublicKey],
) -> None:
    where = dossier.where("record")
    if extras.decision is not None and extras.factors is None:
        raise _fail(
            where,
            f"{where}: een beslissing rust op de factoren van het dossier, maar die ontbreken; "
            "er is niets geïmporteerd.",
        )
    try:
        for exchanged in extras.assessments:
            assessments.store_exchanged(session, dossier.id, exchanged)
        if extras.factors is not None:
            _factors(session, dossier.id, extras)
        if extras.weighing is not None:
            weighing.store_exchanged(session, dossier.id, extras.weighing)
        if extras.proposal is not None:
            proposals.store_exchanged(session, dossier.id, extras.proposal, extras.proposed_by)
    except DomainError as error:
        raise _fail(where, f"{where}: {error}") from None
    items = {item.meeting: _agenda_item(session, dossier, item) for item in extras.agenda}
    contents = [
        _version(session, context, dossier, version, index, keys, items)
        for index, version in enumerate(extras.versions)
    ]
    _check_consistent(session, dossier, extras, contents)


def _factors(session: Session, dossier_id: str, extras: DossierRecordExtras) -> None:
    assert extras.factors is not None
    ref, factors = extras.factors
    catalogue = catalogues.known_catalogues(session).factors(ref)
    unknown = sorted(f for f in factors if catalogue.factor(f) is None)
    if unknown:
        raise DomainError(f"factor '{unknown[0]}' staat niet in {catalogue.ref}.")
    catalogues.pin(session, catalogue)
    session.add(
        DossierFactorsRow(
            dossier_id=dossier_id,
            catalogue_id=ref.id,
            catalogue_version=ref.version,
            factors=sorted(factors),
        )
    )
    if extras.decision is not None:
        validate_decision(extras.decision, factors, catalogue.sides)
        write_decision(session, dossier_id, extras.decision)
    session.flush()


def _agenda_item(
    session: Session, dossier: ImportedDossier, item: ExchangedAgendaItem
) -> AgendaItemRow:
    meeting = session.scalar(select(MeetingRow).where(MeetingRow.reference == item.meeting))
    if meeting is None:
        raise _fail(
            dossier.where("record.agenda"),
            f"{dossier.where('record.agenda')}: overleg {item.meeting} staat niet in het bestand.",
        )
    row = AgendaItemRow(
        meeting_id=meeting.id,
        dossier_id=dossier.id,
        position=item.position,
        minutes=item.minutes,
        dissent=item.dissent,
        conflicts=list(item.conflicts),
        decision=decision_to_data(item.decision) if item.decision is not None else None,
        departure_motivation=item.departure_motivation,
        override_motivation=item.override_motivation,
        actions=[
            {"who": a.who, "what": a.what, "due": a.due.isoformat() if a.due else None}
            for a in item.actions
        ],
        review_date=item.review_date,
        signal={
            "kind": item.signal.kind.value,
            "rule": item.signal.rule,
            "owner": item.signal.owner,
        },
    )
    session.add(row)
    session.flush()
    for advice in item.advice:
        if session.get(UserRow, advice.user) is None:
            raise _fail(
                dossier.where("record.agenda"),
                f"{dossier.where('record.agenda')}: een advies noemt een onbekende persoon.",
            )
        session.add(
            AdviceRow(
                agenda_item_id=row.id,
                user_id=advice.user,
                discipline=advice.discipline.value if advice.discipline else None,
                stance=advice.stance.value,
                text=advice.text,
            )
        )
    session.flush()
    return row


def _version(
    session: Session,
    context: Context,
    dossier: ImportedDossier,
    version: ExchangedVersion,
    index: int,
    keys: dict[str, PublicKey],
    items: dict[str, AgendaItemRow],
) -> SignedContent:
    where = dossier.where(f"record.versions[{index}]")
    raw = version.content.encode("utf-8")
    try:
        content = parse_content(raw)
    except ContentError:
        raise _fail(
            where, f"{where}: dit is geen besluitversie zoals MaatwerkDesk die vastlegt."
        ) from None
    if content.dossier_id != dossier.id or content.facts.reference != dossier.reference:
        raise _fail(where, f"{where}: deze versie hoort bij een ander dossier.")
    if content.version != index + 1:
        raise _fail(where, f"{where}: de versies zijn niet doorlopend genummerd.")
    key_row = None
    if content.kind is RecordKind.SIGNED:
        key_row = _verified_key(session, context, where, content, version, raw, keys)
    elif version.signature is not None or version.key is not None:
        raise _fail(where, f"{where}: een historische versie heeft geen handtekening.")
    item = items.get(version.meeting) if version.meeting is not None else None
    if version.meeting is not None and item is None:
        raise _fail(where, f"{where}: overleg {version.meeting} staat niet bij deze agenda.")
    digest = content_hash(raw)
    session.add(
        SignedDecisionRow(
            dossier_id=dossier.id,
            version=content.version,
            agenda_item_id=item.id if item is not None else None,
            kind=content.kind.value,
            catalogue_id=content.catalogue.id,
            signed_by=content.signer.user_id if content.signer is not None else None,
            signed_at=content.signed_at,
            content=version.content,
            content_hash=digest,
            signature=version.signature,
            key_id=key_row.key_id if key_row is not None else None,
        )
    )
    session.flush()
    record_dossier_act(session, context, Action.UPDATE, IMPORT_ACT, dossier.id, digest=digest)
    return content


def _verified_key(
    session: Session,
    context: Context,
    where: str,
    content: SignedContent,
    version: ExchangedVersion,
    raw: bytes,
    keys: dict[str, PublicKey],
) -> SigningKeyRow:
    """The key this signed version was signed with, verified; refused when forged."""
    forged = _fail(
        where,
        f"{where}: de handtekening van deze besluitversie klopt niet. Het bestand is na de "
        "ondertekening gewijzigd, of de versie is nooit door de voorzitter ondertekend; er is "
        "niets geïmporteerd.",
    )
    signer = content.signer
    if signer is None or version.signature is None or version.key != signer.key_id:
        raise forged
    exchanged = keys.get(signer.key_id)
    row = session.scalar(select(SigningKeyRow).where(SigningKeyRow.key_id == signer.key_id))
    public_text = row.public_key if row is not None else exchanged.public_key if exchanged else None
    public = decode_public(public_text) if public_text is not None else None
    if (
        public is None
        or key_id(public) != signer.key_id
        or (exchanged is not None and exchanged.public_key != public_text)
        or not verify(public, raw, version.signature)
    ):
        raise forged
    if row is None:
        assert exchanged is not None
        if exchanged.user != signer.user_id or session.get(UserRow, signer.user_id) is None:
            raise forged
        row = SigningKeyRow(
            key_id=signer.key_id,
            user_id=signer.user_id,
            public_key=exchanged.public_key,
            status=KeyStatus.IMPORTED,
        )
        session.add(row)
        session.flush()
        record(
            session,
            context,
            Action.CREATE,
            "signing_key.import",
            object_type="signing_key",
            object_id=row.key_id[:36],
            dossier_id=None,
            digest=row.key_id,
        )
    elif row.user_id != signer.user_id:
        raise forged
    return row


def _check_consistent(
    session: Session,
    dossier: ImportedDossier,
    extras: DossierRecordExtras,
    contents: list[SignedContent],
) -> None:
    """A dossier whose decision binds must show what its latest version fixed."""
    where = dossier.where("record")
    bound = dossier.fields.status is DossierStatus.BESLOTEN
    if bound and not contents:
        raise _fail(
            where,
            f"{where}: het dossier staat op ‘Besloten’ maar het bestand bevat geen ondertekend "
            "besluit; er is niets geïmporteerd.",
        )
    if not contents:
        return
    latest = contents[-1]
    row = session.get(DossierRow, dossier.id)
    assert row is not None
    if facts_of(row) != latest.facts or extras.decision != latest.decision:
        raise _fail(
            where,
            f"{where}: de feiten of de beslissing wijken af van het ondertekende besluit; "
            "er is niets geïmporteerd.",
        )
    if dossier.fields.status not in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN):
        raise _fail(
            where,
            f"{where}: een dossier met een ondertekend besluit staat op ‘Besloten’ of "
            "‘Afgesloten’; er is niets geïmporteerd.",
        )
