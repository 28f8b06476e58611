"""The `assess` output: what the dossier's check shows, as plain JSON-ready data.

Documented in docs/assess-output.md; later parts of the check add keys, never rename them.
"""

from __future__ import annotations

from typing import Any

from maatwerkdesk.domain.criteria_check import Applicability
from maatwerkdesk.services.assessments import AssessmentState


def assess_document(state: AssessmentState) -> dict[str, Any]:
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


def assess_text(state: AssessmentState) -> str:
    """The same check as a few lines of Dutch for a terminal."""
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
            mark = " · knock-out" if link.knockout else ""
            answer = assessment.answer(link.id).answer.label.lower()
            lines.append(f"  {link.id:<4} {catalogue.criterion(link.id).label}{mark}: {answer}")
    lines.extend(result.explanation if route is not None else result.explanation[1:])
    if state.newer is not None:
        lines.append(
            f"Er is een nieuwere catalogusversie ({state.newer.version}); beoordeel opnieuw in het programma."
        )
    if result.applicable is Applicability.UNDETERMINED and route is not None:
        lines.append(f"Nog te beantwoorden: {', '.join(result.missing)}.")
    return "\n".join(lines)
