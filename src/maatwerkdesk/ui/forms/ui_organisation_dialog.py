# Generated from forms/organisation_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(820, 680)
        self.dialog_layout = QVBoxLayout(OrganisationDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(OrganisationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.sender_group = QGroupBox(OrganisationDialog)
        self.sender_group.setObjectName(u"sender_group")
        self.sender_layout = QFormLayout(self.sender_group)
        self.sender_layout.setObjectName(u"sender_layout")
        self.name_label = QLabel(self.sender_group)
        self.name_label.setObjectName(u"name_label")

        self.sender_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.sender_group)
        self.name_edit.setObjectName(u"name_edit")

        self.sender_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.address_label = QLabel(self.sender_group)
        self.address_label.setObjectName(u"address_label")

        self.sender_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.sender_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaximumSize(QSize(16777215, 70))
        self.address_edit.setTabChangesFocus(True)

        self.sender_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.phone_label = QLabel(self.sender_group)
        self.phone_label.setObjectName(u"phone_label")

        self.sender_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.sender_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.sender_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.web_label = QLabel(self.sender_group)
        self.web_label.setObjectName(u"web_label")

        self.sender_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.web_label)

        self.web_edit = QLineEdit(self.sender_group)
        self.web_edit.setObjectName(u"web_edit")

        self.sender_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.web_edit)


        self.dialog_layout.addWidget(self.sender_group)

        self.bodies_group = QGroupBox(OrganisationDialog)
        self.bodies_group.setObjectName(u"bodies_group")
        self.bodies_layout = QVBoxLayout(self.bodies_group)
        self.bodies_layout.setObjectName(u"bodies_layout")
        self.bodies_label = QLabel(self.bodies_group)
        self.bodies_label.setObjectName(u"bodies_label")
        self.bodies_label.setWordWrap(True)

        self.bodies_layout.addWidget(self.bodies_label)

        self.body_table = QTableWidget(self.bodies_group)
        if (self.body_table.columnCount() < 4):
            self.body_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.body_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.body_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.body_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.body_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.body_table.setObjectName(u"body_table")
        self.body_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.body_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.bodies_layout.addWidget(self.body_table)

        self.body_buttons = QHBoxLayout()
        self.body_buttons.setObjectName(u"body_buttons")
        self.add_body_button = QPushButton(self.bodies_group)
        self.add_body_button.setObjectName(u"add_body_button")

        self.body_buttons.addWidget(self.add_body_button)

        self.remove_body_button = QPushButton(self.bodies_group)
        self.remove_body_button.setObjectName(u"remove_body_button")

        self.body_buttons.addWidget(self.remove_body_button)

        self.body_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.body_buttons.addItem(self.body_spacer)


        self.bodies_layout.addLayout(self.body_buttons)


        self.dialog_layout.addWidget(self.bodies_group)

        self.asylum_group = QGroupBox(OrganisationDialog)
        self.asylum_group.setObjectName(u"asylum_group")
        self.asylum_layout = QFormLayout(self.asylum_group)
        self.asylum_layout.setObjectName(u"asylum_layout")
        self.court_label = QLabel(self.asylum_group)
        self.court_label.setObjectName(u"court_label")

        self.asylum_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court_edit = QLineEdit(self.asylum_group)
        self.court_edit.setObjectName(u"court_edit")

        self.asylum_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.court_edit)

        self.court_address_label = QLabel(self.asylum_group)
        self.court_address_label.setObjectName(u"court_address_label")

        self.asylum_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.court_address_label)

        self.court_address_edit = QLineEdit(self.asylum_group)
        self.court_address_edit.setObjectName(u"court_address_edit")

        self.asylum_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.court_address_edit)

        self.term_label = QLabel(self.asylum_group)
        self.term_label.setObjectName(u"term_label")

        self.asylum_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.term_label)

        self.term_spin = QSpinBox(self.asylum_group)
        self.term_spin.setObjectName(u"term_spin")
        self.term_spin.setMaximum(42)

        self.asylum_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.term_spin)


        self.dialog_layout.addWidget(self.asylum_group)

        self.signals_group = QGroupBox(OrganisationDialog)
        self.signals_group.setObjectName(u"signals_group")
        self.signals_layout = QFormLayout(self.signals_group)
        self.signals_layout.setObjectName(u"signals_layout")
        self.pattern_label = QLabel(self.signals_group)
        self.pattern_label.setObjectName(u"pattern_label")

        self.signals_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pattern_label)

        self.pattern_spin = QSpinBox(self.signals_group)
        self.pattern_spin.setObjectName(u"pattern_spin")
        self.pattern_spin.setMinimum(2)
        self.pattern_spin.setMaximum(50)
        self.pattern_spin.setValue(3)

        self.signals_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pattern_spin)


        self.dialog_layout.addWidget(self.signals_group)

        self.error_label = QLabel(OrganisationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OrganisationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.web_label.setBuddy(self.web_edit)
        self.court_label.setBuddy(self.court_edit)
        self.court_address_label.setBuddy(self.court_address_edit)
        self.term_label.setBuddy(self.term_spin)
        self.pattern_label.setBuddy(self.pattern_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Gegevens van de organisatie", None))
        self.intro_label.setText(QCoreApplication.translate("OrganisationDialog", u"Deze gegevens staan in elke besluitbrief die op deze werkplek wordt gemaakt: wie de brief stuurt, welk bestuursorgaan besluit en waar bezwaar of beroep heen gaat. Wat hier leeg blijft, meldt de brief als \u2018nog niet ingesteld\u2019. Onderaan staat vanaf hoeveel gelijke dossiers het programma een knelpuntsignaal voorstelt.", None))
        self.sender_group.setTitle(QCoreApplication.translate("OrganisationDialog", u"Afzender", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Naam:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Gemeente Voorbeeld", None))
        self.address_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Postadres:", None))
        self.address_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Postbus 1, 1000 AA Voorbeeld", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationDialog", u"Te&lefoon:", None))
        self.web_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Website:", None))
        self.bodies_group.setTitle(QCoreApplication.translate("OrganisationDialog", u"Wie besluit", None))
        self.bodies_label.setText(QCoreApplication.translate("OrganisationDialog", u"De eerste regel die bij het dossier past, telt: de regeling noemt een van de zoekwoorden (met komma's ertussen), en het dossier hoort bij de organisatie. Zonder adres geldt het postadres hierboven. Past geen regel, dan volgt het bestuursorgaan uit de organisatie van het dossier.", None))
        ___qtablewidgetitem = self.body_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OrganisationDialog", u"Regeling (zoekwoorden)", None))
        ___qtablewidgetitem1 = self.body_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OrganisationDialog", u"Organisatie", None))
        ___qtablewidgetitem2 = self.body_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OrganisationDialog", u"Bestuursorgaan", None))
        ___qtablewidgetitem3 = self.body_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OrganisationDialog", u"Adres", None))
        self.add_body_button.setText(QCoreApplication.translate("OrganisationDialog", u"Regel &toevoegen", None))
        self.remove_body_button.setText(QCoreApplication.translate("OrganisationDialog", u"Regel &verwijderen", None))
        self.asylum_group.setTitle(QCoreApplication.translate("OrganisationDialog", u"Beroep tegen een asielbesluit (geen bezwaar mogelijk)", None))
        self.court_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Rechtbank:", None))
        self.court_address_label.setText(QCoreApplication.translate("OrganisationDialog", u"A&dres rechtbank:", None))
        self.term_label.setText(QCoreApplication.translate("OrganisationDialog", u"Beroepster&mijn:", None))
#if QT_CONFIG(tooltip)
        self.term_spin.setToolTip(QCoreApplication.translate("OrganisationDialog", u"Kijk de termijn na in de Vreemdelingenwet 2000. Niet ingesteld: de brief noemt de kortste termijn (\u00e9\u00e9n week) en zegt dat het soms vier weken is.", None))
#endif // QT_CONFIG(tooltip)
        self.term_spin.setSpecialValueText(QCoreApplication.translate("OrganisationDialog", u"niet ingesteld", None))
        self.term_spin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" dagen", None))
        self.signals_group.setTitle(QCoreApplication.translate("OrganisationDialog", u"Knelpuntsignalen", None))
        self.pattern_label.setText(QCoreApplication.translate("OrganisationDialog", u"Patroon voorstellen &bij:", None))
#if QT_CONFIG(tooltip)
        self.pattern_spin.setToolTip(QCoreApplication.translate("OrganisationDialog", u"Zoveel ondertekende afwijkingen, escalaties of dossiers met dezelfde willekeur-indicator (een groepsdossier telt \u00e9\u00e9n keer) maken een voorstel voor een knelpuntsignaal.", None))
#endif // QT_CONFIG(tooltip)
        self.pattern_spin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" of meer dossiers", None))
        self.error_label.setText("")
    # retranslateUi

