# Generated from forms/ruling_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ruling_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_RulingDialog(object):
    def setupUi(self, RulingDialog):
        if not RulingDialog.objectName():
            RulingDialog.setObjectName(u"RulingDialog")
        RulingDialog.resize(460, 200)
        self.root_layout = QVBoxLayout(RulingDialog)
        self.root_layout.setObjectName(u"root_layout")
        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entry_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ecli_label = QLabel(RulingDialog)
        self.ecli_label.setObjectName(u"ecli_label")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ecli_label)

        self.ecli_edit = QLineEdit(RulingDialog)
        self.ecli_edit.setObjectName(u"ecli_edit")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ecli_edit)

        self.note_label = QLabel(RulingDialog)
        self.note_label.setObjectName(u"note_label")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(RulingDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.root_layout.addLayout(self.entry_form)

        self.error_label = QLabel(RulingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.root_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RulingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.root_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.ecli_label.setBuddy(self.ecli_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ecli_edit, self.note_edit)

        self.retranslateUi(RulingDialog)

        QMetaObject.connectSlotsByName(RulingDialog)
    # setupUi

    def retranslateUi(self, RulingDialog):
        RulingDialog.setWindowTitle(QCoreApplication.translate("RulingDialog", u"Uitspraak", None))
        self.ecli_label.setText(QCoreApplication.translate("RulingDialog", u"&ECLI:", None))
        self.ecli_edit.setPlaceholderText(QCoreApplication.translate("RulingDialog", u"ECLI:NL:CRVB:2024:726", None))
        self.note_label.setText(QCoreApplication.translate("RulingDialog", u"&Waarom van belang:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("RulingDialog", u"wat de uitspraak voor dit dossier zegt", None))
        self.error_label.setText("")
    # retranslateUi

