"""`loket show`, `loket share` and `loket inzage` through the real command line, on a demo
database: the demo's loket dossier has two organisations, a warm handover to the LMM and
the citizen's consent for the UWV, with a sharing resting on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_text import needs_poppler, pdf_text
from profiles import Profile, Profiles
from test_cli import ok, rows, run

from maatwerkdesk.services.demo.data import LOKET_REFERRAL


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("loket")
    ok(made, "demo", "--cases", "20", "--seed", "5")
    return made


def _example(profile: Profile) -> tuple[str, str]:
    """The reference and BSN of the demo's loket dossier."""
    ((reference, bsn),) = rows(
        profile,
        "SELECT d.reference, s.bsn FROM dossier d JOIN subject s ON s.dossier_id = d.id "
        "WHERE d.id IN (SELECT dossier_id FROM loket_consent)",
    )
    return reference, bsn


def test_loket_show_gives_the_demo_story(profile: Profile) -> None:
    reference, _bsn = _example(profile)
    shown = json.loads(ok(profile, "loket", "show", reference.lower(), "--json"))
    assert [o["organisation"] for o in shown["organisations"]] == ["gemeente", "uwv"]
    (referral,) = shown["referrals"]
    assert referral["organisation"] == "lmm" and referral["warm"]
    assert referral["status"] == "verzonden" and referral["purpose"] == LOKET_REFERRAL
    (consent,) = shown["consents"]
    (sharing,) = shown["sharings"]
    assert sharing["ground"] == "a" and sharing["consent"] == consent["id"]
    text = ok(profile, "loket", "show", reference)
    assert "Landelijk" not in text and "LMM\twarme overdracht" in text
    assert "art. 6 lid 1 onder a AVG: toestemming van de betrokkene" in text


@needs_poppler
def test_loket_share_writes_a_minimal_summary_and_audits_the_sharing(
    profile: Profile, tmp_path: Path
) -> None:
    reference, bsn = _example(profile)
    target = tmp_path / "samenvatting.pdf"
    output = ok(
        profile,
        "loket",
        "share",
        reference,
        "--organisation",
        "svb",
        "--ground",
        "e",
        "--provision",
        "art. 7 Participatiewet",
        "--pdf",
        str(target),
    )
    assert "Gedeeld met SVB op art. 6 lid 1 onder e AVG" in output
    text = pdf_text(target.read_bytes())
    assert "Gedeelde samenvatting" in text and bsn not in text
    audited = rows(profile, "SELECT name FROM audit_record WHERE name LIKE 'loket.%'")
    assert {("loket.share",), ("loket.export_summary",)} <= set(audited)


def test_loket_share_refuses_what_the_consent_does_not_cover(profile: Profile) -> None:
    reference, _bsn = _example(profile)
    consent = json.loads(ok(profile, "loket", "show", reference, "--json"))["consents"][0]["id"]
    args = ["loket", "share", reference, "--organisation", "uwv", "--ground", "a"]
    result = run(profile, *args, "--consent", consent, "--groups", "zaak,bedragen")
    assert result.returncode == 2
    assert "De toestemming dekt niet: bedragen." in result.stderr
    result = run(profile, *args, "--consent", consent, "--groups", "zaak,geheim")
    assert result.returncode == 2 and "--groups kent alleen" in result.stderr
    result = run(profile, "loket", "share", reference, "--organisation", "uwv", "--ground", "f")
    assert result.returncode == 2 and "gerechtvaardigd belang" in result.stderr


@needs_poppler
def test_loket_inzage_writes_the_access_report(profile: Profile, tmp_path: Path) -> None:
    reference, bsn = _example(profile)
    target = tmp_path / "inzage.pdf"
    assert "met 1 dossier" in ok(profile, "loket", "inzage", "--bsn", bsn, "--pdf", str(target))
    text = pdf_text(target.read_bytes())
    assert reference in text and "UWV" in text and bsn not in text
    result = run(profile, "loket", "inzage", "--bsn", "12345", "--pdf", str(target))
    assert result.returncode == 2 and "BSN is ongeldig" in result.stderr
