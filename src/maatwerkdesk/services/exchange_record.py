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

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.catalogue_kinds import AnyCatalogue
from maatwerkdesk.domain.conference import MeetingStatus, Stance
from maatwerkdesk.domain.decision import decision_from_data, validate_decision
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import ImportedDocument, ImportedDossier
from maatwerkdesk.domain.exchange_record import (
    CatalogueText,
    DocumentExtras,
    DossierRecordExtras,
    ExchangedAction,
    ExchangedAdvice,
    ExchangedAgendaItem,
    ExchangedGroup,
    ExchangedMeeting,
    ExchangedVersion,
    MeetingMember,
    Person,
    PublicKey,
    agenda_item_to_dict,
)
from maatwerkdesk.domain.groups import GroupLink
from maatwerkdesk.domain.people import Discipline, Role
from maatwerkdesk.domain.proposal import Signal, SignalKind
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import (
    ContentError,
    RecordKind,
    SignedContent,
    parse_content,
)
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.signatures import decode_public, key_id, verify
from maatwerkdesk.persistence.base import new_id
from maatwerkdesk.persistence.bulk import in_chunks, insert_records
from maatwerkdesk.persistence.mapping import decision_values, read_decision
from maatwerkdesk.persistence.models import (
    AdviceRow,
    AgendaItemRow,
    CatalogueFileRow,
    DecisionRow,
    DossierFactorsRow,
    MeetingMemberRow,
    MeetingRow,
    ProposalRow,
    SignedDecisionRow,
    SigningKeyRow,
    UserRow,
    WeighingRow,
)
from maatwerkdesk.services import assessments, catalogues, proposals, weighing
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import insert_versions, version_values
from maatwerkdesk.services.group_links import group_links
from maatwerkdesk.services.signed import KeyStatus, dossier_facts

IMPORT_ACT = "decision.import"


# --- export ---------------------------------------------------------------------------------


def exported_parts(session: Session, dossier_ids: Sequence[str]) -> dict[str, DocumentExtras]:
    """For each of these dossiers, its record and the catalogues, people, keys and meetings
    it uses, as a document of that dossier alone carries them: one statement per table for
    all the dossiers together."""
    records = dossier_extras(session, dossier_ids)
    uses = {dossier_id: _Uses.of(extras) for dossier_id, extras in records.items()}
    meetings = _meetings(session, {m for used in uses.values() for m in used.meetings})
    keys = _keys(session, {k for used in uses.values() for k in used.keys})
    for used in uses.values():
        for reference in used.meetings:
            meeting = meetings[reference]
            used.people.add(meeting.chair)
            used.people.update(m.user for m in meeting.members)
        used.people.update(keys[k].user for k in used.keys if k in keys)
    texts = _catalogue_texts(session, {r for used in uses.values() for r in used.refs})
    people = _people(session, {p for used in uses.values() for p in used.people})

    def extras(dossier_id: str, used: _Uses) -> DocumentExtras:
        return DocumentExtras(
            catalogues=tuple(
                texts[r] for r in sorted(used.refs, key=lambda r: (r.id, r.version)) if r in texts
            ),
            people=tuple(people[p] for p in sorted(used.people) if p in people),
            keys=tuple(keys[k] for k in sorted(used.keys) if k in keys),
            meetings=tuple(meetings[m] for m in sorted(used.meetings)),
            records={dossier_id: records[dossier_id]},
        )

    return {dossier_id: extras(dossier_id, used) for dossier_id, used in uses.items()}


@dataclass
class _Uses:
    """What one dossier's record refers to."""

    refs: set[CatalogueRef] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)

    @staticmethod
    def of(extras: DossierRecordExtras) -> _Uses:
        used = _Uses()
        used.refs.update(a.assessment.catalogue for a in extras.assessments)
        if extras.factors is not None:
            used.refs.add(extras.factors[0])
        if extras.proposed_by:
            used.people.add(extras.proposed_by)
        for item in extras.agenda:
            used.meetings.add(item.meeting)
            used.people.update(item.conflicts)
            used.people.update(a.user for a in item.advice)
        for version in extras.versions:
            content = parse_content(version.content.encode("utf-8"))
            used.refs.add(content.catalogue)
            if content.signer is not None:
                used.people.add(content.signer.user_id)
            if version.key is not None:
                used.keys.add(version.key)
        return used


