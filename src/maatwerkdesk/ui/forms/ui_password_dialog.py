# Generated from forms/password_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(520, 260)
        self.dialog_layout = QVBoxLayout(PasswordDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.question_label = QLabel(PasswordDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.question_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.login_caption = QLabel(PasswordDialog)
        self.login_caption.setObjectName(u"login_caption")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_caption)

        self.login_label = QLabel(PasswordDialog)
        self.login_label.setObjectName(u"login_label")
        self.login_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_label)

        self.password_caption = QLabel(PasswordDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(PasswordDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.storage_label = QLabel(PasswordDialog)
        self.storage_label.setObjectName(u"storage_label")
        self.storage_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.storage_label)

        self.dialog_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_caption.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Verbinden met de teamdatabase", None))
        self.question_label.setText("")
        self.login_caption.setText(QCoreApplication.translate("PasswordDialog", u"Gebruiker:", None))
#if QT_CONFIG(accessibility)
        self.login_label.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Gebruiker", None))
#endif // QT_CONFIG(accessibility)
        self.login_label.setText("")
        self.password_caption.setText(QCoreApplication.translate("PasswordDialog", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.storage_label.setText("")
    # retranslateUi

