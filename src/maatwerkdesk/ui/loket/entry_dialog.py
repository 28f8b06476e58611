"""One dialog for what the Loket step records: an organisation involved, a referral, a
consent, a sharing, or the next step of a referral. Each shows only the rows it needs;
the services check what is entered (services/loket.py), so this only gathers it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.loket import (
    MINIMAL,
    NEEDS_PROVISION,
    Consent,
    FieldGroup,
    Ground,
    InvolvementRole,
    ReferralStatus,
)
from maatwerkdesk.domain.organisation_list import OrganisationList
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.forms.ui_loket_entry_dialog import Ui_LoketEntryDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP


class Kind(Enum):
    """Each value is the dialog's title in Dutch; `title` is it in the user's language."""

    ORGANISATION = QT_TRANSLATE_NOOP("LoketEntryDialog", "Organisatie toevoegen")
    REFERRAL = QT_TRANSLATE_NOOP("LoketEntryDialog", "Verwijzen")
    CONSENT = QT_TRANSLATE_NOOP("LoketEntryDialog", "Toestemming vastleggen")
    SHARE = QT_TRANSLATE_NOOP("LoketEntryDialog", "Gegevens delen")
    STEP = QT_TRANSLATE_NOOP("LoketEntryDialog", "Volgende stap van de verwijzing")

    @property
    def title(self) -> str:
        """The dialog's title (and that of its messages), translated."""
        return QCoreApplication.translate("LoketEntryDialog", self.value)

    @property
    def done(self) -> str:
        """What the dialog's OK button says, translated."""
        return QCoreApplication.translate("LoketEntryDialog", _DONE[self])


_DONE = {
    Kind.ORGANISATION: QT_TRANSLATE_NOOP("LoketEntryDialog", "Toevoegen"),
    Kind.REFERRAL: QT_TRANSLATE_NOOP("LoketEntryDialog", "Verwijzen"),
    Kind.CONSENT: QT_TRANSLATE_NOOP("LoketEntryDialog", "Vastleggen"),
    Kind.SHARE: QT_TRANSLATE_NOOP("LoketEntryDialog", "Delen"),
    Kind.STEP: QT_TRANSLATE_NOOP("LoketEntryDialog", "Vastleggen"),
}


_ROWS = {
    Kind.ORGANISATION: ("organisation", "role", "purpose"),
    Kind.REFERRAL: ("organisation", "purpose", "warm"),
    Kind.CONSENT: ("organisation", "groups", "purpose", "date"),
    Kind.SHARE: ("organisation", "ground", "provision", "consent", "groups"),
    Kind.STEP: ("role", "date"),
}
_HINTS = {
    Kind.ORGANISATION: QT_TRANSLATE_NOOP(
        "LoketEntryDialog", "Een organisatie waarmee de betrokkene in deze zaak te maken heeft."
    ),
    Kind.REFERRAL: QT_TRANSLATE_NOOP(
        "LoketEntryDialog",
        "Wat vraagt u de organisatie te doen? Bij een warme overdracht brengt u de "
        "betrokkene zelf in contact, bijvoorbeeld in een gesprek met z'n drieën.",
    ),
    Kind.CONSENT: QT_TRANSLATE_NOOP(
        "LoketEntryDialog",
        "Voor welke gegevens en welke organisatie gaf de betrokkene toestemming, en "
        "wanneer? Zonder datum geldt vandaag.",
    ),
    Kind.SHARE: QT_TRANSLATE_NOOP(
        "LoketEntryDialog",
        "Deel niet meer dan nodig: zonder identificerende gegevens is de samenvatting "
        "gepseudonimiseerd. Bij toestemming (a) kiest u de toestemming; bij c en e noemt u het "
        "wetsartikel. Grondslag f geldt niet voor een overheidsorganisatie.",
    ),
    Kind.STEP: QT_TRANSLATE_NOOP(
        "LoketEntryDialog",
        "Naar welke stap gaat de verwijzing, en op welke dag? Zonder datum geldt vandaag.",
    ),
}
_PURPOSE_LABELS = {
    Kind.REFERRAL: QT_TRANSLATE_NOOP("LoketEntryDialog", "&Vraag aan de organisatie:")
}
"""The hints and labels per kind, translated (context "LoketEntryDialog") where shown."""


