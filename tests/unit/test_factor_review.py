"""The shipped factor catalogues as reviewed in version 2026.2: a factor names one situation,
and a neutral factor stands beside a loaded one.

A factor that lumps two situations lets a decision taken on one force the outcome of a
dossier with the other: a brother counted as toeslagpartner is not an ex-partner whose income
still counts after a separation. Such a factor is retired (earlier decisions stay readable
under the version they were taken in) and each situation gets a factor of its own.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from maatwerkdesk.domain.catalogue import CatalogueRef, version_key
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import FactorCatalogue, identity_problems
from maatwerkdesk.domain.precedent import Outcome, Side, Status
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import catalogues, document_export, precedents
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.historic import register_historic
from tests.unit.test_bundled_factors import FACTOR_FILES, SHIPPED, current
from tests.unit.test_general_factors import new_dossier

PREFIX = "nl.maatwerkdesk.factoren."
TOESLAGEN = PREFIX + "toeslagen"
AWIR = "Algemene wet inkomensafhankelijke regelingen (Awir)"
LUMPED = "toeslagpartner-wijkt-af-van-werkelijkheid"
BROTHER = "toeslagpartner-zonder-gezamenlijke-huishouding"
EX_PARTNER = "ex-partner-telt-mee-na-scheiding"
MEANS = "groot-bedrag-ruime-draagkracht"

SPLIT = {
    "toeslagen": {LUMPED: (BROTHER, EX_PARTNER)},
    "bijzondere-bijstand": {
        "kosten-niet-voorzienbaar": ("kosten-onverwacht", "reserveren-niet-mogelijk")
    },
    "invordering": {
        "inkomen-of-vermogen-verzwegen": (
            "inkomen-of-vermogen-bewust-verzwegen",
            "opgave-onvolledig-niet-bewust",
        )
    },
    "woningsluiting": {
        "bewoner-wist-en-greep-niet-in": ("bewoner-wist-van-handel", "signalen-handel-merkbaar")
    },
    "algemeen": {"lange-duur-grote-omvang": ("lange-duur", "grote-omvang")},
}
"""Per domain: each retired factor and the factors that replace it."""

DELIBERATE_AND_NOT = {
    "terugvordering": ("bewuste-schending-inlichtingenplicht", "wijziging-niet-gemeld"),
    "toeslagen": ("bewuste-schending-inlichtingenplicht", "wijziging-niet-gemeld"),
    "bijzondere-bijstand": ("bewuste-schending-inlichtingenplicht", "wijziging-niet-gemeld"),
    "algemeen": ("bewuste-schending-inlichtingenplicht", "wijziging-niet-gemeld"),
    "invordering": ("inkomen-of-vermogen-bewust-verzwegen", "opgave-onvolledig-niet-bewust"),
}
"""Per domain: the factor for a deliberate failure to inform, and the neutral one beside it
for a failure that was not deliberate."""


def versions(catalogue_id: str) -> list[FactorCatalogue]:
    loaded = [load_factor_catalogue(p.read_text("utf-8"), p.name) for p in FACTOR_FILES]
    ours = [c for c in loaded if c.header.id == catalogue_id]
    return sorted(ours, key=lambda c: version_key(c.header.version))


@pytest.mark.parametrize("catalogue_id", sorted(SHIPPED))
def test_the_reviewed_version_is_in_force_and_keeps_every_factor_with_its_side(
    catalogue_id: str,
) -> None:
    """What `catalogue add` checks against a version in use: no side flipped, nothing
    dropped. Labels and descriptions may be reworded; the meaning is kept."""
    old, new = versions(catalogue_id)
    assert (old.header.version, new.header.version) == ("2026.1", "2026.2")
    assert date(2026, 1, 1) < new.header.valid_from <= date(2026, 11, 28)
    everything = {f.id for f in old.factors}
    assert identity_problems(new, [old], everything) == []
    for factor in old.factors:
        kept = new.factor(factor.id)
        assert kept is not None and kept.side is factor.side, factor.id


@pytest.mark.parametrize("domain", sorted(SPLIT))
def test_a_lumped_factor_is_retired_and_each_situation_has_a_factor_on_its_side(
    domain: str,
) -> None:
    catalogue = SHIPPED[PREFIX + domain]
    offered = {f.id for f in current(catalogue)}
    for retired, replacements in SPLIT[domain].items():
        old = catalogue.factor(retired)
        assert old is not None and old.retired and catalogue.retired_in(retired) == "2026.2"
        assert retired not in offered
        assert all(r in old.retired_note for r in replacements)
        for replacement in replacements:
            new = catalogue.factor(replacement)
            assert new is not None and new.side is old.side and replacement in offered
            assert new.sources == old.sources


@pytest.mark.parametrize("domain", sorted(DELIBERATE_AND_NOT))
def test_beside_a_deliberate_failure_to_inform_stands_one_that_was_not(domain: str) -> None:
    catalogue = SHIPPED[PREFIX + domain]
    deliberate, neutral = (catalogue.factor(f) for f in DELIBERATE_AND_NOT[domain])
    assert deliberate is not None and neutral is not None
    assert not deliberate.retired and not neutral.retired
    assert deliberate.side is neutral.side is Side.CON
    assert "niet bewust" in neutral.label
    assert "zonder dat dit bewust gebeurde" in neutral.description
    assert deliberate.label in neutral.description  # says where the deliberate case goes


def test_woningsluiting_has_no_deliberate_failure_to_inform() -> None:
    """A closure under art. 13b Opiumwet rests on what was found, not on a duty to inform:
    its list has neither factor."""
    catalogue = SHIPPED[PREFIX + "woningsluiting"]
    ids = {f.id for f in catalogue.factors}
    assert not ids & {"bewuste-schending-inlichtingenplicht", "wijziging-niet-gemeld"}


@pytest.mark.parametrize("catalogue", SHIPPED.values(), ids=list(SHIPPED))
def test_no_two_current_factors_share_a_label(catalogue: FactorCatalogue) -> None:
    labels = [f.label.casefold() for f in current(catalogue)]
    assert len(labels) == len(set(labels))


# ------------------------------------------------------------------ through the services


def ship_only_the_first_versions(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The program as it was before the review: the 2026.1 factor catalogues."""
    folder.mkdir()
    for path in sorted(catalogues.BUNDLED_DIR.glob("*.toml")):
        if not path.name.startswith("factoren-") or path.name.endswith("-2026.1.toml"):
            shutil.copy(path, folder / path.name)
    monkeypatch.setattr(catalogues, "BUNDLED_DIR", folder)


