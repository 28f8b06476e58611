"""`signals` and `signals report` through the real command line, on a demo database: the
demo has a signal in every state of the life cycle, resting on demo dossiers, and the
report names none of their people."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_text import needs_poppler, pdf_text, squash
from profiles import Profile, Profiles
from test_cli import ok, rows, run

from maatwerkdesk.domain.organisation import OrganisationSettings, settings_to_toml
from maatwerkdesk.domain.policy_signals import SignalState
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.services.organisation import settings_path
from maatwerkdesk.services.signal_report import CSV_COLUMNS


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("signalen")
    ok(made, "demo", "--cases", "20", "--seed", "5")
    return made


def _listed(profile: Profile) -> dict[str, object]:
    return json.loads(ok(profile, "signals", "--json"))


def test_signals_lists_one_in_every_state_with_counts(profile: Profile) -> None:
    listed = _listed(profile)
    assert listed["counts"] == {state.value: 1 for state in SignalState}
    signals = listed["signals"]
    assert isinstance(signals, list) and len(signals) == len(SignalState)
    assert all(s["description"].startswith("Fictief voorbeeld.") for s in signals)
    assert any(s["groups"] for s in signals)
    proposals = listed["proposals"]
    assert isinstance(proposals, list) and proposals, "the demo leaves a pattern waiting"
    assert all(p["dossiers"] and p["explanation"] for p in proposals)
    text = ok(profile, "signals")
    assert (
        "5 signalen: 1 concept, 1 gemeld, 1 in behandeling, 1 opgelost, 1 niet overgenomen.\n"
        in text
    )
    assert text.count("\nVoorstel\t") == len(proposals)


def _people(profile: Profile, references: list[str]) -> list[str]:
    """What identifies the people of these dossiers: name parts, BSN in both writings,
    birth date, street and number."""
    found: list[str] = []
    for reference, name, bsn, born, contact in rows(
        profile,
        "SELECT d.reference, s.name, s.bsn, s.date_of_birth, s.contact FROM subject s "
        "JOIN dossier d ON d.id = s.dossier_id",
    ):
        if reference not in references:
            continue
        found += re.findall(r"[^\W\d_]{4,}", name)
        if bsn:
            found += [bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}", f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"]
        if born:
            day = date.fromisoformat(str(born)[:10])
            found += [f"{day:%d-%m-%Y}", day.isoformat()]
        found += re.findall(r"[A-Z][a-z]+(?:straat|weg|laan|plein|kade|hof) \d+", contact or "")
    return found


def _linked(profile: Profile) -> list[str]:
    """The demo dossiers the signals rest on, directly or as a member of a linked group."""
    signals = _listed(profile)["signals"]
    assert isinstance(signals, list)
    groups = {g for s in signals for g in s["groups"]}
    members = rows(
        profile,
        "SELECT d.reference, g.reference FROM dossier d JOIN group_member m "
        "ON m.dossier_id = d.id JOIN dossier_group g ON g.id = m.group_id",
    )
    direct = {r for s in signals for r in s["dossiers"]}
    return sorted(direct | {dossier for dossier, group in members if group in groups})


def _every(profile: Profile) -> list[str]:
    """Every demo dossier's reference: the report names no one of any of them."""
    return [reference for (reference,) in rows(profile, "SELECT reference FROM dossier")]


@needs_poppler
def test_the_pdf_report_names_no_one_of_any_dossier(profile: Profile, tmp_path: Path) -> None:
    target = tmp_path / "knelpunten.pdf"
    said = ok(profile, "signals", "report", "--pdf", target)
    assert "Overzicht met 5 signalen" in said
    text = pdf_text(target.read_bytes())
    assert "Kostendelersnorm" in text and "Fictief antwoord" in text
    linked = _linked(profile)
    assert len(linked) >= 5
    whole = squash(text).casefold()
    every = _every(profile)
    people = _people(profile, every)
    assert len(people) >= 2 * len(every)
    for value in people:
        assert squash(value).casefold() not in whole, "the report names someone"
    for reference in every:
        assert reference not in text


def test_the_csv_report_is_safe_and_names_no_one(profile: Profile, tmp_path: Path) -> None:
    target = tmp_path / "knelpunten.csv"
    ok(profile, "signals", "report", "--csv", target)
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(table[0]) == CSV_COLUMNS and len(table) == 6
    whole = data.decode("utf-8-sig").casefold()
    for value in _people(profile, _every(profile)):
        assert value.casefold() not in whole


def test_the_threshold_is_a_setting(profile: Profile) -> None:
    usual = _listed(profile)["proposals"]
    fewer = json.loads(ok(profile, "signals", "--json", "--at", "2"))["proposals"]
    assert isinstance(usual, list) and isinstance(fewer, list) and len(fewer) > len(usual)
    result = run(profile, "signals", "--at", "1")
    assert result.returncode == 2 and "minstens 2" in result.stderr
    settings = settings_path(resolve_paths(profile.folder).config)
    settings.write_text(settings_to_toml(OrganisationSettings(pattern_at=2)), encoding="utf-8")
    try:  # the organisation's own threshold, without --at
        assert _listed(profile)["proposals"] == fewer
    finally:
        settings.unlink()


def test_the_period_chooses_the_signals_by_the_day_they_were_written(
    profile: Profile, tmp_path: Path
) -> None:
    target = tmp_path / "recent.csv"
    since = (date.today() - timedelta(days=10)).isoformat()
    ok(profile, "signals", "report", "--csv", target, "--from", since)
    table = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert [row[6] for row in table[1:]] == ["concept"]
    result = run(profile, "signals", "report", "--csv", target, "--from", "gisteren")
    assert result.returncode == 2 and "geen datum" in result.stderr
    result = run(
        profile, "signals", "report", "--csv", target, "--from", "2026-12-31", "--to", "2026-01-01"
    )
    assert result.returncode == 2 and "--from ligt na --to" in result.stderr


def test_the_report_export_is_audited_per_signal(profile: Profile, tmp_path: Path) -> None:
    before = rows(profile, "SELECT count(*) FROM audit_record WHERE name = 'signal.report'")[0][0]
    ok(profile, "signals", "report", "--csv", tmp_path / "k.csv")
    after = rows(profile, "SELECT count(*) FROM audit_record WHERE name = 'signal.report'")[0][0]
    assert after - before == 5
