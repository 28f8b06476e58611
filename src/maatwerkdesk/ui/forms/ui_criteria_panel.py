# Generated from forms/criteria_panel.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criteria_panel.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CriteriaPanel(object):
    def setupUi(self, CriteriaPanel):
        if not CriteriaPanel.objectName():
            CriteriaPanel.setObjectName(u"CriteriaPanel")
        CriteriaPanel.resize(760, 720)
        self.panel_layout = QVBoxLayout(CriteriaPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.unsaved_label = QLabel(CriteriaPanel)
        self.unsaved_label.setObjectName(u"unsaved_label")
        self.unsaved_label.setWordWrap(True)

        self.panel_layout.addWidget(self.unsaved_label)

        self.version_frame = QFrame(CriteriaPanel)
        self.version_frame.setObjectName(u"version_frame")
        self.version_frame.setFrameShape(QFrame.StyledPanel)
        self.version_layout = QGridLayout(self.version_frame)
        self.version_layout.setObjectName(u"version_layout")
        self.version_label = QLabel(self.version_frame)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setWordWrap(True)

        self.version_layout.addWidget(self.version_label, 0, 0, 1, 4)

        self.catalogue_combo = QComboBox(self.version_frame)
        self.catalogue_combo.setObjectName(u"catalogue_combo")

        self.version_layout.addWidget(self.catalogue_combo, 1, 2, 1, 1)

        self.reassess_button = QPushButton(self.version_frame)
        self.reassess_button.setObjectName(u"reassess_button")

        self.version_layout.addWidget(self.reassess_button, 1, 3, 1, 1)

        self.law_date_label = QLabel(self.version_frame)
        self.law_date_label.setObjectName(u"law_date_label")

        self.version_layout.addWidget(self.law_date_label, 1, 0, 1, 1)

        self.law_date_edit = QDateEdit(self.version_frame)
        self.law_date_edit.setObjectName(u"law_date_edit")
        self.law_date_edit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.law_date_edit.sizePolicy().hasHeightForWidth())
        self.law_date_edit.setSizePolicy(sizePolicy)

        self.version_layout.addWidget(self.law_date_edit, 1, 1, 1, 1)

        self.version_layout.setColumnStretch(2, 1)

        self.panel_layout.addWidget(self.version_frame)

        self.scroll_area = QScrollArea(CriteriaPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(0, 0, 0, 0)
        self.route_group = QGroupBox(self.scroll_contents)
        self.route_group.setObjectName(u"route_group")
        self.route_layout = QVBoxLayout(self.route_group)
        self.route_layout.setObjectName(u"route_layout")
        self.power_row = QVBoxLayout()
        self.power_row.setObjectName(u"power_row")
        self.power_label = QLabel(self.route_group)
        self.power_label.setObjectName(u"power_label")

        self.power_row.addWidget(self.power_label)

        self.power_combo = QComboBox(self.route_group)
        self.power_combo.setObjectName(u"power_combo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.power_combo.sizePolicy().hasHeightForWidth())
        self.power_combo.setSizePolicy(sizePolicy1)

        self.power_row.addWidget(self.power_combo)


        self.route_layout.addLayout(self.power_row)

        self.power_help_label = QLabel(self.route_group)
        self.power_help_label.setObjectName(u"power_help_label")
        self.power_help_label.setWordWrap(True)

        self.route_layout.addWidget(self.power_help_label)

        self.route_row = QVBoxLayout()
        self.route_row.setObjectName(u"route_row")
        self.route_label = QLabel(self.route_group)
        self.route_label.setObjectName(u"route_label")

        self.route_row.addWidget(self.route_label)

        self.route_combo = QComboBox(self.route_group)
        self.route_combo.setObjectName(u"route_combo")
        sizePolicy1.setHeightForWidth(self.route_combo.sizePolicy().hasHeightForWidth())
        self.route_combo.setSizePolicy(sizePolicy1)

        self.route_row.addWidget(self.route_combo)


        self.route_layout.addLayout(self.route_row)

        self.suggestion_layout = QHBoxLayout()
        self.suggestion_layout.setObjectName(u"suggestion_layout")
        self.suggestion_label = QLabel(self.route_group)
        self.suggestion_label.setObjectName(u"suggestion_label")
        self.suggestion_label.setWordWrap(True)

        self.suggestion_layout.addWidget(self.suggestion_label)

        self.adopt_suggestion_button = QPushButton(self.route_group)
        self.adopt_suggestion_button.setObjectName(u"adopt_suggestion_button")

        self.suggestion_layout.addWidget(self.adopt_suggestion_button)


        self.route_layout.addLayout(self.suggestion_layout)

        self.route_description_label = QLabel(self.route_group)
        self.route_description_label.setObjectName(u"route_description_label")
        self.route_description_label.setWordWrap(True)

        self.route_layout.addWidget(self.route_description_label)


        self.contents_layout.addWidget(self.route_group)

        self.result_frame = QFrame(self.scroll_contents)
        self.result_frame.setObjectName(u"result_frame")
        self.result_frame.setFrameShape(QFrame.StyledPanel)
        self.result_layout = QVBoxLayout(self.result_frame)
        self.result_layout.setObjectName(u"result_layout")
        self.result_heading_layout = QHBoxLayout()
        self.result_heading_layout.setObjectName(u"result_heading_layout")
        self.verdict_label = QLabel(self.result_frame)
        self.verdict_label.setObjectName(u"verdict_label")

        self.result_heading_layout.addWidget(self.verdict_label)

        self.progress_bar = QProgressBar(self.result_frame)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximumSize(QSize(260, 16777215))

        self.result_heading_layout.addWidget(self.progress_bar)


        self.result_layout.addLayout(self.result_heading_layout)

        self.explanation_label = QLabel(self.result_frame)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.result_layout.addWidget(self.explanation_label)


        self.contents_layout.addWidget(self.result_frame)

        self.criteria_section = QGroupBox(self.scroll_contents)
        self.criteria_section.setObjectName(u"criteria_section")
        self.criteria_layout = QVBoxLayout(self.criteria_section)
        self.criteria_layout.setObjectName(u"criteria_layout")
        self.criteria_list = QListWidget(self.criteria_section)
        self.criteria_list.setObjectName(u"criteria_list")
        self.criteria_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.criteria_list.setWordWrap(True)

        self.criteria_layout.addWidget(self.criteria_list)

        self.detail_widget = QWidget(self.criteria_section)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.criterion_title_label = QLabel(self.detail_widget)
        self.criterion_title_label.setObjectName(u"criterion_title_label")
        self.criterion_title_label.setWordWrap(True)

        self.detail_layout.addWidget(self.criterion_title_label)

        self.question_label = QLabel(self.detail_widget)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.detail_layout.addWidget(self.question_label)

        self.answer_layout = QHBoxLayout()
        self.answer_layout.setObjectName(u"answer_layout")
        self.met_radio = QRadioButton(self.detail_widget)
        self.met_radio.setObjectName(u"met_radio")

        self.answer_layout.addWidget(self.met_radio)

        self.not_met_radio = QRadioButton(self.detail_widget)
        self.not_met_radio.setObjectName(u"not_met_radio")

        self.answer_layout.addWidget(self.not_met_radio)

        self.unknown_radio = QRadioButton(self.detail_widget)
        self.unknown_radio.setObjectName(u"unknown_radio")

        self.answer_layout.addWidget(self.unknown_radio)

        self.answer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answer_layout.addItem(self.answer_spacer)


        self.detail_layout.addLayout(self.answer_layout)

        self.motivation_label = QLabel(self.detail_widget)
        self.motivation_label.setObjectName(u"motivation_label")

        self.detail_layout.addWidget(self.motivation_label)

        self.motivation_edit = QPlainTextEdit(self.detail_widget)
        self.motivation_edit.setObjectName(u"motivation_edit")
        self.motivation_edit.setMinimumSize(QSize(0, 80))
        self.motivation_edit.setTabChangesFocus(True)

        self.detail_layout.addWidget(self.motivation_edit)

        self.guidance_label = QLabel(self.detail_widget)
        self.guidance_label.setObjectName(u"guidance_label")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detail_layout.addWidget(self.guidance_label)

        self.considerations_group = QGroupBox(self.detail_widget)
        self.considerations_group.setObjectName(u"considerations_group")
        self.considerations_layout = QFormLayout(self.considerations_group)
        self.considerations_layout.setObjectName(u"considerations_layout")

        self.detail_layout.addWidget(self.considerations_group)

        self.evidence_label = QLabel(self.detail_widget)
        self.evidence_label.setObjectName(u"evidence_label")

        self.detail_layout.addWidget(self.evidence_label)

        self.evidence_list = QListWidget(self.detail_widget)
        self.evidence_list.setObjectName(u"evidence_list")
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.evidence_list.setWordWrap(True)

        self.detail_layout.addWidget(self.evidence_list)

        self.expected_label = QLabel(self.detail_widget)
        self.expected_label.setObjectName(u"expected_label")
        self.expected_label.setWordWrap(True)

        self.detail_layout.addWidget(self.expected_label)

        self.sources_label = QLabel(self.detail_widget)
        self.sources_label.setObjectName(u"sources_label")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detail_layout.addWidget(self.sources_label)


        self.criteria_layout.addWidget(self.detail_widget)


        self.contents_layout.addWidget(self.criteria_section)

        self.gate_group = QGroupBox(self.scroll_contents)
        self.gate_group.setObjectName(u"gate_group")
        self.gate_layout = QGridLayout(self.gate_group)
        self.gate_layout.setObjectName(u"gate_layout")

        self.contents_layout.addWidget(self.gate_group)

        self.scroll_area.setWidget(self.scroll_contents)

        self.panel_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.law_date_label.setBuddy(self.law_date_edit)
        self.power_label.setBuddy(self.power_combo)
        self.route_label.setBuddy(self.route_combo)
        self.motivation_label.setBuddy(self.motivation_edit)
        self.evidence_label.setBuddy(self.evidence_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.power_combo, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.adopt_suggestion_button)
        QWidget.setTabOrder(self.adopt_suggestion_button, self.criteria_list)
        QWidget.setTabOrder(self.criteria_list, self.met_radio)
        QWidget.setTabOrder(self.met_radio, self.not_met_radio)
        QWidget.setTabOrder(self.not_met_radio, self.unknown_radio)
        QWidget.setTabOrder(self.unknown_radio, self.motivation_edit)
        QWidget.setTabOrder(self.motivation_edit, self.evidence_list)

        self.retranslateUi(CriteriaPanel)

        QMetaObject.connectSlotsByName(CriteriaPanel)
    # setupUi

    def retranslateUi(self, CriteriaPanel):
        self.unsaved_label.setText(QCoreApplication.translate("CriteriaPanel", u"Sla het dossier eerst op; daarna kunt u hier de route kiezen en de criteria beantwoorden.", None))
#if QT_CONFIG(tooltip)
        self.catalogue_combo.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Er zijn meer catalogi ge\u00efnstalleerd. Kies waarmee u dit dossier beoordeelt; na het eerste antwoord ligt die keuze vast.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.catalogue_combo.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Catalogus", None))
#endif // QT_CONFIG(accessibility)
        self.reassess_button.setText(QCoreApplication.translate("CriteriaPanel", u"O&pnieuw beoordelen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reassess_button.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Beoordeel het dossier onder de nieuwe versie. Antwoorden op criteria die niet zijn veranderd, gaan mee.", None))
#endif // QT_CONFIG(tooltip)
        self.law_date_label.setText(QCoreApplication.translate("CriteriaPanel", u"Recht zoals het &gold op:", None))
#if QT_CONFIG(tooltip)
        self.law_date_edit.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Beoordeel het dossier naar het recht zoals het op deze datum gold, bijvoorbeeld de datum van het besluit: de catalogusversie die toen gold. Na het eerste antwoord ligt die keuze vast.", None))
#endif // QT_CONFIG(tooltip)
        self.law_date_edit.setDisplayFormat(QCoreApplication.translate("CriteriaPanel", u"dd-MM-yyyy", None))
        self.route_group.setTitle(QCoreApplication.translate("CriteriaPanel", u"Route", None))
        self.power_label.setText(QCoreApplication.translate("CriteriaPanel", u"&Soort bevoegdheid:", None))
#if QT_CONFIG(accessibility)
        self.power_combo.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Soort bevoegdheid", None))
#endif // QT_CONFIG(accessibility)
        self.route_label.setText(QCoreApplication.translate("CriteriaPanel", u"&Route:", None))
#if QT_CONFIG(accessibility)
        self.route_combo.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Route", None))
#endif // QT_CONFIG(accessibility)
        self.adopt_suggestion_button.setText(QCoreApplication.translate("CriteriaPanel", u"Voors&tel overnemen", None))
#if QT_CONFIG(accessibility)
        self.verdict_label.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Uitkomst van de toets", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Beantwoorde criteria", None))
