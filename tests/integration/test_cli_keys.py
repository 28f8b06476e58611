"""The command line and the key of the profile's encrypted database, in subprocesses.

The recovery key is printed once, when the database is made; `key rotate` gives a new key
(and takes the attachments along); `key recover` puts a lost key back from the recovery
key, and says which group holds a typo; without a keyring nothing is made, and a refusal is
one Dutch sentence naming `maatwerkdesk key recover`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from file_keyring import child_env

from maatwerkdesk.domain.recovery_key import decode
from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.services.workspace import Workspace, open_workspace

pytestmark = pytest.mark.usefixtures("memory_keyring")

RECOVERY = re.compile(r"^Herstelsleutel: ((?:[0-9A-Z]{5}-){12}[0-9A-Z]{5})$", re.MULTILINE)


def cli(
    profile: Path, *args: str, keyring: Path | None = None, given: str = ""
) -> subprocess.CompletedProcess[str]:
    """The command line on `profile`; `keyring`: a keyring file of its own (another
    computer, or a keyring that lost the key)."""
    env = {**os.environ, "PYTHONUTF8": "1", **(child_env(keyring) if keyring else {})}
    return subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile), *args],
        input=given,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def recovery_key_in(text: str) -> str:
    (found,) = RECOVERY.findall(text)
    return found


def test_the_recovery_key_is_printed_once_when_the_database_is_made(tmp_path: Path) -> None:
    first = cli(tmp_path, "list", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == []  # stdout stays for the result
    assert "nieuwe, versleutelde database" in first.stderr
    decode(recovery_key_in(first.stderr))
    again = cli(tmp_path, "list", "--json")
    assert again.returncode == 0 and again.stderr == ""


def test_without_a_keyring_nothing_is_made_and_the_way_back_is_named(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", "--profile", str(tmp_path), "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("maatwerkdesk: ") and len(result.stderr.splitlines()) == 1
    assert "sleutelbos" in result.stderr and "maatwerkdesk key recover" in result.stderr
    assert not (tmp_path / "data" / "maatwerkdesk.sqlite3").exists()


def test_a_lost_key_is_refused_then_recovered_with_the_recovery_key(tmp_path: Path) -> None:
    made = cli(tmp_path, "demo", "--cases", "3", "--seed", "1")
    assert made.returncode == 0, made.stderr
    recovery = recovery_key_in(made.stderr)
    database = tmp_path / "data" / "maatwerkdesk.sqlite3"
    before = database.read_bytes()
    elsewhere = tmp_path / "nieuwe-computer.json"  # an empty keyring: the key is lost

    lost = cli(tmp_path, "list", keyring=elsewhere)
    assert lost.returncode == 2
    assert "staat niet in de sleutelbos" in lost.stderr
    assert "maatwerkdesk key recover" in lost.stderr
    assert database.read_bytes() == before

    groups = recovery.split("-")
    groups[3] = groups[3][::-1] if groups[3] != groups[3][::-1] else "ZZZZZ"
    typo = cli(tmp_path, "key", "recover", keyring=elsewhere, given="-".join(groups) + "\n")
    assert typo.returncode == 2 and "Groep 4" in typo.stderr
    assert cli(tmp_path, "list", keyring=elsewhere).returncode == 2

    recovered = cli(tmp_path, "key", "recover", keyring=elsewhere, given=recovery.lower() + "\n")
    assert recovered.returncode == 0, recovered.stderr
    assert "staat weer in de sleutelbos" in recovered.stdout
    listed = cli(tmp_path, "list", keyring=elsewhere)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3


def test_key_rotate_gives_a_new_key_and_takes_the_attachments_along(
    tmp_path: Path, open_workspaces: Callable[[str | None], Workspace]
) -> None:
    profile = tmp_path / "profile"  # the profile `open_workspaces` uses
    workspace = open_workspaces(None)
    (first,) = workspace.keys_to_show
    source = tmp_path / "brief.txt"
    source.write_bytes(b"Brief van mevrouw Jansen")
    sha256, _ = workspace.attachments.add(source)
    workspace.close()

    rotated = cli(profile, "key", "rotate")
    assert rotated.returncode == 0, rotated.stderr
    assert "vorige herstelsleutel werkt niet meer" in rotated.stdout
    new = recovery_key_in(rotated.stdout)
    assert new != first.recovery_key

    again = open_workspace(prepare_paths(profile), None)
    try:
        assert again.keys_to_show == ()
        assert again.attachments.read(sha256) == b"Brief van mevrouw Jansen"
    finally:
        again.close()
    old = cli(profile, "key", "recover", given=first.recovery_key + "\n")
    assert old.returncode == 2 and "hoort niet bij" in old.stderr


def test_a_team_database_on_a_server_has_no_key_of_the_program(tmp_path: Path) -> None:
    result = cli(tmp_path, "--db", "postgresql://team@db.example/maatwerk", "key", "rotate")
    assert result.returncode == 2 and "teamdatabase" in result.stderr
