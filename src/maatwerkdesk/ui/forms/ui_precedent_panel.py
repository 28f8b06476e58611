# Generated from forms/precedent_panel.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'precedent_panel.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListView, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTextBrowser, QTreeWidget, QVBoxLayout, QWidget)

class Ui_PrecedentPanel(object):
    def setupUi(self, PrecedentPanel):
        if not PrecedentPanel.objectName():
            PrecedentPanel.setObjectName(u"PrecedentPanel")
        PrecedentPanel.resize(900, 900)
        self.panel_layout = QVBoxLayout(PrecedentPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.unavailable_label = QLabel(PrecedentPanel)
        self.unavailable_label.setObjectName(u"unavailable_label")
        self.unavailable_label.setWordWrap(True)

        self.panel_layout.addWidget(self.unavailable_label)

        self.catalogue_layout = QGridLayout()
        self.catalogue_layout.setObjectName(u"catalogue_layout")
        self.catalogue_label = QLabel(PrecedentPanel)
        self.catalogue_label.setObjectName(u"catalogue_label")
        self.catalogue_label.setWordWrap(True)

        self.catalogue_layout.addWidget(self.catalogue_label, 0, 0, 1, 2)

        self.catalogue_combo_label = QLabel(PrecedentPanel)
        self.catalogue_combo_label.setObjectName(u"catalogue_combo_label")

        self.catalogue_layout.addWidget(self.catalogue_combo_label, 1, 0, 1, 1)

        self.catalogue_combo = QComboBox(PrecedentPanel)
        self.catalogue_combo.setObjectName(u"catalogue_combo")
        self.catalogue_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue_combo.setMinimumContentsLength(20)

        self.catalogue_layout.addWidget(self.catalogue_combo, 1, 1, 1, 1)

        self.catalogue_layout.setColumnStretch(1, 1)

        self.panel_layout.addLayout(self.catalogue_layout)

        self.catalogue_warning_label = QLabel(PrecedentPanel)
        self.catalogue_warning_label.setObjectName(u"catalogue_warning_label")
        self.catalogue_warning_label.setWordWrap(True)

        self.panel_layout.addWidget(self.catalogue_warning_label)

        self.scroll_area = QScrollArea(PrecedentPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.status_box = QGroupBox(self.contents)
        self.status_box.setObjectName(u"status_box")
        self.status_layout = QVBoxLayout(self.status_box)
        self.status_layout.setObjectName(u"status_layout")
        self.deviate_status_label = QLabel(self.status_box)
        self.deviate_status_label.setObjectName(u"deviate_status_label")
        self.deviate_status_label.setWordWrap(True)

        self.status_layout.addWidget(self.deviate_status_label)

        self.generic_status_label = QLabel(self.status_box)
        self.generic_status_label.setObjectName(u"generic_status_label")
        self.generic_status_label.setWordWrap(True)

        self.status_layout.addWidget(self.generic_status_label)

        self.details_label = QLabel(self.status_box)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)

        self.status_layout.addWidget(self.details_label)

        self.base_conflicts_label = QLabel(self.status_box)
        self.base_conflicts_label.setObjectName(u"base_conflicts_label")
        self.base_conflicts_label.setWordWrap(True)

        self.status_layout.addWidget(self.base_conflicts_label)

        self.conflicts_label = QLabel(self.status_box)
        self.conflicts_label.setObjectName(u"conflicts_label")
        self.conflicts_label.setWordWrap(True)

        self.status_layout.addWidget(self.conflicts_label)

        self.conflicts_row = QHBoxLayout()
        self.conflicts_row.setObjectName(u"conflicts_row")
        self.conflicts_list = QListWidget(self.status_box)
        self.conflicts_list.setObjectName(u"conflicts_list")
        self.conflicts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.conflicts_list.setAlternatingRowColors(False)
        self.conflicts_list.setWordWrap(True)
        self.conflicts_list.setUniformItemSizes(False)

        self.conflicts_row.addWidget(self.conflicts_list)

        self.distinguish_button = QPushButton(self.status_box)
        self.distinguish_button.setObjectName(u"distinguish_button")

        self.conflicts_row.addWidget(self.distinguish_button)


        self.status_layout.addLayout(self.conflicts_row)


        self.contents_layout.addWidget(self.status_box)

        self.factors_box = QGroupBox(self.contents)
        self.factors_box.setObjectName(u"factors_box")
        self.factors_layout = QVBoxLayout(self.factors_box)
        self.factors_layout.setObjectName(u"factors_layout")
        self.factors_hint = QLabel(self.factors_box)
        self.factors_hint.setObjectName(u"factors_hint")
        self.factors_hint.setWordWrap(True)

        self.factors_layout.addWidget(self.factors_hint)

        self.pro_label = QLabel(self.factors_box)
        self.pro_label.setObjectName(u"pro_label")

        self.factors_layout.addWidget(self.pro_label)

        self.pro_list = QListWidget(self.factors_box)
        self.pro_list.setObjectName(u"pro_list")
        self.pro_list.setAlternatingRowColors(False)
        self.pro_list.setWordWrap(True)
        self.pro_list.setUniformItemSizes(False)

        self.factors_layout.addWidget(self.pro_list)

        self.con_label = QLabel(self.factors_box)
        self.con_label.setObjectName(u"con_label")

        self.factors_layout.addWidget(self.con_label)

        self.con_list = QListWidget(self.factors_box)
        self.con_list.setObjectName(u"con_list")
        self.con_list.setAlternatingRowColors(False)
        self.con_list.setWordWrap(True)
        self.con_list.setUniformItemSizes(False)

        self.factors_layout.addWidget(self.con_list)


        self.contents_layout.addWidget(self.factors_box)

        self.similar_box = QGroupBox(self.contents)
        self.similar_box.setObjectName(u"similar_box")
        self.similar_layout = QVBoxLayout(self.similar_box)
        self.similar_layout.setObjectName(u"similar_layout")
        self.similar_tree = QTreeWidget(self.similar_box)
        self.similar_tree.setObjectName(u"similar_tree")
        self.similar_tree.setRootIsDecorated(False)
        self.similar_tree.setUniformRowHeights(False)
        self.similar_tree.setAlternatingRowColors(True)
        self.similar_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.similar_tree.setWordWrap(True)
        self.similar_tree.setAllColumnsShowFocus(True)

        self.similar_layout.addWidget(self.similar_tree)

        self.similar_detail = QTextBrowser(self.similar_box)
        self.similar_detail.setObjectName(u"similar_detail")
        self.similar_detail.setOpenLinks(False)

        self.similar_layout.addWidget(self.similar_detail)

        self.similar_buttons_layout = QHBoxLayout()
        self.similar_buttons_layout.setObjectName(u"similar_buttons_layout")
        self.similar_count_label = QLabel(self.similar_box)
        self.similar_count_label.setObjectName(u"similar_count_label")
        self.similar_count_label.setWordWrap(True)

        self.similar_buttons_layout.addWidget(self.similar_count_label)

        self.open_precedent_button = QPushButton(self.similar_box)
        self.open_precedent_button.setObjectName(u"open_precedent_button")

        self.similar_buttons_layout.addWidget(self.open_precedent_button)


        self.similar_layout.addLayout(self.similar_buttons_layout)


        self.contents_layout.addWidget(self.similar_box)

        self.decision_box = QGroupBox(self.contents)
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

        self.outcome_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcome_layout.addItem(self.outcome_spacer)


        self.decision_layout.addLayout(self.outcome_layout, 0, 1, 1, 1)

        self.reason_label = QLabel(self.decision_box)
        self.reason_label.setObjectName(u"reason_label")

        self.decision_layout.addWidget(self.reason_label, 1, 0, 1, 1, Qt.AlignTop)

        self.reason_list = QListWidget(self.decision_box)
        self.reason_list.setObjectName(u"reason_list")
        self.reason_list.setAlternatingRowColors(False)
        self.reason_list.setWordWrap(True)
        self.reason_list.setUniformItemSizes(False)

        self.decision_layout.addWidget(self.reason_list, 1, 1, 1, 1)

        self.motivation_label = QLabel(self.decision_box)
        self.motivation_label.setObjectName(u"motivation_label")

        self.decision_layout.addWidget(self.motivation_label, 2, 0, 1, 1, Qt.AlignTop)

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

        self.decision_buttons_layout = QHBoxLayout()
        self.decision_buttons_layout.setObjectName(u"decision_buttons_layout")
        self.decision_state_label = QLabel(self.decision_box)
        self.decision_state_label.setObjectName(u"decision_state_label")
        self.decision_state_label.setWordWrap(True)

        self.decision_buttons_layout.addWidget(self.decision_state_label)

        self.decision_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_buttons_layout.addItem(self.decision_buttons_spacer)

        self.withdraw_decision_button = QPushButton(self.decision_box)
        self.withdraw_decision_button.setObjectName(u"withdraw_decision_button")

        self.decision_buttons_layout.addWidget(self.withdraw_decision_button)

        self.save_decision_button = QPushButton(self.decision_box)
        self.save_decision_button.setObjectName(u"save_decision_button")

        self.decision_buttons_layout.addWidget(self.save_decision_button)


        self.decision_layout.addLayout(self.decision_buttons_layout, 4, 0, 1, 2)


        self.contents_layout.addWidget(self.decision_box)

        self.scroll_area.setWidget(self.contents)

        self.panel_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.catalogue_combo_label.setBuddy(self.catalogue_combo)
        self.conflicts_label.setBuddy(self.conflicts_list)
        self.pro_label.setBuddy(self.pro_list)
        self.con_label.setBuddy(self.con_list)
        self.outcome_type_label.setBuddy(self.outcome_type_combo)
        self.degree_label.setBuddy(self.degree_spin)
        self.reason_label.setBuddy(self.reason_list)
        self.motivation_label.setBuddy(self.motivation_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrecedentPanel)

        QMetaObject.connectSlotsByName(PrecedentPanel)
    # setupUi

    def retranslateUi(self, PrecedentPanel):
        self.unavailable_label.setText(QCoreApplication.translate("PrecedentPanel", u"Sla het dossier eerst op; daarna kunt u hier de factoren aanvinken en zien wat eerdere beslissingen zeggen.", None))
        self.catalogue_label.setText("")
        self.catalogue_combo_label.setText(QCoreApplication.translate("PrecedentPanel", u"&Factorcatalogus:", None))
        self.catalogue_warning_label.setText("")
        self.status_box.setTitle(QCoreApplication.translate("PrecedentPanel", u"Wat eerdere beslissingen zeggen", None))
        self.deviate_status_label.setText("")
        self.generic_status_label.setText("")
        self.details_label.setText("")
        self.base_conflicts_label.setText("")
        self.conflicts_label.setText(QCoreApplication.translate("PrecedentPanel", u"Strijdige beslissingen voor de gekozen uitkomst:", None))
        self.distinguish_button.setText(QCoreApplication.translate("PrecedentPanel", u"Ver&schil vastleggen\u2026", None))
#if QT_CONFIG(tooltip)
        self.distinguish_button.setToolTip(QCoreApplication.translate("PrecedentPanel", u"Kies het relevante verschil waarop deze beslissing zich onderscheidt van de gekozen eerdere beslissing.", None))
#endif // QT_CONFIG(tooltip)
        self.factors_box.setTitle(QCoreApplication.translate("PrecedentPanel", u"Factoren van dit dossier", None))
        self.factors_hint.setText(QCoreApplication.translate("PrecedentPanel", u"Vink aan welke factoren in dit dossier aanwezig zijn.", None))
        self.pro_label.setText(QCoreApplication.translate("PrecedentPanel", u"Pleiten voor afwijken", None))
        self.con_label.setText(QCoreApplication.translate("PrecedentPanel", u"Pleiten voor de algemene regel", None))
        self.similar_box.setTitle(QCoreApplication.translate("PrecedentPanel", u"Vergelijkbare beslissingen", None))
        ___qtreewidgetitem = self.similar_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("PrecedentPanel", u"Samenvatting", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PrecedentPanel", u"Gedeeld", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PrecedentPanel", u"Betekenis hier", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PrecedentPanel", u"Uitkomst", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PrecedentPanel", u"Beslissing", None))
        self.similar_count_label.setText("")
        self.open_precedent_button.setText(QCoreApplication.translate("PrecedentPanel", u"Beslissing &openen", None))
        self.decision_box.setTitle(QCoreApplication.translate("PrecedentPanel", u"Beslissing", None))
        self.outcome_type_label.setText(QCoreApplication.translate("PrecedentPanel", u"&Uitkomst:", None))
        self.degree_label.setText(QCoreApplication.translate("PrecedentPanel", u"M&ate:", None))