#endif // QT_CONFIG(accessibility)
        self.criteria_section.setTitle(QCoreApplication.translate("CriteriaPanel", u"Criteria van de route", None))
#if QT_CONFIG(tooltip)
        self.criteria_list.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Kies een criterium. Toetsen: V = voldaan, N = niet voldaan, O = onbekend.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.criteria_list.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Criteria van de route", None))
#endif // QT_CONFIG(accessibility)
        self.met_radio.setText(QCoreApplication.translate("CriteriaPanel", u"&Voldaan", None))
        self.not_met_radio.setText(QCoreApplication.translate("CriteriaPanel", u"&Niet voldaan", None))
        self.unknown_radio.setText(QCoreApplication.translate("CriteriaPanel", u"&Onbekend", None))
        self.motivation_label.setText(QCoreApplication.translate("CriteriaPanel", u"&Motivering:", None))
        self.motivation_edit.setPlaceholderText(QCoreApplication.translate("CriteriaPanel", u"Waarom is wel of niet aan dit criterium voldaan? Noem de feiten en waar ze blijken.", None))
        self.considerations_group.setTitle(QCoreApplication.translate("CriteriaPanel", u"Wegingsfactoren", None))
        self.evidence_label.setText(QCoreApplication.translate("CriteriaPanel", u"Onderbouwing &uit het dossier:", None))
#if QT_CONFIG(tooltip)
        self.evidence_list.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Vink de gebeurtenissen en bijlagen aan waaruit dit blijkt.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.evidence_list.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Onderbouwing uit het dossier", None))
#endif // QT_CONFIG(accessibility)
        self.gate_group.setTitle(QCoreApplication.translate("CriteriaPanel", u"Eerst de gewone wegen: zijn die geprobeerd, of waren ze niet mogelijk?", None))
        pass
    # retranslateUi

