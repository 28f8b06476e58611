"""How the precedent check reads on screen: side colours, status styles, case descriptions."""

from __future__ import annotations

from html import escape

from maatwerkdesk.domain.case_report import CaseEntry, SimilarCase
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.factors import SIDE_LABELS, FactorCatalogue, ForeignCatalogue
from maatwerkdesk.domain.precedent import Outcome, Side, Status
from maatwerkdesk.domain.precedent_explanation import (
    LATER_KNOWN_NOTE,
    OutcomeExplanation,
    foreign_catalogue_text,
    precedent_name,
    retired_reason,
)
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.palette import Meaning
from maatwerkdesk.ui import theme

SIDE_MEANINGS = {Side.PRO: Meaning.PRO, Side.CON: Meaning.CON}
"""Green for deviating, brown-orange for the generic rule. The side is always written as a
sign as well, so colour is never the only cue."""
SIDE_SIGNS = {Side.PRO: "+", Side.CON: "−"}

STATUS_MEANINGS = {
    Status.FORCED: Meaning.INFO,
    Status.FREE: Meaning.WARNING,
    Status.INCONSISTENT: Meaning.CONFLICT,
}
STATUS_TITLES = {
    Status.FORCED: "Afgedwongen",
    Status.FREE: "Vrij",
    Status.INCONSISTENT: "In strijd met een eerdere beslissing",
}
SIGNED = Meaning.INFO
DEPARTURE = Meaning.WARNING
"""A warning's amber: a departure from precedent is allowed, but must be seen."""
LATER = Meaning.NEUTRAL
"""Information about the signed decision, not a problem with it."""
OUTCOME_PURPOSES = {
    Outcome.DEVIATE: "van de regel af te wijken",
    Outcome.GENERIC: "de algemene regel toe te passen",
}
"""An outcome after "om": "… waarvan u zich moet onderscheiden om van de regel af te wijken"."""


def outcome_text(entry: CaseEntry) -> str:
    text = entry.outcome_type.label
    return f"{text}, {entry.degree}" if entry.degree is not None else text


def case_name(entry: CaseEntry) -> str:
    return precedent_name(entry, entry.id)


def chip(factor_id: str, catalogue: FactorCatalogue) -> str:
    """A factor as a coloured, signed label in rich text (escaped)."""
    factor = catalogue.factor(factor_id)
    if factor is None:
        return f"<span>{escape(factor_id)}</span>"
    return (
        f"{_chip_start(factor.side)}"
        f"&nbsp;{SIDE_SIGNS[factor.side]}&nbsp;{escape(factor.label)}&nbsp;</span>"
    )


def _chip_start(side: Side) -> str:
    colours = theme.swatch(SIDE_MEANINGS[side])
    return f'<span style="background:{colours.background}; color:{colours.text};">'


def _chips(factors: frozenset[str], catalogue: FactorCatalogue) -> str:
    if not factors:
        return "<i>geen</i>"
    ordered = sorted(factors, key=lambda f: (_side_order(f, catalogue), catalogue.label(f)))
    return " ".join(chip(f, catalogue) for f in ordered)


def _side_order(factor_id: str, catalogue: FactorCatalogue) -> int:
    factor = catalogue.factor(factor_id)
    return 2 if factor is None else (0 if factor.side is Side.PRO else 1)


def similar_count_text(count: int, route: str | None) -> str:
    """The line under the list of similar decisions of a dossier under `route`."""
    if count == 0:
        return (
            "Nog geen vergelijkbare beslissingen: vink factoren aan, of er zijn nog geen "
            "besloten dossiers met dezelfde factoren."
        )
    counted = (
        "1 vergelijkbare beslissing" if count == 1 else f"{count} meest vergelijkbare beslissingen"
    )
    if route is None:
        return (
            f"{counted}. Er is nog geen route gekozen: vergelijkbare beslissingen zijn alleen "
            "overtuigend; ze binden dit dossier pas als ze langs de gekozen route zijn genomen."
        )
    return f"{counted}." if count == 1 else f"{counted}; dezelfde route eerst."


