# Generated from forms/facts_page.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'facts_page.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_FactsPage(object):
    def setupUi(self, FactsPage):
        if not FactsPage.objectName():
            FactsPage.setObjectName(u"FactsPage")
        FactsPage.resize(620, 700)
        self.facts_page_layout = QVBoxLayout(FactsPage)
        self.facts_page_layout.setObjectName(u"facts_page_layout")
        self.facts_page_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_scroll = QScrollArea(FactsPage)
        self.facts_scroll.setObjectName(u"facts_scroll")
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts_scroll.setWidgetResizable(True)
        self.facts_contents = QWidget()
        self.facts_contents.setObjectName(u"facts_contents")
        self.facts_contents_layout = QVBoxLayout(self.facts_contents)
        self.facts_contents_layout.setObjectName(u"facts_contents_layout")
        self.facts_hint_label = QLabel(self.facts_contents)
        self.facts_hint_label.setObjectName(u"facts_hint_label")
        self.facts_hint_label.setWordWrap(True)

        self.facts_contents_layout.addWidget(self.facts_hint_label)

        self.stage_layout = QHBoxLayout()
        self.stage_layout.setObjectName(u"stage_layout")
        self.stage_label = QLabel(self.facts_contents)
        self.stage_label.setObjectName(u"stage_label")

        self.stage_layout.addWidget(self.stage_label)

        self.stage_combo = QComboBox(self.facts_contents)
        self.stage_combo.setObjectName(u"stage_combo")
        self.stage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.stage_layout.addWidget(self.stage_combo)

        self.stage_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stage_layout.addItem(self.stage_spacer)


        self.facts_contents_layout.addLayout(self.stage_layout)

        self.circumstances_layout = QHBoxLayout()
        self.circumstances_layout.setObjectName(u"circumstances_layout")
        self.children_label = QLabel(self.facts_contents)
        self.children_label.setObjectName(u"children_label")

        self.circumstances_layout.addWidget(self.children_label)

        self.children_spin = QSpinBox(self.facts_contents)
        self.children_spin.setObjectName(u"children_spin")
        self.children_spin.setMinimum(-1)
        self.children_spin.setMaximum(20)
        self.children_spin.setValue(-1)

        self.circumstances_layout.addWidget(self.children_spin)

        self.circumstances_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.circumstances_layout.addItem(self.circumstances_spacer)


        self.facts_contents_layout.addLayout(self.circumstances_layout)

        self.organisation_share_check = QCheckBox(self.facts_contents)
        self.organisation_share_check.setObjectName(u"organisation_share_check")

        self.facts_contents_layout.addWidget(self.organisation_share_check)

        self.amounts_group = QGroupBox(self.facts_contents)
        self.amounts_group.setObjectName(u"amounts_group")
        self.amounts_layout = QVBoxLayout(self.amounts_group)
        self.amounts_layout.setObjectName(u"amounts_layout")
        self.amounts_hint_label = QLabel(self.amounts_group)
        self.amounts_hint_label.setObjectName(u"amounts_hint_label")
        self.amounts_hint_label.setWordWrap(True)

        self.amounts_layout.addWidget(self.amounts_hint_label)

        self.amounts_view = QTableView(self.amounts_group)
        self.amounts_view.setObjectName(u"amounts_view")
        self.amounts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.amounts_view.setAlternatingRowColors(True)
        self.amounts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.amounts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.amounts_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.amounts_view.setWordWrap(True)
        self.amounts_view.verticalHeader().setVisible(False)

        self.amounts_layout.addWidget(self.amounts_view)

        self.amounts_buttons_layout = QHBoxLayout()
        self.amounts_buttons_layout.setObjectName(u"amounts_buttons_layout")
        self.amount_add_button = QPushButton(self.amounts_group)
        self.amount_add_button.setObjectName(u"amount_add_button")

        self.amounts_buttons_layout.addWidget(self.amount_add_button)

        self.amount_edit_button = QPushButton(self.amounts_group)
        self.amount_edit_button.setObjectName(u"amount_edit_button")

        self.amounts_buttons_layout.addWidget(self.amount_edit_button)

        self.amount_remove_button = QPushButton(self.amounts_group)
        self.amount_remove_button.setObjectName(u"amount_remove_button")

        self.amounts_buttons_layout.addWidget(self.amount_remove_button)

        self.amounts_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amounts_buttons_layout.addItem(self.amounts_buttons_spacer)


        self.amounts_layout.addLayout(self.amounts_buttons_layout)


        self.facts_contents_layout.addWidget(self.amounts_group)

        self.parties_group = QGroupBox(self.facts_contents)
        self.parties_group.setObjectName(u"parties_group")
        self.parties_layout = QVBoxLayout(self.parties_group)
        self.parties_layout.setObjectName(u"parties_layout")
        self.parties_hint_label = QLabel(self.parties_group)
        self.parties_hint_label.setObjectName(u"parties_hint_label")
        self.parties_hint_label.setWordWrap(True)

        self.parties_layout.addWidget(self.parties_hint_label)

        self.parties_view = QTableView(self.parties_group)
        self.parties_view.setObjectName(u"parties_view")
        self.parties_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties_view.setAlternatingRowColors(True)
        self.parties_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parties_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parties_view.setWordWrap(True)
        self.parties_view.verticalHeader().setVisible(False)

        self.parties_layout.addWidget(self.parties_view)

        self.parties_buttons_layout = QHBoxLayout()
        self.parties_buttons_layout.setObjectName(u"parties_buttons_layout")
        self.party_add_button = QPushButton(self.parties_group)
        self.party_add_button.setObjectName(u"party_add_button")

        self.parties_buttons_layout.addWidget(self.party_add_button)

        self.party_edit_button = QPushButton(self.parties_group)
        self.party_edit_button.setObjectName(u"party_edit_button")

        self.parties_buttons_layout.addWidget(self.party_edit_button)

        self.party_remove_button = QPushButton(self.parties_group)
        self.party_remove_button.setObjectName(u"party_remove_button")

        self.parties_buttons_layout.addWidget(self.party_remove_button)

        self.parties_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.parties_buttons_layout.addItem(self.parties_buttons_spacer)


        self.parties_layout.addLayout(self.parties_buttons_layout)


        self.facts_contents_layout.addWidget(self.parties_group)

        self.rulings_group = QGroupBox(self.facts_contents)
        self.rulings_group.setObjectName(u"rulings_group")
        self.rulings_layout = QVBoxLayout(self.rulings_group)
        self.rulings_layout.setObjectName(u"rulings_layout")
        self.rulings_view = QTableView(self.rulings_group)
        self.rulings_view.setObjectName(u"rulings_view")
        self.rulings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulings_view.setAlternatingRowColors(True)
        self.rulings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rulings_view.setWordWrap(True)
        self.rulings_view.verticalHeader().setVisible(False)

        self.rulings_layout.addWidget(self.rulings_view)

        self.rulings_buttons_layout = QHBoxLayout()
        self.rulings_buttons_layout.setObjectName(u"rulings_buttons_layout")
        self.ruling_add_button = QPushButton(self.rulings_group)
        self.ruling_add_button.setObjectName(u"ruling_add_button")

        self.rulings_buttons_layout.addWidget(self.ruling_add_button)

        self.ruling_edit_button = QPushButton(self.rulings_group)
        self.ruling_edit_button.setObjectName(u"ruling_edit_button")

        self.rulings_buttons_layout.addWidget(self.ruling_edit_button)

        self.ruling_remove_button = QPushButton(self.rulings_group)
        self.ruling_remove_button.setObjectName(u"ruling_remove_button")

        self.rulings_buttons_layout.addWidget(self.ruling_remove_button)

        self.rulings_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulings_buttons_layout.addItem(self.rulings_buttons_spacer)


        self.rulings_layout.addLayout(self.rulings_buttons_layout)


        self.facts_contents_layout.addWidget(self.rulings_group)

        self.facts_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facts_contents_layout.addItem(self.facts_bottom_spacer)

        self.facts_scroll.setWidget(self.facts_contents)

        self.facts_page_layout.addWidget(self.facts_scroll)

