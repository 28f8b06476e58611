# Generated from forms/conference_review.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conference_review.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(1480, 920)
        ReviewDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ReviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ReviewDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.review_splitter = QSplitter(parent=ReviewDialog)
        self.review_splitter.setObjectName(u"review_splitter")
        self.review_splitter.setOrientation(Qt.Horizontal)
        self.review_splitter.setChildrenCollapsible(False)
        self.document_side = QWidget(self.review_splitter)
        self.document_side.setObjectName(u"document_side")
        self.document_layout = QVBoxLayout(self.document_side)
        self.document_layout.setObjectName(u"document_layout")
        self.document_layout.setContentsMargins(0, 0, 0, 0)
        self.section_layout = QHBoxLayout()
        self.section_layout.setObjectName(u"section_layout")
        self.section_label = QLabel(self.document_side)
        self.section_label.setObjectName(u"section_label")

        self.section_layout.addWidget(self.section_label)

        self.section_combo = QComboBox(self.document_side)
        self.section_combo.setObjectName(u"section_combo")

        self.section_layout.addWidget(self.section_combo)

        self.section_layout.setStretch(1, 1)

        self.document_layout.addLayout(self.section_layout)

        self.document_view = QTextBrowser(self.document_side)
        self.document_view.setObjectName(u"document_view")
        self.document_view.setOpenLinks(False)

        self.document_layout.addWidget(self.document_view)

        self.document_note_label = QLabel(self.document_side)
        self.document_note_label.setObjectName(u"document_note_label")
        self.document_note_label.setWordWrap(True)

        self.document_layout.addWidget(self.document_note_label)

        self.review_splitter.addWidget(self.document_side)
        self.form_scroll = QScrollArea(self.review_splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.NoFrame)
        self.form_contents = QWidget()
        self.form_contents.setObjectName(u"form_contents")
        self.form_layout = QVBoxLayout(self.form_contents)
        self.form_layout.setObjectName(u"form_layout")
        self.banner_label = QLabel(self.form_contents)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setWordWrap(True)

        self.form_layout.addWidget(self.banner_label)

        self.advice_box = QGroupBox(self.form_contents)
        self.advice_box.setObjectName(u"advice_box")
        self.advice_layout = QVBoxLayout(self.advice_box)
        self.advice_layout.setObjectName(u"advice_layout")
        self.advice_hint_label = QLabel(self.advice_box)
        self.advice_hint_label.setObjectName(u"advice_hint_label")
        self.advice_hint_label.setWordWrap(True)

        self.advice_layout.addWidget(self.advice_hint_label)

        self.advice_table = QTableWidget(self.advice_box)
        self.advice_table.setObjectName(u"advice_table")
        self.advice_table.setAlternatingRowColors(True)
        self.advice_table.setWordWrap(True)

        self.advice_layout.addWidget(self.advice_table)


        self.form_layout.addWidget(self.advice_box)

        self.dissent_box = QGroupBox(self.form_contents)
        self.dissent_box.setObjectName(u"dissent_box")
        self.dissent_layout = QVBoxLayout(self.dissent_box)
        self.dissent_layout.setObjectName(u"dissent_layout")
        self.dissent_edit = QPlainTextEdit(self.dissent_box)
        self.dissent_edit.setObjectName(u"dissent_edit")
        self.dissent_edit.setTabChangesFocus(True)

        self.dissent_layout.addWidget(self.dissent_edit)


        self.form_layout.addWidget(self.dissent_box)

        self.decision_box = QGroupBox(self.form_contents)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_layout = QGridLayout(self.decision_box)
        self.decision_layout.setObjectName(u"decision_layout")
        self.outcome_type_label = QLabel(self.decision_box)
        self.outcome_type_label.setObjectName(u"outcome_type_label")

        self.decision_layout.addWidget(self.outcome_type_label, 0, 0, 1, 1)

        self.outcome_layout = QHBoxLayout()
        self.outcome_layout.setObjectName(u"outcome_layout")
        self.outcome_type_combo = QComboBox(self.decision_box)
        self.outcome_type_combo.setObjectName(u"outcome_type_combo")

        self.outcome_layout.addWidget(self.outcome_type_combo)

        self.degree_label = QLabel(self.decision_box)
        self.degree_label.setObjectName(u"degree_label")

        self.outcome_layout.addWidget(self.degree_label)

        self.degree_spin = QDoubleSpinBox(self.decision_box)
        self.degree_spin.setObjectName(u"degree_spin")
        self.degree_spin.setMaximum(999999999.000000000000000)
        self.degree_spin.setDecimals(2)

        self.outcome_layout.addWidget(self.degree_spin)

        self.degree_unit_combo = QComboBox(self.decision_box)
        self.degree_unit_combo.setObjectName(u"degree_unit_combo")

        self.outcome_layout.addWidget(self.degree_unit_combo)

        self.outcome_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcome_layout.addItem(self.outcome_spacer)


        self.decision_layout.addLayout(self.outcome_layout, 0, 1, 1, 1)

        self.reason_label = QLabel(self.decision_box)
        self.reason_label.setObjectName(u"reason_label")

        self.decision_layout.addWidget(self.reason_label, 1, 0, 1, 1)

        self.reason_list = QListWidget(self.decision_box)
        self.reason_list.setObjectName(u"reason_list")
        self.reason_list.setWordWrap(True)

        self.decision_layout.addWidget(self.reason_list, 1, 1, 1, 1)

        self.motivation_label = QLabel(self.decision_box)
        self.motivation_label.setObjectName(u"motivation_label")

        self.decision_layout.addWidget(self.motivation_label, 2, 0, 1, 1)

        self.motivation_edit = QPlainTextEdit(self.decision_box)
        self.motivation_edit.setObjectName(u"motivation_edit")
        self.motivation_edit.setTabChangesFocus(True)

        self.decision_layout.addWidget(self.motivation_edit, 2, 1, 1, 1)

        self.distinctions_label = QLabel(self.decision_box)
        self.distinctions_label.setObjectName(u"distinctions_label")

        self.decision_layout.addWidget(self.distinctions_label, 3, 0, 1, 1)

        self.distinctions_value = QLabel(self.decision_box)
        self.distinctions_value.setObjectName(u"distinctions_value")
        self.distinctions_value.setWordWrap(True)

        self.decision_layout.addWidget(self.distinctions_value, 3, 1, 1, 1)

        self.departure_frame = QFrame(self.decision_box)
        self.departure_frame.setObjectName(u"departure_frame")
        self.departure_frame.setFrameShape(QFrame.StyledPanel)
        self.departure_layout = QVBoxLayout(self.departure_frame)
        self.departure_layout.setObjectName(u"departure_layout")
        self.departure_label = QLabel(self.departure_frame)
        self.departure_label.setObjectName(u"departure_label")
        self.departure_label.setWordWrap(True)

        self.departure_layout.addWidget(self.departure_label)

        self.departure_edit = QPlainTextEdit(self.departure_frame)
        self.departure_edit.setObjectName(u"departure_edit")
        self.departure_edit.setTabChangesFocus(True)

        self.departure_layout.addWidget(self.departure_edit)


        self.decision_layout.addWidget(self.departure_frame, 4, 0, 1, 2)

        self.override_frame = QFrame(self.decision_box)
        self.override_frame.setObjectName(u"override_frame")
        self.override_frame.setFrameShape(QFrame.StyledPanel)
        self.override_layout = QVBoxLayout(self.override_frame)
        self.override_layout.setObjectName(u"override_layout")
        self.override_label = QLabel(self.override_frame)
        self.override_label.setObjectName(u"override_label")
        self.override_label.setWordWrap(True)

        self.override_layout.addWidget(self.override_label)

        self.override_edit = QPlainTextEdit(self.override_frame)
        self.override_edit.setObjectName(u"override_edit")
        self.override_edit.setTabChangesFocus(True)

        self.override_layout.addWidget(self.override_edit)


        self.decision_layout.addWidget(self.override_frame, 5, 0, 1, 2)

        self.amend_frame = QFrame(self.decision_box)
        self.amend_frame.setObjectName(u"amend_frame")
        self.amend_frame.setFrameShape(QFrame.StyledPanel)
        self.amend_layout = QVBoxLayout(self.amend_frame)
        self.amend_layout.setObjectName(u"amend_layout")
        self.amend_reason_label = QLabel(self.amend_frame)
        self.amend_reason_label.setObjectName(u"amend_reason_label")
        self.amend_reason_label.setWordWrap(True)

        self.amend_layout.addWidget(self.amend_reason_label)

        self.amend_reason_edit = QPlainTextEdit(self.amend_frame)
        self.amend_reason_edit.setObjectName(u"amend_reason_edit")
        self.amend_reason_edit.setTabChangesFocus(True)

        self.amend_layout.addWidget(self.amend_reason_edit)


        self.decision_layout.addWidget(self.amend_frame, 6, 0, 1, 2)


        self.form_layout.addWidget(self.decision_box)

        self.actions_box = QGroupBox(self.form_contents)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_table = QTableWidget(self.actions_box)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setAlternatingRowColors(True)
        self.actions_table.setWordWrap(True)

        self.actions_layout.addWidget(self.actions_table)

        self.actions_buttons_layout = QHBoxLayout()
        self.actions_buttons_layout.setObjectName(u"actions_buttons_layout")
        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_buttons_layout.addItem(self.actions_spacer)

        self.add_action_button = QPushButton(self.actions_box)
        self.add_action_button.setObjectName(u"add_action_button")
        self.add_action_button.setAutoDefault(False)

        self.actions_buttons_layout.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(self.actions_box)
        self.remove_action_button.setObjectName(u"remove_action_button")
        self.remove_action_button.setAutoDefault(False)

        self.actions_buttons_layout.addWidget(self.remove_action_button)


        self.actions_layout.addLayout(self.actions_buttons_layout)


        self.form_layout.addWidget(self.actions_box)

        self.follow_up_box = QGroupBox(self.form_contents)
        self.follow_up_box.setObjectName(u"follow_up_box")
        self.follow_up_layout = QFormLayout(self.follow_up_box)
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.review_check = QCheckBox(self.follow_up_box)
        self.review_check.setObjectName(u"review_check")

        self.follow_up_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_check)

        self.review_date_edit = QDateEdit(self.follow_up_box)
        self.review_date_edit.setObjectName(u"review_date_edit")
        self.review_date_edit.setCalendarPopup(True)

        self.follow_up_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_date_edit)

        self.signal_label = QLabel(self.follow_up_box)
        self.signal_label.setObjectName(u"signal_label")

        self.follow_up_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signal_label)

        self.signal_combo = QComboBox(self.follow_up_box)
        self.signal_combo.setObjectName(u"signal_combo")

        self.follow_up_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signal_combo)

        self.signal_rule_label = QLabel(self.follow_up_box)
        self.signal_rule_label.setObjectName(u"signal_rule_label")

        self.follow_up_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signal_rule_label)

        self.signal_rule_edit = QLineEdit(self.follow_up_box)
        self.signal_rule_edit.setObjectName(u"signal_rule_edit")

        self.follow_up_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signal_rule_edit)

        self.signal_owner_label = QLabel(self.follow_up_box)
        self.signal_owner_label.setObjectName(u"signal_owner_label")

        self.follow_up_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signal_owner_label)

        self.signal_owner_edit = QLineEdit(self.follow_up_box)
        self.signal_owner_edit.setObjectName(u"signal_owner_edit")

        self.follow_up_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signal_owner_edit)


        self.form_layout.addWidget(self.follow_up_box)

        self.versions_box = QGroupBox(self.form_contents)
        self.versions_box.setObjectName(u"versions_box")
        self.versions_layout = QVBoxLayout(self.versions_box)
        self.versions_layout.setObjectName(u"versions_layout")
        self.versions_list = QListWidget(self.versions_box)
        self.versions_list.setObjectName(u"versions_list")
        self.versions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions_list.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.versions_layout.addWidget(self.versions_list)

        self.version_view = QTextBrowser(self.versions_box)
        self.version_view.setObjectName(u"version_view")
        self.version_view.setOpenLinks(False)

        self.versions_layout.addWidget(self.version_view)


        self.form_layout.addWidget(self.versions_box)

        self.form_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_layout.addItem(self.form_spacer)

        self.form_scroll.setWidget(self.form_contents)
        self.review_splitter.addWidget(self.form_scroll)

        self.dialog_layout.addWidget(self.review_splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.previous_button = QPushButton(ReviewDialog)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.previous_button)

        self.next_button = QPushButton(ReviewDialog)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.next_button)

        self.problems_label = QLabel(ReviewDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.problems_label)

        self.key_button = QPushButton(ReviewDialog)
        self.key_button.setObjectName(u"key_button")
        self.key_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.key_button)

        self.save_button = QPushButton(ReviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.sign_button = QPushButton(ReviewDialog)
        self.sign_button.setObjectName(u"sign_button")
        self.sign_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.sign_button)

        self.amend_button = QPushButton(ReviewDialog)
        self.amend_button.setObjectName(u"amend_button")
        self.amend_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.amend_button)

        self.close_button = QPushButton(ReviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)

        self.buttons_layout.setStretch(2, 1)

        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.section_label.setBuddy(self.section_combo)
        self.outcome_type_label.setBuddy(self.outcome_type_combo)
        self.degree_label.setBuddy(self.degree_spin)
        self.reason_label.setBuddy(self.reason_list)
        self.motivation_label.setBuddy(self.motivation_edit)
        self.departure_label.setBuddy(self.departure_edit)
        self.override_label.setBuddy(self.override_edit)
        self.amend_reason_label.setBuddy(self.amend_reason_edit)
        self.signal_label.setBuddy(self.signal_combo)
        self.signal_rule_label.setBuddy(self.signal_rule_edit)
        self.signal_owner_label.setBuddy(self.signal_owner_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section_combo, self.document_view)
        QWidget.setTabOrder(self.document_view, self.advice_table)
        QWidget.setTabOrder(self.advice_table, self.dissent_edit)
        QWidget.setTabOrder(self.dissent_edit, self.outcome_type_combo)
        QWidget.setTabOrder(self.outcome_type_combo, self.degree_spin)
        QWidget.setTabOrder(self.degree_spin, self.degree_unit_combo)
        QWidget.setTabOrder(self.degree_unit_combo, self.reason_list)
        QWidget.setTabOrder(self.reason_list, self.motivation_edit)
        QWidget.setTabOrder(self.motivation_edit, self.departure_edit)
        QWidget.setTabOrder(self.departure_edit, self.override_edit)
        QWidget.setTabOrder(self.override_edit, self.amend_reason_edit)
        QWidget.setTabOrder(self.amend_reason_edit, self.actions_table)
        QWidget.setTabOrder(self.actions_table, self.add_action_button)
        QWidget.setTabOrder(self.add_action_button, self.remove_action_button)
        QWidget.setTabOrder(self.remove_action_button, self.review_check)
        QWidget.setTabOrder(self.review_check, self.review_date_edit)
        QWidget.setTabOrder(self.review_date_edit, self.signal_combo)
        QWidget.setTabOrder(self.signal_combo, self.signal_rule_edit)
        QWidget.setTabOrder(self.signal_rule_edit, self.signal_owner_edit)
        QWidget.setTabOrder(self.signal_owner_edit, self.versions_list)
        QWidget.setTabOrder(self.versions_list, self.version_view)
        QWidget.setTabOrder(self.version_view, self.key_button)
        QWidget.setTabOrder(self.key_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.sign_button)
        QWidget.setTabOrder(self.sign_button, self.amend_button)
        QWidget.setTabOrder(self.amend_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.close_button)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Bespreking", None))
        self.heading_label.setText("")
        self.section_label.setText(QCoreApplication.translate("ReviewDialog", u"&Ga naar:", None))
