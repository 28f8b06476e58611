"""Dossier store: dossiers, betrokkenen, timeline, attachments, audit, drafts, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 13:19:47.749960
"""

import logging

import sqlalchemy as sa
from alembic import op

log = logging.getLogger(__name__)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_record",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=1), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("object_type", sa.String(length=32), nullable=False),
        sa.Column("object_id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_record")),
    )
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_record_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_record_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "dossier",
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("organisations", sa.JSON(), nullable=False),
        sa.Column("regulation", sa.String(length=200), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("generic_outcome", sa.Text(), nullable=False),
        sa.Column("knelpunt", sa.Text(), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("doenvermogen", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("reference", name=op.f("uq_dossier_reference")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_status"), ["status"], unique=False)
        batch_op.create_index("ix_dossier_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "draft",
        sa.Column("dossier_id", sa.String(length=36), nullable=True),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_attachment_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "subject",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("bsn", sa.String(length=9), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("household", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_subject_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_subject_dossier_id")),
    )
    op.create_table(
        "timeline_entry",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_timeline_entry_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_entry")),
    )
    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timeline_entry_dossier_id"), ["dossier_id"], unique=False
        )
    _create_search_index()


def _create_search_index() -> None:
    """Folded dossier text per dossier, and on SQLite an FTS5 index over it (persistence/search.py)."""
    op.create_table(
        "search_document",
        sa.Column("key", sa.Integer(), primary_key=True),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_search_document")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_search_document_dossier_id")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _create_trigram_index(bind)
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE dossier_search USING fts5(body, content='search_document', "
        "content_rowid='key', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
        "INSERT INTO dossier_search(rowid, body) VALUES (new.key, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
        "INSERT INTO dossier_search(dossier_search, rowid, body) "
        "VALUES ('delete', old.key, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
        "INSERT INTO dossier_search(dossier_search, rowid, body) "
        "VALUES ('delete', old.key, old.body); "
        "INSERT INTO dossier_search(rowid, body) VALUES (new.key, new.body); END"
    )


def _create_trigram_index(bind: sa.Connection) -> None:
    """On PostgreSQL the search is a LIKE per word; a trigram index (pg_trgm) spares it
    reading every dossier. A server without pg_trgm, or a login that may not add it to
    the database, searches without: slower, the same results."""
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            op.execute(
                "CREATE INDEX ix_search_document_body_trgm ON search_document "
                "USING gin (body gin_trgm_ops)"
            )
    except sa.exc.DBAPIError:
        log.warning("No trigram index for the dossier search (pg_trgm unavailable)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE dossier_search")  # its triggers go with search_document
    op.drop_table("search_document")

    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_entry_dossier_id"))

    op.drop_table("timeline_entry")
    op.drop_table("subject")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_dossier_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_dossier_id"))

    op.drop_table("draft")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_updated_at")
        batch_op.drop_index(batch_op.f("ix_dossier_status"))
        batch_op.drop_index(batch_op.f("ix_dossier_owner"))

    op.drop_table("dossier")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_record_dossier_id"))
        batch_op.drop_index(batch_op.f("ix_audit_record_at"))

    op.drop_table("audit_record")
