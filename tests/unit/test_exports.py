"""Each export is one service operation: the desktop's preview and the command line get the
same document and PDF from it, and how showing and saving it are audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import document_export, dossiers, exports
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo import add_demo_dossiers

TODAY = date(2026, 11, 28)


def audited(database: Database, name: str) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        found = connection.execute(
            text("SELECT action, dossier_id FROM audit_record WHERE name = :name ORDER BY seq"),
            {"name": name},
        )
        return [(row[0], row[1]) for row in found]


@pytest.fixture
def dossier_id(database: Database, context: Context) -> str:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, 6, seed=2)
        listed = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    return listed[0].id


@pytest.mark.parametrize("pseudonymised", [False, True])
def test_the_decision_is_shown_and_written_from_one_operation(
    database: Database, context: Context, dossier_id: str, tmp_path: Path, pseudonymised: bool
) -> None:
    with database.sessions.begin() as session:
        made = exports.decision_export(
            session, context, dossier_id, TODAY, pseudonymised=pseudonymised
        )
        assert exports.previewed(session, context, made) is made
    assert made.pdf.startswith(b"%PDF") and made.dossier_ids == (dossier_id,)
    assert made.pseudonymised is pseudonymised
    assert made.suggested_file_name().endswith(" gepseudonimiseerd.pdf") is pseudonymised
    assert audited(database, document_export.PREVIEW_PDF) == [("R", dossier_id)]
    target = tmp_path / "besluit.pdf"
    with database.sessions.begin() as session:
        exports.written(session, context, made, target)
    assert target.read_bytes() == made.pdf
    assert audited(database, made.action_name) == [("E", dossier_id)]


def test_a_file_that_cannot_be_written_is_not_audited(
    database: Database, context: Context, dossier_id: str, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        made = exports.decision_export(session, context, dossier_id, TODAY)
    with pytest.raises(DomainError, match="bestaat niet"), database.sessions.begin() as session:
        exports.written(session, context, made, tmp_path / "weg" / "besluit.pdf")
    assert audited(database, made.action_name) == []


def test_the_pack_covers_its_dossiers_once_each(
    database: Database, context: Context, dossier_id: str
) -> None:
    with database.sessions.begin() as session:
        made = exports.pack_export(session, context, [dossier_id, dossier_id], TODAY)
        exports.previewed(session, context, made)
    assert made.dossier_ids == (dossier_id,) and made.pdf.startswith(b"%PDF")
    assert made.action_name == document_export.EXPORT_PACK
    assert audited(database, document_export.PREVIEW_PACK) == [("R", dossier_id)]


def test_unsafe_characters_never_reach_the_file_name() -> None:
    assert exports.UNSAFE_IN_FILE_NAME.sub("-", 'a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
