"""How the conference's windows word things; plain Python, so it is tested without a display."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.conference import AgendaItem, Meeting, Member, SignedDecision
from maatwerkdesk.domain.people import SYSTEM, User
from maatwerkdesk.ui.common.formatting import format_date, format_moment
from maatwerkdesk.ui.common.vocabulary import person_text, roles_text, shown_label, shown_sentence
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

# The texts here are translated in the context of the conference's window (lupdate's too).
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ConferenceWindow", "maandag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "dinsdag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "woensdag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "donderdag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "vrijdag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "zaterdag"),
    QT_TRANSLATE_NOOP("ConferenceWindow", "zondag"),
)
FINGERPRINT_SHOWN = 16
"""Hex digits of a fingerprint shown inline; the whole one is in the version's details."""

RECORD_LABELS = {
    "advice": QT_TRANSLATE_NOOP("ConferenceWindow", "het advies per lid"),
    "dissent": QT_TRANSLATE_NOOP("ConferenceWindow", "de afwijkende mening"),
    "conflicts": QT_TRANSLATE_NOOP("ConferenceWindow", "de gemelde belangen"),
    "decision": QT_TRANSLATE_NOOP("ConferenceWindow", "het besluit van het overleg"),
    "departure_motivation": QT_TRANSLATE_NOOP("ConferenceWindow", "de motivering van de afwijking"),
    "override_motivation": QT_TRANSLATE_NOOP(
        "ConferenceWindow", "de motivering van het afwijken van de toets"
    ),
    "actions": QT_TRANSLATE_NOOP("ConferenceWindow", "de afspraken"),
    "review_date": QT_TRANSLATE_NOOP("ConferenceWindow", "de datum van opnieuw bekijken"),
    "signal": QT_TRANSLATE_NOOP("ConferenceWindow", "het knelpuntsignaal"),
}
"""The parts of an agenda item's record (`ItemRecord`) as a sentence names them; marked
for translation, and translated by `record_labels`."""


def record_labels() -> dict[str, str]:
    """`RECORD_LABELS` in the language the windows speak."""
    return {
        part: QCoreApplication.translate("ConferenceWindow", label)
        for part, label in RECORD_LABELS.items()
    }


def long_date(value: date) -> str:
    weekday = QCoreApplication.translate("ConferenceWindow", WEEKDAYS[value.weekday()])
    return f"{weekday} {format_date(value)}"


def duration_text(minutes: int) -> str:
    """'45 minuten', '1 uur', '2 uur en 5 minuten'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("ConferenceWindow", "{} minuten").format(rest)
    if not rest:
        if hours == 1:
            return QCoreApplication.translate("ConferenceWindow", "1 uur")
        return QCoreApplication.translate("ConferenceWindow", "{} uur").format(hours)
    if hours == 1:
        return QCoreApplication.translate("ConferenceWindow", "1 uur en {} minuten").format(rest)
    return QCoreApplication.translate(
        "ConferenceWindow", "{hours} uur en {minutes} minuten"
    ).format(hours=hours, minutes=rest)


def meeting_heading(meeting: Meeting) -> str:
    parts = [meeting.reference, long_date(meeting.held_on)]
    if meeting.location:
        parts.append(meeting.location)
    chair = QCoreApplication.translate("ConferenceWindow", "voorzitter {}").format(
        meeting.chair.name
    )
    parts += [chair, shown_label(meeting.status).lower()]
    return " · ".join(parts)


def member_text(member: Member, chair_id: str) -> str:
    """'Lotte Jurist — lid van het overleg, juridisch'."""
    role = (
        QCoreApplication.translate("ConferenceWindow", "voorzitter")
        if member.user.id == chair_id
        else roles_text(member.user)
    )
    discipline = f", {shown_label(member.discipline)}" if member.discipline else ""
    return f"{member.user.name} — {role}{discipline}"


def item_state(item: AgendaItem) -> str:
    record = item.record
    if item.signed_version is not None:
        return QCoreApplication.translate("ConferenceWindow", "ondertekend (versie {})").format(
            item.signed_version
        )
    if record.decision is not None:
        return QCoreApplication.translate(
            "ConferenceWindow", "besluit vastgelegd, nog niet ondertekend"
        )
    if record.advice:
        return QCoreApplication.translate("ConferenceWindow", "advies vastgelegd")
    return QCoreApplication.translate("ConferenceWindow", "nog te bespreken")


def short_fingerprint(fingerprint: str) -> str:
    return f"{fingerprint[:FINGERPRINT_SHOWN]}…"


def signed_line(signed: SignedDecision) -> str:
    return QCoreApplication.translate(
        "ConferenceWindow",
        "{signed} op {moment} (versie {version}, vingerafdruk {fingerprint})",
    ).format(
        signed=shown_sentence(signed.signed_text()),
        moment=format_moment(signed.signed_at),
        version=signed.version,
        fingerprint=short_fingerprint(signed.fingerprint),
    )


def version_label(signed: SignedDecision) -> str:
    """One line per version in the list of versions."""
    if signed.change_reason:
        reason = signed.change_reason
    elif signed.meeting_reference:
        reason = QCoreApplication.translate("ConferenceWindow", "ondertekend in {}").format(
            signed.meeting_reference
        )
    else:
        reason = QCoreApplication.translate("ConferenceWindow", "vastgelegd")
    line = (
        QCoreApplication.translate(
            "ConferenceWindow", "Versie {version} — {moment}, {signer}: {reason}"
        )
        if signed.intact
        else QCoreApplication.translate(
            "ConferenceWindow", "Versie {version} (KLOPT NIET) — {moment}, {signer}: {reason}"
        )
    )
    return line.format(
        version=signed.version,
        moment=format_moment(signed.signed_at),
        signer=shown_sentence(signed.signer_phrase()),
        reason=reason,
    )


def who_acts(user: User) -> str:
    """The line above the meetings: who works here, and what that role allows."""
    if user.id == SYSTEM.id:
        return QCoreApplication.translate(
            "ConferenceWindow",
            "U hebt nog niet gekozen wie u bent (Bestand › Gebruiker wisselen…). U kunt "
            "overleggen plannen en het verslag vastleggen; advies geven en ondertekenen kan "
            "alleen als persoon.",
        )
    return QCoreApplication.translate("ConferenceWindow", "U werkt als {}.").format(
        person_text(user)
    )