def _exchanged(link: GroupLink | None) -> ExchangedGroup | None:
    return ExchangedGroup(link.reference, link.title) if link is not None else None


def dossier_extras(session: Session, dossier_ids: Sequence[str]) -> dict[str, DossierRecordExtras]:
    """What each dossier's record holds besides its facts, as the exchange format carries
    it; one statement per table for all the dossiers."""
    ids = list(dict.fromkeys(dossier_ids))
    factors = _one_each(session, DossierFactorsRow, ids, DossierFactorsRow.deleted_at.is_(None))
    decisions = _one_each(session, DecisionRow, ids)
    proposed = proposals.exchanged_proposals(session, ids)
    assessed = assessments.exchanged_assessments(session, ids)
    weighed = weighing.saved_weighings(session, ids)
    agenda = _agenda_of(session, ids)
    versions = _versions_of(session, ids)
    linked = group_links(session, ids)

    def extras(dossier_id: str) -> DossierRecordExtras:
        factors_row = factors.get(dossier_id)
        proposal = proposed.get(dossier_id)
        return DossierRecordExtras(
            assessments=tuple(assessed[dossier_id]),
            factors=(
                (
                    CatalogueRef(factors_row.catalogue_id, factors_row.catalogue_version),
                    frozenset(factors_row.factors),
                )
                if factors_row is not None
                else None
            ),
            decision=read_decision(decisions.get(dossier_id)),
            weighing=weighed.get(dossier_id),
            proposal=proposal[0] if proposal is not None else None,
            proposed_by=proposal[1] if proposal is not None else None,
            agenda=tuple(agenda[dossier_id]),
            versions=tuple(versions[dossier_id]),
            group=_exchanged(linked.get(dossier_id)),
        )

    return {dossier_id: extras(dossier_id) for dossier_id in ids}


def _one_each(session: Session, model: Any, ids: list[str], *where: Any) -> dict[str, Any]:
    """The row of `model` (one per dossier) of each of these dossiers that has one."""
    found: dict[str, Any] = {}
    for chunk in in_chunks(ids):
        rows = session.scalars(select(model).where(model.dossier_id.in_(chunk), *where))
        found.update({row.dossier_id: row for row in rows})
    return found


def _agenda_of(session: Session, ids: list[str]) -> dict[str, list[ExchangedAgendaItem]]:
    items: list[tuple[AgendaItemRow, str]] = []
    for chunk in in_chunks(ids):
        rows = session.execute(
            select(AgendaItemRow, MeetingRow.reference)
            .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
            .where(AgendaItemRow.dossier_id.in_(chunk), AgendaItemRow.deleted_at.is_(None))
            .order_by(MeetingRow.reference)
        )
        items += [(item, reference) for item, reference in rows]
    advice: dict[str, list[AdviceRow]] = {}
    for chunk in in_chunks([item.id for item, _reference in items]):
        for row in session.scalars(
            select(AdviceRow).where(AdviceRow.agenda_item_id.in_(chunk)).order_by(AdviceRow.user_id)
        ):
            advice.setdefault(row.agenda_item_id, []).append(row)
    found: dict[str, list[ExchangedAgendaItem]] = {dossier_id: [] for dossier_id in ids}
    for item, reference in items:
        found[item.dossier_id].append(_agenda_item(item, reference, advice.get(item.id, [])))
    return found