def install_the_review(folder: Path) -> None:
    """The update arrives: the 2026.2 versions are shipped beside the old ones."""
    for path in FACTOR_FILES:
        shutil.copy(path, folder / path.name)


def decide(
    database: Database,
    context: Context,
    ref: CatalogueRef,
    factors: set[str],
    decision: Decision,
    title: str,
) -> str:
    """A toeslagen dossier on art. 47 Awir that binds as a historic precedent; its kenmerk."""
    dossier_id = new_dossier(database, context, AWIR, title, route="awir-47")
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, ref, frozenset(factors))
        precedents.save_decision(session, context, dossier_id, decision)
        signed = register_historic(session, context, dossier_id, "Besluit uit 2025")
        return signed.content.facts.reference


def tagged(
    database: Database, context: Context, ref: CatalogueRef, factors: set[str], title: str
) -> precedents.PrecedentState:
    dossier_id = new_dossier(database, context, AWIR, title, route="awir-47")
    with database.sessions.begin() as session:
        return precedents.save_factors(session, context, dossier_id, ref, frozenset(factors))


def forcing(state: precedents.PrecedentState, outcome: Outcome) -> list[str]:
    assert state.report is not None
    check = state.report.outcomes[outcome]
    return [p.id for p in check.forcing] if check.status is Status.FORCED else []


FULL = Decision(OutcomeType.FULL, reason=frozenset({BROTHER}), motivation="Broer telde mee.")
REFUSED = Decision(OutcomeType.REFUSE, reason=frozenset({MEANS}), motivation="Draagkracht.")


