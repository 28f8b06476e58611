"""The `assess` output: what the dossier's check shows, as plain JSON-ready data.

Documented in docs/assess-output.md; later parts of the check add keys, never rename them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from maatwerkdesk.domain.case_report import PrecedentReport
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.criteria_check import HARD_CRITERION_HELP, Applicability
from maatwerkdesk.domain.factors import SIDE_LABELS, FactorCatalogue
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.precedent_explanation import (
    LATER_KNOWN_NOTE,
    OUTCOME_ACTS,
    OUTCOME_HEADINGS,
    foreign_catalogue_text,
    precedent_name,
    retired_reasons,
    similar_meaning,
)
from maatwerkdesk.domain.precedent_standing import OutcomeStanding, Standing, conflict_standing
from maatwerkdesk.domain.proportionality import ALTERNATIVE_LABELS
from maatwerkdesk.domain.weighing import weighing_parts
from maatwerkdesk.services.assessments import AssessmentState
from maatwerkdesk.services.dossier_check import DossierCheck
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.weighing import WeighingState

if TYPE_CHECKING:
    from maatwerkdesk.domain.case_base import OutcomeResult


def assess_document(check: DossierCheck, signed: Sequence[SignedDecision]) -> dict[str, Any]:
    """`signed` holds the signed versions of the dossier's decision, oldest first."""
    document = _criteria_document(check.assessment)
    document["precedents"] = _precedents_document(check)
    document["weighing"] = _weighing_document(check.weighing)
    document["indicators"] = [
        {
            "id": finding.id,
            "severity": finding.severity.value,
            "message": finding.message,
            "statement": finding.statement,
            "advice": finding.advice,
            "fields": list(finding.fields),
        }
        for finding in check.findings
    ]
    document["indicators_outcome"] = check.outcome.value if check.outcome else None
    document["signed"] = _signed_document(signed)
    document["integrity"] = list(check.integrity)
    return document


def _signed_version(version: SignedDecision) -> dict[str, Any]:
    decision = version.decision
    override = version.override
    return {
        "version": version.version,
        "kind": version.kind.value,
        "signed_by": version.signed_by_name,
        "signed_by_id": version.signed_by,
        "signed_at": version.signed_at.isoformat(),
        "fingerprint": version.fingerprint,
        "fingerprint_intact": version.intact,
        "meeting": version.meeting_reference or None,
        "outcome_type": decision.outcome_type.value,
        "degree": (
            {"unit": decision.degree.unit.value, "value": decision.degree.value}
            if decision.degree is not None
            else None
        ),
        "departed_from": list(version.departed_from),
        "departure_motivation": version.departure_motivation,
        "change_reason": version.change_reason,
        "source": version.source,
        "key_registered": version.key_registered,
        "problems": list(version.problems),
        "override": (
            {"grounds": [g.value for g in override.grounds], "motivation": override.motivation}
            if override is not None
            else None
        ),
    }


def _signed_document(signed: Sequence[SignedDecision]) -> dict[str, Any] | None:
    """The version in force, with every version (oldest first) under `versions`."""
    if not signed:
        return None
    return _signed_version(signed[-1]) | {"versions": [_signed_version(v) for v in signed]}


def _weighing_document(state: WeighingState) -> dict[str, Any]:
    weighing = state.weighing
    parts = weighing_parts(weighing)
    return {
        "nature": parts["nature"],
        "aim": weighing.aim,
        "steps": [
            {
                "id": step.value,
                "applies": applicability.applies,
                "reason": applicability.reason,
                "answer": weighing.step(step).answer.value,
                "motivation": weighing.step(step).motivation,
            }
            for step, applicability in state.steps.items()
        ],
        "alternatives": [
            {
                "id": alternative.value,
                "verdict": record.verdict.value,
                "motivation": record.motivation,
                "set_aside": record.set_aside,
            }
            for alternative, record in sorted(weighing.alternatives.items())
        ],
        "interests": [
            {
                "holder": holder.value,
                "weight": record.weight.value,
                "description": record.description,
            }
            for holder, record in sorted(weighing.interests.items())
        ],
        "intensity": {
            "level": state.intensity.level.value,
            "score": state.intensity.score,
            "factors": [{"id": k, "level": v} for k, v in parts["intensity"].items()],
            "reasons": list(state.intensity.reasons),
        },
        "verdict": state.verdict.value.value,
        "verdict_reasons": list(state.verdict.reasons),
        "open_steps": [step.value for step in state.verdict.open_steps],
    }