def similar_detail_html(case: SimilarCase, catalogue: FactorCatalogue, meaning: str) -> str:
    """The selected precedent: outcome, what it means here (`meaning`,
    `similar_meaning_text`), and its factors by overlap."""
    entry = case.entry
    origin = "Geïmporteerde, geanonimiseerde beslissing van elders." if entry.imported else ""
    rows = [
        ("Uitkomst", escape(outcome_text(entry))),
        ("Betekenis hier", escape(meaning)),
        ("Gedeelde factoren", _chips(case.shared, catalogue)),
        ("Alleen in dit dossier", _chips(case.only_case, catalogue)),
        ("Alleen in die beslissing", _chips(case.only_precedent, catalogue)),
        ("Doorslaggevend daar", _chips(entry.precedent.reason, catalogue)),
    ]
    retired = retired_reason(entry.precedent, catalogue)
    if retired is not None:
        rows.append(("Vervallen factor", escape(retired.text)))
    if entry.summary:
        rows.append(("Samenvatting", escape(entry.summary)))
    body = "".join(f"<p style='margin:2px 0;'><b>{name}:</b> {value}</p>" for name, value in rows)
    heading = f"<p><b>{escape(case_name(entry))}</b> {escape(origin)}</p>"
    legend = (
        f"<p style='color:{theme.current().muted_text};'>"
        f"{chip_legend(Side.PRO)} {escape(SIDE_LABELS[Side.PRO])}; "
        f"{chip_legend(Side.CON)} {escape(SIDE_LABELS[Side.CON])}.</p>"
    )
    return f"{heading}{body}{legend}"


def chip_legend(side: Side) -> str:
    return f"{_chip_start(side)}&nbsp;{SIDE_SIGNS[side]}&nbsp;</span>"


def status_html(title: str, explained: OutcomeExplanation) -> str:
    """The outcome's heading on a line of its own, then its status and what it means."""
    state = STATUS_TITLES[explained.status]
    if explained.without_route:
        state = "Nog geen route"
    elif explained.status is Status.FREE and explained.needs_distinction:
        state = "Alleen met een vastgelegd verschil"
    return f"<b>{escape(title)}</b><br><b>{escape(state)}.</b> {escape(explained.headline)}"


def signed_text(signed: SignedDecision) -> str:
    """Who signed the decision, when (local time) and which version."""
    when = signed.signed_at.astimezone()
    return (
        f"{signed.signed_text()} op {when:%d-%m-%Y} om {when:%H:%M} "
        f"(versie {signed.version}). Het besluit ligt vast; een wijziging wordt een nieuwe "
        "versie van de voorzitter."
    )


def departure_text(signed: SignedDecision) -> str:
    return (
        f"Gemotiveerde afwijking van {enumerate_nl(signed.departed_from)}: "
        f"{signed.departure_motivation}"
    )


def later_text(lines: tuple[str, ...]) -> str:
    """What precedents known only since the signature say, as information."""
    if not lines:
        return ""
    return "Ter informatie: " + " ".join((*lines, LATER_KNOWN_NOTE))


def foreign_catalogue_warning(foreign: ForeignCatalogue, *, choosable: bool, editable: bool) -> str:
    """The warning above the factors on a catalogue of another domain, and how to switch:
    by choosing while no factor is ticked, else after unticking them (a dossier keeps the
    catalogue its factors came from). A signed decision's factors stay as they are."""
    text = f"Let op: {foreign_catalogue_text(foreign)}"
    if foreign.fitting is None or not editable:
        return text
    if choosable:
        return f"{text} Kies die rechts bij Factorcatalogus."
    return f"{text} Vink eerst alle factoren uit; daarna kunt u die kiezen bij Factorcatalogus."
