"""The tables. Personal data of the betrokkene lives in `subject`, apart from the case facts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from maatwerkdesk.persistence.base import Base, RecordMixin, UTCDateTime, utc_now


class DossierRow(RecordMixin, Base):
    __tablename__ = "dossier"

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32), index=True)
    owner: Mapped[str] = mapped_column(String(200), default="", index=True)
    organisations: Mapped[list[str]] = mapped_column(JSON, default=list)
    regulation: Mapped[str] = mapped_column(String(200), default="")
    article: Mapped[str] = mapped_column(String(200), default="")
    deviation_article: Mapped[str] = mapped_column(String(200), default="", server_default="")
    generic_outcome: Mapped[str] = mapped_column(Text, default="")
    knelpunt: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    doenvermogen: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    """Amounts, third parties, stage and rulings (domain/case_facts.py), read strictly."""

    subject: Mapped[SubjectRow | None] = relationship(back_populates="dossier", uselist=False)
    timeline: Mapped[list[TimelineEntryRow]] = relationship(
        back_populates="dossier", order_by="TimelineEntryRow.occurred_on"
    )
    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="dossier", order_by="AttachmentRow.created_at"
    )

    __table_args__ = (Index("ix_dossier_updated_at", "updated_at"),)


class SubjectRow(RecordMixin, Base):
    """The betrokkene: person or business. Kept apart so it can be encrypted or pseudonymised."""

    __tablename__ = "subject"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    bsn: Mapped[str] = mapped_column(String(9), default="")
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    contact: Mapped[str] = mapped_column(Text, default="")
    household: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[DossierRow] = relationship(back_populates="subject")


class TimelineEntryRow(RecordMixin, Base):
    __tablename__ = "timeline_entry"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")

    dossier: Mapped[DossierRow] = relationship(back_populates="timeline")


class AttachmentRow(RecordMixin, Base):
    """A file copied into the data directory under its SHA-256; the name is for display only."""

    __tablename__ = "attachment"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(String(200), default="")

    dossier: Mapped[DossierRow] = relationship(back_populates="attachments")


class AuditRow(RecordMixin, Base):
    """Who did what to which dossier, written in the same transaction as the act itself.

    `action` is the NEN 7513 code (C, R, U, D, E); `name` says more precisely what happened;
    `result` what came of it (ok, refused, invalid, conflict, not_found). The records form a
    hash chain in `seq` order (domain/audit_chain.py); `digest` is the hash of the content an
    act fixed, such as a signed decision version.
    """

    __tablename__ = "audit_record"

    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    action: Mapped[str] = mapped_column(String(1))
    name: Mapped[str] = mapped_column(String(64), index=True)
    """Also looked up by itself: the acts that registered a key or fixed a version."""
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(36))
    dossier_id: Mapped[str | None] = mapped_column(String(36), index=True)
    result: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(200))
    digest: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The end of the audit chain (last sequence number and hash), kept apart from the
    records: a trail cut short shows, and writers queue on this one row."""

    __tablename__ = "audit_head"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class DraftRow(RecordMixin, Base):
    """Autosaved editor contents that were not yet saved as the dossier itself."""

    __tablename__ = "draft"

    dossier_id: Mapped[str | None] = mapped_column(String(36), index=True)
    base_revision: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    owner_id: Mapped[str | None] = mapped_column(String(36), index=True)
    """The user whose unsaved work it is; None for drafts from before drafts had owners."""
    kind: Mapped[str] = mapped_column(String(16), default="dossier", server_default="dossier")
    """What it is a draft of: 'dossier' (the editor's fields) or 'agenda_item' (a record)."""


search_document = Table(
    "search_document",
    Base.metadata,
    Column("key", Integer, primary_key=True),
    Column("dossier_id", String(36), nullable=False, unique=True),
    Column("body", Text, nullable=False),
)
"""Folded text per dossier for the full-text search (see persistence/search.py); derived data."""

