# Generated from forms/weighing_panel.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weighing_panel.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_WeighingPanel(object):
    def setupUi(self, WeighingPanel):
        if not WeighingPanel.objectName():
            WeighingPanel.setObjectName(u"WeighingPanel")
        WeighingPanel.resize(1000, 900)
        self.panel_layout = QVBoxLayout(WeighingPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.unavailable_label = QLabel(WeighingPanel)
        self.unavailable_label.setObjectName(u"unavailable_label")
        self.unavailable_label.setWordWrap(True)

        self.panel_layout.addWidget(self.unavailable_label)

        self.scroll_area = QScrollArea(WeighingPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.result_box = QGroupBox(self.contents)
        self.result_box.setObjectName(u"result_box")
        self.result_layout = QVBoxLayout(self.result_box)
        self.result_layout.setObjectName(u"result_layout")
        self.result_top = QHBoxLayout()
        self.result_top.setObjectName(u"result_top")
        self.verdict_layout = QVBoxLayout()
        self.verdict_layout.setObjectName(u"verdict_layout")
        self.verdict_label = QLabel(self.result_box)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.verdict_layout.addWidget(self.verdict_label)

        self.verdict_reasons_label = QLabel(self.result_box)
        self.verdict_reasons_label.setObjectName(u"verdict_reasons_label")
        self.verdict_reasons_label.setWordWrap(True)

        self.verdict_layout.addWidget(self.verdict_reasons_label)

        self.intensity_label = QLabel(self.result_box)
        self.intensity_label.setObjectName(u"intensity_label")
        self.intensity_label.setWordWrap(True)

        self.verdict_layout.addWidget(self.intensity_label)

        self.intensity_reasons_label = QLabel(self.result_box)
        self.intensity_reasons_label.setObjectName(u"intensity_reasons_label")
        self.intensity_reasons_label.setWordWrap(True)

        self.verdict_layout.addWidget(self.intensity_reasons_label)

        self.verdict_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verdict_layout.addItem(self.verdict_spacer)


        self.result_top.addLayout(self.verdict_layout)

        self.chart_layout = QVBoxLayout()
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_hint = QLabel(self.result_box)
        self.chart_hint.setObjectName(u"chart_hint")
        self.chart_hint.setWordWrap(True)

        self.chart_layout.addWidget(self.chart_hint)

        self.chart_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chart_layout.addItem(self.chart_spacer)


        self.result_top.addLayout(self.chart_layout)


        self.result_layout.addLayout(self.result_top)


        self.contents_layout.addWidget(self.result_box)

        self.findings_box = QGroupBox(self.contents)
        self.findings_box.setObjectName(u"findings_box")
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_top = QHBoxLayout()
        self.findings_top.setObjectName(u"findings_top")
        self.findings_outcome_label = QLabel(self.findings_box)
        self.findings_outcome_label.setObjectName(u"findings_outcome_label")

        self.findings_top.addWidget(self.findings_outcome_label)

        self.findings_outcome_combo = QComboBox(self.findings_box)
        self.findings_outcome_combo.setObjectName(u"findings_outcome_combo")

        self.findings_top.addWidget(self.findings_outcome_combo)

        self.findings_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findings_top.addItem(self.findings_spacer)


        self.findings_layout.addLayout(self.findings_top)

        self.findings_tree = QTreeWidget(self.findings_box)
        self.findings_tree.setObjectName(u"findings_tree")
        self.findings_tree.setRootIsDecorated(False)
        self.findings_tree.setWordWrap(True)
        self.findings_tree.setAlternatingRowColors(True)

        self.findings_layout.addWidget(self.findings_tree)

        self.finding_detail_label = QLabel(self.findings_box)
        self.finding_detail_label.setObjectName(u"finding_detail_label")
        self.finding_detail_label.setWordWrap(True)

        self.findings_layout.addWidget(self.finding_detail_label)


        self.contents_layout.addWidget(self.findings_box)

        self.context_box = QGroupBox(self.contents)
        self.context_box.setObjectName(u"context_box")
        self.context_layout = QGridLayout(self.context_box)
        self.context_layout.setObjectName(u"context_layout")
        self.power_caption = QLabel(self.context_box)
        self.power_caption.setObjectName(u"power_caption")

        self.context_layout.addWidget(self.power_caption, 0, 0, 1, 1)

        self.power_value = QLabel(self.context_box)
        self.power_value.setObjectName(u"power_value")
        self.power_value.setWordWrap(True)

        self.context_layout.addWidget(self.power_value, 0, 1, 1, 1)

        self.nature_label = QLabel(self.context_box)
        self.nature_label.setObjectName(u"nature_label")

        self.context_layout.addWidget(self.nature_label, 1, 0, 1, 1)

        self.nature_combo = QComboBox(self.context_box)
        self.nature_combo.setObjectName(u"nature_combo")

        self.context_layout.addWidget(self.nature_combo, 1, 1, 1, 1)

        self.aim_label = QLabel(self.context_box)
        self.aim_label.setObjectName(u"aim_label")

        self.context_layout.addWidget(self.aim_label, 2, 0, 1, 1)

        self.aim_edit = QPlainTextEdit(self.context_box)
        self.aim_edit.setObjectName(u"aim_edit")
        self.aim_edit.setTabChangesFocus(True)

        self.context_layout.addWidget(self.aim_edit, 2, 1, 1, 1)


        self.contents_layout.addWidget(self.context_box)

        self.steps_box = QGroupBox(self.contents)
        self.steps_box.setObjectName(u"steps_box")
        self.steps_layout = QGridLayout(self.steps_box)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps_hint = QLabel(self.steps_box)
        self.steps_hint.setObjectName(u"steps_hint")
        self.steps_hint.setWordWrap(True)

        self.steps_layout.addWidget(self.steps_hint, 0, 0, 1, 3)

        self.suitability_title = QLabel(self.steps_box)
        self.suitability_title.setObjectName(u"suitability_title")

        self.steps_layout.addWidget(self.suitability_title, 1, 0, 1, 1)

        self.suitability_combo = QComboBox(self.steps_box)
        self.suitability_combo.setObjectName(u"suitability_combo")

        self.steps_layout.addWidget(self.suitability_combo, 1, 1, 1, 1)

        self.suitability_skip = QLabel(self.steps_box)
        self.suitability_skip.setObjectName(u"suitability_skip")
        self.suitability_skip.setWordWrap(True)

        self.steps_layout.addWidget(self.suitability_skip, 1, 2, 1, 1)

        self.suitability_edit = QPlainTextEdit(self.steps_box)
        self.suitability_edit.setObjectName(u"suitability_edit")
        self.suitability_edit.setTabChangesFocus(True)

        self.steps_layout.addWidget(self.suitability_edit, 2, 1, 1, 2)

        self.necessity_title = QLabel(self.steps_box)
        self.necessity_title.setObjectName(u"necessity_title")

        self.steps_layout.addWidget(self.necessity_title, 3, 0, 1, 1)

        self.necessity_combo = QComboBox(self.steps_box)
        self.necessity_combo.setObjectName(u"necessity_combo")

        self.steps_layout.addWidget(self.necessity_combo, 3, 1, 1, 1)

        self.necessity_skip = QLabel(self.steps_box)
        self.necessity_skip.setObjectName(u"necessity_skip")
        self.necessity_skip.setWordWrap(True)

        self.steps_layout.addWidget(self.necessity_skip, 3, 2, 1, 1)

        self.necessity_edit = QPlainTextEdit(self.steps_box)
        self.necessity_edit.setObjectName(u"necessity_edit")
        self.necessity_edit.setTabChangesFocus(True)

        self.steps_layout.addWidget(self.necessity_edit, 4, 1, 1, 2)

        self.balance_title = QLabel(self.steps_box)
        self.balance_title.setObjectName(u"balance_title")

        self.steps_layout.addWidget(self.balance_title, 5, 0, 1, 1)

        self.balance_combo = QComboBox(self.steps_box)
        self.balance_combo.setObjectName(u"balance_combo")

        self.steps_layout.addWidget(self.balance_combo, 5, 1, 1, 1)

        self.balance_skip = QLabel(self.steps_box)
        self.balance_skip.setObjectName(u"balance_skip")
        self.balance_skip.setWordWrap(True)

        self.steps_layout.addWidget(self.balance_skip, 5, 2, 1, 1)

        self.balance_edit = QPlainTextEdit(self.steps_box)
        self.balance_edit.setObjectName(u"balance_edit")
        self.balance_edit.setTabChangesFocus(True)

        self.steps_layout.addWidget(self.balance_edit, 6, 1, 1, 2)

        self.balance_burden_label = QLabel(self.steps_box)
        self.balance_burden_label.setObjectName(u"balance_burden_label")
        self.balance_burden_label.setWordWrap(True)

        self.steps_layout.addWidget(self.balance_burden_label, 7, 1, 1, 2)


        self.contents_layout.addWidget(self.steps_box)

        self.alternatives_box = QGroupBox(self.contents)
        self.alternatives_box.setObjectName(u"alternatives_box")
        self.alternatives_layout = QVBoxLayout(self.alternatives_box)
        self.alternatives_layout.setObjectName(u"alternatives_layout")
        self.alternatives_table = QTableWidget(self.alternatives_box)
        if (self.alternatives_table.columnCount() < 4):
            self.alternatives_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.alternatives_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.alternatives_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.alternatives_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.alternatives_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.alternatives_table.setObjectName(u"alternatives_table")
        self.alternatives_table.setAlternatingRowColors(True)
        self.alternatives_table.setWordWrap(True)

        self.alternatives_layout.addWidget(self.alternatives_table)


        self.contents_layout.addWidget(self.alternatives_box)

        self.interests_box = QGroupBox(self.contents)
        self.interests_box.setObjectName(u"interests_box")
        self.interests_layout = QVBoxLayout(self.interests_box)
        self.interests_layout.setObjectName(u"interests_layout")
        self.interests_table = QTableWidget(self.interests_box)
        if (self.interests_table.columnCount() < 3):
            self.interests_table.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.interests_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.interests_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.interests_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.interests_table.setObjectName(u"interests_table")
        self.interests_table.setAlternatingRowColors(True)
        self.interests_table.setWordWrap(True)

        self.interests_layout.addWidget(self.interests_table)


        self.contents_layout.addWidget(self.interests_box)

        self.intensity_box = QGroupBox(self.contents)
        self.intensity_box.setObjectName(u"intensity_box")
        self.intensity_layout = QVBoxLayout(self.intensity_box)
        self.intensity_layout.setObjectName(u"intensity_layout")
        self.intensity_hint = QLabel(self.intensity_box)
        self.intensity_hint.setObjectName(u"intensity_hint")
        self.intensity_hint.setWordWrap(True)

        self.intensity_layout.addWidget(self.intensity_hint)

        self.intensity_table = QTableWidget(self.intensity_box)
        if (self.intensity_table.columnCount() < 2):
            self.intensity_table.setColumnCount(2)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.intensity_table.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.intensity_table.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        self.intensity_table.setObjectName(u"intensity_table")
        self.intensity_table.setAlternatingRowColors(True)
        self.intensity_table.setWordWrap(True)

        self.intensity_layout.addWidget(self.intensity_table)


        self.contents_layout.addWidget(self.intensity_box)

        self.scroll_area.setWidget(self.contents)

        self.panel_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.findings_outcome_label.setBuddy(self.findings_outcome_combo)
        self.nature_label.setBuddy(self.nature_combo)
        self.aim_label.setBuddy(self.aim_edit)
        self.suitability_title.setBuddy(self.suitability_combo)
        self.necessity_title.setBuddy(self.necessity_combo)
        self.balance_title.setBuddy(self.balance_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeighingPanel)

        QMetaObject.connectSlotsByName(WeighingPanel)
    # setupUi

    def retranslateUi(self, WeighingPanel):
        self.unavailable_label.setText(QCoreApplication.translate("WeighingPanel", u"Sla het dossier eerst op; daarna kunt u hier de evenredigheid afwegen.", None))
        self.result_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Uitkomst van de afweging", None))
        self.verdict_label.setText("")
        self.verdict_reasons_label.setText("")
        self.intensity_label.setText("")
        self.intensity_reasons_label.setText("")
        self.chart_hint.setText(QCoreApplication.translate("WeighingPanel", u"Dit dossier (ruit) tussen de besloten dossiers van dezelfde route. Klik op een punt om dat dossier te openen.", None))
        self.findings_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Willekeur-indicatoren", None))
        self.findings_outcome_label.setText(QCoreApplication.translate("WeighingPanel", u"Beoordeel bij:", None))
        ___qtreewidgetitem = self.findings_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WeighingPanel", u"Melding", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WeighingPanel", u"Ernst", None))
        self.finding_detail_label.setText("")
        self.context_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Context", None))
        self.power_caption.setText(QCoreApplication.translate("WeighingPanel", u"Soort bevoegdheid:", None))
        self.power_value.setText("")
        self.nature_label.setText(QCoreApplication.translate("WeighingPanel", u"&Aard van het besluit:", None))
