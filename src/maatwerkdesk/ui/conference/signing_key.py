"""Mijn ondertekeningssleutel: where a chair stands with their signing key, and making one.

The chair makes the key on the computer they sign at; the private part goes into that
computer's keyring. A functioneel beheerder registers it only after the chair has read its
fingerprint aloud, so the dialog shows the fingerprint large and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.services import signing_keys
from maatwerkdesk.services.signing_keys import KeyState, MyKey
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.forms.ui_signing_key_dialog import Ui_SigningKeyDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("SigningKeyDialog", "Mijn ondertekeningssleutel")
FINGERPRINT_POINTS = 18
READ_ALOUD = QT_TRANSLATE_NOOP(
    "SigningKeyDialog",
    "Lees deze vingerafdruk voor aan de functioneel beheerder, persoonlijk of aan de "
    "telefoon. Die registreert de sleutel pas als de vingerafdruk overeenkomt; daarna kunt u "
    "op deze computer ondertekenen. Tot dan blijft een eerder geregistreerde sleutel gelden.",
)


@dataclass(frozen=True)
class KeyView:
    """What the dialog says about one state of the key."""

    state: str
    next_step: str
    create: str
    """The create button's text."""


def key_view(mine: MyKey, *, just_made: bool = False) -> KeyView:
    again = QCoreApplication.translate("SigningKeyDialog", "&Nieuwe sleutel aanmaken…")
    if mine.state is KeyState.NONE:
        return KeyView(
            QCoreApplication.translate(
                "SigningKeyDialog", "U hebt nog geen ondertekeningssleutel."
            ),
            QCoreApplication.translate(
                "SigningKeyDialog",
                "Met een persoonlijke sleutel ondertekent u besluiten in het casuïstiekoverleg. "
                "Maak hem aan op de computer waarop u ondertekent: het geheime deel blijft in de "
                "sleutelbos van deze computer. Daarna vergelijkt u de vingerafdruk met de "
                "functioneel beheerder, die de sleutel registreert.",
            ),
            QCoreApplication.translate("SigningKeyDialog", "Sleutel &aanmaken"),
        )
    if mine.state is KeyState.PENDING:
        return KeyView(
            QCoreApplication.translate(
                "SigningKeyDialog", "Uw nieuwe sleutel is aangemaakt en wacht op registratie."
            )
            if just_made
            else QCoreApplication.translate(
                "SigningKeyDialog", "Uw sleutel wacht op registratie door de functioneel beheerder."
            ),
            QCoreApplication.translate("SigningKeyDialog", READ_ALOUD),
            again,
        )
    if mine.state is KeyState.READY:
        return KeyView(
            QCoreApplication.translate(
                "SigningKeyDialog", "Uw sleutel is geregistreerd en staat op deze computer."
            ),
            QCoreApplication.translate(
                "SigningKeyDialog",
                "U kunt hier besluiten ondertekenen. Een nieuwe sleutel is alleen nodig als deze "
                "verloren is gegaan of in verkeerde handen kan zijn gekomen.",
            ),
            again,
        )
    return KeyView(
        QCoreApplication.translate(
            "SigningKeyDialog", "Uw sleutel is geregistreerd, maar staat niet op deze computer."
        ),
        QCoreApplication.translate(
            "SigningKeyDialog",
            "Onderteken op de werkplek waar u de sleutel aanmaakte, of maak hier een nieuwe aan "
            "en laat die registreren. Tot die registratie blijft uw huidige sleutel gelden.",
        ),
        again,
    )


class SigningKeyDialog(QDialog):
    """Shows `signing_keys.my_key` and makes a key with `signing_keys.create_key`."""

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SigningKeyDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        # Its questions open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self.mine: MyKey | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.ui.state_label.setStyleSheet("QLabel { font-size: 12pt; font-weight: bold; }")
        self.ui.fingerprint_caption.setStyleSheet(theme.muted_label())
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(FINGERPRINT_POINTS)
        font.setWeight(QFont.Weight.Bold)
        self.ui.fingerprint_label.setFont(font)
        widest = QFontMetrics(font).horizontalAdvance("WWWW " * 9)
        self.ui.fingerprint_label.setMinimumWidth(widest)
        self.setMinimumWidth(max(widest, self.fontMetrics().averageCharWidth() * 95))
        self.ui.create_button.clicked.connect(self._on_create_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def refresh(self, *, just_made: bool = False) -> None:
        context = self._calls.context()
        mine = self._calls.read(self.tr(TITLE), lambda s: signing_keys.my_key(s, context))
        if mine is None:
            return
        self.mine = mine
        view = key_view(mine, just_made=just_made)
        ui = self.ui
        ui.state_label.setText(view.state)
        ui.next_label.setText(view.next_step)
        shown = mine.key is not None
        ui.fingerprint_caption.setVisible(shown)
        ui.fingerprint_label.setVisible(shown)
        ui.fingerprint_label.setText(mine.key.fingerprint if mine.key is not None else "")
        ui.create_button.setText(view.create)
        self.adjustSize()

    @Slot()
    def _on_create_clicked(self) -> None:
        if self.mine is not None and self.mine.state is not KeyState.NONE and not self._replace():
            return
        context = self._calls.context()
        made = self._calls.run(
            self.tr("Sleutel niet aangemaakt"), lambda s: signing_keys.create_key(s, context)
        )
        if made is None:  # refused (no keyring on this computer) and told
            return
        self.refresh(just_made=True)

    def _replace(self) -> bool:
        """Ask before a new key replaces one that waits or is registered."""
        registered = self.mine is not None and self.mine.state is not KeyState.PENDING
        detail = (
            self.tr(
                "Uw huidige sleutel blijft gelden tot de functioneel beheerder de nieuwe "
                "registreert; wat u ermee ondertekende, blijft geldig."
            )
            if registered
            else self.tr("De sleutel die nu op registratie wacht, vervalt.")
        )
        answer = self._calls.dialogs.ask(
            self,
            self.tr(TITLE),
            self.tr("Een nieuwe ondertekeningssleutel aanmaken?"),
            [
                Choice("create", self.tr("Nieuwe sleutel aanmaken")),
                Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail=detail,
        )
        return answer == "create"
