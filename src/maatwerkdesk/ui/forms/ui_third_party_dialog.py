# Generated from forms/third_party_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'third_party_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ThirdPartyDialog(object):
    def setupUi(self, ThirdPartyDialog):
        if not ThirdPartyDialog.objectName():
            ThirdPartyDialog.setObjectName(u"ThirdPartyDialog")
        ThirdPartyDialog.resize(460, 200)
        self.root_layout = QVBoxLayout(ThirdPartyDialog)
        self.root_layout.setObjectName(u"root_layout")
        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entry_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.role_label = QLabel(ThirdPartyDialog)
        self.role_label.setObjectName(u"role_label")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(ThirdPartyDialog)
        self.role_combo.setObjectName(u"role_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.role_combo.sizePolicy().hasHeightForWidth())
        self.role_combo.setSizePolicy(sizePolicy)
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.name_label = QLabel(ThirdPartyDialog)
        self.name_label.setObjectName(u"name_label")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ThirdPartyDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.note_label = QLabel(ThirdPartyDialog)
        self.note_label.setObjectName(u"note_label")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ThirdPartyDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.root_layout.addLayout(self.entry_form)

        self.error_label = QLabel(ThirdPartyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.root_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ThirdPartyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.root_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
        self.name_label.setBuddy(self.name_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.note_edit)

        self.retranslateUi(ThirdPartyDialog)

        QMetaObject.connectSlotsByName(ThirdPartyDialog)
    # setupUi

    def retranslateUi(self, ThirdPartyDialog):
        ThirdPartyDialog.setWindowTitle(QCoreApplication.translate("ThirdPartyDialog", u"Derde", None))
        self.role_label.setText(QCoreApplication.translate("ThirdPartyDialog", u"&Rol:", None))
        self.name_label.setText(QCoreApplication.translate("ThirdPartyDialog", u"&Naam:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ThirdPartyDialog", u"naam van de persoon of de organisatie", None))
        self.note_label.setText(QCoreApplication.translate("ThirdPartyDialog", u"&Toelichting:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ThirdPartyDialog", u"waarom deze derde ertoe doet", None))
        self.error_label.setText("")
    # retranslateUi

