"""Only signed (or historic) decisions bind: signed content with Ed25519 signatures, chairs'
signing keys, integrity resolutions, the override of the check, and a case base that reads
nothing else.

Existing signed versions had no personal signature; they become historic versions whose
source says who signed them and when (a version whose old fingerprint no longer matched is
left out of the audit trail, so it shows as changed outside the program). Dossiers decided
before signing existed become historic precedents too; a 'Besloten' dossier without a
decision becomes 'Afgesloten'.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 09:00:00
"""

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from maatwerkdesk.domain.audit_chain import ChainedRecord, record_hash
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, decision_from_data
from maatwerkdesk.domain.signed_record import (
    DossierFacts,
    RecordKind,
    SignedContent,
    content_bytes,
    content_hash,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_TRIGGERS = {
    "decision": 3,
    "dossier_factors": 3,
    "assessment": 3,
    "dossier": 2,
}
NEW_TRIGGERS = {
    "signed_decision": ("INSERT", "UPDATE", "DELETE"),
    "signing_key": ("INSERT", "UPDATE", "DELETE"),
}
ACTOR = "MaatwerkDesk (schema-upgrade 0007)"


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


SIGNED = sa.table(
    "signed_decision",
    sa.column("id", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
    sa.column("revision", sa.Integer),
    sa.column("deleted_at", sa.DateTime),
    sa.column("dossier_id", sa.String),
    sa.column("version", sa.Integer),
    sa.column("agenda_item_id", sa.String),
    sa.column("kind", sa.String),
    sa.column("catalogue_id", sa.String),
    sa.column("signed_by", sa.String),
    sa.column("signed_at", sa.DateTime),
    sa.column("content", sa.Text),
    sa.column("content_hash", sa.String),
    sa.column("signature", sa.Text),
    sa.column("key_id", sa.String),
)
AUDIT = sa.table(
    "audit_record",
    sa.column("id", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
    sa.column("revision", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("action", sa.String),
    sa.column("name", sa.String),
    sa.column("object_type", sa.String),
    sa.column("object_id", sa.String),
    sa.column("dossier_id", sa.String),
    sa.column("result", sa.String),
    sa.column("origin", sa.String),
    sa.column("actor", sa.String),
    sa.column("digest", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _moment(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _old_fingerprint(row: Any, reference: str) -> str:
    """The unkeyed fingerprint the previous schema stored (its definition, kept here)."""
    decision = _json(row.decision)
    degree = decision.get("degree")
    content = {
        "reference": reference,
        "version": row.version,
        "outcome_type": decision["outcome_type"],
        "degree": [degree["unit"], degree["value"]] if degree else None,
        "reason": decision.get("reason"),
        "distinctions": [[d["precedent"], d["factor"]] for d in decision.get("distinctions", [])],
        "motivation": decision.get("motivation", ""),
        "decided_on": decision.get("decided_on"),
        "factors": sorted(_json(row.factors)),
        "catalogue": row.catalogue,
        "departed_from": list(_json(row.departed_from)),
        "departure_motivation": row.departure_motivation,
        "signed_by": row.signed_by,
        "signed_at": _moment(row.signed_at).isoformat(),
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Chain:
    """Appends audit records to the hash chain exactly as the program does."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        head = connection.execute(
            sa.text("SELECT seq, hash FROM audit_head WHERE name = 'audit'")
        ).first()
        self.seq: int
        self.hash: str
        self.seq, self.hash = (head.seq, head.hash) if head is not None else (0, "0" * 64)
        self.rows: list[dict[str, Any]] = []

    def append(self, dossier_id: str, digest: str) -> None:
        now = datetime.now(UTC)
        record = ChainedRecord(
            seq=self.seq + 1,
            id=_new_id(),
            at=now,
            action="U",
            name="decision.historic",
            object_type="dossier",
            object_id=dossier_id,
            dossier_id=dossier_id,
            result="ok",
            origin="migratie/0007",
            actor=ACTOR,
            digest=digest,
            prev_hash=self.hash,
        )
        self.seq, self.hash = record.seq, record_hash(record)
        self.rows.append(
            {
                "id": record.id,
                "created_at": _naive(now),
                "updated_at": _naive(now),
                "revision": 1,
                "seq": record.seq,
                "at": _naive(now),
                "action": record.action,
                "name": record.name,
                "object_type": record.object_type,
                "object_id": record.object_id,
                "dossier_id": dossier_id,
                "result": "ok",
                "origin": record.origin,
                "actor": ACTOR,
                "digest": digest,
                "prev_hash": record.prev_hash,
                "hash": self.hash,
            }
        )

    def close(self) -> None:
        if self.rows:
            self.connection.execute(AUDIT.insert(), self.rows)
        self.connection.execute(
            sa.text("UPDATE audit_head SET seq = :seq, hash = :hash WHERE name = 'audit'"),
            {"seq": self.seq, "hash": self.hash},
        )


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def _facts(dossier: Any) -> DossierFacts:
    return DossierFacts(
        reference=dossier.reference,
        title=dossier.title,
        regulation=dossier.regulation,
        article=dossier.article,
        generic_outcome=dossier.generic_outcome,
        knelpunt=dossier.knelpunt,
        request=dossier.request,
        owner=dossier.owner,
    )


def _route(connection: sa.Connection, dossier_id: str) -> str | None:
    return connection.execute(
        sa.text(
            "SELECT route FROM assessment WHERE dossier_id = :id AND superseded_at IS NULL "
            "AND deleted_at IS NULL"
        ),
        {"id": dossier_id},
    ).scalar()


def _historic_row(
    chain: _Chain,
    dossier: Any,
    *,
    version: int,
    decision: Decision,
    factors: list[str],
    catalogue: CatalogueRef,
    route: str | None,
    signed_at: datetime,
    source: str,
    agenda_item_id: str | None,
    trusted: bool,
    departed_from: tuple[str, ...] = (),
    departure_motivation: str = "",
    meeting_reference: str = "",
    change_reason: str = "",
) -> dict[str, Any]:
    content = SignedContent(
        kind=RecordKind.HISTORIC,
        dossier_id=dossier.id,
        version=version,
        facts=_facts(dossier),
        decision=decision,
        factors=frozenset(factors),
        catalogue=catalogue,
        route=route,
        signed_at=signed_at,
        audit_head=(chain.seq, chain.hash),
        departed_from=departed_from,
        departure_motivation=departure_motivation,
        meeting_reference=meeting_reference,
        change_reason=change_reason,
        source=source,
    )
    raw = content_bytes(content)
    digest = content_hash(raw)
    if trusted:
        chain.append(dossier.id, digest)
    now = _naive(datetime.now(UTC))
    return {
        "id": _new_id(),
        "created_at": now,
        "updated_at": now,
        "revision": 1,
        "deleted_at": None,
        "dossier_id": dossier.id,
        "version": version,
        "agenda_item_id": agenda_item_id,
        "kind": RecordKind.HISTORIC.value,
        "catalogue_id": catalogue.id,
        "signed_by": None,
        "signed_at": _naive(signed_at),
        "content": raw.decode("utf-8"),
        "content_hash": digest,
        "signature": None,
        "key_id": None,
    }


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.create_table(
        "signing_key",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=True),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_signing_key_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_signing_key_key_id")),
    )
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_key_user_id"), ["user_id"], unique=False)
    op.create_table(
        "integrity_resolution",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("resolved_by", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("voided", sa.JSON(), nullable=False),
        sa.Column("acknowledged", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_integrity_resolution_dossier_id_dossier"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integrity_resolution")),
    )
    with op.batch_alter_table("integrity_resolution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_integrity_resolution_dossier_id"), ["dossier_id"], unique=False
        )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("override_motivation", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.alter_column("override_motivation", server_default=None)

    old = connection.execute(sa.text("SELECT * FROM signed_decision ORDER BY dossier_id, version"))
    old_rows = old.all()
    with op.batch_alter_table("signed_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signed_decision_dossier_id"))
    op.drop_table("signed_decision")
    op.create_table(
        "signed_decision",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("signed_by", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_signed_decision_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_signed_decision_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["app_user.id"], name=op.f("fk_signed_decision_signed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_decision")),
        sa.UniqueConstraint("dossier_id", "version", name=op.f("uq_signed_decision_dossier_id")),
    )
    with op.batch_alter_table("signed_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signed_decision_dossier_id"), ["dossier_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signed_decision_catalogue_id"), ["catalogue_id"], unique=False
        )

    chain = _Chain(connection)
    dossiers = {row.id: row for row in connection.execute(sa.text("SELECT * FROM dossier")).all()}
    converted = [_converted(connection, chain, dossiers[row.dossier_id], row) for row in old_rows]
    bound = {row.dossier_id for row in old_rows}
    converted += _decided_before_signing(connection, chain, dossiers, bound)
    if converted:
        connection.execute(SIGNED.insert(), converted)
    chain.close()

    if sqlite:
        for table, count in OLD_TRIGGERS.items():
            for number in range(count):
                op.execute(f"DROP TRIGGER IF EXISTS case_base_{table}_{number}")
        for table, events in NEW_TRIGGERS.items():
            for number, event in enumerate(events):
                op.execute(
                    f"CREATE TRIGGER case_base_{table}_{number} AFTER {event} ON {table} "
                    "BEGIN UPDATE change_counter SET value = value + 1 "
                    "WHERE name = 'case_base'; END"
                )
        op.execute("UPDATE change_counter SET value = value + 1 WHERE name = 'case_base'")


def _converted(connection: sa.Connection, chain: _Chain, dossier: Any, row: Any) -> dict[str, Any]:
    """A version signed before personal keys existed, kept as a historic version."""
    catalogue_id, _, version = row.catalogue.rpartition(" ")
    signed_at = _moment(row.signed_at)
    where = f" in {row.meeting_reference}" if row.meeting_reference else ""
    source = (
        f"Ondertekend door {row.signed_by_name} op {signed_at:%d-%m-%Y}{where}, vóór de "
        "invoering van persoonlijke ondertekeningssleutels"
    )
    return _historic_row(
        chain,
        dossier,
        version=row.version,
        decision=decision_from_data(_json(row.decision)),
        factors=list(_json(row.factors)),
        catalogue=CatalogueRef(catalogue_id, version),
        route=_route(connection, dossier.id),
        signed_at=signed_at,
        source=source,
        agenda_item_id=row.agenda_item_id,
        trusted=_old_fingerprint(row, dossier.reference) == row.fingerprint,
        departed_from=tuple(_json(row.departed_from)),
        departure_motivation=row.departure_motivation,
        meeting_reference=row.meeting_reference,
        change_reason=row.change_reason,
    )


def _decided_before_signing(
    connection: sa.Connection, chain: _Chain, dossiers: dict[str, Any], bound: set[str]
) -> list[dict[str, Any]]:
    rows = connection.execute(
        sa.text(
            "SELECT d.id AS dossier_id, c.outcome_type, c.degree_unit, c.degree_value, c.reason, "
            "c.distinctions, c.motivation, c.decided_on, f.catalogue_id, f.catalogue_version, "
            "f.factors FROM dossier d JOIN decision c ON c.dossier_id = d.id "
            "JOIN dossier_factors f ON f.dossier_id = d.id WHERE d.deleted_at IS NULL "
            "AND c.deleted_at IS NULL AND f.deleted_at IS NULL "
            "AND d.status IN ('besloten', 'afgesloten')"
        )
    ).all()
    converted = []
    for row in rows:
        if row.dossier_id in bound:
            continue
        degree = None
        if row.degree_unit is not None and row.degree_value is not None:
            degree = {"unit": row.degree_unit, "value": row.degree_value}
        decision = decision_from_data(
            {
                "outcome_type": row.outcome_type,
                "degree": degree,
                "reason": _json(row.reason),
                "distinctions": _json(row.distinctions),
                "motivation": row.motivation,
                "decided_on": str(row.decided_on) if row.decided_on else None,
            }
        )
        converted.append(
            _historic_row(
                chain,
                dossiers[row.dossier_id],
                version=1,
                decision=decision,
                factors=list(_json(row.factors)),
                catalogue=CatalogueRef(row.catalogue_id, row.catalogue_version),
                route=_route(connection, row.dossier_id),
                signed_at=datetime.now(UTC),
                source="Besluit vastgelegd vóór de invoering van ondertekening in het "
                "casuïstiekoverleg",
                agenda_item_id=None,
                trusted=True,
            )
        )
        bound.add(row.dossier_id)
    for dossier_id, dossier in dossiers.items():
        if dossier.status == "besloten" and dossier_id not in bound:
            connection.execute(
                sa.text("UPDATE dossier SET status = 'afgesloten' WHERE id = :id"),
                {"id": dossier_id},
            )
    return converted


OLD_SIGNED = sa.table(
    "signed_decision",
    sa.column("id", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
    sa.column("revision", sa.Integer),
    sa.column("deleted_at", sa.DateTime),
    sa.column("dossier_id", sa.String),
    sa.column("version", sa.Integer),
    sa.column("agenda_item_id", sa.String),
    sa.column("decision", sa.JSON),
    sa.column("factors", sa.JSON),
    sa.column("catalogue", sa.String),
    sa.column("departed_from", sa.JSON),
    sa.column("departure_motivation", sa.Text),
    sa.column("signed_by", sa.String),
    sa.column("signed_by_name", sa.String),
    sa.column("signed_at", sa.DateTime),
    sa.column("meeting_reference", sa.String),
    sa.column("change_reason", sa.Text),
    sa.column("fingerprint", sa.String),
)


def downgrade() -> None:
    """Back to unsigned versions: signed ones keep their content (not their signature);
    historic ones, which the old schema cannot hold, are dropped (their decisions stay)."""
    from maatwerkdesk.domain.decision import decision_to_data
    from maatwerkdesk.domain.signed_record import parse_content

    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT * FROM signed_decision WHERE kind = 'signed' AND deleted_at IS NULL")
    ).all()
    if connection.dialect.name == "sqlite":
        for table, events in NEW_TRIGGERS.items():
            for number in range(len(events)):
                op.execute(f"DROP TRIGGER IF EXISTS case_base_{table}_{number}")
    op.drop_table("signed_decision")
    op.create_table(
        "signed_decision",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("factors", sa.JSON(), nullable=False),
        sa.Column("catalogue", sa.String(length=140), nullable=False),
        sa.Column("departed_from", sa.JSON(), nullable=False),
        sa.Column("departure_motivation", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=36), nullable=False),
        sa.Column("signed_by_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_reference", sa.String(length=32), nullable=False),
        sa.Column("change_reason", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_signed_decision_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_signed_decision_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["app_user.id"], name=op.f("fk_signed_decision_signed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_decision")),
        sa.UniqueConstraint("dossier_id", "version", name=op.f("uq_signed_decision_dossier_id")),
    )
    with op.batch_alter_table("signed_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signed_decision_dossier_id"), ["dossier_id"], unique=False
        )
    old = []
    for row in rows:
        content = parse_content(row.content.encode("utf-8"))
        assert content.signer is not None
        values = {
            "id": row.id,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "revision": 1,
            "deleted_at": None,
            "dossier_id": row.dossier_id,
            "version": row.version,
            "agenda_item_id": row.agenda_item_id,
            "decision": decision_to_data(content.decision),
            "factors": sorted(content.factors),
            "catalogue": f"{content.catalogue.id} {content.catalogue.version}",
            "departed_from": list(content.departed_from),
            "departure_motivation": content.departure_motivation,
            "signed_by": content.signer.user_id,
            "signed_by_name": content.signer.name,
            "signed_at": _naive(content.signed_at),
            "meeting_reference": content.meeting_reference,
            "change_reason": content.change_reason,
        }
        shaped = _Shaped(values)
        values["fingerprint"] = _old_fingerprint(shaped, content.facts.reference)
        old.append(values)
    if old:
        connection.execute(OLD_SIGNED.insert(), old)
    if connection.dialect.name == "sqlite":
        for table, count in OLD_TRIGGERS.items():
            events = ("INSERT", "UPDATE", "DELETE") if count == 3 else ("UPDATE", "DELETE")
            for number, event in enumerate(events):
                op.execute(
                    f"CREATE TRIGGER case_base_{table}_{number} AFTER {event} ON {table} "
                    "BEGIN UPDATE change_counter SET value = value + 1 "
                    "WHERE name = 'case_base'; END"
                )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("override_motivation")
    op.drop_table("integrity_resolution")
    op.drop_table("signing_key")


class _Shaped:
    """Old-column values read like a row, for `_old_fingerprint`."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
