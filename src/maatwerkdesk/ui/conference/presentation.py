"""How the conference's windows word things; plain Python, so it is tested without a display."""

from __future__ import annotations

from datetime import date

from maatwerkdesk.domain.conference import AgendaItem, Meeting, Member, SignedDecision
from maatwerkdesk.domain.people import SYSTEM, User
from maatwerkdesk.ui.common.formatting import format_date, format_moment

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
FINGERPRINT_SHOWN = 16
"""Hex digits of a fingerprint shown inline; the whole one is in the version's details."""

RECORD_LABELS = {
    "advice": "het advies per lid",
    "dissent": "de afwijkende mening",
    "conflicts": "de gemelde belangen",
    "decision": "het besluit van het overleg",
    "departure_motivation": "de motivering van de afwijking",
    "override_motivation": "de motivering van het afwijken van de toets",
    "actions": "de afspraken",
    "review_date": "de datum van opnieuw bekijken",
    "signal": "het knelpuntsignaal",
}
"""The parts of an agenda item's record (`ItemRecord`) as a sentence names them."""


def long_date(value: date) -> str:
    return f"{WEEKDAYS[value.weekday()]} {format_date(value)}"


def duration_text(minutes: int) -> str:
    """'45 minuten', '1 uur', '2 uur en 5 minuten'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minuten"
    return f"{hours} uur" + (f" en {rest} minuten" if rest else "")


def meeting_heading(meeting: Meeting) -> str:
    parts = [meeting.reference, long_date(meeting.held_on)]
    if meeting.location:
        parts.append(meeting.location)
    parts += [f"voorzitter {meeting.chair.name}", meeting.status.label.lower()]
    return " · ".join(parts)


def member_text(member: Member, chair_id: str) -> str:
    """'Lotte Jurist — lid van het overleg, juridisch'."""
    role = "voorzitter" if member.user.id == chair_id else member.user.roles_label
    discipline = f", {member.discipline.label}" if member.discipline else ""
    return f"{member.user.name} — {role}{discipline}"


def item_state(item: AgendaItem) -> str:
    record = item.record
    if item.signed_version is not None:
        return f"ondertekend (versie {item.signed_version})"
    if record.decision is not None:
        return "besluit vastgelegd, nog niet ondertekend"
    if record.advice:
        return "advies vastgelegd"
    return "nog te bespreken"


def short_fingerprint(fingerprint: str) -> str:
    return f"{fingerprint[:FINGERPRINT_SHOWN]}…"


def signed_line(signed: SignedDecision) -> str:
    return (
        f"{signed.signed_text()} op {format_moment(signed.signed_at)} "
        f"(versie {signed.version}, vingerafdruk {short_fingerprint(signed.fingerprint)})"
    )


def version_label(signed: SignedDecision) -> str:
    """One line per version in the list of versions."""
    reason = signed.change_reason or (
        f"ondertekend in {signed.meeting_reference}" if signed.meeting_reference else "vastgelegd"
    )
    broken = "" if signed.intact else " (KLOPT NIET)"
    return (
        f"Versie {signed.version}{broken} — {format_moment(signed.signed_at)}, "
        f"{signed.signer_phrase()}: {reason}"
    )


def who_acts(user: User) -> str:
    """The line above the meetings: who works here, and what that role allows."""
    if user.id == SYSTEM.id:
        return (
            "U hebt nog niet gekozen wie u bent (Bestand › Gebruiker wisselen…). U kunt "
            "overleggen plannen en het verslag vastleggen; advies geven en ondertekenen kan "
            "alleen als persoon."
        )
    return f"U werkt als {user.described}."
