"""A group as the command line prints it: a line per group, the whole group, or JSON."""

from __future__ import annotations

from typing import Any

from maatwerkdesk.domain.groups import Group, outcome_summary


def _decision_text(group: Group) -> str:
    return outcome_summary(group.decision) if group.decision is not None else "nog geen"


def group_line(group: Group) -> str:
    """'GR-2026-0001<tab>title<tab>Participatiewet 58<tab>groepsbesluit<tab>3 leden'."""
    rule = f"{group.fields.regulation} {group.fields.article}".strip()
    members = f"{len(group.members)} {'lid' if len(group.members) == 1 else 'leden'}"
    return "\t".join((group.reference, group.fields.title, rule, _decision_text(group), members))


def group_text(group: Group) -> str:
    lines = [
        group.label,
        f"Regeling: {group.fields.regulation} {group.fields.article}".rstrip(),
        f"Gedeeld knelpunt: {group.fields.pattern}",
        f"Groepsbesluit: {_decision_text(group)}",
    ]
    if group.decision is not None:
        lines.append(f"Motivering: {group.decision.motivation}")
    lines.append("Leden:")
    for member in group.members:
        state = group.check_of(member).label
        signed = ", ondertekend" if member.signed else ""
        lines.append(f"  {member.reference}\t{member.title}\t{state}{signed}")
        if member.circumstances:
            lines.append(f"    {member.circumstances}")
    if not group.members:
        lines.append("  (nog geen)")
    return "\n".join(lines)


def group_data(group: Group) -> dict[str, Any]:
    decision = group.decision
    return {
        "reference": group.reference,
        "title": group.fields.title,
        "regulation": group.fields.regulation,
        "article": group.fields.article,
        "pattern": group.fields.pattern,
        "decision": {
            "outcome_type": decision.outcome_type.value,
            "degree": (
                {"unit": decision.degree.unit.value, "value": decision.degree.value}
                if decision.degree is not None
                else None
            ),
            "motivation": decision.motivation,
            "version": group.decision_version,
        }
        if decision is not None
        else None,
        "members": [
            {
                "reference": m.reference,
                "title": m.title,
                "check": group.check_of(m).value,
                "circumstances": m.circumstances,
                "checked_on": m.checked_on.isoformat() if m.checked_on else None,
                "signed": m.signed,
            }
            for m in group.members
        ],
    }