#if QT_CONFIG(tooltip)
        self.section_combo.setToolTip(QCoreApplication.translate("ReviewDialog", u"Naar een onderdeel van het voorstel springen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.document_view.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Voorstel van de behandelaar", None))
#endif // QT_CONFIG(accessibility)
        self.document_note_label.setText(QCoreApplication.translate("ReviewDialog", u"Alleen-lezen: wat de behandelaar heeft vastgelegd, in de volgorde van bespreken. Wijzigen kan alleen in het dossier zelf, zolang het besluit niet is ondertekend.", None))
        self.banner_label.setText("")
        self.advice_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Advies per lid", None))
        self.advice_hint_label.setText(QCoreApplication.translate("ReviewDialog", u"Per lid het advies vanuit de eigen discipline; dubbelklik in Toelichting om te typen. Wie een belang meldt, neemt niet deel aan het advies (Awb 2:4).", None))
#if QT_CONFIG(accessibility)
        self.advice_table.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Advies per lid", None))
#endif // QT_CONFIG(accessibility)
        self.dissent_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Afwijkende mening", None))
        self.dissent_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Wie het niet eens is met het besluit, en waarom.", None))
        self.decision_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Besluit van het overleg", None))
        self.outcome_type_label.setText(QCoreApplication.translate("ReviewDialog", u"&Uitkomst:", None))
        self.degree_label.setText(QCoreApplication.translate("ReviewDialog", u"&Mate:", None))
