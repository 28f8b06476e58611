"""`maatwerkdesk audit verify` on an intact trail and on copies changed behind its back."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from backends import Databases, connect, past_the_audit_rule
from profiles import Profile, Profiles
from sqlalchemy import text
from test_cli import ok, rows, run


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("audited")
    ok(made, "demo", "--cases", "12", "--seed", "5")
    ok(made, "list")
    refused = run(made, "users", "add", "Anouk Verhoef", "--role", "behandelaar")
    assert refused.returncode == 2
    return made


def tampered(profile: Profile, databases: Databases, *statements: str) -> str:
    """A copy of the profile's database, changed behind the program's back."""
    copy = databases.copy(profile.target, "kopie")
    with connect(copy) as connection, past_the_audit_rule(connection):
        for statement in statements:
            connection.execute(text(statement))
    return copy


def anchor_of(output: str) -> str:
    found = re.search(r"\b[0-9]+:[0-9a-f]{64}\b", output)
    assert found is not None, output
    return found.group()


def test_an_intact_trail_exits_0_and_prints_its_anchor(profile: Profile) -> None:
    out = ok(profile, "audit", "verify")
    assert out.startswith("Het auditlogboek is intact: ")
    assert out.endswith("Alle vastgelegde besluiten kloppen.\n")
    anchor = anchor_of(out)
    assert ok(profile, "audit", "verify", "--expect", anchor).startswith("Het auditlogboek is")


def test_the_listing_and_the_refused_attempt_are_in_the_trail(profile: Profile) -> None:
    names = rows(profile, "SELECT name, result, origin FROM audit_record ORDER BY seq DESC LIMIT 2")
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
    profile: Profile, databases: Databases, statement: str, seq: int
) -> None:
    copy = tampered(profile, databases, statement)
    result = run(replace(profile, db=copy), "audit", "verify")
    assert result.returncode == 2
    assert f"niet intact vanaf record {seq} " in result.stderr


def test_a_trail_rewritten_after_an_anchor_fails_the_anchor(
    profile: Profile, databases: Databases
) -> None:
    anchor = anchor_of(ok(profile, "audit", "verify"))
    seq = int(anchor.split(":")[0])
    copy = tampered(
        profile,
        databases,
        # Another first digit, whatever it was.
        "UPDATE audit_record SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' "
        f"END || substr(hash, 2) WHERE seq = {seq}",
    )
    result = run(replace(profile, db=copy), "audit", "verify", "--expect", anchor)
    assert result.returncode == 2
    bad = run(profile, "audit", "verify", "--expect", "12:kort")
    assert bad.returncode == 2 and "volgnummer en een hash" in bad.stderr
