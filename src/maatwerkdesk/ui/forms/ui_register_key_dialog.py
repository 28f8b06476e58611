# Generated from forms/register_key_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_key_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RegisterKeyDialog(object):
    def setupUi(self, RegisterKeyDialog):
        if not RegisterKeyDialog.objectName():
            RegisterKeyDialog.setObjectName(u"RegisterKeyDialog")
        RegisterKeyDialog.resize(640, 300)
        self.dialog_layout = QVBoxLayout(RegisterKeyDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(RegisterKeyDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(RegisterKeyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.created_caption = QLabel(RegisterKeyDialog)
        self.created_caption.setObjectName(u"created_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.created_caption)

        self.created_label = QLabel(RegisterKeyDialog)
        self.created_label.setObjectName(u"created_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.created_label)

        self.known_caption = QLabel(RegisterKeyDialog)
        self.known_caption.setObjectName(u"known_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.known_caption)

        self.known_label = QLabel(RegisterKeyDialog)
        self.known_label.setObjectName(u"known_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.known_label)

        self.typed_label = QLabel(RegisterKeyDialog)
        self.typed_label.setObjectName(u"typed_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typed_label)

        self.typed_edit = QLineEdit(RegisterKeyDialog)
        self.typed_edit.setObjectName(u"typed_edit")
        self.typed_edit.setMaxLength(48)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typed_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.result_label = QLabel(RegisterKeyDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.result_label)

        self.dialog_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(RegisterKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.typed_label.setBuddy(self.typed_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterKeyDialog)

        QMetaObject.connectSlotsByName(RegisterKeyDialog)
    # setupUi

    def retranslateUi(self, RegisterKeyDialog):
        RegisterKeyDialog.setWindowTitle(QCoreApplication.translate("RegisterKeyDialog", u"Sleutel registreren", None))
        self.heading_label.setText("")
        self.intro_label.setText(QCoreApplication.translate("RegisterKeyDialog", u"Vraag de voorzitter de vingerafdruk voor te lezen uit \u2018Mijn ondertekeningssleutel\u2026\u2019, persoonlijk of aan de telefoon, en typ de eerste 16 tekens hieronder. Lees hem niet zelf voor: dan vergelijkt u niets. Komt hij niet overeen, registreer dan niet; dan heeft iemand anders deze sleutel aangemaakt, of de voorzitter een nieuwere.", None))
        self.created_caption.setText(QCoreApplication.translate("RegisterKeyDialog", u"Aangemaakt:", None))
        self.created_label.setText("")
        self.known_caption.setText(QCoreApplication.translate("RegisterKeyDialog", u"Vingerafdruk in de lijst:", None))
        self.known_label.setText("")
        self.typed_label.setText(QCoreApplication.translate("RegisterKeyDialog", u"&Voorgelezen door de voorzitter:", None))
        self.typed_edit.setPlaceholderText(QCoreApplication.translate("RegisterKeyDialog", u"Bijvoorbeeld 3F9A 0C1B 77D2 E410", None))
        self.result_label.setText("")
    # retranslateUi

