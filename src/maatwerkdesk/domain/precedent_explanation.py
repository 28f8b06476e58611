"""What the precedent check means for each outcome, in plain Dutch.

The same sentences appear in the panel, the `assess` text and later the PDF, so they
are built here from the report alone, with factor labels from the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from maatwerkdesk.domain.case_base import CaseEntry, PrecedentReport
from maatwerkdesk.domain.decision import Distinction
from maatwerkdesk.domain.precedent import Conflict, Outcome, Status
from maatwerkdesk.domain.text import enumerate_nl

OUTCOME_VERBS = {Outcome.DEVIATE: "Afwijken", Outcome.GENERIC: "Afwijzen"}
"""How an outcome is named in a sentence: deviate in the citizen's favour, or refuse
the deviation and apply the generic rule."""

OUTCOME_NAMES = {
    Outcome.DEVIATE: "afwijken",
    Outcome.GENERIC: "de algemene regel toepassen",
}


@dataclass(frozen=True)
class ConflictNote:
    precedent: str
    differences: tuple[str, ...]
    """Factor ids that would distinguish it; empty: it cannot be distinguished."""
    relied_on: str | None
    """The difference the recorded decision relies on, if any."""
    text: str


@dataclass(frozen=True)
class OutcomeExplanation:
    outcome: Outcome
    status: Status
    headline: str
    conflicts: tuple[ConflictNote, ...]
    details: tuple[str, ...]

    @property
    def needs_distinction(self) -> bool:
        """Consistent only once a difference from a conflicting precedent is recorded."""
        return any(note.relied_on is None for note in self.conflicts)


def precedent_name(entry: CaseEntry | None, case_id: str) -> str:
    if entry is not None and entry.imported:
        return f"{case_id} (geïmporteerd)"
    return case_id


def explain_outcome(
    report: PrecedentReport,
    outcome: Outcome,
    label: Callable[[str], str],
    distinctions: tuple[Distinction, ...] = (),
) -> OutcomeExplanation:
    """The status of one outcome as a headline, one note per conflicting precedent and
    the details a caseworker needs (degree range, whether the chosen reason holds)."""
    check = report.outcomes[outcome]
    verb = OUTCOME_VERBS[outcome]

    def name(case_id: str) -> str:
        return precedent_name(report.entries.get(case_id), case_id)

    relied = {d.precedent: d.factor for d in distinctions}
    notes = tuple(
        _conflict_note(conflict, verb, name(conflict.precedent.id), label, relied)
        for conflict in check.conflicts
        if conflict.differences
    )
    open_notes = [n for n in notes if n.relied_on is None]
    if check.status is Status.INCONSISTENT:
        names = enumerate_nl(name(p.id) for p in check.contradicting)
        headline = (
            f"{verb} is in strijd met {names}: dit dossier verschilt daar niet relevant van. "
            "Alleen een gemotiveerde afwijking door de voorzitter kan."
        )
    elif check.status is Status.FORCED:
        names = enumerate_nl(name(p.id) for p in check.forcing)
        subject = "Eerdere beslissing" if len(check.forcing) == 1 else "Eerdere beslissingen"
        verb_form = "dwingt" if len(check.forcing) == 1 else "dwingen"
        headline = f"{subject} {names} {verb_form} {verb.lower()} af."
    elif open_notes:
        names = enumerate_nl(name(n.precedent) for n in open_notes)
        headline = (
            f"{verb} is in strijd met {names}, tenzij u vastlegt waarin dit dossier daarvan "
            "verschilt. Geen eerdere beslissing dwingt het af."
        )
    else:
        headline = (
            f"{verb} is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw "
            "terrein; leg de keuze voor aan het casuïstiekoverleg."
        )
    details: list[str] = []
    for degree_range in report.degree_ranges[outcome]:
        details.append(f"Mate bij de dwingende beslissingen: {degree_range}.")
    if not check.reason_consistent and check.status is not Status.INCONSISTENT:
        against = enumerate_nl(name(c.precedent.id) for c in check.conflicts if not c.distinguished)
        details.append(
            f"De gekozen reden is in strijd met {against}. Neem een factor waarin dit dossier "
            "verschilt op in de reden."
        )
    return OutcomeExplanation(outcome, check.status, headline, notes, tuple(details))


def _conflict_note(
    conflict: Conflict,
    verb: str,
    name: str,
    label: Callable[[str], str],
    relied: dict[str, str],
) -> ConflictNote:
    differences = tuple(sorted(conflict.differences))
    chosen = relied.get(conflict.precedent.id)
    if chosen in conflict.differences:
        text = f"Onderscheiden van {name}: dit dossier verschilt op ‘{label(chosen)}’."
    else:
        chosen = None
        options = enumerate_nl((f"‘{label(f)}’" for f in differences), "of")
        text = f"{verb} is in strijd met {name}, tenzij u het verschil {options} vastlegt."
    return ConflictNote(conflict.precedent.id, differences, chosen, text)