def _agenda_item(
    item: AgendaItemRow, reference: str, advice: list[AdviceRow]
) -> ExchangedAgendaItem:
    signal = item.signal or {}
    return ExchangedAgendaItem(
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


def _versions_of(session: Session, ids: list[str]) -> dict[str, list[ExchangedVersion]]:
    found: dict[str, list[ExchangedVersion]] = {dossier_id: [] for dossier_id in ids}
    for chunk in in_chunks(ids):
        rows = session.execute(
            select(SignedDecisionRow, MeetingRow.reference)
            .outerjoin(AgendaItemRow, AgendaItemRow.id == SignedDecisionRow.agenda_item_id)
            .outerjoin(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
            .where(SignedDecisionRow.dossier_id.in_(chunk), SignedDecisionRow.deleted_at.is_(None))
            .order_by(SignedDecisionRow.version)
        )
        for row, meeting in rows:
            found[row.dossier_id].append(
                ExchangedVersion(row.content, row.signature, row.key_id, meeting)
            )
    return found


def _meetings(session: Session, references: set[str]) -> dict[str, ExchangedMeeting]:
    rows = [
        row
        for chunk in in_chunks(sorted(references))
        for row in session.scalars(select(MeetingRow).where(MeetingRow.reference.in_(chunk)))
    ]
    members: dict[str, list[MeetingMemberRow]] = {}
    for chunk in in_chunks([row.id for row in rows]):
        for member in session.scalars(
            select(MeetingMemberRow)
            .where(MeetingMemberRow.meeting_id.in_(chunk))
            .order_by(MeetingMemberRow.user_id)
        ):
            members.setdefault(member.meeting_id, []).append(member)
    return {
        row.reference: ExchangedMeeting(
            row.reference,
            row.held_on,
            row.location,
            MeetingStatus(row.status),
            row.chair_id,
            tuple(
                MeetingMember(
                    m.user_id, Discipline(m.discipline) if m.discipline else None, m.present
                )
                for m in members.get(row.id, [])
            ),
        )
        for row in rows
    }


def _keys(session: Session, key_ids: set[str]) -> dict[str, PublicKey]:
    found: dict[str, PublicKey] = {}
    for chunk in in_chunks(sorted(key_ids)):
        for k in session.scalars(select(SigningKeyRow).where(SigningKeyRow.key_id.in_(chunk))):
            found[k.key_id] = PublicKey(k.key_id, k.user_id, k.public_key)
    return found


def without_catalogue_texts(document: Mapping[str, Any]) -> dict[str, Any]:
    """`document` with its catalogues named (id, version, kind) but not written out: what a
    briefcase keeps as a dossier's base: the catalogues' texts are half of a document, and
    the briefcase's own rows hold them. `with_catalogue_texts` makes it whole again."""
    return {
        **document,
        "catalogues": [
            {name: value for name, value in catalogue.items() if name != "content"}
            for catalogue in document.get("catalogues", ())
        ],
    }


def with_catalogue_texts(session: Session, document: Mapping[str, Any]) -> Mapping[str, Any]:
    """`document` with the texts of the catalogues it only names, as this database holds
    them; itself when it names none without its text. A text not held here stays out, and
    reading the document refuses it."""
    named = [c for c in document.get("catalogues", ()) if "content" not in c]
    if not named:
        return document
    texts = _catalogue_texts(session, {CatalogueRef(c["id"], c["version"]) for c in named})
    filled = []
    for catalogue in document["catalogues"]:
        text = texts.get(CatalogueRef(catalogue["id"], catalogue["version"]))
        if "content" not in catalogue and text is not None:
            catalogue = {**catalogue, "content": text.content}
        filled.append(catalogue)
    return {**document, "catalogues": filled}


def _catalogue_texts(
    session: Session, refs: set[CatalogueRef]
) -> dict[CatalogueRef, CatalogueText]:
    found: dict[CatalogueRef, CatalogueText] = {}
    for chunk in in_chunks(sorted({ref.id for ref in refs})):
        for row in session.scalars(
            select(CatalogueFileRow)
            .where(CatalogueFileRow.catalogue_id.in_(chunk), CatalogueFileRow.deleted_at.is_(None))
            .order_by(CatalogueFileRow.id)
        ):
            ref = CatalogueRef(row.catalogue_id, row.version)
            if ref in refs and ref not in found:
                found[ref] = CatalogueText(ref, row.kind, row.content)
    return found


def _people(session: Session, ids: set[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for chunk in in_chunks(sorted(ids)):
        for row in session.scalars(select(UserRow).where(UserRow.id.in_(chunk))):
            discipline = Discipline(row.discipline) if row.discipline else None
            found[row.id] = Person(row.id, row.name, Role(row.roles[0]), discipline)
    return found


# --- import ---------------------------------------------------------------------------------


class RecordImport:
    """Stores what `maatwerkdesk/2` documents add, one document at a time, after their
    dossiers were added: everything checked first, then written many rows per statement.

    What one document settles for the next (catalogue texts installed, versions pinned,
    people, keys and meetings known) is kept here, so a thousand files that carry the
    same catalogues and people cost one check each, not a thousand.
    """

    def __init__(self, session: Session, context: Context) -> None:
        self._session = session
        self._context = context
        self._known = catalogues.known_catalogues(session)
        self._texts: set[tuple[CatalogueRef, str]] = set()
        self._pinned: set[CatalogueRef] = set()
        self._users: dict[str, bool] = {}
        self._keys: dict[str, SigningKeyRow | None] = {}
        self._meetings: dict[str, tuple[str, date]] = {}

    def add(self, document: ImportedDocument) -> None:
        """Store the catalogues, people, meetings and dossier records of `document`."""
        parts = document.parts
        for index, text in enumerate(parts.catalogues):
            self._install(document.source, index, text)
        people = {p.id: p for p in parts.people}
        for person in people.values():
            self._person(person)
        keys = {k.key_id: k for k in parts.keys}
        meetings = {m.reference: m for m in parts.meetings}
        for meeting in meetings.values():
            self._meeting(document.source, meeting)
        rows = RecordRows()
        batch = AuditBatch(self._session, self._context)
        for dossier in document.dossiers:
            if dossier.record is not None:
                self._record(dossier, dossier.record, keys, rows, batch)
        rows.write(self._session)
        batch.write()

    def checked_record(self, dossier: ImportedDossier) -> RecordRows:
        """The route checks, factors, decision, weighing and proposal of the dossier's
        record, checked as an import checks them, as rows to write (a sync's)."""
        rows = RecordRows()
        extras = dossier.record or DossierRecordExtras()
        where = dossier.where("record")
        if extras.decision is not None and extras.factors is None:
            raise _fail(
                where,
                said(
                    "exchange_record",
                    "{where}: een beslissing rust op de factoren van het dossier.",
                ).format(where=where),
            )
        try:
            self._checked_parts(dossier, extras, rows)
        except DomainError as error:
            raise _fail(where, _IN_PLACE.format(where=where, problem=_message(error))) from None
        return rows

    def synced_agenda(
        self,
        dossier: ImportedDossier,
        parts: DocumentExtras,
        items: dict[str, str],
        changed: set[str],
    ) -> None:
        """Make the dossier's agenda items here as the document has them: those whose
        meeting is not among `items` (meeting reference → agenda item id here) are added,
        with their meetings, and put in `items`; those of the meetings in `changed` get the
        document's values and advice. A sync brings the conference's record along with the
        versions it signed; nothing removes an agenda item."""
        extras = dossier.record or DossierRecordExtras()
        wanted = [i for i in extras.agenda if i.meeting not in items or i.meeting in changed]
        if not wanted:
            return
        meetings = {m.reference: m for m in parts.meetings}
        for person in parts.people:
            self._person(person)
        rows, updated = RecordRows(), RecordRows()
        for item in wanted:
            meeting = meetings.get(item.meeting)
            if meeting is not None:
                self._meeting(dossier.source, meeting)
            known = items.get(item.meeting)
            if known is None:
                items[item.meeting] = self._agenda_item(dossier, item, rows)
            else:
                self._agenda_item(dossier, item, updated, known)
        session = self._session
        for values in updated.agenda:
            session.execute(
                update(AgendaItemRow)
                .where(AgendaItemRow.id == values["id"])
                .values(**values, revision=AgendaItemRow.revision + 1),
                execution_options={"synchronize_session": False},
            )
        session.execute(
            delete(AdviceRow).where(AdviceRow.agenda_item_id.in_([v["id"] for v in updated.agenda]))
        )
        insert_records(session, AgendaItemRow, rows.agenda)
        insert_records(session, AdviceRow, [*rows.advice, *updated.advice])

    def added_versions(
        self,
        dossier: ImportedDossier,
        parts: DocumentExtras,
        known: int,
        items: dict[str, str],
        batch: AuditBatch,
    ) -> tuple[list[dict[str, Any]], list[SignedContent]]:
        """The versions of the dossier's record after the first `known` (those this
        database has), each verified as an import verifies it (numbering, content, the
        signature against the chair's key), as rows to write; `items` are the dossier's
        agenda items here by meeting reference. Each is audited with its content hash."""
        for person in parts.people:
            self._person(person)
        keys = {k.key_id: k for k in parts.keys}
        rows = RecordRows()
        extras = dossier.record or DossierRecordExtras()
        contents = [
            self._version(dossier, version, index, keys, items, rows, batch)
            for index, version in enumerate(extras.versions)
            if index >= known
        ]
        return rows.versions, contents

    def _install(self, source: str, index: int, text: CatalogueText) -> None:
        name = f"{source}: catalogues[{index}]"
        seen = (text.ref, hashlib.sha256(text.content.encode("utf-8", "surrogatepass")).hexdigest())
        if seen in self._texts:
            return  # the same text was installed or found present earlier in this import
        try:
            catalogue, new = catalogues.add_catalogue(
                self._session, self._context, text.content, name
            )
        except DomainError as error:
            raise _fail(f"catalogues[{index}]", _message(error)) from None
        if catalogue.ref != text.ref:
            raise _fail(
                f"catalogues[{index}]",
                said(
                    "exchange_record",
                    "{name}: de tekst is versie {found}, niet {id} versie {version}.",
                ).format(
                    name=name, found=str(catalogue.ref), id=text.ref.id, version=text.ref.version
                ),
            )
        self._texts.add(seen)
        if new:
            self._known = catalogues.known_catalogues(self._session)

    def _pin(self, catalogue: AnyCatalogue) -> None:
        if catalogue.ref not in self._pinned:
            catalogues.pin(self._session, catalogue)
            self._pinned.add(catalogue.ref)

    def _user_exists(self, user_id: str) -> bool:
        known = self._users.get(user_id)
        if known is None:
            known = self._users[user_id] = self._session.get(UserRow, user_id) is not None
        return known

    def _person(self, person: Person) -> None:
        """A person the record names: kept by id. One unknown here is added, not active
        (they never worked in this database); a name already taken by someone else gets a
        note."""
        if self._user_exists(person.id):
            return
        session = self._session
        name = person.name
        taken = {n.casefold() for n in session.scalars(select(UserRow.name))}
        if name.casefold() in taken:
            name = f"{name} (overgenomen)"
        session.add(
            UserRow(
                id=person.id,
                name=name,
                roles=[person.role.value],
                discipline=person.discipline.value if person.discipline else None,
                active=False,
            )
        )
        session.flush()
        self._users[person.id] = True

    def _meeting(self, source: str, meeting: ExchangedMeeting) -> None:
        known = self._meetings.get(meeting.reference)
        if known is None:
            existing = self._session.scalar(
                select(MeetingRow).where(MeetingRow.reference == meeting.reference)
            )
            if existing is not None:
                known = self._meetings[meeting.reference] = (existing.id, existing.held_on)
        if known is not None:
            if known[1] != meeting.held_on:
                raise _fail(
                    "meetings",
                    said(
                        "exchange_record",
                        "{source}: overleg {meeting} bestaat hier al op een andere datum; er is "
                        "niets geïmporteerd.",
                    ).format(source=source, meeting=meeting.reference),
                )
            return
        for user in (meeting.chair, *(m.user for m in meeting.members)):
            if not self._user_exists(user):
                raise _fail(
                    "meetings",
                    said(
                        "exchange_record",
                        "{source}: overleg {meeting} noemt een onbekende persoon.",
                    ).format(source=source, meeting=meeting.reference),
                )
        session = self._session
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
        self._meetings[meeting.reference] = (row.id, meeting.held_on)

    def _record(
        self,
        dossier: ImportedDossier,
        extras: DossierRecordExtras,
        keys: dict[str, PublicKey],
        rows: RecordRows,
        batch: AuditBatch,
    ) -> None:
        where = dossier.where("record")
        if extras.decision is not None and extras.factors is None:
            raise _fail(
                where,
                said(
                    "exchange_record",
                    "{where}: een beslissing rust op de factoren van het dossier, maar die "
                    "ontbreken; er is niets geïmporteerd.",
                ).format(where=where),
            )
        try:
            self._checked_parts(dossier, extras, rows)
        except DomainError as error:
            raise _fail(where, _IN_PLACE.format(where=where, problem=_message(error))) from None
        items = {item.meeting: self._agenda_item(dossier, item, rows) for item in extras.agenda}
        contents = [
            self._version(dossier, version, index, keys, items, rows, batch)
            for index, version in enumerate(extras.versions)
        ]
        check_consistent(dossier, extras, contents)

    def _checked_parts(
        self, dossier: ImportedDossier, extras: DossierRecordExtras, rows: RecordRows
    ) -> None:
        """The route checks, factors, decision, weighing and proposal, checked like saved
        ones; DomainError names what is wrong."""
        timeline = {e.id for e in dossier.timeline}
        attachments = {a.id for a in dossier.attachments}
        power: str | None = None
        current = False
        for exchanged in extras.assessments:
            catalogue = self._known.get(exchanged.assessment.catalogue)
            item = assessments.new_assessment(
                catalogue,
                dossier.id,
                exchanged.assessment,
                timeline=timeline,
                attachments=attachments,
                created_at=exchanged.created_at,
                superseded_at=exchanged.superseded_at,
            )
            self._pin(catalogue)
            rows.assessments.append(item)
            if item.superseded_at is None and not current:
                power, current = item.assessment.power, True
        if extras.factors is not None:
            ref, factors = extras.factors
            factor_catalogue = self._known.factors(ref)
            unknown = sorted(f for f in factors if factor_catalogue.factor(f) is None)
            if unknown:
                raise DomainError(
                    said("exchange_record", "factor '{factor}' staat niet in {catalogue}.").format(
                        factor=unknown[0], catalogue=str(factor_catalogue.ref)
                    )
                )
            self._pin(factor_catalogue)
            rows.factors.append(
                {
                    "dossier_id": dossier.id,
                    "catalogue_id": ref.id,
                    "catalogue_version": ref.version,
                    "factors": sorted(factors),
                }
            )
            if extras.decision is not None:
                validate_decision(extras.decision, factors, factor_catalogue.sides)
                rows.decisions.append(
                    {"dossier_id": dossier.id, **decision_values(extras.decision)}
                )
        if extras.weighing is not None:
            state = weighing.checked_weighing(dossier.id, extras.weighing, power)
            rows.weighings.append({"dossier_id": dossier.id, **weighing.weighing_values(state)})
        if extras.proposal is not None:
            rows.proposals.append(
                {
                    "dossier_id": dossier.id,
                    **proposals.proposal_values(proposals.cleaned_proposal(extras.proposal)),
                    "proposed_by": extras.proposed_by,
                }
            )

    def _agenda_item(
        self,
        dossier: ImportedDossier,
        item: ExchangedAgendaItem,
        rows: RecordRows,
        item_id: str | None = None,
    ) -> str:
        meeting = self._meetings.get(item.meeting)
        if meeting is None:
            raise _fail(
                dossier.where("record.agenda"),
                said(
                    "exchange_record", "{where}: overleg {meeting} staat niet in het bestand."
                ).format(where=dossier.where("record.agenda"), meeting=item.meeting),
            )
        item_id = item_id or new_id()
        row = agenda_item_to_dict(item)  # the columns are the format's, but for these:
        del row["meeting"], row["advice"]
        row.update(
            id=item_id, meeting_id=meeting[0], dossier_id=dossier.id, review_date=item.review_date
        )
        rows.agenda.append(row)
        for advice in item.advice:
            if not self._user_exists(advice.user):
                raise _fail(
                    dossier.where("record.agenda"),
                    said(
                        "exchange_record", "{where}: een advies noemt een onbekende persoon."
                    ).format(where=dossier.where("record.agenda")),
                )
            rows.advice.append(
                {
                    "agenda_item_id": item_id,
                    "user_id": advice.user,
                    "discipline": advice.discipline.value if advice.discipline else None,
                    "stance": advice.stance.value,
                    "text": advice.text,
                }
            )
        return item_id

    def _version(
        self,
        dossier: ImportedDossier,
        version: ExchangedVersion,
        index: int,
        keys: dict[str, PublicKey],
        items: dict[str, str],
        rows: RecordRows,
        batch: AuditBatch,
    ) -> SignedContent:
        where = dossier.where(f"record.versions[{index}]")
        raw = version.content.encode("utf-8")
        try:
            content = parse_content(raw)
        except ContentError:
            raise _fail(
                where,
                said(
                    "exchange_record",
                    "{where}: dit is geen besluitversie zoals MaatwerkDesk die vastlegt.",
                ).format(where=where),
            ) from None
        if content.dossier_id != dossier.id or content.facts.reference != dossier.reference:
            raise _fail(
                where,
                said("exchange_record", "{where}: deze versie hoort bij een ander dossier.").format(
                    where=where
                ),
            )
        if content.version != index + 1:
            raise _fail(
                where,
                said(
                    "exchange_record", "{where}: de versies zijn niet doorlopend genummerd."
                ).format(where=where),
            )
        key_row = None
        if content.kind is RecordKind.SIGNED:
            key_row = self._verified_key(where, content, version, raw, keys, batch)
        elif version.signature is not None or version.key is not None:
            raise _fail(
                where,
                said(
                    "exchange_record", "{where}: een historische versie heeft geen handtekening."
                ).format(where=where),
            )
        item = items.get(version.meeting) if version.meeting is not None else None
        if version.meeting is not None and item is None:
            raise _fail(
                where,
                said(
                    "exchange_record", "{where}: overleg {meeting} staat niet bij deze agenda."
                ).format(where=where, meeting=version.meeting),
            )
        values = version_values(
            content,
            raw,
            signature=version.signature,
            key_id=key_row.key_id if key_row is not None else None,
            agenda_item_id=item,
        )
        rows.versions.append(values)
        batch.dossier_act(Action.UPDATE, IMPORT_ACT, dossier.id, digest=values["content_hash"])
        return content

    def _verified_key(
        self,
        where: str,
        content: SignedContent,
        version: ExchangedVersion,
        raw: bytes,
        keys: dict[str, PublicKey],
        batch: AuditBatch,
    ) -> SigningKeyRow:
        """The key this signed version was signed with, verified; refused when forged."""
        forged = _fail(
            where,
            said(
                "exchange_record",
                "{where}: de handtekening van deze besluitversie klopt niet. Het bestand is na de "
                "ondertekening gewijzigd, of de versie is nooit door de voorzitter ondertekend; "
                "er is niets geïmporteerd.",
            ).format(where=where),
        )
        signer = content.signer
        if signer is None or version.signature is None or version.key != signer.key_id:
            raise forged
        exchanged = keys.get(signer.key_id)
        row = self._key(signer.key_id)
        public_text = (
            row.public_key if row is not None else exchanged.public_key if exchanged else None
        )
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
            if exchanged.user != signer.user_id or not self._user_exists(signer.user_id):
                raise forged
            row = SigningKeyRow(
                key_id=signer.key_id,
                user_id=signer.user_id,
                public_key=exchanged.public_key,
                status=KeyStatus.IMPORTED,
            )
            self._session.add(row)
            self._session.flush()
            self._keys[row.key_id] = row
            batch.add(
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

    def _key(self, identifier: str) -> SigningKeyRow | None:
        if identifier not in self._keys:
            self._keys[identifier] = self._session.scalar(
                select(SigningKeyRow).where(SigningKeyRow.key_id == identifier)
            )
        return self._keys[identifier]


@dataclass
class RecordRows:
    """The rows of one document's records, written together once all are checked."""

    assessments: list[assessments.NewAssessment] = field(default_factory=list)
    factors: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    weighings: list[dict[str, Any]] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    advice: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)

    def write(self, session: Session) -> None:
        assessments.insert_assessments(session, self.assessments)
        insert_records(session, DossierFactorsRow, self.factors)
        insert_records(session, DecisionRow, self.decisions)
        insert_records(session, WeighingRow, self.weighings)
        insert_records(session, ProposalRow, self.proposals)
        insert_records(session, AgendaItemRow, self.agenda)
        insert_records(session, AdviceRow, self.advice)
        insert_versions(session, self.versions)


def _fail(where: str, message: str) -> ValidationError:
    return ValidationError(where, message)


_IN_PLACE = said("exchange_record", "{where}: {problem}")
"""A refusal of a part of the record, after the place in the document it is about."""


def _message(error: DomainError) -> str:
    """The error's message: the sentence it was raised with, still translatable."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, str) else str(error)


def check_consistent(
    dossier: ImportedDossier, extras: DossierRecordExtras, contents: list[SignedContent]
) -> None:
    """A dossier whose decision binds must show what its latest version fixed."""
    where = dossier.where("record")
    bound = dossier.fields.status is DossierStatus.BESLOTEN
    if bound and not contents:
        raise _fail(
            where,
            said(
                "exchange_record",
                "{where}: het dossier staat op ‘Besloten’ maar het bestand bevat geen "
                "ondertekend besluit; er is niets geïmporteerd.",
            ).format(where=where),
        )
    if not contents:
        return
    latest = contents[-1]
    facts = dossier_facts(dossier.reference, dossier.fields)
    if facts != latest.facts or extras.decision != latest.decision:
        raise _fail(
            where,
            said(
                "exchange_record",
                "{where}: de feiten of de beslissing wijken af van het ondertekende besluit; er "
                "is niets geïmporteerd.",
            ).format(where=where),
        )
    if dossier.fields.status not in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN):
        raise _fail(
            where,
            said(
                "exchange_record",
                "{where}: een dossier met een ondertekend besluit staat op ‘Besloten’ of "
                "‘Afgesloten’; er is niets geïmporteerd.",
            ).format(where=where),
        )
