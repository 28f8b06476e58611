"""`maatwerkdesk audit verify` on an intact trail and on copies changed behind its back."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_cli import database, ok, run


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audited")
    ok(folder, "demo", "--cases", "12", "--seed", "5")
    ok(folder, "list")
    refused = run(folder, "users", "add", "Anouk Verhoef", "--role", "behandelaar")
    assert refused.returncode == 2
    return folder


def tampered(profile: Path, tmp_path: Path, *statements: str) -> Path:
    copy = tmp_path / "kopie.sqlite3"
    shutil.copy(database(profile), copy)
    with sqlite3.connect(copy) as connection:
        for statement in statements:
            connection.execute(statement)
    return copy


def anchor_of(output: str) -> str:
    found = re.search(r"\b[0-9]+:[0-9a-f]{64}\b", output)
    assert found is not None, output
    return found.group()


def test_an_intact_trail_exits_0_and_prints_its_anchor(profile: Path) -> None:
    out = ok(profile, "audit", "verify")
    assert out.startswith("Het auditlogboek is intact: ")
    assert out.endswith("Alle vastgelegde besluiten kloppen.\n")
    anchor = anchor_of(out)
    assert ok(profile, "audit", "verify", "--expect", anchor).startswith("Het auditlogboek is")


def test_the_listing_and_the_refused_attempt_are_in_the_trail(profile: Path) -> None:
    with sqlite3.connect(database(profile)) as connection:
        names = connection.execute(
            "SELECT name, result, origin FROM audit_record ORDER BY seq DESC LIMIT 2"
        ).fetchall()
    assert [(n, r) for n, r, _origin in names] == [
        ("users.add_user", "refused"),
        ("dossier.list", "ok"),
    ]
    assert all(origin.startswith("cli/") for _n, _r, origin in names)


@pytest.mark.parametrize(
    ("statement", "seq"),
    [
        ("UPDATE audit_record SET actor = 'iemand' WHERE seq = 10", 10),
        ("DELETE FROM audit_record WHERE seq = 12", 12),
        ("UPDATE audit_record SET dossier_id = 'een-ander-dossier' WHERE seq = 3", 3),
    ],
)
def test_a_changed_copy_exits_2_naming_the_first_broken_record(
    profile: Path, tmp_path: Path, statement: str, seq: int
) -> None:
    copy = tampered(profile, tmp_path, statement)
    result = run(profile, "--db", copy, "audit", "verify")
    assert result.returncode == 2
    assert f"niet intact vanaf record {seq} " in result.stderr


def test_a_trail_rewritten_after_an_anchor_fails_the_anchor(profile: Path, tmp_path: Path) -> None:
    anchor = anchor_of(ok(profile, "audit", "verify"))
    seq = int(anchor.split(":")[0])
    copy = tampered(
        profile,
        tmp_path,
        f"UPDATE audit_record SET hash = 'f' || substr(hash, 2) WHERE seq = {seq}",
    )
    result = run(profile, "--db", copy, "audit", "verify", "--expect", anchor)
    assert result.returncode == 2
    bad = run(profile, "audit", "verify", "--expect", "12:kort")
    assert bad.returncode == 2 and "volgnummer en een hash" in bad.stderr