bound_deviation = Table(
    "bound_deviation",
    Base.metadata,
    Column("dossier_id", String(36), primary_key=True),
    Column("regulation", String(200), nullable=False),
    Column("article", String(200), nullable=False),
)
"""Each live dossier whose binding decision deviates, under its regulation and article in
lower case, for the "similar deviations" indicator (services/similar_deviations.py);
derived data, on SQLite kept in step by triggers (migration 0009), elsewhere unused."""

bound_deviation_count = Table(
    "bound_deviation_count",
    Base.metadata,
    Column("regulation", String(200), primary_key=True),
    Column("article", String(200), primary_key=True),
    Column("deviations", Integer, nullable=False),
)
"""How many `bound_deviation` rows there are per regulation and article; kept by triggers."""


class CatalogueFileRow(RecordMixin, Base):
    """The text of every catalogue version an assessment was made under, or a user added.

    Keeping the text in the database means a pinned version stays readable after the
    program is updated and no longer ships it.
    """

    __tablename__ = "catalogue_file"

    catalogue_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(16))
    """"bundled" (shipped with the program) or "added" (installed by a user)."""

    __table_args__ = (UniqueConstraint("catalogue_id", "version"),)


class AssessmentRow(RecordMixin, Base):
    """A dossier's route and criteria assessment; the computed result is stored beside it.

    A re-assessment under a newer catalogue version supersedes the row, which stays.
    """

    __tablename__ = "assessment"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    catalogue_id: Mapped[str] = mapped_column(String(100))
    catalogue_version: Mapped[str] = mapped_column(String(32))
    power: Mapped[str | None] = mapped_column(String(64), default=None)
    route: Mapped[str | None] = mapped_column(String(64), default=None)
    applicable: Mapped[str] = mapped_column(String(16))
    gate_status: Mapped[str] = mapped_column(String(16))
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    answers: Mapped[list[AssessmentAnswerRow]] = relationship(back_populates="assessment")


class AssessmentAnswerRow(RecordMixin, Base):
    """One answer: to a criterion (met / not met / unknown) or to a sluitstuk gate item."""

    __tablename__ = "assessment_answer"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(16))
    motivation: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    assessment: Mapped[AssessmentRow] = relationship(back_populates="answers")

    __table_args__ = (UniqueConstraint("assessment_id", "kind", "item_id"),)


class DossierFactorsRow(RecordMixin, Base):
    """The factors tagged on a dossier, under one factor catalogue."""

    __tablename__ = "dossier_factors"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), unique=True)
    catalogue_id: Mapped[str] = mapped_column(String(100), index=True)
    catalogue_version: Mapped[str] = mapped_column(String(32))
    factors: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (Index("ix_dossier_factors_updated_at", "updated_at"),)


class DecisionRow(RecordMixin, Base):
    """The outcome of a dossier as the case base needs it; a decided dossier is a precedent."""

    __tablename__ = "decision"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(16))
    outcome_type: Mapped[str] = mapped_column(String(16))
    degree_unit: Mapped[str | None] = mapped_column(String(16), default=None)
    degree_value: Mapped[float | None] = mapped_column(Float, default=None)
    reason: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    """The decisive factors; null: every factor present for the winning side."""
    distinctions: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    motivation: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)

    __table_args__ = (Index("ix_decision_updated_at", "updated_at"),)


class ImportedPrecedentRow(RecordMixin, Base):
    """An anonymised decision from elsewhere: no dossier, no personal data."""

    __tablename__ = "imported_precedent"

    reference: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str] = mapped_column(String(200))
    catalogue_id: Mapped[str] = mapped_column(String(100), index=True)
    catalogue_version: Mapped[str] = mapped_column(String(32))
    route: Mapped[str | None] = mapped_column(String(64), default=None)
    factors: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(16))
    outcome_type: Mapped[str] = mapped_column(String(16))
    degree_unit: Mapped[str | None] = mapped_column(String(16), default=None)
    degree_value: Mapped[float | None] = mapped_column(Float, default=None)
    reason: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)

    __table_args__ = (Index("ix_imported_precedent_updated_at", "updated_at"),)


