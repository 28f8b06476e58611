# Generated from forms/loket_entry_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loket_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_LoketEntryDialog(object):
    def setupUi(self, LoketEntryDialog):
        if not LoketEntryDialog.objectName():
            LoketEntryDialog.setObjectName(u"LoketEntryDialog")
        LoketEntryDialog.resize(560, 420)
        self.dialog_layout = QVBoxLayout(LoketEntryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(LoketEntryDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_label = QLabel(LoketEntryDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(LoketEntryDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.role_label = QLabel(LoketEntryDialog)
        self.role_label.setObjectName(u"role_label")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(LoketEntryDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.ground_label = QLabel(LoketEntryDialog)
        self.ground_label.setObjectName(u"ground_label")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ground_label)

        self.ground_combo = QComboBox(LoketEntryDialog)
        self.ground_combo.setObjectName(u"ground_combo")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ground_combo)

        self.provision_label = QLabel(LoketEntryDialog)
        self.provision_label.setObjectName(u"provision_label")

        self.entry_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provision_label)

        self.provision_edit = QLineEdit(LoketEntryDialog)
        self.provision_edit.setObjectName(u"provision_edit")

        self.entry_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provision_edit)

        self.consent_label = QLabel(LoketEntryDialog)
        self.consent_label.setObjectName(u"consent_label")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.consent_label)

        self.consent_combo = QComboBox(LoketEntryDialog)
        self.consent_combo.setObjectName(u"consent_combo")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consent_combo)

        self.groups_label = QLabel(LoketEntryDialog)
        self.groups_label.setObjectName(u"groups_label")

        self.entry_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groups_label)

        self.groups_list = QListWidget(LoketEntryDialog)
        self.groups_list.setObjectName(u"groups_list")

        self.entry_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groups_list)

        self.purpose_label = QLabel(LoketEntryDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.entry_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QPlainTextEdit(LoketEntryDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setTabChangesFocus(True)

        self.entry_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.date_label = QLabel(LoketEntryDialog)
        self.date_label.setObjectName(u"date_label")

        self.entry_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(LoketEntryDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.entry_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.warm_check = QCheckBox(LoketEntryDialog)
        self.warm_check.setObjectName(u"warm_check")

        self.entry_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.warm_check)


        self.dialog_layout.addLayout(self.entry_form)

        self.button_box = QDialogButtonBox(LoketEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.role_label.setBuddy(self.role_combo)
        self.ground_label.setBuddy(self.ground_combo)
        self.provision_label.setBuddy(self.provision_edit)
        self.consent_label.setBuddy(self.consent_combo)
        self.groups_label.setBuddy(self.groups_list)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoketEntryDialog)

        QMetaObject.connectSlotsByName(LoketEntryDialog)
    # setupUi

    def retranslateUi(self, LoketEntryDialog):
        LoketEntryDialog.setWindowTitle(QCoreApplication.translate("LoketEntryDialog", u"Loket", None))
        self.organisation_label.setText(QCoreApplication.translate("LoketEntryDialog", u"&Organisatie:", None))
        self.role_label.setText(QCoreApplication.translate("LoketEntryDialog", u"&Rol:", None))
        self.ground_label.setText(QCoreApplication.translate("LoketEntryDialog", u"&Grondslag:", None))
        self.provision_label.setText(QCoreApplication.translate("LoketEntryDialog", u"Wets&artikel:", None))
        self.provision_edit.setPlaceholderText(QCoreApplication.translate("LoketEntryDialog", u"bij grondslag c of e, bijv. art. 7 Participatiewet", None))
        self.consent_label.setText(QCoreApplication.translate("LoketEntryDialog", u"&Toestemming:", None))
        self.groups_label.setText(QCoreApplication.translate("LoketEntryDialog", u"Gegeve&ns:", None))
#if QT_CONFIG(accessibility)
        self.groups_list.setAccessibleName(QCoreApplication.translate("LoketEntryDialog", u"Welke gegevens", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("LoketEntryDialog", u"To&elichting:", None))
        self.date_label.setText(QCoreApplication.translate("LoketEntryDialog", u"&Datum:", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("LoketEntryDialog", u"dd-mm-jjjj", None))
        self.warm_check.setText(QCoreApplication.translate("LoketEntryDialog", u"&Warme overdracht: u brengt de betrokkene zelf in contact met de organisatie", None))
    # retranslateUi

