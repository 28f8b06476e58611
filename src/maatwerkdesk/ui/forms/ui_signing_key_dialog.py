# Generated from forms/signing_key_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_key_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SigningKeyDialog(object):
    def setupUi(self, SigningKeyDialog):
        if not SigningKeyDialog.objectName():
            SigningKeyDialog.setObjectName(u"SigningKeyDialog")
        SigningKeyDialog.resize(600, 380)
        self.dialog_layout = QVBoxLayout(SigningKeyDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.state_label = QLabel(SigningKeyDialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.state_label)

        self.fingerprint_caption = QLabel(SigningKeyDialog)
        self.fingerprint_caption.setObjectName(u"fingerprint_caption")

        self.dialog_layout.addWidget(self.fingerprint_caption)

        self.fingerprint_label = QLabel(SigningKeyDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.fingerprint_label)

        self.next_label = QLabel(SigningKeyDialog)
        self.next_label.setObjectName(u"next_label")
        self.next_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.next_label)

        self.dialog_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.create_button = QPushButton(SigningKeyDialog)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.create_button)

        self.button_box = QDialogButtonBox(SigningKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(SigningKeyDialog)

        QMetaObject.connectSlotsByName(SigningKeyDialog)
    # setupUi

    def retranslateUi(self, SigningKeyDialog):
        SigningKeyDialog.setWindowTitle(QCoreApplication.translate("SigningKeyDialog", u"Mijn ondertekeningssleutel", None))
        self.state_label.setText("")
        self.fingerprint_caption.setText(QCoreApplication.translate("SigningKeyDialog", u"Vingerafdruk van uw sleutel:", None))
#if QT_CONFIG(accessibility)
        self.fingerprint_label.setAccessibleName(QCoreApplication.translate("SigningKeyDialog", u"Vingerafdruk", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint_label.setText("")
        self.next_label.setText("")
        self.create_button.setText(QCoreApplication.translate("SigningKeyDialog", u"Sleutel &aanmaken", None))
#if QT_CONFIG(tooltip)
        self.create_button.setToolTip(QCoreApplication.translate("SigningKeyDialog", u"Een nieuw sleutelpaar maken: het geheime deel gaat in de sleutelbos van deze computer", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

