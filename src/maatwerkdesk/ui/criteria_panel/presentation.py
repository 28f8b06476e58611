"""How the route check reads on screen: list entries, verdict colours, evidence names."""

from __future__ import annotations

from dataclasses import dataclass

from maatwerkdesk.domain.assessment import Answer, EvidenceKind, EvidenceLink
from maatwerkdesk.domain.catalogue import CatalogueHeader, Criterion, RouteCriterion
from maatwerkdesk.domain.criteria_check import HARD_CRITERION_HELP, Applicability
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.ui.dossier_editor.presentation import format_date

ANSWER_MARKS = {Answer.MET: "✓", Answer.NOT_MET: "✗", Answer.UNKNOWN: "?"}

VERDICT_STYLES = {
    Applicability.YES: "background: #dcefdc; color: #1e4d1e;",
    Applicability.NO: "background: #f6dada; color: #7a1414;",
    Applicability.UNDETERMINED: "background: #fbefd0; color: #5c4200;",
}
"""Light backgrounds with dark text: readable in light themes and for colour-blind users,
because the verdict is always written out as well."""

KNOCKOUT_FAILED = "#a11d1d"
KNOCKOUT_OPEN = "#8a5a00"


@dataclass(frozen=True)
class ListEntry:
    text: str
    tooltip: str
    bold: bool
    colour: str | None


def list_entry(link: RouteCriterion, criterion: Criterion, answer: Answer) -> ListEntry:
    mark = " · hard criterium" if link.knockout else ""
    explained = f"\n{HARD_CRITERION_HELP}" if link.knockout else ""
    colour = None
    if link.knockout and answer is Answer.NOT_MET:
        colour = KNOCKOUT_FAILED
    elif link.knockout and answer is Answer.UNKNOWN:
        colour = KNOCKOUT_OPEN
    return ListEntry(
        text=f"{ANSWER_MARKS[answer]}  {criterion.id}  {criterion.label}{mark}",
        tooltip=f"{criterion.question}\nAntwoord: {answer.label.lower()}{explained}",
        bold=link.knockout,
        colour=colour,
    )


def verdict_text(applicable: Applicability, route_chosen: bool) -> str:
    return applicable.label if route_chosen else "Nog geen route gekozen"


def catalogue_line(header: CatalogueHeader) -> str:
    return (
        f"Beoordeeld met de catalogus ‘{header.title}’, versie {header.version} "
        f"(geldig vanaf {format_date(header.valid_from)})."
    )


def evidence_choices(record: DossierRecord) -> list[tuple[EvidenceLink, str]]:
    """What an answer can point at: the dossier's timeline entries and attachments."""
    choices = []
    for entry in record.timeline:
        first_line = entry.description.strip().splitlines()[0] if entry.description.strip() else ""
        choices.append(
            (
                EvidenceLink(EvidenceKind.TIMELINE, entry.id),
                f"{format_date(entry.occurred_on)} · {entry.kind.label}: {first_line[:120]}",
            )
        )
    for info in record.attachments:
        described = f" — {info.description}" if info.description else ""
        choices.append(
            (
                EvidenceLink(EvidenceKind.ATTACHMENT, info.id),
                f"Bijlage: {info.original_name}{described}"[:160],
            )
        )
    return choices


def bulleted(lines: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)