#if QT_CONFIG(tooltip)
        self.nature_combo.setToolTip(QCoreApplication.translate("WeighingPanel", u"Wat doet de algemene uitkomst met de burger: een last opleggen (belastend), iets toekennen of weigeren (begunstigend), of beide (hybride)?", None))
#endif // QT_CONFIG(tooltip)
        self.aim_label.setText(QCoreApplication.translate("WeighingPanel", u"&Doel van de regel:", None))
        self.aim_edit.setPlaceholderText(QCoreApplication.translate("WeighingPanel", u"Waarvoor is de regel bedoeld, en wat betekent dat in dit geval?", None))
        self.steps_box.setTitle(QCoreApplication.translate("WeighingPanel", u"De drie stappen (Harderwijk)", None))
        self.steps_hint.setText(QCoreApplication.translate("WeighingPanel", u"Beantwoord elke stap vanuit de algemene regel: \u2018ja\u2019 betekent dat de algemene uitkomst de stap doorstaat.", None))
        self.suitability_title.setText(QCoreApplication.translate("WeighingPanel", u"&Geschiktheid", None))
#if QT_CONFIG(tooltip)
        self.suitability_combo.setToolTip(QCoreApplication.translate("WeighingPanel", u"Dient het toepassen van de regel hier het doel?", None))
