"""What the precedent check means for each outcome, in plain Dutch.

The same sentences appear in the panel, the `assess` text and later the PDF, so they
are built here from the report alone, with factor labels from the catalogue. A large
case base can name thousands of precedents; a sentence names the first few and counts
the rest, and conflicting precedents that differ in the same way share one note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from maatwerkdesk.domain.case_base import CaseEntry, ConflictGroup, PrecedentReport
from maatwerkdesk.domain.decision import Distinction
from maatwerkdesk.domain.precedent import Outcome, Precedent, Status
from maatwerkdesk.domain.text import enumerate_nl

OUTCOME_VERBS = {Outcome.DEVIATE: "Afwijken", Outcome.GENERIC: "Afwijzen"}
"""How an outcome is named in a sentence: deviate in the citizen's favour, or refuse
the deviation and apply the generic rule."""

NAMED = 3
"""Precedents named in one sentence; the others are counted."""


@dataclass(frozen=True)
class ConflictNote:
    precedent: str
    """The first precedent of the group (a distinction is recorded against it)."""
    count: int
    """How many precedents the note is about."""
    differences: tuple[str, ...]
    """Factor ids that would distinguish them; empty: they cannot be distinguished."""
    relied_on: str | None
    """The recorded difference the decision relies on, if any."""
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
    """The status of one outcome as a headline, one note per group of conflicting
    precedents and the details a caseworker needs (degree range, whether the reason holds)."""
    check = report.outcomes[outcome]
    verb = OUTCOME_VERBS[outcome]

    def names(precedents: Sequence[Precedent], total: int | None = None) -> str:
        total = len(precedents) if total is None else total
        shown = [precedent_name(report.entries.get(p.id), p.id) for p in precedents[:NAMED]]
        if total > len(shown):
            shown.append(f"{total - len(shown)} andere")
        return enumerate_nl(shown)

    recorded = {d.factor for d in distinctions}
    notes = tuple(
        _conflict_note(group, verb, names(group.precedents), label, recorded)
        for group in check.conflict_groups
        if group.differences
    )
    open_groups = [
        group
        for group, note in zip(
            (g for g in check.conflict_groups if g.differences), notes, strict=True
        )
        if note.relied_on is None
    ]
    if check.status is Status.INCONSISTENT:
        headline = (
            f"{verb} is in strijd met {names(check.contradicting)}: dit dossier verschilt "
            "daar niet relevant van. Alleen een gemotiveerde afwijking door de voorzitter kan."
        )
    elif check.status is Status.FORCED:
        one = check.forcing_count == 1
        subject = "Eerdere beslissing" if one else "Eerdere beslissingen"
        headline = (
            f"{subject} {names(check.forcing)} {'dwingt' if one else 'dwingen'} {verb.lower()} af."
        )
    elif open_groups:
        against = [p for g in open_groups for p in g.precedents]
        headline = (
            f"{verb} is in strijd met {names(sorted(against, key=lambda p: p.id))}, tenzij u "
            "vastlegt waarin dit dossier daarvan verschilt. Geen eerdere beslissing dwingt het af."
        )
    else:
        headline = (
            f"{verb} is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw "
            "terrein; leg de keuze voor aan het casuïstiekoverleg."
        )
    details = [
        f"Mate bij de dwingende beslissingen: {degree_range}."
        for degree_range in report.degree_ranges[outcome]
    ]
    if not check.reason_consistent and check.status is not Status.INCONSISTENT:
        against = [p for g in check.conflict_groups if not g.distinguished for p in g.precedents]
        details.append(
            f"De gekozen reden is in strijd met {names(sorted(against, key=lambda p: p.id))}. "
            "Neem een factor waarin dit dossier verschilt op in de reden."
        )
    return OutcomeExplanation(outcome, check.status, headline, notes, tuple(details))


def _conflict_note(
    group: ConflictGroup,
    verb: str,
    named: str,
    label: Callable[[str], str],
    recorded: set[str],
) -> ConflictNote:
    differences = tuple(sorted(group.differences))
    relied = next((f for f in differences if f in recorded), None)
    if relied is not None:
        text = f"Onderscheiden van {named}: dit dossier verschilt op ‘{label(relied)}’."
    else:
        options = enumerate_nl((f"‘{label(f)}’" for f in differences), "of")
        text = f"{verb} is in strijd met {named}, tenzij u het verschil {options} vastlegt."
    return ConflictNote(group.precedents[0].id, len(group.precedents), differences, relied, text)