def test_the_two_toeslagpartner_situations_no_longer_force_each_other(
    database: Database, context: Context
) -> None:
    """Deviating for a brother counted as toeslagpartner, and refusing for an ex-partner
    whose income counted while there was ample means: each binds its own situation only.
    Under the lumped factor the two decisions had the same factors and opposite outcomes."""
    ref = CatalogueRef(TOESLAGEN, "2026.2")
    brother = decide(database, context, ref, {BROTHER, MEANS}, FULL, "Broer als toeslagpartner")
    ex = decide(database, context, ref, {EX_PARTNER, MEANS}, REFUSED, "Ex-partner telde mee")

    like_brother = tagged(database, context, ref, {BROTHER, MEANS}, "Weer een broer")
    assert like_brother.report is not None and not like_brother.report.base_conflicts
    assert forcing(like_brother, Outcome.DEVIATE) == [brother]
    assert forcing(like_brother, Outcome.GENERIC) == []

    like_ex = tagged(database, context, ref, {EX_PARTNER, MEANS}, "Weer een ex-partner")
    assert like_ex.report is not None and not like_ex.report.base_conflicts
    assert forcing(like_ex, Outcome.GENERIC) == [ex]
    assert forcing(like_ex, Outcome.DEVIATE) == []


def test_a_decision_on_the_lumped_factor_stays_readable_and_binds_no_new_situation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database, context: Context
) -> None:
    folder = tmp_path / "catalogues"
    ship_only_the_first_versions(folder, monkeypatch)
    old_ref = CatalogueRef(TOESLAGEN, "2026.1")
    lumped = Decision(OutcomeType.FULL, reason=frozenset({LUMPED}), motivation="Broer.")
    old = decide(database, context, old_ref, {LUMPED, MEANS}, lumped, "Broer, vóór de herziening")
    before = tagged(database, context, old_ref, {LUMPED, MEANS}, "Ex-partner, vóór")
    assert forcing(before, Outcome.DEVIATE) == [old]  # the lumped factor forced it

    install_the_review(folder)
    with database.reads() as session:
        kept = precedents.load_precedents(session, context, before.dossier_id)
    assert kept.catalogue is not None and kept.catalogue.ref == old_ref  # pinned
    assert kept.factors == {LUMPED, MEANS}
    assert kept.catalogue.label(LUMPED) == "Toeslagpartnerschap wijkt af van de werkelijkheid"
    assert kept.catalogue.retired_in(LUMPED) == "2026.2"

    new_ref = CatalogueRef(TOESLAGEN, "2026.2")
    now = tagged(database, context, new_ref, {EX_PARTNER, MEANS}, "Ex-partner, na de herziening")
    assert forcing(now, Outcome.DEVIATE) == []
    assert now.report is not None and old in [s.entry.id for s in now.report.similar]
    with database.sessions.begin() as session:
        check = load_check(session, context, now.dossier_id, Outcome.DEVIATE)
    sentence = (
        "Deze beslissing rust (mede) op de vervallen factor ‘Toeslagpartnerschap wijkt af van "
        "de werkelijkheid’ (vervallen in versie 2026.2)."
    )
    assert f"  {old}: {sentence}" in assess_text(check, []).splitlines()
    with database.sessions.begin() as session, pytest.raises(ValidationError, match="vervallen"):
        precedents.save_factors(
            session, context, now.dossier_id, new_ref, frozenset({LUMPED, EX_PARTNER})
        )


def test_a_decision_document_names_the_reviewed_version(
    database: Database, context: Context
) -> None:
    state = tagged(
        database, context, CatalogueRef(TOESLAGEN, "2026.2"), {BROTHER}, "Broer, document"
    )
    with database.sessions.begin() as session:
        document = document_export.load_decision_document(
            session, context, state.dossier_id, date(2026, 11, 28)
        )
        check = load_check(session, context, state.dossier_id, Outcome.DEVIATE)
    assert "Factorcatalogus Factoren bij toeslagen, versie 2026.2." in texts(document)
    assert assess_document(check, [])["precedents"]["catalogue_version"] == "2026.2"
