"""A conflict between a laptop's version of a dossier and the team database's, as a person
resolves it: which part, what each side holds, in words a caseworker reads."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from maatwerkdesk.domain.briefcase_merge import ABSENT, ENTRY, MEMBER, Path
from maatwerkdesk.domain.case_facts import AmountKind, Period, format_euros

PART_LABELS: Mapping[str, str] = {
    "fields": "",
    "title": "Titel",
    "status": "Status",
    "owner": "Casuseigenaar",
    "organisations": "Betrokken organisaties",
    "regulation": "Regeling",
    "article": "Artikel van de algemene regel",
    "deviation_article": "Artikel voor de afwijking",
    "generic_outcome": "Wat de generieke regel oplevert",
    "knelpunt": "Waarom het knelt",
    "request": "Wat de burger vraagt",
    "notes": "Notities",
    "subject": "Betrokkene",
    "kind": "soort",
    "name": "naam",
    "bsn": "BSN",
    "kvk_number": "KvK-nummer",
    "date_of_birth": "geboortedatum",
    "contact": "contactgegevens",
    "household": "huishouden",
    "doenvermogen": "Doenvermogen",
    "dimensions": "",
    "doel_en_plan": "doel en plan",
    "in_actie_komen": "in actie komen",
    "volhouden": "volhouden",
    "verleidingen": "verleidingen",
    "tegenslag": "tegenslag",
    "observation": "waarneming",
    "note": "toelichting",
    "stressors": "omstandigheden",
    "support": "ondersteuning",
    "facts": "Feiten",
    "stage": "fase van de procedure",
    "amounts": "Bedragen",
    "euros": "bedrag",
    "period": "periode",
    "starts": "vanaf",
    "ends": "tot en met",
    "third_parties": "Derden",
    "role": "rol",
    "rulings": "Uitspraken",
    "ecli": "ECLI",
    "minor_children": "minderjarige kinderen",
    "organisation_share": "eigen aandeel van de organisatie",
    "timeline": "Tijdlijn",
    "attachments": "Bijlage",
    "record": "",
    "assessments": "Toetsing",
    "factors": "Factoren",
    "decision": "Beslissing",
    "weighing": "Afweging",
    "proposal": "Voorstel",
}
"""The exchange format's keys (docs/exchange-format.md) as the dossier editor names them."""


class Choice(StrEnum):
    """What a person keeps of a conflicting part."""

    LAPTOP = "laptop"
    SERVER = "server"


@dataclass(frozen=True)
class SyncConflict:
    """An open conflict on one part of a dossier (persistence: `sync_conflict`)."""

    id: str
    dossier_id: str
    path: Path
    laptop: Any
    """What the laptop holds (ABSENT: it removed the part)."""
    server: Any
    """What the team database holds, and the dossier shows until someone chooses."""
    laptop_name: str
    holder: str
    """Who worked on the laptop."""
    found_at: datetime

    def value(self, choice: Choice) -> Any:
        return self.laptop if choice is Choice.LAPTOP else self.server


def part_label(path: Path) -> str:
    """'Betrokkene › naam', 'Tijdlijn › een regel', 'Factoren › kinderen'."""
    words: list[str] = []
    for step in path:
        if not step:
            continue
        if step.startswith(ENTRY):
            words.append("een regel")
        elif step.startswith(MEMBER):
            words.append(step[len(MEMBER) :])
        else:
            label = PART_LABELS.get(step, step)
            if label and label not in words[-1:]:  # record › factors › factors: once
                words.append(label)
    return " › ".join(words) or "Het dossier"


def value_text(value: Any) -> str:
    """A part's value as a reader sees it in the resolver."""
    if value is ABSENT:
        return "(verwijderd)"
    if value is None or value == "":
        return "(leeg)"
    if value is True:
        return "aangevinkt"
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("euros"), str):
        return _amount_text(value)
    if isinstance(value, Mapping):
        for key in ("description", "original_name", "name", "ecli", "motivation", "reason"):
            if isinstance(value.get(key), str) and value[key]:
                shown = str(value[key])
                dated = value.get("occurred_on")
                return f"{_dutch_date(dated)}: {shown}" if isinstance(dated, str) else shown
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "(leeg)"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _amount_text(value: Mapping[str, Any]) -> str:
    """An amount of the Feiten step: 'Schuld: € 1.250,00 per maand'."""
    try:
        kind = AmountKind(value.get("kind", "")).label
        period = Period(value.get("period", Period.ONCE.value)).label
        euros = format_euros(Decimal(value["euros"]))
    except (ValueError, InvalidOperation):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return f"{kind}: {euros} {period}"


def _dutch_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def wrapped(value: Any) -> dict[str, Any]:
    """A value as stored in a conflict's JSON column: `{"value": v}`, `{}` for ABSENT."""
    return {} if value is ABSENT else {"value": value}


def unwrapped(stored: Mapping[str, Any]) -> Any:
    return stored.get("value", ABSENT)