change_counter = Table(
    "change_counter",
    Base.metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)
"""Named counters: 'case_index' is the change sequence of `case_index`, raised by every
transaction (and, on SQLite, every trigger) that writes it."""

case_index = Table(
    "case_index",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("source_key", String(40), nullable=False),
    Column("catalogue_id", String(100), nullable=False),
    Column("seq", Integer, nullable=False, index=True),
    Column("live", Boolean, nullable=False),
    Column("stale", Boolean, nullable=False),
    Column("case_id", String(64), nullable=False),
    Column("version", String(64), nullable=False, index=True),
    Column("key_id", String(64), nullable=True, index=True),
    Column("factors", JSON, nullable=False),
    Column("reason", JSON, nullable=False),
    Column("reason_mode", Integer, nullable=False),
    Column("outcome_type", String(16), nullable=False),
    Column("route", String(64), nullable=True),
    Column("degree_unit", String(16), nullable=True),
    Column("degree_value", Float, nullable=True),
    Column("known_since", UTCDateTime(), nullable=True),
    Column("summary", Text, nullable=False),
    Column("words", Text, nullable=False),
    UniqueConstraint("source_key", "catalogue_id"),
)
"""The precedent index: one row per case that binds (or bound) under a factor catalogue,
derived from a signed version's content or an imported precedent in the transaction that
wrote it (persistence/case_index.py). `source_key` is 's:' + dossier id or 'i:' + imported
precedent id; `version` the content hash it was derived from; `live` false once it binds no
more; `seq` the change sequence at its last write; `stale` set by the triggers of migration
0008 when its source changed outside the index's own writes, so readers derive it afresh."""

case_index_pack = Table(
    "case_index_pack",
    Base.metadata,
    Column("catalogue_id", String(100), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)
"""The live rows of `case_index` of one catalogue as of `seq`, as columns in one block
(domain/case_pack.py): what a starting program reads instead of every row."""


class WeighingRow(RecordMixin, Base):
    """The proportionality check of a dossier; verdict and intensity are computed, stored
    beside the answers for queries (never typed)."""

    __tablename__ = "weighing"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), unique=True)
    nature: Mapped[str] = mapped_column(String(16))
    aim: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    alternatives: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    interests: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    intensity: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    verdict: Mapped[str] = mapped_column(String(16))
    intensity_level: Mapped[str] = mapped_column(String(16))
    disproportion: Mapped[float | None] = mapped_column(Float, default=None)
    risk: Mapped[float | None] = mapped_column(Float, default=None)
    """The chart's two axes at the last check (domain/chart.py); null until checked."""


class ProposalRow(RecordMixin, Base):
    """What the proposal carries besides the decision: texts, safeguards, the signal."""

    __tablename__ = "proposal"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), unique=True)
    citizen_text: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    factor_motivations: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    deciders: Mapped[list[str]] = mapped_column(JSON, default=list)
    conflicts_of_interest: Mapped[list[str]] = mapped_column(JSON, default=list)
    zienswijze: Mapped[str] = mapped_column(String(16))
    on_application: Mapped[bool] = mapped_column(default=False)
    signal_kind: Mapped[str] = mapped_column(String(32))
    signal_rule: Mapped[str] = mapped_column(String(200), default="")
    signal_owner: Mapped[str] = mapped_column(String(200), default="")
    escalate: Mapped[bool] = mapped_column(default=False)
    proposed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    """The user who last recorded the proposal or its decision: never the one to sign it.
    (Not on `decision`: altering that table on SQLite would drop its case-base triggers.)"""