#if QT_CONFIG(shortcut)
        self.stage_label.setBuddy(self.stage_combo)
        self.children_label.setBuddy(self.children_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FactsPage)

        QMetaObject.connectSlotsByName(FactsPage)
    # setupUi

    def retranslateUi(self, FactsPage):
        self.facts_hint_label.setText(QCoreApplication.translate("FactsPage", u"De feiten die meetellen, als gegevens: bedragen, derden, de fase van de procedure en uitspraken. Het verhaal zelf staat bij Knelpunt. Wat u hier wijzigt, bewaart Opslaan.", None))
        self.stage_label.setText(QCoreApplication.translate("FactsPage", u"&Fase van de procedure:", None))
#if QT_CONFIG(tooltip)
        self.stage_combo.setToolTip(QCoreApplication.translate("FactsPage", u"Waar staat de procedure nu? Laat leeg als dat (nog) niet speelt.", None))
#endif // QT_CONFIG(tooltip)
        self.children_label.setText(QCoreApplication.translate("FactsPage", u"&Minderjarige kinderen die de gevolgen merken:", None))
#if QT_CONFIG(tooltip)
        self.children_spin.setToolTip(QCoreApplication.translate("FactsPage", u"Hoeveel minderjarige kinderen in het huishouden merken de gevolgen van het besluit? Laat op \"niet vastgelegd\" als u het niet weet.", None))
