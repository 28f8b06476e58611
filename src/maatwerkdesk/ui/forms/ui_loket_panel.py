# Generated from forms/loket_panel.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loket_panel.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_LoketPanel(object):
    def setupUi(self, LoketPanel):
        if not LoketPanel.objectName():
            LoketPanel.setObjectName(u"LoketPanel")
        LoketPanel.resize(1000, 560)
        self.root_layout = QVBoxLayout(LoketPanel)
        self.root_layout.setObjectName(u"root_layout")
        self.intro_label = QLabel(LoketPanel)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.root_layout.addWidget(self.intro_label)

        self.scroll_area = QScrollArea(LoketPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.organisations_box = QGroupBox(self.contents)
        self.organisations_box.setObjectName(u"organisations_box")
        self.organisations_layout = QVBoxLayout(self.organisations_box)
        self.organisations_layout.setObjectName(u"organisations_layout")
        self.organisation_tree = QTreeWidget(self.organisations_box)
        self.organisation_tree.setObjectName(u"organisation_tree")
        self.organisation_tree.setAlternatingRowColors(True)
        self.organisation_tree.setRootIsDecorated(False)
        self.organisation_tree.setUniformRowHeights(True)
        self.organisation_tree.setAllColumnsShowFocus(True)

        self.organisations_layout.addWidget(self.organisation_tree)

        self.organisations_buttons = QHBoxLayout()
        self.organisations_buttons.setObjectName(u"organisations_buttons")
        self.add_organisation_button = QPushButton(self.organisations_box)
        self.add_organisation_button.setObjectName(u"add_organisation_button")

        self.organisations_buttons.addWidget(self.add_organisation_button)

        self.remove_organisation_button = QPushButton(self.organisations_box)
        self.remove_organisation_button.setObjectName(u"remove_organisation_button")

        self.organisations_buttons.addWidget(self.remove_organisation_button)

        self.organisations_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.organisations_buttons.addItem(self.organisations_spacer)


        self.organisations_layout.addLayout(self.organisations_buttons)


        self.contents_layout.addWidget(self.organisations_box)

        self.referrals_box = QGroupBox(self.contents)
        self.referrals_box.setObjectName(u"referrals_box")
        self.referrals_layout = QVBoxLayout(self.referrals_box)
        self.referrals_layout.setObjectName(u"referrals_layout")
        self.referral_tree = QTreeWidget(self.referrals_box)
        self.referral_tree.setObjectName(u"referral_tree")
        self.referral_tree.setAlternatingRowColors(True)
        self.referral_tree.setRootIsDecorated(False)
        self.referral_tree.setUniformRowHeights(True)
        self.referral_tree.setAllColumnsShowFocus(True)

        self.referrals_layout.addWidget(self.referral_tree)

        self.referrals_buttons = QHBoxLayout()
        self.referrals_buttons.setObjectName(u"referrals_buttons")
        self.add_referral_button = QPushButton(self.referrals_box)
        self.add_referral_button.setObjectName(u"add_referral_button")

        self.referrals_buttons.addWidget(self.add_referral_button)

        self.move_referral_button = QPushButton(self.referrals_box)
        self.move_referral_button.setObjectName(u"move_referral_button")

        self.referrals_buttons.addWidget(self.move_referral_button)

        self.referrals_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.referrals_buttons.addItem(self.referrals_spacer)


        self.referrals_layout.addLayout(self.referrals_buttons)


        self.contents_layout.addWidget(self.referrals_box)

        self.consents_box = QGroupBox(self.contents)
        self.consents_box.setObjectName(u"consents_box")
        self.consents_layout = QVBoxLayout(self.consents_box)
        self.consents_layout.setObjectName(u"consents_layout")
        self.consent_tree = QTreeWidget(self.consents_box)
        self.consent_tree.setObjectName(u"consent_tree")
        self.consent_tree.setAlternatingRowColors(True)
        self.consent_tree.setRootIsDecorated(False)
        self.consent_tree.setUniformRowHeights(True)
        self.consent_tree.setAllColumnsShowFocus(True)

        self.consents_layout.addWidget(self.consent_tree)

        self.consents_buttons = QHBoxLayout()
        self.consents_buttons.setObjectName(u"consents_buttons")
        self.add_consent_button = QPushButton(self.consents_box)
        self.add_consent_button.setObjectName(u"add_consent_button")

        self.consents_buttons.addWidget(self.add_consent_button)

        self.withdraw_consent_button = QPushButton(self.consents_box)
        self.withdraw_consent_button.setObjectName(u"withdraw_consent_button")

        self.consents_buttons.addWidget(self.withdraw_consent_button)

        self.consents_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consents_buttons.addItem(self.consents_spacer)


        self.consents_layout.addLayout(self.consents_buttons)


        self.contents_layout.addWidget(self.consents_box)

        self.sharings_box = QGroupBox(self.contents)
        self.sharings_box.setObjectName(u"sharings_box")
        self.sharings_layout = QVBoxLayout(self.sharings_box)
        self.sharings_layout.setObjectName(u"sharings_layout")
        self.sharing_tree = QTreeWidget(self.sharings_box)
        self.sharing_tree.setObjectName(u"sharing_tree")
        self.sharing_tree.setAlternatingRowColors(True)
        self.sharing_tree.setRootIsDecorated(False)
        self.sharing_tree.setUniformRowHeights(True)
        self.sharing_tree.setAllColumnsShowFocus(True)

        self.sharings_layout.addWidget(self.sharing_tree)

        self.sharings_buttons = QHBoxLayout()
        self.sharings_buttons.setObjectName(u"sharings_buttons")
        self.share_button = QPushButton(self.sharings_box)
        self.share_button.setObjectName(u"share_button")

        self.sharings_buttons.addWidget(self.share_button)

        self.summary_button = QPushButton(self.sharings_box)
        self.summary_button.setObjectName(u"summary_button")

        self.sharings_buttons.addWidget(self.summary_button)

        self.sharings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharings_buttons.addItem(self.sharings_spacer)


        self.sharings_layout.addLayout(self.sharings_buttons)


        self.contents_layout.addWidget(self.sharings_box)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.contents)

        self.root_layout.addWidget(self.scroll_area)


        self.retranslateUi(LoketPanel)

        QMetaObject.connectSlotsByName(LoketPanel)
    # setupUi

    def retranslateUi(self, LoketPanel):
        self.intro_label.setText(QCoreApplication.translate("LoketPanel", u"Met welke organisaties dit dossier te maken heeft, waarheen het is verwezen, waarvoor de betrokkene toestemming gaf en wat met wie is gedeeld, op welke grondslag (art. 6 AVG). Zonder meer te kiezen deelt u alleen de zaak en het knelpunt, zonder naam of BSN.", None))
        self.organisations_box.setTitle(QCoreApplication.translate("LoketPanel", u"Organisaties", None))
        ___qtreewidgetitem = self.organisation_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LoketPanel", u"Toelichting", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LoketPanel", u"Rol", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LoketPanel", u"Organisatie", None))
