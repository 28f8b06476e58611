"""The Loket step of the dossier editor: the organisations involved, referrals and warm
handovers, the citizen's consents and what was shared with whom. Every act goes through
services/loket.py, which refuses what may not be done; the summary of a sharing opens in
the PDF preview (the main window's export actions)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.loket import (
    NEEDS_PROVISION,
    NEXT_STATUSES,
    Basis,
    Consent,
    FieldGroup,
    Ground,
    Loket,
    Referral,
    ReferralStatus,
)
from maatwerkdesk.services import loket
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.dossier_tab import DossierTab
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import labels_listed, shown_label, shown_sentence
from maatwerkdesk.ui.forms.ui_loket_panel import Ui_LoketPanel
from maatwerkdesk.ui.loket.entry_dialog import Entry, Kind, LoketEntryDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("LoketPanel", "Loket")
"""The tab's name in its messages, translated (context "LoketPanel") where shown."""
ID_ROLE = Qt.ItemDataRole.UserRole


class _Listed(Protocol):
    """A row of one of the trees: found again by its id."""

    @property
    def id(self) -> str: ...


L = TypeVar("L", bound=_Listed)
Ask = Callable[[LoketEntryDialog], Entry | None]


def ask_in_dialog(dialog: LoketEntryDialog) -> Entry | None:
    """Show the dialog; what was entered, or None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.entry()


class LoketPanel(DossierTab[Loket]):
    title = TITLE
    summary_requested = Signal(str, str)
    """The dossier's id and a sharing's id: show the summary of that sharing."""

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.ui = Ui_LoketPanel()
        self.ui.setupUi(self)
        plain_labels(self)
        self.ask: Ask = ask_in_dialog
        """Gathers an entry from its dialog; tests replace it."""
        ui = self.ui
        ui.add_organisation_button.clicked.connect(self._on_add_organisation)
        ui.remove_organisation_button.clicked.connect(self._on_remove_organisation)
        ui.add_referral_button.clicked.connect(self._on_add_referral)
        ui.move_referral_button.clicked.connect(self._on_move_referral)
        ui.add_consent_button.clicked.connect(self._on_add_consent)
        ui.withdraw_consent_button.clicked.connect(self._on_withdraw_consent)
        ui.share_button.clicked.connect(self._on_share)
        ui.summary_button.clicked.connect(self._on_summary)
        for tree, stretched in zip(self._trees(), ((2,), (3,), (1,), (2, 3)), strict=True):
            tree.currentItemChanged.connect(self._update_buttons)
            _fit_width(tree, stretched)
            fit_height(tree)
        self._update_buttons()

    def _trees(self) -> tuple[QTreeWidget, ...]:
        ui = self.ui
        return (ui.organisation_tree, ui.referral_tree, ui.consent_tree, ui.sharing_tree)

    def reading_controls(self) -> tuple[QWidget, ...]:
        return (*self._trees(), self.ui.summary_button)

    # ------------------------------------------------------------------ reading

    def _loader(self, dossier_id: str) -> Callable[[Session], Loket]:
        context = self._calls.context()
        return lambda session: loket.load_loket(session, context, dossier_id)

    def _show_state(self, state: Loket) -> None:
        self._state = state
        names = loket.organisations()
        ui = self.ui
        _fill(
            ui.organisation_tree,
            [
                (i.id, (shown_sentence(names.name_of(i.organisation)), shown_label(i.role), i.note))
                for i in state.involvements
            ],
        )
        _fill(
            ui.referral_tree,
            [
                (
                    r.id,
                    (
                        shown_sentence(names.name_of(r.organisation)),
                        self.tr("warm") if r.warm else self.tr("gewoon"),
                        f"{shown_label(r.status)} {r.dates[-1][1]:%d-%m-%Y}",
                        r.purpose,
                    ),
                )
                for r in state.referrals
            ],
        )
        _fill(
            ui.consent_tree,
            [
                (
                    c.id,
                    (
                        shown_sentence(names.name_of(c.organisation)),
                        _groups_text(c.groups),
                        f"{c.given_on:%d-%m-%Y}",
                        f"{c.withdrawn_on:%d-%m-%Y}" if c.withdrawn_on else "",
                    ),
                )
                for c in state.consents
            ],
        )
        _fill(
            ui.sharing_tree,
            [
                (
                    s.id,
                    (
                        f"{s.shared_on:%d-%m-%Y}",
                        shown_sentence(names.name_of(s.organisation)),
                        _groups_text(s.groups),
                        _basis_text(s.basis),
                    ),
                )
                for s in state.sharings
            ],
        )
        self._update_buttons()

    def _show_nothing(self) -> None:
        self._show_state(Loket())
        self._state = None

    @Slot()
    def _update_buttons(self) -> None:
        ui, state = self.ui, self._state
        shown = state is not None
        chosen = [tree.currentItem() is not None for tree in self._trees()]
        for button in (ui.add_organisation_button, ui.add_referral_button):
            button.setEnabled(shown)
        ui.add_consent_button.setEnabled(shown)
        ui.share_button.setEnabled(shown)
        ui.remove_organisation_button.setEnabled(chosen[0])
        referral = self._chosen_referral()
        ui.move_referral_button.setEnabled(
            referral is not None and bool(NEXT_STATUSES[referral.status])
        )
        consent = self._chosen(ui.consent_tree, state.consents if state else ())
        ui.withdraw_consent_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        ui.summary_button.setEnabled(chosen[3])

    def _chosen(self, tree: QTreeWidget, values: Iterable[L]) -> L | None:
        item = tree.currentItem()
        wanted = item.data(0, ID_ROLE) if item is not None else None
        return next((value for value in values if value.id == wanted), None)

    def _chosen_referral(self) -> Referral | None:
        return self._chosen(self.ui.referral_tree, self._state.referrals if self._state else ())

    # ------------------------------------------------------------------ acts

    def _entry(
        self,
        kind: Kind,
        *,
        consents: tuple[Consent, ...] = (),
        steps: tuple[ReferralStatus, ...] = (),
    ) -> Entry | None:
        dialog = LoketEntryDialog(
            kind, loket.organisations(), consents=consents, steps=steps, parent=self
        )
        try:
            return self.ask(dialog)
        except DomainError as error:
            self._calls.tell(kind.title, error)
            return None
        finally:
            dialog.deleteLater()

    def _act(self, what: str, act: Callable[[Session, str], object]) -> None:
        """Run an act on the dossier shown, then show the loket as it now is."""
        record = self._record
        if record is None:
            return
        done = self._calls.run(what, lambda s: act(s, record.id))
        if done is None:
            return
        self.refresh()
        self.stored.emit()

    @Slot()
    def _on_add_organisation(self) -> None:
        entry = self._entry(Kind.ORGANISATION)
        if entry is not None:
            self._act(
                Kind.ORGANISATION.title,
                lambda s, d: loket.add_involvement(
                    s, self._calls.context(), d, entry.organisation, entry.role, entry.text
                ),
            )

    @Slot()
    def _on_remove_organisation(self) -> None:
        item = self.ui.organisation_tree.currentItem()
        if item is None:
            return
        chosen = item.data(0, ID_ROLE)
        self._act(
            self.tr("Organisatie verwijderen"),
            lambda s, d: loket.remove_involvement(s, self._calls.context(), d, chosen),
        )

    @Slot()
    def _on_add_referral(self) -> None:
        entry = self._entry(Kind.REFERRAL)
        if entry is not None:
            self._act(
                Kind.REFERRAL.title,
                lambda s, d: loket.add_referral(
                    s, self._calls.context(), d, entry.organisation, entry.text, warm=entry.warm
                ),
            )

    @Slot()
    def _on_move_referral(self) -> None:
        referral = self._chosen_referral()
        if referral is None:
            return
        entry = self._entry(Kind.STEP, steps=NEXT_STATUSES[referral.status])
        if entry is not None and entry.status is not None:
            status = entry.status
            self._act(
                Kind.STEP.title,
                lambda s, d: loket.move_referral(
                    s, self._calls.context(), d, referral.id, status, entry.on
                ),
            )

    @Slot()
    def _on_add_consent(self) -> None:
        entry = self._entry(Kind.CONSENT)
        if entry is not None:
            self._act(
                Kind.CONSENT.title,
                lambda s, d: loket.record_consent(
                    s,
                    self._calls.context(),
                    d,
                    entry.organisation,
                    entry.groups,
                    entry.on,
                    entry.text,
                ),
            )

    @Slot()
    def _on_withdraw_consent(self) -> None:
        consent = self._chosen(self.ui.consent_tree, self._state.consents if self._state else ())
        if consent is None:
            return
        self._act(
            self.tr("Toestemming intrekken"),
            lambda s, d: loket.withdraw_consent(s, self._calls.context(), d, consent.id),
        )

    @Slot()
    def _on_share(self) -> None:
        state = self._state
        entry = self._entry(Kind.SHARE, consents=state.consents if state else ())
        if entry is None or self._record is None:
            return
        basis = Basis(
            entry.ground,
            entry.consent_id if entry.ground is Ground.CONSENT else "",
            entry.provision,
        )
        request = loket.SharingRequest(entry.organisation, basis, entry.groups)
        dossier_id = self._record.id
        shared = self._calls.run(
            Kind.SHARE.title,
            lambda s: loket.share_data(s, self._calls.context(), dossier_id, request),
        )
        if shared is None:
            return
        self.refresh()
        self.stored.emit()
        self.summary_requested.emit(dossier_id, shared.id)

    @Slot()
    def _on_summary(self) -> None:
        item = self.ui.sharing_tree.currentItem()
        if item is not None and self._record is not None:
            self.summary_requested.emit(self._record.id, item.data(0, ID_ROLE))


def _fit_width(tree: QTreeWidget, stretched: tuple[int, ...]) -> None:
    """Short columns as wide as their text, the `stretched` ones sharing what is left (their
    text elided, whole in the tooltip), so nothing scrolls sideways."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        fitted = column not in stretched
        mode = QHeaderView.ResizeMode.ResizeToContents if fitted else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)


def _groups_text(groups: frozenset[FieldGroup]) -> str:
    """'de zaak (…) en het knelpunt …', in the order of `FieldGroup`."""
    return labels_listed(group for group in FieldGroup if group in groups)


def _basis_text(basis: Basis) -> str:
    """The ground of a sharing, with the provision it needs ('… (Wmo 2015, art. 5.1.1)')."""
    if basis.ground in NEEDS_PROVISION and basis.provision:
        return f"{shown_label(basis.ground)} ({basis.provision})"
    return shown_label(basis.ground)


def _fill(tree: QTreeWidget, rows: list[tuple[str, tuple[str, ...]]]) -> None:
    current = tree.currentItem()
    chosen = current.data(0, ID_ROLE) if current is not None else None
    tree.clear()
    for row_id, texts in rows:
        item = QTreeWidgetItem(list(texts))
        item.setData(0, ID_ROLE, row_id)
        for column, text in enumerate(texts):
            item.setToolTip(column, text)
        tree.addTopLevelItem(item)
        if row_id == chosen:
            tree.setCurrentItem(item)