#if QT_CONFIG(tooltip)
        self.degree_spin.setToolTip(QCoreApplication.translate("PrecedentPanel", u"Hoe ver de beslissing gaat: een bedrag, een percentage of een duur. Kies als eenheid \u2018geen\u2019 als dat niet van toepassing is.", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("PrecedentPanel", u"&Doorslaggevend:", None))
#if QT_CONFIG(tooltip)
        self.reason_list.setToolTip(QCoreApplication.translate("PrecedentPanel", u"De factoren waarop de beslissing rust. Zonder keuze tellen alle aanwezige factoren voor deze uitkomst.", None))
#endif // QT_CONFIG(tooltip)
        self.motivation_label.setText(QCoreApplication.translate("PrecedentPanel", u"&Motivering:", None))
        self.distinctions_label.setText(QCoreApplication.translate("PrecedentPanel", u"Onderscheid:", None))
        self.distinctions_value.setText(QCoreApplication.translate("PrecedentPanel", u"\u2014", None))
        self.decision_state_label.setText("")
        self.withdraw_decision_button.setText(QCoreApplication.translate("PrecedentPanel", u"Beslissing &intrekken", None))
        self.save_decision_button.setText(QCoreApplication.translate("PrecedentPanel", u"Beslissing &vastleggen", None))
        pass
    # retranslateUi

