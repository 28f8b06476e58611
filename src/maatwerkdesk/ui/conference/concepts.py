"""One's own version of an agenda item's record, kept as a concept after a colleague saved
the record first (services/drafts.py), and offered back when the item is opened again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.conference import AgendaItem, ItemRecord, record_from_data, record_to_data
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.services import drafts
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice
from maatwerkdesk.ui.common.formatting import format_moment
from maatwerkdesk.ui.common.service_calls import ServiceCaller

log = logging.getLogger(__name__)


class RecordConcepts:
    """The acting person's concepts of agenda items' records."""

    def __init__(self, calls: ServiceCaller) -> None:
        self._calls = calls

    def keep(self, item: AgendaItem, record: ItemRecord) -> bool:
        """Store `record`, made on top of `item`'s record as it is now; whether it was."""
        context = self._calls.context()
        payload = {"item": item.id, "record": record_to_data(record)}
        return self._calls.perform(
            QCoreApplication.translate("RecordConcepts", "Concept"),
            lambda s: drafts.save_draft(
                s, context, item.dossier_id, item.revision, payload, kind=drafts.AGENDA_ITEM
            ),
            what=QCoreApplication.translate(
                "RecordConcepts", "Het concept is niet bewaard; uw versie staat nog in het scherm."
            ),
        )

    def drop(self, dossier_id: str) -> None:
        context = self._calls.context()
        try:
            self._calls.attempt(
                lambda s: drafts.discard_draft(s, context, dossier_id, kind=drafts.AGENDA_ITEM)
            )
        except DomainError as error:
            log.warning("A concept was not discarded (%s)", type(error).__name__)

    def offer(self, item: AgendaItem) -> ItemRecord | None:
        """A concept of this item's record kept earlier, if the caseworker wants it back."""
        context = self._calls.context()
        found = self._calls.read(
            QCoreApplication.translate("RecordConcepts", "Concept"),
            lambda s: drafts.pending_drafts(s, context, kind=drafts.AGENDA_ITEM),
        )
        draft = next(
            (d for d in found or () if d.dossier_id == item.dossier_id),
            None,
        )
        if draft is None or draft.payload.get("item") != item.id:
            return None
        try:
            record = record_from_data(draft.payload["record"])
        except (KeyError, TypeError, ValueError):
            log.warning("A concept of an agenda item's record cannot be read")
            return None
        detail = QCoreApplication.translate(
            "RecordConcepts",
            "U bewaarde het toen een collega het verslag eerder opsloeg. Kiest u Weggooien, dan "
            "is het definitief weg.",
        )
        if draft.base_revision != item.revision:
            detail += " " + QCoreApplication.translate(
                "RecordConcepts",
                "Het verslag is sindsdien opnieuw gewijzigd: kijk uw concept na voordat u het "
                "opslaat.",
            )
        answer = self._calls.dialogs.ask(
            self._calls.parent,
            QCoreApplication.translate("RecordConcepts", "Concept van het verslag"),
            QCoreApplication.translate(
                "RecordConcepts",
                "Er is een concept van uw versie van dit verslag van {}. Wilt u het terugzetten?",
            ).format(format_moment(draft.saved_at)),
            [
                Choice(
                    "restore",
                    QCoreApplication.translate("RecordConcepts", "Terugzetten"),
                    ButtonRole.AcceptRole,
                ),
                Choice(
                    "discard",
                    QCoreApplication.translate("RecordConcepts", "Weggooien"),
                    ButtonRole.DestructiveRole,
                ),
            ],
            default="restore",
            escape="restore",
            detail=detail,
        )
        if answer != "restore":
            self.drop(item.dossier_id)
            return None
        return record
