"""`export --pdf` and `export-pack` through the real command line (test_cli.py).

The helpers are those of test_cli.py. A written PDF is audited once per dossier in it; a
refused export writes no file and no audit record.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_text import needs_poppler, page_count, pdf_text
from profiles import Profile, Profiles
from test_cli import ok, rows, run


@pytest.fixture(scope="module")
def demo_profile(module_profiles: Profiles) -> Profile:
    profile = module_profiles.new("export")
    ok(profile, "demo", "--cases", "12", "--seed", "3")
    return profile


def _references(profile: Profile) -> list[str]:
    return [line.split("\t")[0] for line in ok(profile, "list").splitlines()]


def _audited(profile: Profile, name: str) -> int:
    query = "SELECT count(*) FROM audit_record WHERE action = 'E' AND name = :name"
    [(count,)] = rows(profile, query, name=name)
    return count


@needs_poppler
def test_export_pdf_writes_the_decision_and_audits_it(
    demo_profile: Profile, tmp_path: Path
) -> None:
    reference = _references(demo_profile)[0]
    target = tmp_path / "besluit.pdf"
    before = _audited(demo_profile, "dossier.export_pdf")
    out = ok(demo_profile, "export", reference, "--pdf", target)
    assert reference in out and "Vingerafdruk" in out
    fingerprint = out.split("Vingerafdruk: ")[1].strip()
    text = pdf_text(target.read_bytes())
    assert reference in text and fingerprint in text
    assert f"van {page_count(target.read_bytes())}" in text
    assert _audited(demo_profile, "dossier.export_pdf") == before + 1


@needs_poppler
def test_export_pdf_pseudonymised_names_no_one(demo_profile: Profile, tmp_path: Path) -> None:
    reference = _references(demo_profile)[0]
    full, pseudonymised = tmp_path / "vol.pdf", tmp_path / "pseudo.pdf"
    ok(demo_profile, "export", reference, "--pdf", full)
    ok(demo_profile, "export", reference, "--pdf", pseudonymised, "--pseudonymised")
    full_text, pseudo_text = pdf_text(full.read_bytes()), pdf_text(pseudonymised.read_bytes())
    name_line = next(line for line in full_text.splitlines() if line.startswith("Naam "))
    name = name_line.removeprefix("Naam ").strip()
    assert name and name in full_text
    assert name not in pseudo_text
    assert "Gepseudonimiseerd" in pseudo_text
    assert _audited(demo_profile, "dossier.export_pdf_pseudonymised") >= 1


def test_export_pack_writes_every_dossier_and_audits_each(
    demo_profile: Profile, tmp_path: Path
) -> None:
    references = _references(demo_profile)[:5]
    target = tmp_path / "stukken.pdf"
    before = _audited(demo_profile, "dossier.export_pack")
    out = ok(demo_profile, "export-pack", *references, "--pdf", target)
    assert "5 dossiers" in out
    assert target.read_bytes().startswith(b"%PDF")
    assert _audited(demo_profile, "dossier.export_pack") == before + 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "{ref}", "--pdf", "{tmp}/weg/x.pdf"], "bestaat niet"),
        (["export", "{ref}", "--pdf", "{tmp}"], "is een map"),
        (["export", "{ref}", "--json", "{tmp}/x.json", "--pseudonymised"], "hoort bij --pdf"),
        (["export", "MW-1999-00001", "--pdf", "{tmp}/x.pdf"], "MW-1999-00001"),
        (["export-pack", "{ref}", "MW-1999-00001", "--pdf", "{tmp}/x.pdf"], "MW-1999-00001"),
    ],
)
def test_a_refused_export_writes_nothing(
    demo_profile: Profile, tmp_path: Path, args: list[str], message: str
) -> None:
    reference = _references(demo_profile)[0]
    out = tmp_path / "uit"
    out.mkdir()
    before = sum(_audited(demo_profile, n) for n in ("dossier.export_pdf", "dossier.export_pack"))
    result = run(demo_profile, *(a.format(ref=reference, tmp=out) for a in args))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert list(out.iterdir()) == []
    after = sum(_audited(demo_profile, n) for n in ("dossier.export_pdf", "dossier.export_pack"))
    assert after == before


@needs_poppler
def test_export_letter_writes_the_letter_of_a_signed_decision_and_audits_it(
    demo_profile: Profile, tmp_path: Path
) -> None:
    decided = ok(demo_profile, "list", "--status", "besloten").splitlines()[0].split("\t")[0]
    target = tmp_path / "brief.pdf"
    before = _audited(demo_profile, "dossier.export_letter")
    out = ok(demo_profile, "export", decided, "--letter", target)
    assert f"Besluitbrief {decided}" in out and "Vingerafdruk" in out
    text = pdf_text(target.read_bytes())
    assert decided in text and "Geachte" in text and "Met vriendelijke groet" in text
    assert _audited(demo_profile, "dossier.export_letter") == before + 1


def test_export_letter_of_an_undecided_dossier_says_to_sign_first(
    demo_profile: Profile, tmp_path: Path
) -> None:
    undecided = ok(demo_profile, "list", "--status", "ter_bespreking").splitlines()[0]
    before = _audited(demo_profile, "dossier.export_letter")
    result = run(demo_profile, "export", undecided.split("\t")[0], "--letter", tmp_path / "b.pdf")
    assert result.returncode == 2, result.stderr
    assert "ondertekenen" in result.stderr
    assert not (tmp_path / "b.pdf").exists()
    assert _audited(demo_profile, "dossier.export_letter") == before