def _criteria_document(state: AssessmentState) -> dict[str, Any]:
    catalogue, assessment, result = state.catalogue, state.assessment, state.result
    route = catalogue.route(assessment.route)
    links = route.criteria if route is not None else ()
    criteria = []
    for link in links:
        criterion = catalogue.criterion(link.id)
        given = assessment.answer(link.id)
        criteria.append(
            {
                "id": link.id,
                "label": criterion.label,
                "answer": given.answer.value,
                "knockout": link.knockout,
                "motivation": given.motivation,
                "evidence": [{"kind": e.kind.value, "id": e.id} for e in given.evidence],
                "considerations": [
                    {"id": c.id, "label": c.label, "note": given.note(c.id)}
                    for c in criterion.considerations
                ],
            }
        )
    gate = [
        {
            "id": item.id,
            "label": item.label,
            "state": assessment.gate_answer(item.id).state.value,
            "reason": assessment.gate_answer(item.id).reason,
        }
        for item in catalogue.gate
    ]
    return {
        "case": state.reference,
        "route": {
            "id": assessment.route,
            "label": route.label if route is not None else None,
            "basis": route.basis if route is not None else None,
            "power": assessment.power,
            "catalogue": catalogue.header.id,
            "catalogue_version": catalogue.header.version,
            "newer_catalogue_version": state.newer.version if state.newer else None,
            "suggested": (
                {"id": state.suggestion.route, "reason": state.suggestion.reason}
                if state.suggestion is not None
                else None
            ),
            "applicable": result.applicable.value,
            "failed_knockouts": list(result.failed_knockouts),
            "blocking": list(result.blocking_unknowns),
            "missing": list(result.missing),
            "answered": result.answered,
            "total": result.total,
            "explanation": list(result.explanation),
        },
        "criteria": criteria,
        "sluitstuk": {
            "status": result.gate.status.value,
            "items": gate,
            "explanation": result.gate.explanation,
        },
    }


def _precedents_document(check: DossierCheck) -> dict[str, Any]:
    state = check.precedents
    catalogue, report = state.catalogue, state.report
    outcomes: dict[str, Any] = {}
    for outcome in Outcome:
        if report is None or catalogue is None:
            outcomes[outcome.value] = {
                "status": "free",
                "forcing": [],
                "conflicting": [],
                "degree_range": [],
                "explanation": "Er is nog geen factorcatalogus voor dit dossier gekozen.",
            }
            continue
        result = report.outcomes[outcome]
        explained, standing = check.explain(outcome), check.standing(outcome)
        assert explained is not None and standing is not None
        outcomes[outcome.value] = {
            "status": result.status.value,
            "forcing": result.forcing_ids(),
            "conflicting": _conflicts(result, standing),
            "degree_range": [
                {"unit": r.unit.value, "low": r.low, "high": r.high, "count": r.count}
                for r in report.degree_ranges[outcome]
            ],
            "explanation": explained.headline,
        }
    similar = []
    for case in report.similar if report is not None else ():
        entry = case.entry
        similar.append(
            {
                "precedent": entry.id,
                "outcome": entry.precedent.outcome.value,
                "outcome_type": entry.outcome_type.value,
                "degree": (
                    {"unit": entry.degree.unit.value, "value": entry.degree.value}
                    if entry.degree is not None
                    else None
                ),
                "relation": case.relation.value,
                "meaning": similar_meaning(case, state.route, state.route_label),
                "imported": entry.imported,
                "route": entry.route,
                "same_route": case.same_route,
                "shared": sorted(case.shared),
                "only_case": sorted(case.only_case),
                "only_precedent": sorted(case.only_precedent),
            }
        )
    return {
        "catalogue": catalogue.header.id if catalogue else None,
        "catalogue_version": catalogue.header.version if catalogue else None,
        "foreign_catalogue": _foreign_document(state),
        "factors": sorted(state.factors),
        "decision": _decision_document(state),
        "outcomes": outcomes,
        "similar": similar,
        "case_base_conflicts": [
            [first.id, second.id] for first, second in (report.base_conflicts if report else [])
        ],
        "later_known": _later_document(check),
        "retired_reasons": _retired_document(report, catalogue) if report and catalogue else [],
    }