#endif // QT_CONFIG(tooltip)
        self.children_spin.setSpecialValueText(QCoreApplication.translate("FactsPage", u"niet vastgelegd", None))
#if QT_CONFIG(tooltip)
        self.organisation_share_check.setToolTip(QCoreApplication.translate("FactsPage", u"Kruis aan als de organisatie zelf heeft bijgedragen aan het probleem, bijvoorbeeld door een fout of een late beslissing.", None))
#endif // QT_CONFIG(tooltip)
        self.organisation_share_check.setText(QCoreApplication.translate("FactsPage", u"De organisatie heeft zelf een &aandeel in het probleem", None))
        self.amounts_group.setTitle(QCoreApplication.translate("FactsPage", u"Bedragen", None))
        self.amounts_hint_label.setText(QCoreApplication.translate("FactsPage", u"De (terug)vordering, het inkomen, uitkeringen en schulden, elk met de periode waarover het gaat.", None))
#if QT_CONFIG(accessibility)
        self.amounts_view.setAccessibleName(QCoreApplication.translate("FactsPage", u"Bedragen", None))
#endif // QT_CONFIG(accessibility)
        self.amount_add_button.setText(QCoreApplication.translate("FactsPage", u"Bedrag &toevoegen\u2026", None))
        self.amount_edit_button.setText(QCoreApplication.translate("FactsPage", u"Bedrag wijzi&gen\u2026", None))
        self.amount_remove_button.setText(QCoreApplication.translate("FactsPage", u"Bedrag &verwijderen", None))
        self.parties_group.setTitle(QCoreApplication.translate("FactsPage", u"Derden", None))
        self.parties_hint_label.setText(QCoreApplication.translate("FactsPage", u"Anderen die voor de zaak van belang zijn. Hun namen zijn persoonsgegevens: in een gepseudonimiseerd stuk staat hun rol.", None))
#if QT_CONFIG(accessibility)
        self.parties_view.setAccessibleName(QCoreApplication.translate("FactsPage", u"Derden", None))
#endif // QT_CONFIG(accessibility)
        self.party_add_button.setText(QCoreApplication.translate("FactsPage", u"&Derde toevoegen\u2026", None))
        self.party_edit_button.setText(QCoreApplication.translate("FactsPage", u"Derde wij&zigen\u2026", None))
        self.party_remove_button.setText(QCoreApplication.translate("FactsPage", u"Derde ve&rwijderen", None))
        self.rulings_group.setTitle(QCoreApplication.translate("FactsPage", u"Uitspraken", None))
#if QT_CONFIG(accessibility)
        self.rulings_view.setAccessibleName(QCoreApplication.translate("FactsPage", u"Uitspraken", None))
#endif // QT_CONFIG(accessibility)
        self.ruling_add_button.setText(QCoreApplication.translate("FactsPage", u"&Uitspraak toevoegen\u2026", None))
        self.ruling_edit_button.setText(QCoreApplication.translate("FactsPage", u"Uitspraak w&ijzigen\u2026", None))
        self.ruling_remove_button.setText(QCoreApplication.translate("FactsPage", u"Uitspraak v&erwijderen", None))
        pass
    # retranslateUi

