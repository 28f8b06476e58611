"""How the precedent check reads on screen: side colours, status styles, case descriptions.

The texts are translated in the context of the panel that shows them, "PrecedentPanel".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

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
from maatwerkdesk.ui.common.vocabulary import degree_text, shown_label, shown_sentence, shown_text
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

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
    Status.FORCED: QT_TRANSLATE_NOOP("PrecedentPanel", "Afgedwongen"),
    Status.FREE: QT_TRANSLATE_NOOP("PrecedentPanel", "Vrij"),
    Status.INCONSISTENT: QT_TRANSLATE_NOOP(
        "PrecedentPanel", "In strijd met een eerdere beslissing"
    ),
}
SIGNED = Meaning.INFO
DEPARTURE = Meaning.WARNING
"""A warning's amber: a departure from precedent is allowed, but must be seen."""
LATER = Meaning.NEUTRAL
"""Information about the signed decision, not a problem with it."""
CONFLICT_SENTENCES = {
    Outcome.DEVIATE: (
        QT_TRANSLATE_NOOP(
            "PrecedentPanel",
            "Eerdere beslissingen waarvan u zich moet onderscheiden om van de regel af te wijken:",
        ),
        QT_TRANSLATE_NOOP(
            "PrecedentPanel",
            "Geen eerdere beslissing waarvan u zich moet onderscheiden om van de regel af te "
            "wijken.",
        ),
    ),
    Outcome.GENERIC: (
        QT_TRANSLATE_NOOP(
            "PrecedentPanel",
            "Eerdere beslissingen waarvan u zich moet onderscheiden om de algemene regel toe te "
            "passen:",
        ),
        QT_TRANSLATE_NOOP(
            "PrecedentPanel",
            "Geen eerdere beslissing waarvan u zich moet onderscheiden om de algemene regel toe "
            "te passen.",
        ),
    ),
}
"""Per outcome, the line above its conflicting decisions, and the line when there are none:
whole sentences, so that each language has its own word order."""


def outcome_text(entry: CaseEntry) -> str:
    text = shown_label(entry.outcome_type)
    return f"{text}, {degree_text(entry.degree)}" if entry.degree is not None else text


def case_name(entry: CaseEntry) -> str:
    return shown_sentence(precedent_name(entry, entry.id))


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
        return QCoreApplication.translate("PrecedentPanel", "<i>geen</i>")
    ordered = sorted(factors, key=lambda f: (_side_order(f, catalogue), catalogue.label(f)))
    return " ".join(chip(f, catalogue) for f in ordered)


def _side_order(factor_id: str, catalogue: FactorCatalogue) -> int:
    factor = catalogue.factor(factor_id)
    return 2 if factor is None else (0 if factor.side is Side.PRO else 1)


def similar_count_text(count: int, route: str | None) -> str:
    """The line under the list of similar decisions of a dossier under `route`."""
    if count == 0:
        return QCoreApplication.translate(
            "PrecedentPanel",
            "Nog geen vergelijkbare beslissingen: vink factoren aan, of er zijn nog geen "
            "besloten dossiers met dezelfde factoren.",
        )
    if count == 1:
        counted = QCoreApplication.translate("PrecedentPanel", "1 vergelijkbare beslissing.")
    elif route is None:
        counted = QCoreApplication.translate(
            "PrecedentPanel", "{} meest vergelijkbare beslissingen."
        ).format(count)
    else:
        counted = QCoreApplication.translate(
            "PrecedentPanel", "{} meest vergelijkbare beslissingen; dezelfde route eerst."
        ).format(count)
    if route is None:
        without_route = QCoreApplication.translate(
            "PrecedentPanel",
            "Er is nog geen route gekozen: vergelijkbare beslissingen zijn alleen overtuigend; "
            "ze binden dit dossier pas als ze langs de gekozen route zijn genomen.",
        )
        return f"{counted} {without_route}"
    return counted