#endif // QT_CONFIG(tooltip)
        self.suitability_skip.setText("")
        self.suitability_edit.setPlaceholderText(QCoreApplication.translate("WeighingPanel", u"Motivering", None))
        self.necessity_title.setText(QCoreApplication.translate("WeighingPanel", u"&Noodzakelijkheid", None))
#if QT_CONFIG(tooltip)
        self.necessity_combo.setToolTip(QCoreApplication.translate("WeighingPanel", u"Is er geen lichter middel dat het doel even goed dient?", None))
#endif // QT_CONFIG(tooltip)
        self.necessity_skip.setText("")
        self.necessity_edit.setPlaceholderText(QCoreApplication.translate("WeighingPanel", u"Motivering", None))
        self.balance_title.setText(QCoreApplication.translate("WeighingPanel", u"&Evenwichtigheid", None))
#if QT_CONFIG(tooltip)
        self.balance_combo.setToolTip(QCoreApplication.translate("WeighingPanel", u"Staan de gevolgen in redelijke verhouding tot het doel?", None))
#endif // QT_CONFIG(tooltip)
        self.balance_skip.setText("")
        self.balance_edit.setPlaceholderText(QCoreApplication.translate("WeighingPanel", u"Motivering", None))
#if QT_CONFIG(tooltip)
        self.balance_burden_label.setToolTip(QCoreApplication.translate("WeighingPanel", u"Uit de bedragen in de stap Feiten: de (terug)vordering tegenover het inkomen per jaar.", None))
