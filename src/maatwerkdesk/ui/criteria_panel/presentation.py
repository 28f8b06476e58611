"""How the route check reads on screen: list entries, verdict colours, evidence names.

The texts are translated in the context of the panel that shows them, "CriteriaPanel".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.assessment import Answer, EvidenceKind, EvidenceLink
from maatwerkdesk.domain.catalogue import CatalogueHeader, Criterion, RouteCriterion
from maatwerkdesk.domain.criteria_check import HARD_CRITERION_HELP, Applicability
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.palette import Meaning
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence

ANSWER_MARKS = {Answer.MET: "✓", Answer.NOT_MET: "✗", Answer.UNKNOWN: "?"}

VERDICT_MEANINGS = {
    Applicability.YES: Meaning.OK,
    Applicability.NO: Meaning.CONFLICT,
    Applicability.UNDETERMINED: Meaning.WARNING,
}
"""The verdict's colours; it is always written out as well, for colour-blind users."""


@dataclass(frozen=True)
class ListEntry:
    text: str
    tooltip: str
    bold: bool
    meaning: Meaning | None
    """A hard criterion not met (conflict) or not answered yet (warning) stands out."""


def list_entry(link: RouteCriterion, criterion: Criterion, answer: Answer) -> ListEntry:
    line = (
        QCoreApplication.translate("CriteriaPanel", "{mark}  {id}  {label} · hard criterium")
        if link.knockout
        else "{mark}  {id}  {label}"
    )
    explained = f"\n{shown_sentence(HARD_CRITERION_HELP)}" if link.knockout else ""
    meaning = None
    if link.knockout and answer is Answer.NOT_MET:
        meaning = Meaning.CONFLICT
    elif link.knockout and answer is Answer.UNKNOWN:
        meaning = Meaning.WARNING
    return ListEntry(
        text=line.format(mark=ANSWER_MARKS[answer], id=criterion.id, label=criterion.label),
        tooltip=QCoreApplication.translate(
            "CriteriaPanel", "{question}\nAntwoord: {answer}"
        ).format(question=criterion.question, answer=shown_label(answer).lower())
        + explained,
        bold=link.knockout,
        meaning=meaning,
    )


def verdict_text(applicable: Applicability, route_chosen: bool) -> str:
    return (
        shown_label(applicable)
        if route_chosen
        else QCoreApplication.translate("CriteriaPanel", "Nog geen route gekozen")
    )


def catalogue_line(header: CatalogueHeader) -> str:
    return QCoreApplication.translate(
        "CriteriaPanel",
        "Beoordeeld met de catalogus ‘{title}’, versie {version} (geldig vanaf {valid_from}).",
    ).format(title=header.title, version=header.version, valid_from=format_date(header.valid_from))


def evidence_choices(record: DossierRecord) -> list[tuple[EvidenceLink, str]]:
    """What an answer can point at: the dossier's timeline entries and attachments."""
    choices = []
    for entry in record.timeline:
        first_line = entry.description.strip().splitlines()[0] if entry.description.strip() else ""
        choices.append(
            (
                EvidenceLink(EvidenceKind.TIMELINE, entry.id),
                f"{format_date(entry.occurred_on)} · {shown_label(entry.kind)}: {first_line[:120]}",
            )
        )
    for info in record.attachments:
        described = f" — {info.description}" if info.description else ""
        choices.append(
            (
                EvidenceLink(EvidenceKind.ATTACHMENT, info.id),
                QCoreApplication.translate("CriteriaPanel", "Bijlage: {}").format(
                    f"{info.original_name}{described}"
                )[:160],
            )
        )
    return choices


def bulleted(lines: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)