#if QT_CONFIG(accessibility)
        self.organisation_tree.setAccessibleName(QCoreApplication.translate("LoketPanel", u"Organisaties", None))
#endif // QT_CONFIG(accessibility)
        self.add_organisation_button.setText(QCoreApplication.translate("LoketPanel", u"&Organisatie toevoegen\u2026", None))
        self.remove_organisation_button.setText(QCoreApplication.translate("LoketPanel", u"Organisatie we&ghalen", None))
        self.referrals_box.setTitle(QCoreApplication.translate("LoketPanel", u"Verwijzingen en warme overdrachten", None))
        ___qtreewidgetitem1 = self.referral_tree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("LoketPanel", u"Vraag", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("LoketPanel", u"Stand", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("LoketPanel", u"Soort", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("LoketPanel", u"Organisatie", None))
#if QT_CONFIG(accessibility)
        self.referral_tree.setAccessibleName(QCoreApplication.translate("LoketPanel", u"Verwijzingen", None))
#endif // QT_CONFIG(accessibility)
        self.add_referral_button.setText(QCoreApplication.translate("LoketPanel", u"Ve&rwijzen\u2026", None))
        self.move_referral_button.setText(QCoreApplication.translate("LoketPanel", u"Volgende &stap\u2026", None))
        self.consents_box.setTitle(QCoreApplication.translate("LoketPanel", u"Toestemming van de betrokkene", None))
        ___qtreewidgetitem2 = self.consent_tree.headerItem()
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("LoketPanel", u"Ingetrokken", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("LoketPanel", u"Gegeven", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("LoketPanel", u"Gegevens", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("LoketPanel", u"Organisatie", None))
#if QT_CONFIG(accessibility)
        self.consent_tree.setAccessibleName(QCoreApplication.translate("LoketPanel", u"Toestemmingen", None))
#endif // QT_CONFIG(accessibility)
        self.add_consent_button.setText(QCoreApplication.translate("LoketPanel", u"Toestemming &vastleggen\u2026", None))
        self.withdraw_consent_button.setText(QCoreApplication.translate("LoketPanel", u"Toestemming &intrekken", None))
        self.sharings_box.setTitle(QCoreApplication.translate("LoketPanel", u"Gedeelde gegevens", None))
        ___qtreewidgetitem3 = self.sharing_tree.headerItem()
        ___qtreewidgetitem3.setText(3, QCoreApplication.translate("LoketPanel", u"Grondslag", None))
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("LoketPanel", u"Gegevens", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("LoketPanel", u"Met", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("LoketPanel", u"Datum", None))
#if QT_CONFIG(accessibility)
        self.sharing_tree.setAccessibleName(QCoreApplication.translate("LoketPanel", u"Gedeelde gegevens", None))
#endif // QT_CONFIG(accessibility)
        self.share_button.setText(QCoreApplication.translate("LoketPanel", u"Gegevens &delen\u2026", None))
#if QT_CONFIG(tooltip)
        self.share_button.setToolTip(QCoreApplication.translate("LoketPanel", u"Legt vast wat u met wie deelt, en maakt de samenvatting voor die organisatie.", None))
#endif // QT_CONFIG(tooltip)
        self.summary_button.setText(QCoreApplication.translate("LoketPanel", u"Samenvatting &tonen", None))
#if QT_CONFIG(tooltip)
        self.summary_button.setToolTip(QCoreApplication.translate("LoketPanel", u"Toont de samenvatting van de gekozen deling als PDF.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