def similar_detail_html(case: SimilarCase, catalogue: FactorCatalogue, meaning: str) -> str:
    """The selected precedent: outcome, what it means here (`meaning`,
    `similar_meaning_text`), and its factors by overlap."""
    entry = case.entry
    origin = (
        QCoreApplication.translate(
            "PrecedentPanel", "Geïmporteerde, geanonimiseerde beslissing van elders."
        )
        if entry.imported
        else ""
    )
    rows = [
        (QCoreApplication.translate("PrecedentPanel", "Uitkomst"), escape(outcome_text(entry))),
        (QCoreApplication.translate("PrecedentPanel", "Betekenis hier"), escape(meaning)),
        (
            QCoreApplication.translate("PrecedentPanel", "Gedeelde factoren"),
            _chips(case.shared, catalogue),
        ),
        (
            QCoreApplication.translate("PrecedentPanel", "Alleen in dit dossier"),
            _chips(case.only_case, catalogue),
        ),
        (
            QCoreApplication.translate("PrecedentPanel", "Alleen in die beslissing"),
            _chips(case.only_precedent, catalogue),
        ),
        (
            QCoreApplication.translate("PrecedentPanel", "Doorslaggevend daar"),
            _chips(entry.precedent.reason, catalogue),
        ),
    ]
    retired = retired_reason(entry.precedent, catalogue)
    if retired is not None:
        rows.append(
            (
                QCoreApplication.translate("PrecedentPanel", "Vervallen factor"),
                escape(shown_sentence(retired.text)),
            )
        )
    if entry.summary:
        rows.append(
            (QCoreApplication.translate("PrecedentPanel", "Samenvatting"), escape(entry.summary))
        )
    body = "".join(f"<p style='margin:2px 0;'><b>{name}:</b> {value}</p>" for name, value in rows)
    heading = f"<p><b>{escape(case_name(entry))}</b> {escape(origin)}</p>"
    legend = (
        f"<p style='color:{theme.current().muted_text};'>"
        f"{chip_legend(Side.PRO)} {escape(shown_text(SIDE_LABELS[Side.PRO]))}; "
        f"{chip_legend(Side.CON)} {escape(shown_text(SIDE_LABELS[Side.CON]))}.</p>"
    )
    return f"{heading}{body}{legend}"


def chip_legend(side: Side) -> str:
    return f"{_chip_start(side)}&nbsp;{SIDE_SIGNS[side]}&nbsp;</span>"


def status_html(title: str, explained: OutcomeExplanation) -> str:
    """The outcome's heading on a line of its own, then its status and what it means."""
    state = QCoreApplication.translate("PrecedentPanel", STATUS_TITLES[explained.status])
    if explained.without_route:
        state = QCoreApplication.translate("PrecedentPanel", "Nog geen route")
    elif explained.status is Status.FREE and explained.needs_distinction:
        state = QCoreApplication.translate("PrecedentPanel", "Alleen met een vastgelegd verschil")
    headline = shown_sentence(explained.headline)
    return f"<b>{escape(title)}</b><br><b>{escape(state)}.</b> {escape(headline)}"


def signed_text(signed: SignedDecision) -> str:
    """Who signed the decision, when (local time) and which version."""
    when = signed.signed_at.astimezone()
    return QCoreApplication.translate(
        "PrecedentPanel",
        "{signed} op {date} om {time} (versie {version}). Het besluit ligt vast; een "
        "wijziging wordt een nieuwe versie van de voorzitter.",
    ).format(
        signed=shown_sentence(signed.signed_text()),
        date=f"{when:%d-%m-%Y}",
        time=f"{when:%H:%M}",
        version=signed.version,
    )


def departure_text(signed: SignedDecision) -> str:
    return QCoreApplication.translate(
        "PrecedentPanel", "Gemotiveerde afwijking van {precedents}: {motivation}"
    ).format(
        precedents=shown_sentence(enumerate_nl(signed.departed_from)),
        motivation=signed.departure_motivation,
    )


def later_text(lines: tuple[str, ...]) -> str:
    """What precedents known only since the signature say, as information."""
    if not lines:
        return ""
    return QCoreApplication.translate("PrecedentPanel", "Ter informatie: {}").format(
        " ".join(shown_sentence(line) for line in (*lines, LATER_KNOWN_NOTE))
    )


def foreign_catalogue_warning(foreign: ForeignCatalogue, *, choosable: bool, editable: bool) -> str:
    """The warning above the factors on a catalogue of another domain, and how to switch:
    by choosing while no factor is ticked, else after unticking them (a dossier keeps the
    catalogue its factors came from). A signed decision's factors stay as they are."""
    text = QCoreApplication.translate("PrecedentPanel", "Let op: {}").format(
        shown_sentence(foreign_catalogue_text(foreign))
    )
    if foreign.fitting is None or not editable:
        return text
    if choosable:
        how = QCoreApplication.translate("PrecedentPanel", "Kies die rechts bij Factorcatalogus.")
    else:
        how = QCoreApplication.translate(
            "PrecedentPanel",
            "Vink eerst alle factoren uit; daarna kunt u die kiezen bij Factorcatalogus.",
        )
    return f"{text} {how}"
