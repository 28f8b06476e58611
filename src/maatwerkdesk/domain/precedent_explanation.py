"""What the precedent check means for each outcome, in plain Dutch.

The same sentences appear in the panel, the `assess` text and the decision document, so they
are built here from the report and from how the decision stands against each conflicting
precedent (`precedent_standing`), with factor labels from the catalogue. A large case base
can name thousands of precedents; a sentence names the first few and counts the rest, and
conflicting precedents that differ in the same way share one note. Only decisions under the
dossier's route bind it; what the others mean is said here too (`similar_meaning`).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from maatwerkdesk.domain.case_report import Relation, SimilarCase
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.factors import FactorCatalogue, ForeignCatalogue
from maatwerkdesk.domain.precedent import Outcome, Precedent, Status
from maatwerkdesk.domain.precedent_standing import (
    GroupStanding,
    Signature,
    Standing,
    conflict_standing,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import enumerate_nl

if TYPE_CHECKING:  # the engine (numpy) is only needed where a report is made
    from maatwerkdesk.domain.case_base import (
        CaseEntry,
        ConflictGroup,
        OutcomeResult,
        PrecedentReport,
    )

OUTCOME_HEADINGS = {
    Outcome.DEVIATE: "Maatwerk: afwijken van de regel",
    Outcome.GENERIC: "De algemene regel toepassen",
}
"""How an outcome is named above what precedents say of it: deviate from the generic rule in
the citizen's favour, or apply it. Not 'Afwijken' and 'Afwijzen': one letter apart, they were
read for each other."""
OUTCOME_ACTS = {
    Outcome.DEVIATE: said("precedent_explanation", "het afwijken van de regel"),
    Outcome.GENERIC: said("precedent_explanation", "het toepassen van de algemene regel"),
}
"""How an outcome is named in a sentence ("Eerdere beslissing g-1 dwingt het afwijken van de
regel af")."""
OUTCOME_OPENINGS = {
    Outcome.DEVIATE: said("precedent_explanation", "Het afwijken van de regel"),
    Outcome.GENERIC: said("precedent_explanation", "Het toepassen van de algemene regel"),
}
"""How a sentence that starts with an outcome names it: `OUTCOME_ACTS`, capitalised."""


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


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
    standing: Standing
    text: str


@dataclass(frozen=True)
class OutcomeExplanation:
    outcome: Outcome
    status: Status
    headline: str
    conflicts: tuple[ConflictNote, ...]
    details: tuple[str, ...]
    without_route: bool = False
    """The dossier has no route yet: nothing binds it, whatever the status says."""

    @property
    def needs_distinction(self) -> bool:
        """Consistent only once a difference from a conflicting precedent is recorded."""
        return any(note.standing is Standing.OPEN for note in self.conflicts)


def precedent_name(entry: CaseEntry | None, case_id: str) -> str:
    if entry is not None and entry.imported:
        return said("precedent_explanation", "{case} (geïmporteerd)").format(case=case_id)
    return case_id


def name_precedents(report: PrecedentReport, first: Sequence[Precedent], total: int) -> str:
    """The first few precedents by name, the rest counted ("c1, c2, c3 en 12 andere")."""
    shown = [precedent_name(report.entries.get(p.id), p.id) for p in first[:NAMED]]
    if total > len(shown):
        shown.append(
            said("precedent_explanation", "{count} andere").format(count=total - len(shown))
        )
    return enumerate_nl(shown)


def name_groups(report: PrecedentReport, groups: Sequence[ConflictGroup]) -> str:
    """The precedents of several conflict groups, named as one list."""
    first = heapq.nsmallest(NAMED, (p for g in groups for p in g.first(NAMED)), key=lambda p: p.id)
    return name_precedents(report, first, sum(g.count for g in groups))


def explain_outcome(
    report: PrecedentReport,
    outcome: Outcome,
    label: Callable[[str], str],
    decision: Decision | None = None,
    signature: Signature | None = None,
) -> OutcomeExplanation:
    """The status of one outcome as a headline, one note per group of conflicting
    precedents and the degree range, each saying how the decision stands against them
    (`conflict_standing`). The sentences describe; they never instruct, so they stand
    unchanged in a signed decision."""
    check = report.outcomes[outcome]
    if report.route is None:
        headline = unbound_without_route(outcome, signature is not None)
        return OutcomeExplanation(outcome, check.status, headline, (), (), without_route=True)
    act = OUTCOME_ACTS[outcome]
    opening = OUTCOME_OPENINGS[outcome]
    standing = conflict_standing(check, decision, signature)
    signed = standing.signature

    def names(first: Sequence[Precedent], total: int) -> str:
        return name_precedents(report, first, total)

    def names_in(groups: Sequence[ConflictGroup]) -> str:
        return name_groups(report, groups)

    notes = tuple(
        _conflict_note(
            group, opening, names(group.group.first(NAMED), group.group.count), label, signed
        )
        for group in standing.groups
    )
    open_groups = standing.groups_in(Standing.OPEN)
    departed_groups = standing.groups_in(Standing.DEPARTED)
    if check.status is Status.INCONSISTENT:
        against = names(check.first_contradicting(NAMED), check.contradicting_count)
        if signed is not None and standing.contradiction is Standing.DEPARTED:
            headline = said(
                "precedent_explanation",
                "Afgeweken van {against}, waarvan dit dossier niet relevant verschilt, met de "
                "motivering van de voorzitter: {motivation}",
            ).format(against=against, motivation=signed.motivation)
        elif signed is not None:
            headline = said(
                "precedent_explanation",
                "{opening} is in strijd met {against}: dit dossier verschilt daar niet relevant "
                "van, en het besluit wijkt er niet gemotiveerd van af.",
            ).format(opening=opening, against=against)
        else:
            headline = said(
                "precedent_explanation",
                "{opening} is in strijd met {against}: dit dossier verschilt daar niet relevant "
                "van. Alleen een gemotiveerde afwijking door de voorzitter kan.",
            ).format(opening=opening, against=against)
    elif check.status is Status.FORCED:
        forcing = names(check.first_forcing(NAMED), check.forcing_count)
        if check.forcing_count == 1:
            headline = said(
                "precedent_explanation", "Eerdere beslissing {forcing} dwingt {act} af."
            ).format(forcing=forcing, act=act)
        else:
            headline = said(
                "precedent_explanation", "Eerdere beslissingen {forcing} dwingen {act} af."
            ).format(forcing=forcing, act=act)
    elif open_groups and signed is not None:
        headline = said(
            "precedent_explanation",
            "{opening} is in strijd met {against}: het besluit legt niet vast waarin "
            "dit dossier daarvan verschilt en wijkt er niet gemotiveerd van af.",
        ).format(opening=opening, against=names_in(open_groups))
    elif open_groups:
        headline = said(
            "precedent_explanation",
            "{opening} is in strijd met {against}, tenzij wordt vastgelegd waarin "
            "dit dossier daarvan verschilt. Geen eerdere beslissing dwingt het af.",
        ).format(opening=opening, against=names_in(open_groups))
    elif departed_groups and signed is not None:
        headline = said(
            "precedent_explanation",
            "Geen eerdere beslissing dwingt {act} af. Afgeweken van "
            "{against} met de motivering van de voorzitter: {motivation}",
        ).format(act=act, against=names_in(departed_groups), motivation=signed.motivation)
    elif signature is not None:
        headline = said(
            "precedent_explanation",
            "{opening} was vrij: geen eerdere beslissing dwong of verbood het. Het was nieuw "
            "terrein, waarover het casuïstiekoverleg heeft beslist.",
        ).format(opening=opening)
    else:
        headline = said(
            "precedent_explanation",
            "{opening} is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw "
            "terrein, waarover het casuïstiekoverleg beslist.",
        ).format(opening=opening)
    details = tuple(
        said("precedent_explanation", "Mate bij de dwingende beslissingen: {degrees}.").format(
            degrees=str(degree_range)
        )
        for degree_range in report.degree_ranges[outcome]
    )
    return OutcomeExplanation(outcome, check.status, headline, notes, details)


def unbound_without_route(outcome: Outcome, signed: bool) -> str:
    """Why no earlier decision binds `outcome` while the dossier has no route: precedent
    binds only under the same legal power. `signed`: said of a signed decision."""
    opening = OUTCOME_OPENINGS[outcome]
    if signed:
        return said(
            "precedent_explanation",
            "{opening} is niet aan eerdere beslissingen getoetst: er was geen route gekozen, "
            "en eerdere beslissingen binden alleen bij dezelfde route.",
        ).format(opening=opening)
    return said(
        "precedent_explanation",
        "{opening} is nog niet aan eerdere beslissingen getoetst: er is nog geen route "
        "gekozen. Eerdere beslissingen binden alleen bij dezelfde route, dus zodra de route "
        "vaststaat; tot dan zijn vergelijkbare beslissingen alleen overtuigend.",
    ).format(opening=opening)


RELATION_LABELS = {
    Relation.FORCING: said("precedent_explanation", "dwingt deze uitkomst af"),
    Relation.RELEVANT: said("precedent_explanation", "te onderscheiden"),
    Relation.SIMILAR: said("precedent_explanation", "lijkt erop"),
}
"""What a similar decision under the dossier's route means for it, in a few words."""
RELATION_SENTENCES = {
    Relation.FORCING: said("precedent_explanation", "Dwingt deze uitkomst af."),
    Relation.RELEVANT: said("precedent_explanation", "Te onderscheiden."),
    Relation.SIMILAR: said("precedent_explanation", "Lijkt erop."),
}
"""`RELATION_LABELS` as a sentence of their own."""


def similar_meaning(
    case: SimilarCase, route: str | None, route_label: Callable[[str], str] | None = None
) -> str:
    """What a similar decision means for a dossier under `route`, in a few words (a list
    column): how it binds, or why it only persuades; with `route_label`, naming the other
    route."""
    if case.relation is not Relation.PERSUASIVE:
        return RELATION_LABELS[case.relation]
    if route is None:
        return said("precedent_explanation", "overtuigend, nog geen route gekozen")
    if case.entry.route is None:
        return said("precedent_explanation", "overtuigend, zonder route")
    if route_label is None:
        return said("precedent_explanation", "overtuigend, andere route")
    return said("precedent_explanation", "overtuigend, andere route: {route}").format(
        route=route_label(case.entry.route)
    )


def similar_meaning_text(
    case: SimilarCase, route: str | None, route_label: Callable[[str], str]
) -> str:
    """`similar_meaning` in a sentence, naming the other route by `route_label`."""
    if case.relation is not Relation.PERSUASIVE:
        return RELATION_SENTENCES[case.relation]
    if route is None:
        return said(
            "precedent_explanation",
            "Overtuigend, niet bindend: voor dit dossier is nog geen route gekozen. Alleen "
            "beslissingen langs dezelfde route dwingen een uitkomst af of staan eraan in de weg.",
        )
    if case.entry.route is None:
        return said(
            "precedent_explanation",
            "Overtuigend, niet bindend: van deze beslissing is niet bekend langs welke route ze "
            "is genomen. Alleen beslissingen langs dezelfde route dwingen een uitkomst af of "
            "staan eraan in de weg.",
        )
    return said(
        "precedent_explanation",
        "Overtuigend, niet bindend: ze is genomen langs een andere route ({route}). Alleen "
        "beslissingen langs dezelfde route dwingen een uitkomst af of staan eraan in de weg.",
    ).format(route=route_label(case.entry.route))


def persuasive_note(
    cases: Sequence[SimilarCase], route: str | None, route_label: Callable[[str], str]
) -> str:
    """One sentence on the similar decisions that only persuade, by the route they were
    taken under; empty when all of them bind."""
    persuasive = [c for c in cases if c.relation is Relation.PERSUASIVE]
    if not persuasive:
        return ""
    if route is None:
        return (
            "Er is geen route gekozen: deze besluiten zijn alleen overtuigend, want eerdere "
            "besluiten binden alleen bij dezelfde route."
        )
    by_route: dict[str | None, list[str]] = {}
    for case in persuasive:
        by_route.setdefault(case.entry.route, []).append(precedent_name(case.entry, case.entry.id))
    parts = [
        f"{enumerate_nl(names)} ({route_label(other) if other else 'zonder route'})"
        for other, names in sorted(
            by_route.items(), key=lambda item: (item[0] is None, item[0] or "")
        )
    ]
    return (
        "Alleen besluiten langs dezelfde route binden dit dossier; alleen overtuigend zijn "
        f"{'; '.join(parts)}."
    )


def _conflict_note(
    standing: GroupStanding,
    opening: str,
    named: str,
    label: Callable[[str], str],
    signed: Signature | None,
) -> ConflictNote:
    group = standing.group
    differences = tuple(sorted(group.differences))
    options = enumerate_nl((f"‘{label(f)}’" for f in differences), "of")
    if standing.relied_on is not None:
        text = said(
            "precedent_explanation",
            "Onderscheiden van {named}: dit dossier verschilt op ‘{factor}’.",
        ).format(named=named, factor=label(standing.relied_on))
    elif signed is not None and standing.standing is Standing.DEPARTED:
        text = said(
            "precedent_explanation",
            "Afgeweken van {named} met de motivering van de voorzitter: {motivation}",
        ).format(named=named, motivation=signed.motivation)
    elif signed is not None:
        text = said(
            "precedent_explanation",
            "{opening} is in strijd met {named}: het besluit legt het verschil {options} niet vast "
            "en wijkt er niet gemotiveerd van af.",
        ).format(opening=opening, named=named, options=options)
    else:
        text = said(
            "precedent_explanation",
            "{opening} is in strijd met {named}, tenzij het verschil {options} wordt vastgelegd.",
        ).format(opening=opening, named=named, options=options)
    return ConflictNote(
        group.first(1)[0].id,
        group.count,
        differences,
        standing.relied_on,
        standing.standing,
        text,
    )


LATER_KNOWN_NOTE = said(
    "precedent_explanation",
    "Het besluit is getoetst aan de beslissingen die bekend waren toen het werd ondertekend; "
    "wat later bekend werd, verandert het niet.",
)
"""Said with what `later_known` reports: information, never a problem with the decision."""


def later_known(
    report: PrecedentReport,
    outcome: Outcome,
    decision: Decision | None,
    label: Callable[[str], str],
) -> tuple[str, ...]:
    """What the precedents that became known after the decision was signed say against
    `outcome` (`report.later`): those that decided otherwise and that this dossier does not
    differ from relevantly, and those it could be distinguished from but the decision names
    no difference for. Information that the decision may have been overtaken; empty when
    none conflicts, and always for a decision that is not signed."""
    check = report.later.get(outcome)
    if check is None:
        return ()
    lines: list[str] = []
    if check.contradicting_count:
        named = name_precedents(report, check.first_contradicting(NAMED), check.contradicting_count)
        lines.append(
            (
                said(
                    "precedent_explanation",
                    "Een later bekend geworden beslissing wijkt af: {named}. Dit dossier "
                    "verschilt daar niet relevant van.",
                )
                if check.contradicting_count == 1
                else said(
                    "precedent_explanation",
                    "Later bekend geworden beslissingen wijken af: {named}. Dit dossier "
                    "verschilt daar niet relevant van.",
                )
            ).format(named=named)
        )
    for group in conflict_standing(check, decision).groups_in(Standing.OPEN):
        named = name_precedents(report, group.first(NAMED), group.count)
        options = enumerate_nl((f"‘{label(f)}’" for f in sorted(group.differences)), "of")
        lines.append(
            (
                said(
                    "precedent_explanation",
                    "Een later bekend geworden beslissing wijkt af: {named}. Het besluit legt "
                    "niet vast waarin dit dossier daarvan verschilt; dat kan op {options}.",
                )
                if group.count == 1
                else said(
                    "precedent_explanation",
                    "Later bekend geworden beslissingen wijken af: {named}. Het besluit legt "
                    "niet vast waarin dit dossier daarvan verschilt; dat kan op {options}.",
                )
            ).format(named=named, options=options)
        )
    return tuple(lines)


def departed_precedents(
    check: OutcomeResult, decision: Decision | None, limit: int = 20
) -> list[str]:
    """The precedents a decision departs from: those that contradict its outcome, and one of
    each group of conflicting precedents it does not distinguish; empty when it departs from
    none (the decision then needs no motivated departure)."""
    standing = conflict_standing(check, decision)
    ids = (
        [p.id for p in check.first_contradicting(limit)]
        if standing.contradiction is Standing.OPEN
        else []
    )
    ids += [g.first(1)[0].id for g in standing.groups_in(Standing.OPEN)]
    return list(dict.fromkeys(ids))[:limit]


@dataclass(frozen=True)
class RetiredReason:
    """A precedent whose reason names factors that the catalogue has since retired: it
    stays in the case base, but a new dossier can no longer be tagged with them."""

    precedent: str
    name: str
    """The precedent as sentences name it ("… (geïmporteerd)" for one from elsewhere)."""
    factors: tuple[str, ...]
    """The retired factor ids in its reason, sorted."""
    text: str


def retired_reason(
    precedent: Precedent, catalogue: FactorCatalogue, name: str = ""
) -> RetiredReason | None:
    """The note on a precedent resting on a retired factor; None when it rests on none.

    "Deze beslissing rust (mede) op de vervallen factor ‘…’ (vervallen in versie …)."
    """
    retired = sorted(f for f in precedent.reason if catalogue.retired_in(f) is not None)
    if not retired:
        return None
    named = enumerate_nl(
        said("precedent_explanation", "‘{factor}’ (vervallen in versie {version})").format(
            factor=catalogue.label(f), version=catalogue.retired_in(f)
        )
        for f in retired
    )
    if len(retired) == 1:
        text = said(
            "precedent_explanation", "Deze beslissing rust (mede) op de vervallen factor {named}."
        ).format(named=named)
    else:
        text = said(
            "precedent_explanation",
            "Deze beslissing rust (mede) op de vervallen factoren {named}.",
        ).format(named=named)
    return RetiredReason(precedent.id, name or precedent.id, tuple(retired), text)


def named_precedents(report: PrecedentReport) -> list[Precedent]:
    """The precedents a reader of the report sees by name: those the sentences of both
    outcomes name (forcing, contradicting, the first of each conflict group) and the
    similar cases, each once, by id."""
    found: dict[str, Precedent] = {}
    for check in report.outcomes.values():
        for precedent in (
            *check.first_forcing(NAMED),
            *check.first_contradicting(NAMED),
            *(p for group in check.conflict_groups for p in group.first(NAMED)),
        ):
            found[precedent.id] = precedent
    for case in report.similar:
        found[case.entry.id] = case.entry.precedent
    return [found[key] for key in sorted(found)]


def retired_reasons(report: PrecedentReport, catalogue: FactorCatalogue) -> list[RetiredReason]:
    """Of the precedents the report names, those resting on a retired factor: never left
    out silently, since such a precedent can no longer bind a dossier tagged afresh."""
    return [
        note
        for precedent in named_precedents(report)
        if (
            note := retired_reason(
                precedent, catalogue, precedent_name(report.entries.get(precedent.id), precedent.id)
            )
        )
        is not None
    ]


def foreign_catalogue_text(foreign: ForeignCatalogue) -> str:
    """The warning on a factor list of another domain, naming the list that does fit.

    "De factorcatalogus ‘…’ hoort bij een ander rechtsgebied: de route en de regeling van
    dit dossier passen er niet bij. Bij dit dossier past ‘…’." It describes, so the panel,
    `assess` and the decision document can all show it; how to switch is the panel's to say."""
    title = foreign.catalogue.header.title
    fitting = foreign.fitting
    if fitting is None:
        return said(
            "precedent_explanation",
            "De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de "
            "regeling van dit dossier passen er niet bij. Geen andere factorcatalogus past er "
            "wel bij.",
        ).format(title=title)
    if fitting.general:
        return said(
            "precedent_explanation",
            "De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de "
            "regeling van dit dossier passen er niet bij. Bij dit dossier past de algemene "
            "factorcatalogus ‘{fitting}’, die voor elke regeling geldt.",
        ).format(title=title, fitting=fitting.header.title)
    return said(
        "precedent_explanation",
        "De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de "
        "regeling van dit dossier passen er niet bij. Bij dit dossier past ‘{fitting}’.",
    ).format(title=title, fitting=fitting.header.title)
