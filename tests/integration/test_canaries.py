"""Canaries: personal data planted through a whole workflow must be found nowhere on disk.

A name, a BSN written two ways, a sentence and an attachment's content go through what a
workstation does: a database from before encryption at an older schema (converted, then
migrated with a backup), dossiers created and edited, attachments old and new, a decision
previewed and exported, a program killed while it writes, a dossier deleted. Then every
file under the profile (database, log, settings, attachments) and the temporary folder is
read as raw bytes and searched for each canary in UTF-8, UTF-16 (both byte orders) and
lower case: nothing may be found. The canaries of the deleted dossier may not even be in
the decrypted pages of the database and its log (free pages included), where those of a
live dossier are: what a thief who found the recovery key could read.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlcipher_pages import decrypted_pages, decrypted_wal

from maatwerkdesk.domain.dossier import DossierFields, Subject, TimelineEntry
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.infra.paths import Paths, prepare_paths
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.migrate import MIGRATIONS_DIR
from maatwerkdesk.persistence.models import AttachmentRow, DossierRow
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import attachments, document_export, dossiers, loket
from maatwerkdesk.services.store_keys import KeyNews
from maatwerkdesk.services.workspace import Workspace, open_workspace

pytestmark = pytest.mark.usefixtures("memory_keyring")

OLDER_SCHEMA = "0009"
# The live dossier's canaries (they stay in the database: encrypted).
NAME = "Xanthippe Vlietstra-Quomp"
BSN, BSN_DOTTED = "123456782", "1234.56.782"
SENTENCE = "De kanarie zingt in de kolenmijn van Zuiderwoude"
OLD_ATTACHMENT = b"Oude bijlage van voor de versleuteling: merelnest 8812"
ATTACHMENT = b"Geheime bijlage-inhoud: kanarievogel 4471"
CRASH = "Half geschreven bij de crash: putter 5530"
# The deleted dossier's: gone from the file itself.
GONE_NAME = "Ydwine Brakkeveld-Zaal"
GONE_BSN = "111222333"
GONE_SENTENCE = "Verwijderd verhaal over de zwarte roodstaart van Quarles"
GONE_ATTACHMENT = b"Verwijderde bijlage: goudvink 9907"

GONE_WORDS = ["ydwine", "brakkeveld", "roodstaart", "quarles"]
"""As the full-text index keeps them: each word apart, folded."""

LIVE = [NAME, BSN, BSN_DOTTED, SENTENCE, OLD_ATTACHMENT, ATTACHMENT, CRASH]
GONE = [GONE_NAME, GONE_BSN, GONE_SENTENCE, GONE_ATTACHMENT]

CRASHING_WRITER = """
import sys
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.workspace import open_workspace

workspace = open_workspace(prepare_paths(__import__("pathlib").Path(sys.argv[1])), None)
for number in range(10_000):
    with workspace.writing() as session:
        dossiers.create_dossier(
            session, workspace.context("crash"), DossierFields(title="Crash", knelpunt=sys.argv[2])
        )
    print(number, flush=True)