#if QT_CONFIG(tooltip)
        self.degree_spin.setToolTip(QCoreApplication.translate("ReviewDialog", u"Hoe ver het besluit gaat: een bedrag, een percentage of een duur. Kies als eenheid \u2018geen\u2019 als dat niet van toepassing is.", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("ReviewDialog", u"&Doorslaggevend:", None))
#if QT_CONFIG(tooltip)
        self.reason_list.setToolTip(QCoreApplication.translate("ReviewDialog", u"De factoren waarop het besluit rust. Zonder keuze tellen alle aanwezige factoren voor deze uitkomst.", None))
#endif // QT_CONFIG(tooltip)
        self.motivation_label.setText(QCoreApplication.translate("ReviewDialog", u"Mot&ivering:", None))
        self.motivation_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Waarom deze uitkomst, zoals het overleg het ziet.", None))
        self.distinctions_label.setText(QCoreApplication.translate("ReviewDialog", u"Onderscheid:", None))
        self.distinctions_value.setText(QCoreApplication.translate("ReviewDialog", u"\u2014", None))
        self.departure_label.setText("")
        self.departure_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Waarom het overleg hier afwijkt van de eerdere beslissing: wat is anders, of waarom die beslissing niet meer past.", None))
        self.override_label.setText("")
#if QT_CONFIG(accessibility)
        self.override_edit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Gemotiveerd afwijken van de toets", None))
#endif // QT_CONFIG(accessibility)
        self.override_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Waarom het overleg toch zo besluit: wat de toets niet meeweegt, of waarom de uitkomst ervan hier niet past.", None))
        self.amend_reason_label.setText(QCoreApplication.translate("ReviewDialog", u"&Reden van de nieuwe versie (verplicht):", None))
        self.amend_reason_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Bijvoorbeeld: nieuwe stukken in bezwaar; een rekenfout in de mate.", None))
        self.actions_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Afspraken", None))
#if QT_CONFIG(accessibility)
        self.actions_table.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("ReviewDialog", u"Afspraak &toevoegen", None))
        self.remove_action_button.setText(QCoreApplication.translate("ReviewDialog", u"Afspraak ver&wijderen", None))
        self.follow_up_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Vervolg", None))
        self.review_check.setText(QCoreApplication.translate("ReviewDialog", u"Opnieuw &bekijken op:", None))
