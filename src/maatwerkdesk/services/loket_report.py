"""A dossier's loket as the command line prints it: as text, or as JSON."""

from __future__ import annotations

from typing import Any

from maatwerkdesk.domain.loket import Loket, group_labels
from maatwerkdesk.domain.organisation_list import OrganisationList


def loket_text(reference: str, loket: Loket, names: OrganisationList) -> str:
    lines = [f"Loket van {reference}", "Organisaties:"]
    lines += [f"  {names.name_of(i.organisation)}\t{i.role.label}" for i in loket.involvements]
    lines += ["  (geen)"] if not loket.involvements else []
    lines.append("Verwijzingen:")
    for r in loket.referrals:
        kind = "warme overdracht" if r.warm else "verwijzing"
        steps = ", ".join(f"{status.label} {day:%d-%m-%Y}" for status, day in r.dates)
        lines.append(f"  {names.name_of(r.organisation)}\t{kind}\t{steps}")
    lines += ["  (geen)"] if not loket.referrals else []
    lines.append("Toestemmingen:")
    for c in loket.consents:
        until = f", ingetrokken {c.withdrawn_on:%d-%m-%Y}" if c.withdrawn_on else ""
        lines.append(
            f"  {c.id}\t{names.name_of(c.organisation)}\t{group_labels(c.groups)}\t"
            f"gegeven {c.given_on:%d-%m-%Y}{until}"
        )
    lines += ["  (geen)"] if not loket.consents else []
    lines.append("Gedeeld:")
    for s in loket.sharings:
        lines.append(
            f"  {s.shared_on:%d-%m-%Y}\t{names.name_of(s.organisation)}\t"
            f"{group_labels(s.groups)}\t{s.basis.label}"
        )
    lines += ["  (niets)"] if not loket.sharings else []
    return "\n".join(lines)


def loket_data(reference: str, loket: Loket) -> dict[str, Any]:
    return {
        "reference": reference,
        "organisations": [
            {"organisation": i.organisation, "role": i.role.value, "note": i.note}
            for i in loket.involvements
        ],
        "referrals": [
            {
                "organisation": r.organisation,
                "purpose": r.purpose,
                "warm": r.warm,
                "status": r.status.value,
                "dates": {status.value: day.isoformat() for status, day in r.dates},
            }
            for r in loket.referrals
        ],
        "consents": [
            {
                "id": c.id,
                "organisation": c.organisation,
                "groups": sorted(g.value for g in c.groups),
                "given_on": c.given_on.isoformat(),
                "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
            }
            for c in loket.consents
        ],
        "sharings": [
            {
                "id": s.id,
                "organisation": s.organisation,
                "groups": sorted(g.value for g in s.groups),
                "ground": s.basis.ground.value,
                "consent": s.basis.consent_id or None,
                "provision": s.basis.provision,
                "shared_on": s.shared_on.isoformat(),
                "pseudonymised": s.pseudonymised,
            }
            for s in loket.sharings
        ],
    }