"""


def forms(canary: str | bytes) -> list[bytes]:
    """The byte strings a canary could be stored as."""
    text = canary.decode() if isinstance(canary, bytes) else canary
    found = []
    for variant in {text, text.lower(), text.upper()}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(variant.encode(encoding))
    return found


def scan(folders: list[Path], canaries: list[str | bytes]) -> tuple[int, int, list[str]]:
    """Files read, bytes read, and where a canary was found (file: canary)."""
    files = size = 0
    hits = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            files, size = files + 1, size + len(data)
            hits += [
                f"{path}: {canary!r}"
                for canary in canaries
                if any(form in data for form in forms(canary))
            ]
    return files, size, hits


def legacy_profile(paths: Paths) -> None:
    """What a workstation holds from before encryption: a plaintext database at an older
    schema, with a dossier and its attachment as a plaintext file under its hash."""
    database = open_database(paths.database)
    digest = hashlib.sha256(OLD_ATTACHMENT).hexdigest()
    (paths.attachments / digest[:2]).mkdir(parents=True)
    (paths.attachments / digest[:2] / digest).write_bytes(OLD_ATTACHMENT)
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(
            session,
            context(),
            DossierFields(title=f"Terugvordering {NAME}", subject=Subject(name=NAME, bsn=BSN)),
        )
        row = session.get(DossierRow, record.id)
        assert row is not None
        row.attachments.append(
            AttachmentRow(original_name="oud.txt", size=len(OLD_ATTACHMENT), sha256=digest)
        )
    with database.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.downgrade(config, OLDER_SCHEMA)
    database.close()


def context():  # type: ignore[no-untyped-def]
    from maatwerkdesk.services.context import Context

    return Context(actor="test", origin="test")


def work(workspace: Workspace, sources: Path, exports: Path) -> None:
    """Create, edit, attach, preview, export and delete, as a caseworker would."""
    ctx = workspace.context("test")
    with workspace.writing() as session:
        (live,) = dossiers.list_dossiers(session, dossiers.DossierQuery())
        record = dossiers.open_dossier(session, ctx, live.id)
        fields = replace(record.fields, knelpunt=f"{SENTENCE}. BSN {BSN_DOTTED}.")
        dossiers.update_dossier(session, ctx, live.id, fields, expected_revision=record.revision)
        entry = TimelineEntry(date(2026, 3, 1), TimelineKind.LETTER_IN, SENTENCE)
        dossiers.add_timeline_entry(session, ctx, live.id, entry)
        (sources / "brief.txt").write_bytes(ATTACHMENT)
        attachments.add_attachment(
            session, ctx, workspace.attachments, live.id, sources / "brief.txt"
        )
        gone = dossiers.create_dossier(
            session,
            ctx,
            DossierFields(
                title=f"Dossier van {GONE_NAME}",
                knelpunt=GONE_SENTENCE,
                subject=Subject(name=GONE_NAME, bsn=GONE_BSN, household=GONE_SENTENCE),
            ),
        )
        (sources / "weg.txt").write_bytes(GONE_ATTACHMENT)
        attachments.add_attachment(
            session, ctx, workspace.attachments, gone.id, sources / "weg.txt"
        )
        dossiers.add_timeline_entry(
            session, ctx, gone.id, TimelineEntry(date(2026, 3, 2), TimelineKind.NOTE, GONE_SENTENCE)
        )
        loket.add_referral(session, ctx, gone.id, "lmm", GONE_SENTENCE)
        loket.add_referral(session, ctx, live.id, "lmm", SENTENCE)
    with workspace.writing() as session:  # the preview is built in memory, and recorded
        document = document_export.load_decision_document(session, ctx, live.id, date.today())
        preview = render_pdf(document)
        document_export.record_preview(session, ctx, [live.id], document_export.PREVIEW_PDF)
        document_export.write_export(
            session, ctx, exports / "besluit.pdf", preview, [live.id], document_export.EXPORT_PDF
        )
    with workspace.writing() as session:
        dossiers.delete_dossier(session, ctx, gone.id, workspace.attachments)


def crash_while_writing(profile: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(profile), CRASH],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    for _ in range(3):
        assert writer.stdout.readline().strip().isdigit()
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate()


def test_no_canary_is_found_on_disk_after_a_whole_workflow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, temp = tmp_path / "profiel", tmp_path / "temp"
    sources, exports = tmp_path / "bronnen", tmp_path / "exports"
    for folder in (temp, sources, exports):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    paths = prepare_paths(profile)
    legacy_profile(paths)

    workspace = open_workspace(paths, None)  # encrypts, then migrates with a backup
    try:
        assert [k.news for k in workspace.keys_to_show] == [KeyNews.ENCRYPTED]
        key = workspace.keys_to_show[0].key
        assert list(paths.data.glob("*.bak")) != []
        work(workspace, sources, exports)
    finally:
        workspace.close()
    crash_while_writing(profile)
    assert Path(f"{paths.database}-wal").exists()  # as the crash left it
    assert sorted(p.name for p in exports.iterdir()) == ["besluit.pdf"]  # no temporary file

    files, size, hits = scan([profile, temp], [*LIVE, *GONE])
    print(f"\ncanary scan: {files} files, {size:,} bytes, {len(hits)} hits")
    assert hits == []
    assert files >= 6 and (paths.logs / "maatwerkdesk.log").stat().st_size > 0

    readable = decrypted_pages(paths.database, key) + decrypted_wal(paths.database, key)
    found = [c for c in LIVE[:4] if not any(f in readable for f in forms(c))]
    assert found == [], "the decryption shows the live dossier"  # else this test proves nothing
    left = [c for c in [*GONE, *GONE_WORDS] if any(f in readable for f in forms(c))]
    print(f"deleted dossier in the decrypted pages: {len(readable):,} bytes, {len(left)} hits")
    assert left == []


def test_everything_the_program_keeps_is_its_users_alone(tmp_path: Path, open_workspaces) -> None:
    workspace = open_workspaces(None)
    source = tmp_path / "brief.txt"
    source.write_bytes(b"inhoud")
    workspace.attachments.add(source)
    with workspace.writing() as session:
        dossiers.create_dossier(session, workspace.context("test"), DossierFields(title="x"))
    root = tmp_path / "profile"
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        if path.is_dir():
            assert mode == 0o700 or path == root, path
        else:
            assert mode == 0o600, path