#if QT_CONFIG(tooltip)
        self.review_check.setToolTip(QCoreApplication.translate("ReviewDialog", u"Bij tijdelijk maatwerk: de datum waarop het opnieuw wordt bekeken", None))
#endif // QT_CONFIG(tooltip)
        self.review_date_edit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"dd-MM-yyyy", None))
        self.signal_label.setText(QCoreApplication.translate("ReviewDialog", u"&Knelpuntsignaal:", None))
        self.signal_rule_label.setText(QCoreApplication.translate("ReviewDialog", u"Rege&l die knelt:", None))
        self.signal_rule_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Regeling en artikel", None))
        self.signal_owner_label.setText(QCoreApplication.translate("ReviewDialog", u"&Eigenaar van die regel:", None))
        self.signal_owner_edit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"Wie het signaal ontvangt, bijvoorbeeld de beleidsafdeling", None))
        self.versions_box.setTitle(QCoreApplication.translate("ReviewDialog", u"Ondertekende versies", None))
#if QT_CONFIG(accessibility)
        self.versions_list.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Ondertekende versies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.version_view.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Gekozen versie", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("ReviewDialog", u"\u2039 Vorige", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Het vorige agendapunt bespreken (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.previous_button.setProperty("shortcut", QCoreApplication.translate("ReviewDialog", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.next_button.setText(QCoreApplication.translate("ReviewDialog", u"Volgende \u203a", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Het volgende agendapunt bespreken (Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.next_button.setProperty("shortcut", QCoreApplication.translate("ReviewDialog", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.problems_label.setText("")
        self.key_button.setText(QCoreApplication.translate("ReviewDialog", u"Mijn ondertekenings&sleutel\u2026", None))
#if QT_CONFIG(tooltip)
        self.key_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Uw ondertekeningssleutel aanmaken, of zien waarom hij nog niet werkt", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("ReviewDialog", u"&Opslaan", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Het verslag van dit agendapunt vastleggen (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.sign_button.setText(QCoreApplication.translate("ReviewDialog", u"O&ndertekenen\u2026", None))
#if QT_CONFIG(tooltip)
        self.sign_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Het besluit ondertekenen; daarna ligt de inhoud vast", None))
#endif // QT_CONFIG(tooltip)
        self.amend_button.setText(QCoreApplication.translate("ReviewDialog", u"Nieuwe &versie\u2026", None))
#if QT_CONFIG(tooltip)
        self.amend_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Een ondertekend besluit wijzigen: een nieuwe versie met een reden", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ReviewDialog", u"Sluiten", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Dit agendapunt sluiten (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

