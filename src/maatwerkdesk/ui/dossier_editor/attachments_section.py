"""The attachments tab: files stored with the dossier at once (encrypted), opened as
read-only plaintext copies that are removed when the editor starts or closes."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QUrl, Slot

from maatwerkdesk.domain.dossier import AttachmentInfo, DossierRecord
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.services import attachments
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice, Tone
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.dossier_editor.models import AttachmentModel
from maatwerkdesk.ui.dossier_editor.presentation import is_risky_file, viewing_name
from maatwerkdesk.ui.dossier_editor.sections import (
    apply_change,
    selected_item,
    setup_table,
    show_saved_state,
)
from maatwerkdesk.ui.forms.ui_dossier_editor import Ui_DossierEditor
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_SAVE_FIRST = QT_TRANSLATE_NOOP(
    "AttachmentsSection", "Sla het dossier eerst op om bijlagen toe te voegen."
)


class AttachmentsSection(QObject):
    """Adds, opens and removes attachments; `adopt` takes in the changed dossier."""

    def __init__(
        self,
        ui: Ui_DossierEditor,
        calls: ServiceCaller,
        record: Callable[[], DossierRecord | None],
        adopt: Callable[[DossierRecord], None],
    ) -> None:
        super().__init__(calls.parent)
        self._ui = ui
        self._calls = calls
        self._record = record
        self._adopt = adopt
        self._viewing_dir = calls.workspace.paths.data / "geopend"
        _remove_tree(self._viewing_dir)
        self.model = AttachmentModel(self)
        setup_table(
            ui.attachments_view,
            self.model,
            stretch=(AttachmentModel.NAME, AttachmentModel.DESCRIPTION),
        )
        ui.attachments_add_button.clicked.connect(self.add)
        ui.attachments_open_button.clicked.connect(self.open_selected)
        ui.attachments_remove_button.clicked.connect(self.remove_selected)
        ui.attachments_view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.attachments_view.doubleClicked.connect(self._on_attachments_view_double_clicked)

    def show_record(self, record: DossierRecord | None) -> None:
        saved = record is not None
        self.model.set_rows(record.attachments if record is not None else ())
        show_saved_state(
            self._ui.attachments_hint_label,
            self._ui.attachments_add_button,
            (
                self.tr(
                    "Bijlagen worden direct bij het dossier bewaard. Open een bijlage alleen als "
                    "u weet waar die vandaan komt."
                ),
                self.tr(_SAVE_FIRST),
            ),
            saved,
        )
        self._update_buttons()

    @Slot()
    def add(self) -> None:
        record = self._record()
        calls = self._calls
        if record is None:
            calls.dialogs.inform(calls.parent, self.tr("Bijlagen"), self.tr(_SAVE_FIRST))
            return
        context = calls.context()
        store = calls.workspace.attachments
        for path in calls.dialogs.choose_files(calls.parent, self.tr("Bijlagen toevoegen")):
            description = calls.dialogs.ask_text(
                calls.parent,
                self.tr("Omschrijving van de bijlage"),
                self.tr(
                    "Wat is ‘{}’? Bijv. 'Brief van de Belastingdienst, 3 maart'. Mag leeg blijven."
                ).format(path.name),
            )
            if description is None:
                continue
            apply_change(
                calls,
                self.tr("Bijlage toevoegen"),
                partial(
                    attachments.add_attachment,
                    context=context,
                    store=store,
                    dossier_id=record.id,
                    source=path,
                    description=description,
                ),
                self._adopt,
            )

    @Slot()
    def open_selected(self) -> None:
        record, info = self._record(), self._selected()
        if record is None or info is None:
            return
        calls = self._calls
        if is_risky_file(info.original_name):
            answer = calls.dialogs.ask(
                calls.parent,
                self.tr("Bijlage openen"),
                self.tr("‘{}’ kan een programma of macro starten. Toch openen?").format(
                    info.original_name
                ),
                [
                    Choice("open", self.tr("Toch openen"), ButtonRole.AcceptRole),
                    Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
                ],
                default="cancel",
                escape="cancel",
                detail=self.tr(
                    "Open zo'n bestand alleen als u zeker weet waar het vandaan komt. "
                    "Twijfelt u, vraag het dan eerst na bij de afzender of de servicedesk."
                ),
                tone=Tone.WARNING,
            )
            if answer != "open":
                return
        context, store = calls.context(), calls.workspace.attachments
        try:
            target = self._viewing_target(info)
            calls.attempt(
                lambda s: attachments.open_attachment(s, context, store, record.id, info.id, target)
            )
            target.chmod(stat.S_IRUSR)
        except DomainError as error:
            calls.tell(self.tr("Bijlage openen"), error, self.tr("De bijlage is niet geopend."))
            return
        except OSError as error:
            log.error("Attachment %s could not be prepared for viewing: %s", info.id, error)
            calls.warn(
                self.tr("Bijlage openen"),
                self.tr(
                    "Het bestand van deze bijlage kan niet worden gelezen. Het ontbreekt of is "
                    "beschadigd; voeg het zo nodig opnieuw toe."
                ),
            )
            return
        if not calls.dialogs.open_url(QUrl.fromLocalFile(str(target))):
            calls.warn(
                self.tr("Bijlage openen"),
                self.tr("Er is geen programma gevonden om dit soort bestand te openen."),
            )

    @Slot()
    def remove_selected(self) -> None:
        record, info = self._record(), self._selected()
        if record is None or info is None:
            return
        calls = self._calls
        if not calls.confirm_removal(
            self.tr("Bijlage verwijderen"),
            self.tr("De bijlage ‘{}’ uit het dossier verwijderen?").format(info.original_name),
        ):
            return
        context = calls.context()
        apply_change(
            calls,
            self.tr("Bijlage verwijderen"),
            lambda s: attachments.remove_attachment(s, context, record.id, info.id),
            self._adopt,
        )

    def _viewing_target(self, info: AttachmentInfo) -> Path:
        """Where the plaintext copy goes, under the original name so that the right program
        opens it (the store keeps files under their hash, encrypted). The copies live in
        the data folder, readable by the user only, and are removed when the editor closes
        and the next time it starts (`remove_viewing_copies`)."""
        folder = self._viewing_dir / info.id
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / viewing_name(info.original_name)
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
            target.unlink()
        return target

    def remove_viewing_copies(self) -> None:
        _remove_tree(self._viewing_dir)

    def _selected(self) -> AttachmentInfo | None:
        return selected_item(self._ui.attachments_view)

    @Slot()
    def _update_buttons(self) -> None:
        selected = self._record() is not None and self._selected() is not None
        self._ui.attachments_open_button.setEnabled(selected)
        self._ui.attachments_remove_button.setEnabled(selected)

    @Slot(QModelIndex)
    def _on_attachments_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_selected()


def _remove_tree(folder: Path) -> None:
    """Remove `folder`, read-only files included; whatever is still in use stays."""

    def make_writable_and_retry(function: Callable[[str], object], path: str, _exc: object) -> None:
        try:
            os.chmod(path, stat.S_IRWXU)
            function(path)
        except OSError:
            pass

    if not folder.exists():
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=make_writable_and_retry)
    else:
        shutil.rmtree(folder, onerror=make_writable_and_retry)