@dataclass(frozen=True)
class Entry:
    """What the dialog gathered; fields a kind does not ask stay at their defaults."""

    organisation: str = ""
    role: InvolvementRole = InvolvementRole.INVOLVED
    text: str = ""
    warm: bool = False
    ground: Ground = Ground.PUBLIC_TASK
    provision: str = ""
    consent_id: str = ""
    groups: frozenset[FieldGroup] = field(default_factory=lambda: MINIMAL)
    on: date | None = None
    status: ReferralStatus | None = None


class LoketEntryDialog(QDialog):
    def __init__(
        self,
        kind: Kind,
        organisations: OrganisationList,
        *,
        consents: tuple[Consent, ...] = (),
        steps: tuple[ReferralStatus, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoketEntryDialog()
        self.ui.setupUi(self)
        self._kind = kind
        self.setWindowTitle(kind.title)
        self.ui.hint_label.setText(self.tr(_HINTS[kind]))
        ui = self.ui
        for organisation in organisations.organisations:
            ui.organisation_combo.addItem(organisation.name, organisation.id)
        if kind is Kind.STEP:
            ui.role_label.setText(self.tr("&Stap:"))
            for status in steps:
                ui.role_combo.addItem(shown_label(status), status)
        else:
            for role in InvolvementRole:
                ui.role_combo.addItem(shown_label(role), role)
        for ground in Ground:
            ui.ground_combo.addItem(shown_label(ground), ground)
        ui.ground_combo.setCurrentIndex(ui.ground_combo.findData(Ground.PUBLIC_TASK))
        for consent in consents:
            names = shown_sentence(organisations.name_of(consent.organisation))
            if consent.withdrawn_on:
                text = self.tr("{names}, gegeven {given}, ingetrokken {withdrawn}")
            else:
                text = self.tr("{names}, gegeven {given}")
            given, withdrawn = consent.given_on, consent.withdrawn_on
            ui.consent_combo.addItem(
                text.format(
                    names=names,
                    given=f"{given:%d-%m-%Y}",
                    withdrawn=f"{withdrawn:%d-%m-%Y}" if withdrawn else "",
                ),
                consent.id,
            )
        for group in FieldGroup:
            item = QListWidgetItem(shown_label(group), ui.groups_list)
            item.setData(Qt.ItemDataRole.UserRole, group)
            checked = group in MINIMAL
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if kind in _PURPOSE_LABELS:
            ui.purpose_label.setText(self.tr(_PURPOSE_LABELS[kind]))
        self._show_rows()
        ui.ground_combo.currentIndexChanged.connect(self._show_rows)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(kind.done)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        plain_labels(self)

    def _show_rows(self) -> None:
        """The rows this kind asks; of a sharing, the consent only on ground a and the
        provision only where a ground needs one."""
        shown = set(_ROWS[self._kind])
        if self._kind is Kind.SHARE:
            ground = self.ui.ground_combo.currentData()
            if ground is not Ground.CONSENT:
                shown.discard("consent")
            if ground not in NEEDS_PROVISION:
                shown.discard("provision")
        form = self.ui.entry_form
        for row in range(form.rowCount()):
            label = form.itemAt(row, form.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            name = widget.objectName().removesuffix("_label") if widget is not None else "warm"
            form.setRowVisible(row, name in shown)

    def entry(self) -> Entry:
        """What was entered; a ValidationError for a date that cannot be read."""
        ui = self.ui
        groups = frozenset(
            ui.groups_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(ui.groups_list.count())
            if ui.groups_list.item(row).checkState() == Qt.CheckState.Checked
        )
        chosen_role = ui.role_combo.currentData()
        return Entry(
            organisation=ui.organisation_combo.currentData() or "",
            role=chosen_role
            if isinstance(chosen_role, InvolvementRole)
            else InvolvementRole.INVOLVED,
            text=ui.purpose_edit.toPlainText(),
            warm=ui.warm_check.isChecked(),
            ground=ui.ground_combo.currentData(),
            provision=ui.provision_edit.text(),
            consent_id=ui.consent_combo.currentData() or "",
            groups=groups,
            on=_day(ui.date_edit.text()),
            status=chosen_role if isinstance(chosen_role, ReferralStatus) else None,
        )


def _day(text: str) -> date | None:
    """A typed date (dd-mm-jjjj); None when empty (the service takes today)."""
    if not text.strip():
        return None
    try:
        return datetime.strptime(text.strip(), "%d-%m-%Y").date()
    except ValueError:
        raise ValidationError(
            "date",
            QCoreApplication.translate(
                "LoketEntryDialog",
                "Schrijf de datum als dd-mm-jjjj (bijv. 07-12-2026), of laat het veld leeg.",
            ),
        ) from None
