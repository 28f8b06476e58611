"""A signed version of a decision as the conference's review reads it back: the decision in
one line, and the whole version as a section of a document and as rich text.

In the services, not the ui, because the rich text comes from the same renderer as every
other view of a document (`reports.html_document`), which the ui does not import.
"""

from __future__ import annotations

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.document import Block, Pairs, Section, Text, Tone
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.palette import Palette
from maatwerkdesk.reports.html_document import render_html_section
from maatwerkdesk.services.decision_document import sign_off_rows, signature_notes


def decision_text(
    decision: Decision, catalogue: FactorCatalogue | None, factors: frozenset[str]
) -> str:
    """'Gedeeltelijk afwijken, 50%; doorslaggevend: eigen aandeel overheid': a sentence a
    window translates, Dutch in the document."""
    text: str = vocabulary_word(decision.outcome_type.label)
    if decision.degree is not None:
        text = said("signed_version", "{outcome}, {degree}").format(
            outcome=text, degree=str(decision.degree)
        )
    if catalogue is not None:
        reason = decision.reason_for(factors, catalogue.sides)
        labels = enumerate_nl(catalogue.label(f) for f in sorted(reason))
        if labels:
            text = said("signed_version", "{decision}; doorslaggevend: {factors}").format(
                decision=text, factors=labels
            )
        else:
            text = said("signed_version", "{decision}; doorslaggevend: geen factoren").format(
                decision=text
            )
    return text


def version_section(signed: SignedDecision, catalogue: FactorCatalogue | None) -> Section:
    """A signed version, read back exactly as it was fixed."""
    rows = [("Besluit", decision_text(signed.decision, catalogue, signed.factors))]
    if signed.change_reason:
        rows.append(("Reden van deze versie", signed.change_reason))
    rows.append(("Overleg", signed.meeting_reference or "—"))
    blocks: list[Block] = [Pairs(tuple(rows))]
    motivation = signed.decision.motivation.strip()
    blocks.append(
        Text(motivation, lead="Motivering")
        if motivation
        else Text("Geen motivering vastgelegd.", tone=Tone.NOTE)
    )
    blocks += signature_notes(signed)
    blocks.append(Pairs(sign_off_rows(signed)))
    return Section(f"Versie {signed.version}", tuple(blocks), level=2)


def version_html(
    signed: SignedDecision, catalogue: FactorCatalogue | None, palette: Palette
) -> str:
    """The signed version as rich text in `palette`'s colours, for the review's list."""
    return render_html_section(version_section(signed, catalogue), palette=palette)
