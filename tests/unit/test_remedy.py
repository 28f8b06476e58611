"""The remedy of a route and the clause that says it (Awb 3:45): bezwaar to the body that
decided, or beroep at the rechtbank where bezwaar is excluded, in plain Dutch (B1)."""

from __future__ import annotations

import pytest
from catalogue_samples import SMALL_CATALOGUE

from maatwerkdesk.domain.catalogue import LEGACY_REMEDIES, CriteriaCatalogue, Remedy
from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.catalogue_loading import CatalogueError, load_criteria_catalogue
from maatwerkdesk.domain.document import Block, Pairs, Text, Tone
from maatwerkdesk.domain.organisation import AsylumAppeal, DecidingBody
from maatwerkdesk.domain.plain_language import analyse
from maatwerkdesk.domain.remedy import TERM_NOT_SET, remedy_clause, term_text
from maatwerkdesk.services import catalogues

SHIPPED = [
    catalogue
    for entry in catalogues.bundled_texts()
    if isinstance(catalogue := load_catalogue(entry.text, entry.file_name), CriteriaCatalogue)
]
BODY = DecidingBody("De Raad van bestuur van het UWV", "Postbus 58285, 1040 HG Amsterdam")
REFERENCE = "MW-2026-00012"


def program_sentences(blocks: tuple[Block, ...]) -> list[str]:
    """What the program writes: every paragraph and every label; values are data."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, Text):
            found.append(block.text)
        elif isinstance(block, Pairs):
            found += [label for label, _ in block.rows]
    return found


@pytest.mark.parametrize("catalogue", SHIPPED, ids=lambda c: c.header.version)
def test_the_shipped_routes_have_bezwaar_except_the_asylum_route(
    catalogue: CriteriaCatalogue,
) -> None:
    remedies = {route.id: route.remedy for route in catalogue.routes}
    assert remedies["vb-3-6ba"] is Remedy.BEROEP_ASIEL
    assert {r for i, r in remedies.items() if i not in LEGACY_REMEDIES} == {Remedy.BEZWAAR}


def test_a_catalogue_names_a_routes_remedy_itself() -> None:
    text = SMALL_CATALOGUE.replace(
        'kind = "deviation"', 'kind = "deviation"\nremedy = "beroep-asiel"', 1
    )
    catalogue = load_criteria_catalogue(text, "routes.toml")
    assert catalogue.routes[0].remedy is Remedy.BEROEP_ASIEL
    wrong = SMALL_CATALOGUE.replace(
        'kind = "deviation"', 'kind = "deviation"\nremedy = "klacht"', 1
    )
    with pytest.raises(CatalogueError, match="klacht"):
        load_criteria_catalogue(wrong, "routes.toml")


def test_bezwaar_goes_to_the_body_that_decided_within_six_weeks() -> None:
    blocks = remedy_clause(Remedy.BEZWAAR, BODY, REFERENCE, AsylumAppeal())
    text = " ".join(program_sentences(blocks))
    assert "bezwaar maken" in text and "zes weken" in text and "artikel 6:7 Awb" in text
    assert "artikel 6:8 Awb" in text and "artikel 6:5 Awb" in text and REFERENCE in text
    assert Pairs((("Aan", BODY.name), ("Adres", BODY.address))) in blocks
    assert not any(isinstance(b, Text) and b.tone is Tone.ATTENTION for b in blocks)


def test_an_asylum_decision_offers_beroep_not_bezwaar() -> None:
    appeal = AsylumAppeal("Rechtbank Den Haag", "Postbus 20302", 28)
    blocks = remedy_clause(Remedy.BEROEP_ASIEL, BODY, REFERENCE, appeal)
    text = " ".join(program_sentences(blocks))
    assert "in beroep gaan bij de rechtbank" in text and "vier weken" in text
    assert "Eerst bezwaar maken kan bij dit besluit niet" in text
    assert "zes weken" not in text and BODY.name not in str(blocks)
    assert Pairs((("Aan", "Rechtbank Den Haag"), ("Adres", "Postbus 20302"))) in blocks


def test_an_asylum_term_not_set_names_the_shortest_and_says_so() -> None:
    blocks = remedy_clause(Remedy.BEROEP_ASIEL, BODY, REFERENCE, AsylumAppeal())
    text = " ".join(program_sentences(blocks))
    assert "binnen één week" in text and "vier weken" in text and "advocaat" in text
    assert Text(TERM_NOT_SET, tone=Tone.ATTENTION) in blocks
    assert Pairs((("Aan", "De rechtbank"), ("Adres", "Nog niet ingesteld"))) in blocks


def test_an_address_not_set_is_said_plainly() -> None:
    blocks = remedy_clause(Remedy.BEZWAAR, DecidingBody("X", ""), REFERENCE, AsylumAppeal())
    assert any(isinstance(b, Text) and b.tone is Tone.ATTENTION for b in blocks)
    unknown = remedy_clause(
        Remedy.BEZWAAR, DecidingBody("Niet ingesteld", "", known=False), REFERENCE, AsylumAppeal()
    )
    assert sum(isinstance(b, Text) and b.tone is Tone.ATTENTION for b in unknown) == 2


@pytest.mark.parametrize("remedy", Remedy)
@pytest.mark.parametrize("days", [None, 7, 28, 10])
@pytest.mark.parametrize("body", [BODY, DecidingBody("Niet ingesteld", "", known=False)])
def test_every_sentence_of_every_remedy_is_plain_dutch(
    remedy: Remedy, days: int | None, body: DecidingBody
) -> None:
    blocks = remedy_clause(remedy, body, REFERENCE, AsylumAppeal(days=days))
    for sentence in program_sentences(blocks):
        assert analyse(sentence).findings == (), sentence


@pytest.mark.parametrize(
    ("days", "said"), [(7, "één week"), (14, "twee weken"), (28, "vier weken"), (10, "10 dagen")]
)
def test_a_term_in_days_is_said_in_weeks_where_it_can(days: int, said: str) -> None:
    assert term_text(days) == said