class UserRow(RecordMixin, Base):
    """Someone who works with MaatwerkDesk, with the roles that decide what they may do."""

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    roles: Mapped[list[str]] = mapped_column(JSON)
    """Role values (domain/people.py `Role`), at least one, in the order of `Role`."""
    login: Mapped[str | None] = mapped_column(String(63), default=None, index=True, unique=True)
    """On a team database: the server login that is this person (`server add-user`)."""
    discipline: Mapped[str | None] = mapped_column(String(32), default=None)
    active: Mapped[bool] = mapped_column(default=True)


class MeetingRow(RecordMixin, Base):
    """A casuïstiekoverleg: date, chair, members and agenda."""

    __tablename__ = "meeting"

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(16))


class MeetingMemberRow(RecordMixin, Base):
    __tablename__ = "meeting_member"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    discipline: Mapped[str | None] = mapped_column(String(32), default=None)
    present: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)


class AgendaItemRow(RecordMixin, Base):
    """A dossier on a meeting's agenda, with what the conference recorded about it."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    dissent: Mapped[str] = mapped_column(Text, default="")
    conflicts: Mapped[list[str]] = mapped_column(JSON, default=list)
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    departure_motivation: Mapped[str] = mapped_column(Text, default="")
    override_motivation: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    signal: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    __table_args__ = (UniqueConstraint("meeting_id", "dossier_id"),)


class AdviceRow(RecordMixin, Base):
    """One member's advice on one agenda item."""

    __tablename__ = "advice"

    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    discipline: Mapped[str | None] = mapped_column(String(32), default=None)
    stance: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("agenda_item_id", "user_id"),)


class SignedDecisionRow(RecordMixin, Base):
    """A decision version that binds: signed by a chair, or registered from history.

    `content` is the canonical text (domain/signed_record.py) that the signature covers and
    that every reader parses; the other columns are copies for queries, checked against
    the content on every read. Never updated: a change is the next version.
    """

    __tablename__ = "signed_decision"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16))
    catalogue_id: Mapped[str] = mapped_column(String(100), index=True)
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str | None] = mapped_column(Text, default=None)
    key_id: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (UniqueConstraint("dossier_id", "version"),)


class SigningKeyRow(RecordMixin, Base):
    """A chair's public signing key. The chair creates it (pending); a functioneel beheerder
    registers it after comparing the fingerprint with the chair; a later key revokes it."""

    __tablename__ = "signing_key"

    key_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    registered_by: Mapped[str | None] = mapped_column(String(36), default=None)
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class IntegrityResolutionRow(RecordMixin, Base):
    """A functioneel beheerder's verdict on a dossier whose signed record was changed
    outside the program: which versions were declared void and which missing ones were
    acknowledged, and why."""

    __tablename__ = "integrity_resolution"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    resolved_by: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    voided: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Content hashes of the versions declared void."""
    acknowledged: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Audit digests of versions that had disappeared, now accounted for."""


class LeaseRow(RecordMixin, Base):
    """A dossier taken along on a laptop ("Meenemen"): while the lease holds (not returned,
    not broken, `until` not passed) only its holder changes the dossier; colleagues read it.
    A chair may break it; it is returned by the laptop's sync."""

    __tablename__ = "lease"
    __table_args__ = (
        Index(
            "ix_lease_open_per_dossier",
            "dossier_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL AND broken_at IS NULL AND deleted_at IS NULL"),
            postgresql_where=text(
                "returned_at IS NULL AND broken_at IS NULL AND deleted_at IS NULL"
            ),
        ),
    )

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    holder_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    laptop: Mapped[str] = mapped_column(String(200))
    """The laptop's name, as its holder and colleagues recognise it."""
    until: Mapped[datetime] = mapped_column(UTCDateTime())
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    broken_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    """Broken by a chair (`broken_by`), or found expired when the dossier was taken again."""
    broken_by: Mapped[str | None] = mapped_column(String(36), default=None)


