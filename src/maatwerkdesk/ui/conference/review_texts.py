"""What the review view lets each person do, and how it says so; plain Python.

The services check every act; this only decides which controls are open and which
sentence tells the person what they can do, or what still stands in the way of signing.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.signed_record import OverrideGround
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services.signed_version import decision_text
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.conference.presentation import signed_line

if TYPE_CHECKING:
    from maatwerkdesk.services.conference_review import Review


class Mode(Enum):
    RECORD = "record"
    """The secretary or chair keeps the record."""
    ADVICE = "advice"
    """A member gives their own advice or declares a conflict."""
    READ = "read"
    """Signed, or a role that only reads."""
    AMEND = "amend"
    """A new version of a signed decision: only the decision is open."""


def mode_for(review: Review, amending: bool) -> Mode:
    user = review.user
    if review.integrity:
        return Mode.READ
    if amending and review.versions:
        return Mode.AMEND
    if review.item.signed_version is not None:
        return Mode.READ
    if user.may(Permission.RECORD_MEETING):
        return Mode.RECORD
    if user.may(Permission.ADVISE) and review.meeting.member(user.id) is not None:
        return Mode.ADVICE
    return Mode.READ


def banner(review: Review, mode: Mode) -> tuple[str, Meaning]:
    """The line above the record: signed by whom, or where the decision shown comes from."""
    signed = review.shown_version
    if mode is Mode.AMEND:
        return (
            QCoreApplication.translate(
                "ReviewDialog",
                "Nieuwe versie: pas het besluit aan en geef de reden van de wijziging. De "
                "ondertekende versies blijven leesbaar.",
            ),
            Meaning.INFO,
        )
    if signed is not None and not signed.intact:
        return (
            QCoreApplication.translate(
                "ReviewDialog",
                "Versie {} klopt niet en geldt niet als ondertekend besluit: wat hieronder "
                "staat, kan buiten MaatwerkDesk zijn gewijzigd. Zie de rode melding hierboven.",
            ).format(signed.version),
            Meaning.CONFLICT,
        )
    if signed is not None:
        text = signed_line(signed) + "."
        latest = review.versions[-1]
        if latest.version > signed.version:
            newer = QCoreApplication.translate(
                "ReviewDialog", "Er is een nieuwere versie: versie {} (zie hieronder)."
            )
            text += " " + newer.format(latest.version)
        return text, Meaning.OK
    if review.item.record.decision is not None:
        return (
            QCoreApplication.translate(
                "ReviewDialog",
                "Nog niet ondertekend. Het besluit hieronder is door het overleg vastgelegd.",
            ),
            Meaning.WARNING,
        )
    return (
        QCoreApplication.translate(
            "ReviewDialog",
            "Nog niet ondertekend. Het besluit hieronder is het voorstel van de behandelaar; "
            "pas het aan als het overleg anders besluit, en sla het op.",
        ),
        Meaning.WARNING,
    )


def guidance(review: Review, mode: Mode) -> str:
    """What this person can do here, or what still stands in the way of signing."""
    chair, user = review.meeting.chair, review.user
    if review.integrity:
        return QCoreApplication.translate(
            "ReviewDialog",
            "Alleen-lezen tot een functioneel beheerder het dossier heeft beoordeeld.",
        )
    if mode is Mode.AMEND:
        return QCoreApplication.translate(
            "ReviewDialog", "Na ondertekening is de nieuwe versie het geldende besluit."
        )
    if review.item.signed_version is not None:
        if user.may(Permission.SIGN):
            return QCoreApplication.translate(
                "ReviewDialog",
                "Het besluit ligt vast. Een wijziging wordt een nieuwe versie met een reden.",
            )
        return QCoreApplication.translate(
            "ReviewDialog",
            "Het besluit ligt vast. Alleen een voorzitter kan een nieuwe versie maken.",
        )
    if user.id == chair.id:
        problems = review.check.problems
        if problems:
            return QCoreApplication.translate(
                "ReviewDialog", "Voor ondertekening nog nodig: {}"
            ).format(" ".join(shown_sentence(problem) for problem in problems))
        return QCoreApplication.translate("ReviewDialog", "Klaar om te ondertekenen.")
    if mode is Mode.RECORD:
        return QCoreApplication.translate(
            "ReviewDialog", "U legt het verslag vast; de voorzitter ({}) ondertekent."
        ).format(chair.name)
    if mode is Mode.ADVICE:
        return QCoreApplication.translate(
            "ReviewDialog", "U kunt uw eigen advies geven, of melden dat u een belang hebt."
        )
    return QCoreApplication.translate("ReviewDialog", "U kunt dit agendapunt alleen lezen.")


def what_is_fixed(
    decision: Decision,
    catalogue: FactorCatalogue | None,
    factors: frozenset[str],
    departs: tuple[str, ...],
    grounds: tuple[OverrideGround, ...],
) -> str:
    """The confirmation's detail: what signing fixes, and what follows from it."""
    lines = [
        QCoreApplication.translate("ReviewDialog", "Wat vast komt te liggen: {}.").format(
            shown_sentence(decision_text(decision, catalogue, factors))
        )
    ]
    if departs:
        lines.append(
            QCoreApplication.translate(
                "ReviewDialog", "Met de gemotiveerde afwijking van {}."
            ).format(shown_sentence(enumerate_nl(departs)))
        )
    if grounds:
        named = "; ".join(shown_label(g) for g in grounds)
        lines.append(
            QCoreApplication.translate(
                "ReviewDialog", "Met de gemotiveerde afwijking van de toets ({})."
            ).format(named)
        )
    lines.append(
        QCoreApplication.translate(
            "ReviewDialog",
            "Het dossier krijgt de status Besloten en telt meteen mee als precedent. Een "
            "latere wijziging kan alleen als nieuwe versie met een reden.",
        )
    )
    return "\n\n".join(lines)


def bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"• {shown_sentence(line)}" for line in lines)
