"""`meetings` and `export-minutes` through the real command line, on a demo
database (helpers from test_cli.py): the demo plans a meeting, the minutes are written and
audited per dossier, and an unknown meeting is a user error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_text import needs_poppler, pdf_text, squash
from profiles import Profile, Profiles
from test_cli import ok, rows, run, state


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("overleg")
    ok(made, "demo", "--cases", "20", "--seed", "4")
    return made


def agenda(profile: Profile) -> list[tuple[str, str]]:
    """(dossier id, reference) of the dossiers ter bespreking, which the demo put on the agenda."""
    query = (
        "SELECT d.id, d.reference FROM agenda_item a JOIN dossier d ON d.id = a.dossier_id "
        "ORDER BY a.position"
    )
    return rows(profile, query)


def exports(profile: Profile) -> list[str]:
    query = "SELECT dossier_id FROM audit_record WHERE name = 'dossier.export_minutes'"
    return sorted(row[0] for row in rows(profile, query))


def test_meetings_lists_the_planned_demo_meeting(profile: Profile) -> None:
    (meeting,) = json.loads(ok(profile, "meetings", "--json"))
    assert meeting["reference"].startswith("CO-") and meeting["status"] == "gepland"
    assert meeting["chair"] and meeting["items"] == len(agenda(profile)) > 0
    line = ok(profile, "meetings")
    assert line.startswith(f"{meeting['reference']}\t") and "Gepland" in line


@needs_poppler
def test_export_minutes_writes_the_agenda_and_attendance(profile: Profile, tmp_path: Path) -> None:
    (meeting,) = json.loads(ok(profile, "meetings", "--json"))
    target = tmp_path / "verslag.pdf"
    out = ok(profile, "export-minutes", meeting["reference"].lower(), "--pdf", target)
    assert out.startswith(f"Verslag van {meeting['reference']} geschreven naar {target}.")
    text = squash(pdf_text(target.read_bytes()))
    assert "Aanwezigheid" in text and squash(meeting["chair"]) in text
    items = agenda(profile)
    assert all(reference in text for _, reference in items)
    assert exports(profile) == sorted(dossier_id for dossier_id, _ in items)


def test_an_unknown_meeting_is_a_user_error(profile: Profile, tmp_path: Path) -> None:
    before = state(profile)
    result = run(profile, "export-minutes", "CO-1999-001", "--pdf", tmp_path / "verslag.pdf")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("maatwerkdesk: Er is geen overleg met kenmerk 'CO-1999-001'.")
    assert not (tmp_path / "verslag.pdf").exists()
    assert state(profile) == before