class AttachmentContentRow(Base):
    """An attachment's contents on a team database, so that every workstation and every
    briefcase has the file, not only the workstation that added it. Keyed by SHA-256."""

    __tablename__ = "attachment_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class SyncConflictRow(RecordMixin, Base):
    """A part of a dossier that a laptop and the team database both changed, differently,
    while a lease was broken or had expired (domain/briefcase_merge.py `Clash`). The dossier
    holds the server's value until someone chooses; the laptop's is kept here. Values are
    wrapped as `{"value": v}`, or `{}` for a part one side did not have."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index(
            "ix_sync_conflict_open_per_part",
            "dossier_id",
            "path_key",
            unique=True,
            sqlite_where=text("resolved_at IS NULL AND deleted_at IS NULL"),
            postgresql_where=text("resolved_at IS NULL AND deleted_at IS NULL"),
        ),
    )

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    path: Mapped[list[str]] = mapped_column(JSON)
    path_key: Mapped[str] = mapped_column(String(1000))
    """The path as one text (JSON), so that one part has one open conflict."""
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    laptop: Mapped[dict[str, Any]] = mapped_column(JSON)
    server: Mapped[dict[str, Any]] = mapped_column(JSON)
    laptop_name: Mapped[str] = mapped_column(String(200))
    holder_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    choice: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class BriefcaseRow(Base):
    """On a laptop's briefcase only (its own SQLite file): which team database it belongs
    to, whose it is, and how far the last sync came. One row."""

    __tablename__ = "briefcase"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server: Mapped[str] = mapped_column(String(500))
    """The team database's address, without a password."""
    laptop: Mapped[str] = mapped_column(String(200))
    holder_id: Mapped[str] = mapped_column(String(36))
    login: Mapped[str] = mapped_column(String(200))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    pulled_seq: Mapped[int] = mapped_column(Integer, default=0)
    """The team database's change sequence the reference data was last pulled at."""


class BriefcaseDossierRow(Base):
    """On a laptop's briefcase: a dossier taken along, with the version both sides started
    from (its exchange document and revision on the team database at the last sync)."""

    __tablename__ = "briefcase_dossier"

    dossier_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lease_id: Mapped[str | None] = mapped_column(String(36), default=None)
    """None: made on the laptop, not yet on the team database."""
    base: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    base_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    handed_back: Mapped[bool] = mapped_column(Boolean, default=False)
    """Given back on the laptop: the next sync pushes it and returns the lease."""
    server_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    """The dossier's last changing act on the team database's trail when `base` was taken."""
    laptop_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    """How far this laptop's trail was read then (services/sync_journal.py)."""


LIVE = "deleted_at IS NULL"


class DossierGroupRow(RecordMixin, Base):
    """A group of dossiers with one shared knelpunt and one group decision (domain/groups.py)."""

    __tablename__ = "dossier_group"

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    regulation: Mapped[str] = mapped_column(String(200), default="")
    article: Mapped[str] = mapped_column(String(200), default="")
    pattern: Mapped[str] = mapped_column(Text, default="")
    outcome_type: Mapped[str | None] = mapped_column(String(16), default=None)
    """The group decision's outcome type; null while there is no group decision."""
    degree_unit: Mapped[str | None] = mapped_column(String(16), default=None)
    degree_value: Mapped[float | None] = mapped_column(Float, default=None)
    motivation: Mapped[str] = mapped_column(Text, default="")
    decision_version: Mapped[int] = mapped_column(Integer, default=0)
    """Goes up with each change of the group decision; a member's check names one."""


