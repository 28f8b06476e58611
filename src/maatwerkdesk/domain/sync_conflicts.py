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
from maatwerkdesk.domain.sentence import said, vocabulary_word

PART_LABELS: Mapping[str, str] = {
    "fields": "",
    "title": said("sync_conflicts", "Titel"),
    "status": said("sync_conflicts", "Status"),
    "owner": said("sync_conflicts", "Casuseigenaar"),
    "organisations": said("sync_conflicts", "Betrokken organisaties"),
    "regulation": said("sync_conflicts", "Regeling"),
    "article": said("sync_conflicts", "Artikel van de algemene regel"),
    "deviation_article": said("sync_conflicts", "Artikel voor de afwijking"),
    "generic_outcome": said("sync_conflicts", "Wat de generieke regel oplevert"),
    "knelpunt": said("sync_conflicts", "Waarom het knelt"),
    "request": said("sync_conflicts", "Wat de burger vraagt"),
    "notes": said("sync_conflicts", "Notities"),
    "subject": said("sync_conflicts", "Betrokkene"),
    "kind": said("sync_conflicts", "soort"),
    "name": said("sync_conflicts", "naam"),
    "bsn": said("sync_conflicts", "BSN"),
    "kvk_number": said("sync_conflicts", "KvK-nummer"),
    "date_of_birth": said("sync_conflicts", "geboortedatum"),
    "contact": said("sync_conflicts", "contactgegevens"),
    "household": said("sync_conflicts", "huishouden"),
    "doenvermogen": said("sync_conflicts", "Doenvermogen"),
    "dimensions": "",
    "doel_en_plan": said("sync_conflicts", "doel en plan"),
    "in_actie_komen": said("sync_conflicts", "in actie komen"),
    "volhouden": said("sync_conflicts", "volhouden"),
    "verleidingen": said("sync_conflicts", "verleidingen"),
    "tegenslag": said("sync_conflicts", "tegenslag"),
    "observation": said("sync_conflicts", "waarneming"),
    "note": said("sync_conflicts", "toelichting"),
    "stressors": said("sync_conflicts", "omstandigheden"),
    "support": said("sync_conflicts", "ondersteuning"),
    "facts": said("sync_conflicts", "Feiten"),
    "stage": said("sync_conflicts", "fase van de procedure"),
    "amounts": said("sync_conflicts", "Bedragen"),
    "euros": said("sync_conflicts", "bedrag"),
    "period": said("sync_conflicts", "periode"),
    "starts": said("sync_conflicts", "vanaf"),
    "ends": said("sync_conflicts", "tot en met"),
    "third_parties": said("sync_conflicts", "Derden"),
    "role": said("sync_conflicts", "rol"),
    "rulings": said("sync_conflicts", "Uitspraken"),
    "ecli": said("sync_conflicts", "ECLI"),
    "minor_children": said("sync_conflicts", "minderjarige kinderen"),
    "organisation_share": said("sync_conflicts", "eigen aandeel van de organisatie"),
    "timeline": said("sync_conflicts", "Tijdlijn"),
    "attachments": said("sync_conflicts", "Bijlage"),
    "record": "",
    "assessments": said("sync_conflicts", "Toetsing"),
    "factors": said("sync_conflicts", "Factoren"),
    "decision": said("sync_conflicts", "Beslissing"),
    "weighing": said("sync_conflicts", "Afweging"),
    "proposal": said("sync_conflicts", "Voorstel"),
}
"""The exchange format's keys (docs/exchange-format.md) as the dossier editor names them;
a window translates them (domain/sentence.py)."""
_PART_OF = said("sync_conflicts", "{whole} › {part}")


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
            words.append(said("sync_conflicts", "een regel"))
        elif step.startswith(MEMBER):
            words.append(step[len(MEMBER) :])
        else:
            label = PART_LABELS.get(step, step)
            if label and label not in words[-1:]:  # record › factors › factors: once
                words.append(label)
    if not words:
        return said("sync_conflicts", "Het dossier")
    shown = words[0]
    for word in words[1:]:
        shown = _PART_OF.format(whole=shown, part=word)
    return shown


def value_text(value: Any) -> str:
    """A part's value as a reader sees it in the resolver."""
    if value is ABSENT:
        return said("sync_conflicts", "(verwijderd)")
    if value is None or value == "":
        return said("sync_conflicts", "(leeg)")
    if value is True:
        return said("sync_conflicts", "aangevinkt")
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
        return ", ".join(value) or said("sync_conflicts", "(leeg)")
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _amount_text(value: Mapping[str, Any]) -> str:
    """An amount of the Feiten step: 'Schuld: € 1.250,00 per maand'."""
    try:
        kind = AmountKind(value.get("kind", "")).label
        period = Period(value.get("period", Period.ONCE.value)).label
        euros = format_euros(Decimal(value["euros"]))
    except (ValueError, InvalidOperation):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return said("sync_conflicts", "{kind}: {euros} {period}").format(
        kind=vocabulary_word(kind), euros=euros, period=vocabulary_word(period)
    )


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