#endif // QT_CONFIG(tooltip)
        self.balance_burden_label.setText("")
        self.alternatives_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Lichtere middelen (noodzakelijkheid)", None))
        ___qtablewidgetitem = self.alternatives_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WeighingPanel", u"Middel", None))
        ___qtablewidgetitem1 = self.alternatives_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WeighingPanel", u"Oordeel", None))
        ___qtablewidgetitem2 = self.alternatives_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WeighingPanel", u"Motivering", None))
        ___qtablewidgetitem3 = self.alternatives_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WeighingPanel", u"Waarom niet gekozen", None))
        self.interests_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Belangen en hun gewicht", None))
        ___qtablewidgetitem4 = self.interests_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("WeighingPanel", u"Belang", None))
        ___qtablewidgetitem5 = self.interests_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("WeighingPanel", u"Gewicht", None))
        ___qtablewidgetitem6 = self.interests_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("WeighingPanel", u"Omschrijving", None))
        self.intensity_box.setTitle(QCoreApplication.translate("WeighingPanel", u"Toetsingsintensiteit", None))
        self.intensity_hint.setText(QCoreApplication.translate("WeighingPanel", u"Hoe zwaar een rechter zou toetsen (glijdende schaal); dat bepaalt hoe sterk de motivering moet zijn.", None))
        ___qtablewidgetitem7 = self.intensity_table.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("WeighingPanel", u"Factor", None))
        ___qtablewidgetitem8 = self.intensity_table.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("WeighingPanel", u"Mate", None))
        pass
    # retranslateUi

