# Generated from forms/proposal_panel.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_panel.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProposalPanel(object):
    def setupUi(self, ProposalPanel):
        if not ProposalPanel.objectName():
            ProposalPanel.setObjectName(u"ProposalPanel")
        ProposalPanel.resize(1000, 800)
        self.panel_layout = QVBoxLayout(ProposalPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.unavailable_label = QLabel(ProposalPanel)
        self.unavailable_label.setObjectName(u"unavailable_label")
        self.unavailable_label.setWordWrap(True)

        self.panel_layout.addWidget(self.unavailable_label)

        self.scroll_area = QScrollArea(ProposalPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.decision_box = QGroupBox(self.contents)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_layout = QVBoxLayout(self.decision_box)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_label = QLabel(self.decision_box)
        self.decision_label.setObjectName(u"decision_label")
        self.decision_label.setWordWrap(True)

        self.decision_layout.addWidget(self.decision_label)

        self.decision_hint = QLabel(self.decision_box)
        self.decision_hint.setObjectName(u"decision_hint")
        self.decision_hint.setWordWrap(True)

        self.decision_layout.addWidget(self.decision_hint)

        self.escalate_check = QCheckBox(self.decision_box)
        self.escalate_check.setObjectName(u"escalate_check")

        self.decision_layout.addWidget(self.escalate_check)


        self.contents_layout.addWidget(self.decision_box)

        self.motivations_box = QGroupBox(self.contents)
        self.motivations_box.setObjectName(u"motivations_box")
        self.motivations_layout = QVBoxLayout(self.motivations_box)
        self.motivations_layout.setObjectName(u"motivations_layout")
        self.motivations_table = QTableWidget(self.motivations_box)
        if (self.motivations_table.columnCount() < 2):
            self.motivations_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.motivations_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.motivations_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.motivations_table.setObjectName(u"motivations_table")
        self.motivations_table.setAlternatingRowColors(True)
        self.motivations_table.setWordWrap(True)

        self.motivations_layout.addWidget(self.motivations_table)


        self.contents_layout.addWidget(self.motivations_box)

        self.citizen_box = QGroupBox(self.contents)
        self.citizen_box.setObjectName(u"citizen_box")
        self.citizen_layout = QVBoxLayout(self.citizen_box)
        self.citizen_layout.setObjectName(u"citizen_layout")
        self.citizen_edit = QPlainTextEdit(self.citizen_box)
        self.citizen_edit.setObjectName(u"citizen_edit")
        self.citizen_edit.setTabChangesFocus(True)

        self.citizen_layout.addWidget(self.citizen_edit)

        self.readability_label = QLabel(self.citizen_box)
        self.readability_label.setObjectName(u"readability_label")
        self.readability_label.setWordWrap(True)

        self.citizen_layout.addWidget(self.readability_label)

        self.advice_list = QListWidget(self.citizen_box)
        self.advice_list.setObjectName(u"advice_list")
        self.advice_list.setWordWrap(True)
        self.advice_list.setResizeMode(QListView.Adjust)

        self.citizen_layout.addWidget(self.advice_list)


        self.contents_layout.addWidget(self.citizen_box)

        self.safeguards_box = QGroupBox(self.contents)
        self.safeguards_box.setObjectName(u"safeguards_box")
        self.safeguards_layout = QGridLayout(self.safeguards_box)
        self.safeguards_layout.setObjectName(u"safeguards_layout")
        self.deciders_label = QLabel(self.safeguards_box)
        self.deciders_label.setObjectName(u"deciders_label")

        self.safeguards_layout.addWidget(self.deciders_label, 0, 0, 1, 1)

        self.deciders_edit = QLineEdit(self.safeguards_box)
        self.deciders_edit.setObjectName(u"deciders_edit")

        self.safeguards_layout.addWidget(self.deciders_edit, 0, 1, 1, 1)

        self.conflicts_label = QLabel(self.safeguards_box)
        self.conflicts_label.setObjectName(u"conflicts_label")

        self.safeguards_layout.addWidget(self.conflicts_label, 1, 0, 1, 1)

        self.conflicts_edit = QLineEdit(self.safeguards_box)
        self.conflicts_edit.setObjectName(u"conflicts_edit")

        self.safeguards_layout.addWidget(self.conflicts_edit, 1, 1, 1, 1)

        self.zienswijze_label = QLabel(self.safeguards_box)
        self.zienswijze_label.setObjectName(u"zienswijze_label")

        self.safeguards_layout.addWidget(self.zienswijze_label, 2, 0, 1, 1)

        self.zienswijze_combo = QComboBox(self.safeguards_box)
        self.zienswijze_combo.setObjectName(u"zienswijze_combo")

        self.safeguards_layout.addWidget(self.zienswijze_combo, 2, 1, 1, 1)

        self.application_check = QCheckBox(self.safeguards_box)
        self.application_check.setObjectName(u"application_check")

        self.safeguards_layout.addWidget(self.application_check, 3, 0, 1, 2)

        self.review_label = QLabel(self.safeguards_box)
        self.review_label.setObjectName(u"review_label")

        self.safeguards_layout.addWidget(self.review_label, 4, 0, 1, 1)

        self.review_layout = QHBoxLayout()
        self.review_layout.setObjectName(u"review_layout")
        self.review_check = QCheckBox(self.safeguards_box)
        self.review_check.setObjectName(u"review_check")

        self.review_layout.addWidget(self.review_check)

        self.review_date_edit = QDateEdit(self.safeguards_box)
        self.review_date_edit.setObjectName(u"review_date_edit")
        self.review_date_edit.setCalendarPopup(True)

        self.review_layout.addWidget(self.review_date_edit)

        self.review_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_layout.addItem(self.review_spacer)


        self.safeguards_layout.addLayout(self.review_layout, 4, 1, 1, 1)


        self.contents_layout.addWidget(self.safeguards_box)

        self.signal_box = QGroupBox(self.contents)
        self.signal_box.setObjectName(u"signal_box")
        self.signal_layout = QGridLayout(self.signal_box)
        self.signal_layout.setObjectName(u"signal_layout")
        self.signal_kind_label = QLabel(self.signal_box)
        self.signal_kind_label.setObjectName(u"signal_kind_label")

        self.signal_layout.addWidget(self.signal_kind_label, 0, 0, 1, 1)

        self.signal_combo = QComboBox(self.signal_box)
        self.signal_combo.setObjectName(u"signal_combo")

        self.signal_layout.addWidget(self.signal_combo, 0, 1, 1, 1)

        self.signal_rule_label = QLabel(self.signal_box)
        self.signal_rule_label.setObjectName(u"signal_rule_label")

        self.signal_layout.addWidget(self.signal_rule_label, 1, 0, 1, 1)

        self.signal_rule_edit = QLineEdit(self.signal_box)
        self.signal_rule_edit.setObjectName(u"signal_rule_edit")

        self.signal_layout.addWidget(self.signal_rule_edit, 1, 1, 1, 1)

        self.signal_owner_label = QLabel(self.signal_box)
        self.signal_owner_label.setObjectName(u"signal_owner_label")

        self.signal_layout.addWidget(self.signal_owner_label, 2, 0, 1, 1)

        self.signal_owner_edit = QLineEdit(self.signal_box)
        self.signal_owner_edit.setObjectName(u"signal_owner_edit")

        self.signal_layout.addWidget(self.signal_owner_edit, 2, 1, 1, 1)


        self.contents_layout.addWidget(self.signal_box)

        self.scroll_area.setWidget(self.contents)

        self.panel_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.deciders_label.setBuddy(self.deciders_edit)
        self.conflicts_label.setBuddy(self.conflicts_edit)
        self.zienswijze_label.setBuddy(self.zienswijze_combo)
        self.review_label.setBuddy(self.review_date_edit)
        self.signal_kind_label.setBuddy(self.signal_combo)
        self.signal_rule_label.setBuddy(self.signal_rule_edit)
        self.signal_owner_label.setBuddy(self.signal_owner_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalPanel)

        QMetaObject.connectSlotsByName(ProposalPanel)
    # setupUi

    def retranslateUi(self, ProposalPanel):
        self.unavailable_label.setText(QCoreApplication.translate("ProposalPanel", u"Sla het dossier eerst op; daarna kunt u hier het voorstel uitwerken.", None))
        self.decision_box.setTitle(QCoreApplication.translate("ProposalPanel", u"Beslissing", None))
        self.decision_label.setText("")
        self.decision_hint.setText(QCoreApplication.translate("ProposalPanel", u"Uitkomst, mate en doorslaggevende factoren legt u vast in de stap Precedenten.", None))
        self.escalate_check.setText(QCoreApplication.translate("ProposalPanel", u"Voorstel: escaleren in plaats van beslissen", None))
#if QT_CONFIG(tooltip)
        self.escalate_check.setToolTip(QCoreApplication.translate("ProposalPanel", u"Naar het escalatieteam of landelijk maatwerkteam: de wet laat hier geen ruimte, of de casus gaat de eigen organisatie te boven.", None))
#endif // QT_CONFIG(tooltip)
        self.motivations_box.setTitle(QCoreApplication.translate("ProposalPanel", u"Waarom de doorslaggevende factoren wegen", None))
        ___qtablewidgetitem = self.motivations_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProposalPanel", u"Factor", None))
        ___qtablewidgetitem1 = self.motivations_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProposalPanel", u"Motivering", None))
        self.citizen_box.setTitle(QCoreApplication.translate("ProposalPanel", u"Tekst voor de burger (B1)", None))
        self.citizen_edit.setPlaceholderText(QCoreApplication.translate("ProposalPanel", u"Leg in gewone woorden uit wat er besloten is en wat dat voor de burger betekent.", None))
        self.readability_label.setText("")
#if QT_CONFIG(tooltip)
        self.readability_label.setToolTip(QCoreApplication.translate("ProposalPanel", u"Flesch-Douma: hoe hoger, hoe makkelijker te lezen (0 tot 100). Teksten op taalniveau B1 scoren meestal 60 of hoger.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.advice_list.setToolTip(QCoreApplication.translate("ProposalPanel", u"Taaladvies: klik op een advies om de plek in de tekst te selecteren. Het is advies; opslaan kan altijd.", None))
#endif // QT_CONFIG(tooltip)
        self.safeguards_box.setTitle(QCoreApplication.translate("ProposalPanel", u"Waarborgen", None))
        self.deciders_label.setText(QCoreApplication.translate("ProposalPanel", u"Beslist of beoordeeld &door:", None))
        self.deciders_edit.setPlaceholderText(QCoreApplication.translate("ProposalPanel", u"Namen, gescheiden door komma's (vier ogen: minstens twee)", None))
        self.conflicts_label.setText(QCoreApplication.translate("ProposalPanel", u"Be&langenverstrengeling:", None))
        self.conflicts_edit.setPlaceholderText(QCoreApplication.translate("ProposalPanel", u"Wie heeft een belang gemeld (art. 2:4 Awb)? Die persoon beslist niet mee.", None))
#if QT_CONFIG(tooltip)
        self.conflicts_edit.setToolTip(QCoreApplication.translate("ProposalPanel", u"Wie heeft een belang gemeld (art. 2:4 Awb)? Die persoon beslist niet mee.", None))
#endif // QT_CONFIG(tooltip)
        self.zienswijze_label.setText(QCoreApplication.translate("ProposalPanel", u"&Zienswijze:", None))
#if QT_CONFIG(tooltip)
        self.zienswijze_combo.setToolTip(QCoreApplication.translate("ProposalPanel", u"Is de burger in de gelegenheid gesteld zijn zienswijze te geven (art. 4:8 Awb)?", None))
#endif // QT_CONFIG(tooltip)
        self.application_check.setText(QCoreApplication.translate("ProposalPanel", u"Besluit op een aanvraag van de burger zelf", None))
        self.review_label.setText(QCoreApplication.translate("ProposalPanel", u"Herbeoordeling &op:", None))
        self.review_check.setText(QCoreApplication.translate("ProposalPanel", u"Tijdelijk maatwerk", None))
        self.review_date_edit.setDisplayFormat(QCoreApplication.translate("ProposalPanel", u"dd-MM-yyyy", None))
        self.signal_box.setTitle(QCoreApplication.translate("ProposalPanel", u"Knelpuntsignaal", None))
        self.signal_kind_label.setText(QCoreApplication.translate("ProposalPanel", u"&Soort:", None))
#if QT_CONFIG(tooltip)
        self.signal_combo.setToolTip(QCoreApplication.translate("ProposalPanel", u"Is dit alleen een individuele oplossing, of een structureel probleem met de regel?", None))
#endif // QT_CONFIG(tooltip)
        self.signal_rule_label.setText(QCoreApplication.translate("ProposalPanel", u"&Regel:", None))
        self.signal_rule_edit.setPlaceholderText(QCoreApplication.translate("ProposalPanel", u"Welke regel knelt (regeling en artikel)?", None))
        self.signal_owner_label.setText(QCoreApplication.translate("ProposalPanel", u"&Eigenaar:", None))
        self.signal_owner_edit.setPlaceholderText(QCoreApplication.translate("ProposalPanel", u"Wie gaat over die regel (beleidseigenaar)?", None))
        pass
    # retranslateUi