class GroupMemberRow(RecordMixin, Base):
    """A dossier in a group, with its individual check; at most one live row per dossier."""

    __tablename__ = "group_member"
    __table_args__ = (
        Index(
            "ix_group_member_one_group",
            "dossier_id",
            unique=True,
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE),
        ),
    )

    group_id: Mapped[str] = mapped_column(ForeignKey("dossier_group.id"), index=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"))
    check_state: Mapped[str] = mapped_column(String(16), default="open")
    circumstances: Mapped[str] = mapped_column(Text, default="")
    checked_by: Mapped[str | None] = mapped_column(String(36), default=None)
    checked_on: Mapped[date | None] = mapped_column(Date, default=None)
    checked_version: Mapped[int] = mapped_column(Integer, default=0)


class PolicySignalRow(RecordMixin, Base):
    """A knelpuntsignaal for the owner of a rule (domain/policy_signals.py)."""

    __tablename__ = "policy_signal"

    reference: Mapped[str] = mapped_column(String(32), unique=True)
    category: Mapped[str] = mapped_column(String(16))
    regulation: Mapped[str] = mapped_column(String(200))
    article: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    """Written for sharing: holds no personal data."""
    state: Mapped[str] = mapped_column(String(32))
    proposal_key: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    """The pattern proposal it was made from (domain/signal_patterns.py); null by hand."""


class PolicySignalLinkRow(RecordMixin, Base):
    """A dossier or a group dossier (exactly one) that a signal rests on."""

    __tablename__ = "policy_signal_link"
    __table_args__ = (
        CheckConstraint(
            "(dossier_id IS NULL) <> (group_id IS NULL)", name="ck_policy_signal_link_one"
        ),
    )

    signal_id: Mapped[str] = mapped_column(ForeignKey("policy_signal.id"), index=True)
    dossier_id: Mapped[str | None] = mapped_column(ForeignKey("dossier.id"), default=None)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("dossier_group.id"), default=None)


class PolicySignalTransitionRow(RecordMixin, Base):
    """A step in a signal's life cycle: the state reached, when, by whom, the response."""

    __tablename__ = "policy_signal_transition"

    signal_id: Mapped[str] = mapped_column(ForeignKey("policy_signal.id"), index=True)
    state: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[date] = mapped_column(Date)
    by_name: Mapped[str] = mapped_column(String(200))
    response: Mapped[str] = mapped_column(Text, default="")


class SignalDismissalRow(RecordMixin, Base):
    """A pattern proposal judged not to be a knelpunt: it is not offered again."""

    __tablename__ = "signal_dismissal"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    rule: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    dismissed_on: Mapped[date] = mapped_column(Date)
    by_name: Mapped[str] = mapped_column(String(200))


class IntakeDismissalRow(RecordMixin, Base):
    """Signals of possible maatwerk a caseworker or chair dismissed for a dossier, and why.
    Only added: the latest row of a dossier counts."""

    __tablename__ = "intake_dismissal"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    signals: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The ids of the signals that hit when it was dismissed."""
    catalogue_id: Mapped[str] = mapped_column(String(100))
    catalogue_version: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    dismissed_by: Mapped[str] = mapped_column(String(36))
    dismissed_on: Mapped[date] = mapped_column(Date)


class LoketInvolvementRow(RecordMixin, Base):
    """An organisation involved in a dossier, in a role (domain/loket.py)."""

    __tablename__ = "loket_involvement"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(32))
    """The id on the organisation list (domain/organisation_list.py)."""
    role: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class LoketReferralRow(RecordMixin, Base):
    """A referral or warm handover to another organisation, with the date of each step."""

    __tablename__ = "loket_referral"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(Text, default="")
    warm: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    proposed_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    """When it was done, or found not taken up."""


class LoketConsentRow(RecordMixin, Base):
    """The citizen's consent to share field groups with one organisation; withdrawal ends it."""

    __tablename__ = "loket_consent"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(32))
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class LoketSharingRow(RecordMixin, Base):
    """What was shared with whom on which basis; written once, never changed."""

    __tablename__ = "loket_sharing"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(32))
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    ground: Mapped[str] = mapped_column(String(1))
    """a–f of art. 6 lid 1 AVG."""
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("loket_consent.id"), default=None)
    provision: Mapped[str] = mapped_column(String(200), default="")
    shared_on: Mapped[date] = mapped_column(Date)
    shared_by: Mapped[str] = mapped_column(String(36), default="")
