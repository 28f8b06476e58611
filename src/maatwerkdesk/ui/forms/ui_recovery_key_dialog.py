# Generated from forms/recovery_key_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(640, 300)
        self.dialog_layout = QVBoxLayout(RecoveryKeyDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(RecoveryKeyDialog)
        self.heading_label.setObjectName(u"heading_label")

        self.dialog_layout.addWidget(self.heading_label)

        self.message_label = QLabel(RecoveryKeyDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.key_label = QLabel(RecoveryKeyDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setFrameShape(QFrame.StyledPanel)
        self.key_label.setAlignment(Qt.AlignCenter)
        self.key_label.setMargin(12)
        self.key_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.key_label)

        self.kept_check = QCheckBox(RecoveryKeyDialog)
        self.kept_check.setObjectName(u"kept_check")

        self.dialog_layout.addWidget(self.kept_check)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(RecoveryKeyDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons_layout.addWidget(self.print_button)

        self.button_box = QDialogButtonBox(RecoveryKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Ok)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(RecoveryKeyDialog)

        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Herstelsleutel bewaren", None))
        self.heading_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Bewaar deze herstelsleutel", None))
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Herstelsleutel", None))
#endif // QT_CONFIG(accessibility)
        self.key_label.setText("")
        self.kept_check.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Ik heb de herstelsleutel &opgeschreven of afgedrukt", None))
        self.print_button.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Afdrukken\u2026", None))
    # retranslateUi

