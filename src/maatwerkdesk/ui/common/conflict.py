"""The choice after a colleague saved first: the new version, or one's own kept as a concept.

Asked by the editor and by the conference's review when a save is refused because the
record changed after it was opened (`ConcurrentEditError`). Nothing is lost either way
without being said: the question names who changed what, which of it one changed too,
and what each answer does.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from maatwerkdesk.domain.concurrency import SOMEONE, Rebased, changed_by_line
from maatwerkdesk.domain.errors import ConcurrentEditError
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice, Dialogs, Tone
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("ConflictQuestion", "Intussen gewijzigd")
"""The question's title; translated (context "ConflictQuestion") where it is shown."""


class Answer(StrEnum):
    CONCEPT = "concept"
    """Keep one's own changes, on top of the new version, as unsaved work (a concept)."""
    REFRESH = "refresh"
    """Show the new version; one's own changes are dropped."""


def conflict_texts(
    what: str,
    error: ConcurrentEditError,
    rebased: Rebased[object],
    labels: Mapping[str, str],
) -> tuple[str, str]:
    """The question and its detail. `what` names the record ("Dossier MW-2026-00012")."""
    who = error.changed_by or shown_sentence(SOMEONE)
    question = QCoreApplication.translate(
        "ConflictQuestion",
        "{changed}, terwijl u het bewerkte. Vernieuwen, of uw versie bewaren als concept?",
    ).format(changed=shown_sentence(changed_by_line(what, error.changed_by, error.changed_at)))
    lines = []
    if rebased.theirs:
        lines.append(
            QCoreApplication.translate("ConflictQuestion", "{who} wijzigde: {parts}.").format(
                who=who, parts=_named(rebased.theirs, labels)
            )
        )
    if rebased.both:
        lines.append(
            QCoreApplication.translate(
                "ConflictQuestion",
                "U wijzigde ook: {parts}. Daar staat in uw concept uw tekst; slaat u het op, "
                "dan vervangt die de tekst van {who}.",
            ).format(who=who, parts=_named(rebased.both, labels))
        )
    lines.append(
        QCoreApplication.translate(
            "ConflictQuestion",
            "Bewaren als concept: uw wijzigingen blijven in het scherm, boven op de nieuwe "
            "versie, en worden automatisch bewaard. Ze zijn nog niet opgeslagen: kijk ze na en "
            "sla dan op.",
        )
    )
    lines.append(
        QCoreApplication.translate(
            "ConflictQuestion", "Vernieuwen: u ziet de nieuwe versie; uw wijzigingen vervallen."
        )
    )
    return question, "\n\n".join(lines)


def ask_conflict(
    dialogs: Dialogs,
    parent: QWidget,
    what: str,
    error: ConcurrentEditError,
    rebased: Rebased[object],
    labels: Mapping[str, str],
) -> Answer:
    question, detail = conflict_texts(what, error, rebased, labels)
    answer = dialogs.ask(
        parent,
        QCoreApplication.translate("ConflictQuestion", TITLE),
        question,
        [
            Choice(
                Answer.CONCEPT,
                QCoreApplication.translate("ConflictQuestion", "Mijn versie bewaren als concept"),
                ButtonRole.AcceptRole,
            ),
            Choice(
                Answer.REFRESH,
                QCoreApplication.translate("ConflictQuestion", "Vernieuwen"),
                ButtonRole.DestructiveRole,
            ),
        ],
        default=Answer.CONCEPT,
        escape=Answer.CONCEPT,
        detail=detail,
        tone=Tone.WARNING,
    )
    return Answer(answer)


def _named(parts: tuple[str, ...], labels: Mapping[str, str]) -> str:
    return shown_sentence(enumerate_nl([labels.get(part, part) for part in parts]))