def _retired_document(report: PrecedentReport, catalogue: FactorCatalogue) -> list[dict[str, Any]]:
    """The precedents resting on a retired factor, with those factors."""
    return [
        {
            "precedent": note.precedent,
            "factors": [
                {"id": f, "label": catalogue.label(f), "retired_in": catalogue.retired_in(f)}
                for f in note.factors
            ],
            "explanation": note.text,
        }
        for note in retired_reasons(report, catalogue)
    ]


def _foreign_document(state: PrecedentState) -> dict[str, Any] | None:
    """The warning on a factor list of another domain, with the list that fits."""
    foreign = state.foreign
    if foreign is None:
        return None
    return {
        "fitting": foreign.fitting.header.id if foreign.fitting else None,
        "explanation": foreign_catalogue_text(foreign),
    }


def _conflicts(result: OutcomeResult, standing: OutcomeStanding) -> list[dict[str, Any]]:
    """Every conflicting precedent by id; listed from the groups, so a case base with
    thousands of them names them without making each precedent."""
    told = {
        id(group): (sorted(group.differences), standing.of_differences(group.differences))
        for group in result.conflict_groups
    }
    return [
        {
            "precedent": case_id,
            "differences": told[id(group)][0],
            "distinguished": told[id(group)][1] is Standing.DISTINGUISHED,
            "standing": told[id(group)][1].value,
        }
        for case_id, group in result.conflict_ids()
    ]


def _later_document(check: DossierCheck) -> dict[str, Any] | None:
    """What precedents known only since the signature say against the signed decision."""
    state, signed = check.precedents, check.signed
    if signed is None or state.report is None or not state.report.later:
        return None
    outcome = signed.decision.outcome
    later = state.report.later[outcome]
    return {
        "outcome": outcome.value,
        "conflicting": _conflicts(later, conflict_standing(later, signed.decision)),
        "explanation": list(check.later_known()),
    }


def _decision_document(state: PrecedentState) -> dict[str, Any] | None:
    decision = state.decision
    if decision is None or state.catalogue is None:
        return None
    return {
        "outcome": decision.outcome.value,
        "outcome_type": decision.outcome_type.value,
        "degree": (
            {"unit": decision.degree.unit.value, "value": decision.degree.value}
            if decision.degree is not None
            else None
        ),
        "reason": sorted(decision.reason_for(state.factors, state.catalogue.sides)),
        "distinctions": [
            {"precedent": d.precedent, "factor": d.factor} for d in decision.distinctions
        ],
        "decided_on": decision.decided_on.isoformat() if decision.decided_on else None,
    }


def assess_text(check: DossierCheck, signed: Sequence[SignedDecision]) -> str:
    """The same check as a few lines of Dutch for a terminal."""
    return "\n".join(
        [
            _criteria_text(check.assessment),
            *_precedents_text(check),
            *_weighing_text(check.weighing),
            *_findings_text(check),
            *_signed_text(signed),
            *_integrity_text(check.integrity),
        ]
    )


def _integrity_text(problems: Sequence[str]) -> list[str]:
    if not problems:
        return []
    return [
        "LET OP: het vastgelegde besluit is buiten MaatwerkDesk gewijzigd; het dossier is "
        "alleen-lezen tot de functioneel beheerder het heeft beoordeeld.",
        *(f"  {problem}" for problem in problems),
    ]


def _signed_text(signed: Sequence[SignedDecision]) -> list[str]:
    if not signed:
        return []
    latest = signed[-1]
    meeting = f", overleg {latest.meeting_reference}" if latest.meeting_reference else ""
    lines = [
        f"{latest.signed_text()} op {latest.signed_at:%d-%m-%Y %H:%M} UTC "
        f"(versie {latest.version}{meeting}); vingerafdruk {latest.fingerprint}."
    ]
    lines += [f"LET OP: {problem}" for v in signed for problem in v.problems]
    if latest.departed_from:
        lines.append(
            f"Gemotiveerde afwijking van {', '.join(latest.departed_from)}: "
            + " ".join(latest.departure_motivation.split())
        )
    if latest.override is not None:
        lines.append(
            "Gemotiveerd afgeweken van de toets ("
            + "; ".join(g.label for g in latest.override.grounds)
            + "): "
            + " ".join(latest.override.motivation.split())
        )
    return lines


def _findings_text(check: DossierCheck) -> list[str]:
    """The findings; for a signed decision only what they state, never what to do."""
    if check.outcome is None:
        return ["Willekeur-indicatoren: kies een uitkomst (of gebruik --outcome) om ze te zien."]
    act = OUTCOME_ACTS[check.outcome]
    judged = f"het ondertekende besluit ({act})" if check.signed is not None else act
    lines = [f"Willekeur-indicatoren bij {judged}: {len(check.findings)}."]
    lines.extend(f"  [{f.severity.label}] {check.written(f)}" for f in check.findings)
    return lines


def _weighing_text(state: WeighingState) -> list[str]:
    verdict, intensity = state.verdict, state.intensity
    lines = [
        f"Evenredigheid van de algemene regel: {verdict.value.label} "
        f"(toetsing {intensity.level.label})."
    ]
    lines.extend(f"  {reason}" for reason in verdict.reasons)
    lines.extend(
        f"  Niet gekozen: {ALTERNATIVE_LABELS[alternative]}. {record.set_aside}"
        for alternative, record in sorted(state.weighing.alternatives.items())
        if record.set_aside
    )
    return lines


def _precedents_text(check: DossierCheck) -> list[str]:
    state = check.precedents
    catalogue, report = state.catalogue, state.report
    if catalogue is None or report is None:
        return ["Precedenten: er is nog geen factorcatalogus voor dit dossier gekozen."]
    lines = [f"Precedenten — {catalogue.header.title} (versie {catalogue.header.version})"]
    if state.foreign is not None:
        lines.append(f"Let op: {foreign_catalogue_text(state.foreign)}")
    if not state.factors:
        lines.append("Nog geen factoren vastgelegd.")
    for side in Side:
        present = catalogue.on_side(state.factors, side)
        if present:
            lines.append(
                f"  {SIDE_LABELS[side].capitalize()}: " + "; ".join(f.label for f in present)
            )
    for outcome in Outcome:
        explained = check.explain(outcome)
        assert explained is not None
        lines.append(f"{OUTCOME_HEADINGS[outcome]} — {explained.headline}")
        lines.extend(f"  {note.text}" for note in explained.conflicts)
        lines.extend(f"  {detail}" for detail in explained.details)
    for case in report.similar[:5]:
        name = precedent_name(case.entry, case.entry.id)
        meaning = similar_meaning(case, state.route, state.route_label)
        lines.append(
            f"  Vergelijkbaar: {name} — {case.entry.outcome_type.label.lower()}; {meaning}"
        )
    lines.extend(f"  {note.name}: {note.text}" for note in retired_reasons(report, catalogue))
    later = check.later_known()
    if later:
        lines.append("Ter informatie, over het ondertekende besluit:")
        lines.extend(f"  {line}" for line in (*later, LATER_KNOWN_NOTE))
    return lines


def _criteria_text(state: AssessmentState) -> str:
    catalogue, assessment, result = state.catalogue, state.assessment, state.result
    route = catalogue.route(assessment.route)
    lines = [f"Dossier {state.reference} — catalogus {catalogue.ref}"]
    if route is None:
        lines.append("Route: nog niet gekozen.")
        if state.suggestion is not None:
            suggested = catalogue.route(state.suggestion.route)
            label = suggested.label if suggested is not None else state.suggestion.route
            lines.append(f"Voorstel: {label}. {state.suggestion.reason}")
    else:
        lines.append(f"Route: {route.label}")
        lines.append(
            f"Uitkomst: {result.applicable.label} ({result.answered} van {result.total} beantwoord)"
        )
        for link in route.criteria:
            mark = " · hard criterium" if link.knockout else ""
            answer = assessment.answer(link.id).answer.label.lower()
            lines.append(f"  {link.id:<4} {catalogue.criterion(link.id).label}{mark}: {answer}")
        if any(link.knockout for link in route.criteria):
            lines.append(f"  {HARD_CRITERION_HELP}")
    lines.extend(result.explanation if route is not None else result.explanation[1:])
    if state.newer is not None:
        lines.append(
            f"Er is een nieuwere catalogusversie ({state.newer.version}); beoordeel opnieuw in het programma."
        )
    if result.applicable is Applicability.UNDETERMINED and route is not None:
        lines.append(f"Nog te beantwoorden: {', '.join(result.missing)}.")
    return "\n".join(lines)
