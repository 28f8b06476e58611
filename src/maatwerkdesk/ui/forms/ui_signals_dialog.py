# Generated from forms/signals_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signals_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_SignalsDialog(object):
    def setupUi(self, SignalsDialog):
        if not SignalsDialog.objectName():
            SignalsDialog.setObjectName(u"SignalsDialog")
        SignalsDialog.resize(1240, 700)
        SignalsDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(SignalsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SignalsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.regulation_caption = QLabel(SignalsDialog)
        self.regulation_caption.setObjectName(u"regulation_caption")

        self.filter_layout.addWidget(self.regulation_caption)

        self.regulation_combo = QComboBox(SignalsDialog)
        self.regulation_combo.setObjectName(u"regulation_combo")
        self.regulation_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.regulation_combo.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.regulation_combo)

        self.owner_caption = QLabel(SignalsDialog)
        self.owner_caption.setObjectName(u"owner_caption")

        self.filter_layout.addWidget(self.owner_caption)

        self.owner_combo = QComboBox(SignalsDialog)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.owner_combo)

        self.state_caption = QLabel(SignalsDialog)
        self.state_caption.setObjectName(u"state_caption")

        self.filter_layout.addWidget(self.state_caption)

        self.state_combo = QComboBox(SignalsDialog)
        self.state_combo.setObjectName(u"state_combo")
        self.state_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.state_combo.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.state_combo)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.dimension_caption = QLabel(SignalsDialog)
        self.dimension_caption.setObjectName(u"dimension_caption")

        self.filter_layout.addWidget(self.dimension_caption)

        self.dimension_combo = QComboBox(SignalsDialog)
        self.dimension_combo.setObjectName(u"dimension_combo")
        self.dimension_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.dimension_combo.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.dimension_combo)


        self.dialog_layout.addLayout(self.filter_layout)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(12)
        self.body_layout.setObjectName(u"body_layout")
        self.signals_layout = QVBoxLayout()
        self.signals_layout.setObjectName(u"signals_layout")
        self.signals_caption = QLabel(SignalsDialog)
        self.signals_caption.setObjectName(u"signals_caption")

        self.signals_layout.addWidget(self.signals_caption)

        self.signal_tree = QTreeWidget(SignalsDialog)
        self.signal_tree.setObjectName(u"signal_tree")
        self.signal_tree.setAlternatingRowColors(True)
        self.signal_tree.setRootIsDecorated(False)
        self.signal_tree.setUniformRowHeights(True)
        self.signal_tree.setAllColumnsShowFocus(True)

        self.signals_layout.addWidget(self.signal_tree)

        self.detail_label = QLabel(SignalsDialog)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setWordWrap(True)

        self.signals_layout.addWidget(self.detail_label)

        self.signal_buttons = QHBoxLayout()
        self.signal_buttons.setObjectName(u"signal_buttons")
        self.new_button = QPushButton(SignalsDialog)
        self.new_button.setObjectName(u"new_button")

        self.signal_buttons.addWidget(self.new_button)

        self.edit_button = QPushButton(SignalsDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.signal_buttons.addWidget(self.edit_button)

        self.step_button = QPushButton(SignalsDialog)
        self.step_button.setObjectName(u"step_button")

        self.signal_buttons.addWidget(self.step_button)

        self.signal_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signal_buttons.addItem(self.signal_spacer)


        self.signals_layout.addLayout(self.signal_buttons)

        self.dossiers_caption = QLabel(SignalsDialog)
        self.dossiers_caption.setObjectName(u"dossiers_caption")

        self.signals_layout.addWidget(self.dossiers_caption)

        self.dossier_tree = QTreeWidget(SignalsDialog)
        self.dossier_tree.setObjectName(u"dossier_tree")
        self.dossier_tree.setAlternatingRowColors(True)
        self.dossier_tree.setRootIsDecorated(False)
        self.dossier_tree.setUniformRowHeights(True)
        self.dossier_tree.setAllColumnsShowFocus(True)

        self.signals_layout.addWidget(self.dossier_tree)

        self.dossier_buttons = QHBoxLayout()
        self.dossier_buttons.setObjectName(u"dossier_buttons")
        self.open_button = QPushButton(SignalsDialog)
        self.open_button.setObjectName(u"open_button")

        self.dossier_buttons.addWidget(self.open_button)

        self.link_button = QPushButton(SignalsDialog)
        self.link_button.setObjectName(u"link_button")

        self.dossier_buttons.addWidget(self.link_button)

        self.unlink_button = QPushButton(SignalsDialog)
        self.unlink_button.setObjectName(u"unlink_button")

        self.dossier_buttons.addWidget(self.unlink_button)

        self.dossier_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dossier_buttons.addItem(self.dossier_spacer)


        self.signals_layout.addLayout(self.dossier_buttons)


        self.body_layout.addLayout(self.signals_layout)

        self.chart_layout = QVBoxLayout()
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_caption = QLabel(SignalsDialog)
        self.chart_caption.setObjectName(u"chart_caption")
        self.chart_caption.setWordWrap(True)

        self.chart_layout.addWidget(self.chart_caption)

        self.proposals_caption = QLabel(SignalsDialog)
        self.proposals_caption.setObjectName(u"proposals_caption")

        self.chart_layout.addWidget(self.proposals_caption)

        self.proposal_tree = QTreeWidget(SignalsDialog)
        self.proposal_tree.setObjectName(u"proposal_tree")
        self.proposal_tree.setAlternatingRowColors(True)
        self.proposal_tree.setRootIsDecorated(False)
        self.proposal_tree.setUniformRowHeights(True)
        self.proposal_tree.setAllColumnsShowFocus(True)

        self.chart_layout.addWidget(self.proposal_tree)

        self.proposal_label = QLabel(SignalsDialog)
        self.proposal_label.setObjectName(u"proposal_label")
        self.proposal_label.setWordWrap(True)

        self.chart_layout.addWidget(self.proposal_label)

        self.proposal_buttons = QHBoxLayout()
        self.proposal_buttons.setObjectName(u"proposal_buttons")
        self.take_button = QPushButton(SignalsDialog)
        self.take_button.setObjectName(u"take_button")

        self.proposal_buttons.addWidget(self.take_button)

        self.dismiss_button = QPushButton(SignalsDialog)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.proposal_buttons.addWidget(self.dismiss_button)

        self.proposal_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposal_buttons.addItem(self.proposal_spacer)


        self.chart_layout.addLayout(self.proposal_buttons)


        self.body_layout.addLayout(self.chart_layout)


        self.dialog_layout.addLayout(self.body_layout)

        self.button_box = QDialogButtonBox(SignalsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.regulation_caption.setBuddy(self.regulation_combo)
        self.owner_caption.setBuddy(self.owner_combo)
        self.state_caption.setBuddy(self.state_combo)
        self.dimension_caption.setBuddy(self.dimension_combo)
        self.signals_caption.setBuddy(self.signal_tree)
        self.dossiers_caption.setBuddy(self.dossier_tree)
        self.proposals_caption.setBuddy(self.proposal_tree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignalsDialog)

        QMetaObject.connectSlotsByName(SignalsDialog)
    # setupUi

    def retranslateUi(self, SignalsDialog):
        SignalsDialog.setWindowTitle(QCoreApplication.translate("SignalsDialog", u"Knelpuntsignalen", None))
        self.intro_label.setText(QCoreApplication.translate("SignalsDialog", u"Een knelpuntsignaal meldt de eigenaar van een regel dat die regel steeds weer om maatwerk vraagt. Het programma stelt signalen voor als hetzelfde patroon in meerdere dossiers terugkomt. Een signaal noemt niemand: geen naam, BSN, geboortedatum of adres.", None))
        self.regulation_caption.setText(QCoreApplication.translate("SignalsDialog", u"&Regeling", None))
#if QT_CONFIG(accessibility)
        self.regulation_combo.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Regeling", None))
#endif // QT_CONFIG(accessibility)
        self.owner_caption.setText(QCoreApplication.translate("SignalsDialog", u"&Eigenaar", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Eigenaar", None))
#endif // QT_CONFIG(accessibility)
        self.state_caption.setText(QCoreApplication.translate("SignalsDialog", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.state_combo.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.dimension_caption.setText(QCoreApplication.translate("SignalsDialog", u"Tel &per", None))
#if QT_CONFIG(accessibility)
        self.dimension_combo.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Tel per", None))
#endif // QT_CONFIG(accessibility)
        self.signals_caption.setText(QCoreApplication.translate("SignalsDialog", u"&Signalen", None))
        ___qtreewidgetitem = self.signal_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("SignalsDialog", u"Dossiers", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SignalsDialog", u"Titel", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SignalsDialog", u"Regel", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SignalsDialog", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SignalsDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.signal_tree.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Signalen", None))
#endif // QT_CONFIG(accessibility)
        self.detail_label.setText("")
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Een signaal schrijven (als concept): soort, regel, eigenaar en het knelpunt, zonder iemand te noemen", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("SignalsDialog", u"&Nieuw signaal\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het gekozen signaal wijzigen; dat kan zolang het een concept is", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("SignalsDialog", u"Signaal &wijzigen\u2026", None))
#if QT_CONFIG(tooltip)
        self.step_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het signaal melden bij de eigenaar, of vastleggen hoe de eigenaar het afhandelt (voorzitter of functioneel beheerder)", None))
#endif // QT_CONFIG(tooltip)
        self.step_button.setText(QCoreApplication.translate("SignalsDialog", u"&Volgende stap\u2026", None))
        self.dossiers_caption.setText(QCoreApplication.translate("SignalsDialog", u"&Dossiers van dit signaal (dubbelklik om te openen)", None))
        ___qtreewidgetitem1 = self.dossier_tree.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("SignalsDialog", u"Titel", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("SignalsDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.dossier_tree.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Dossiers van dit signaal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het gekozen dossier openen in het hoofdvenster", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("SignalsDialog", u"Dossier &openen", None))
#if QT_CONFIG(tooltip)
        self.link_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het dossier dat in het hoofdvenster open is aan dit signaal koppelen", None))
#endif // QT_CONFIG(tooltip)
        self.link_button.setText(QCoreApplication.translate("SignalsDialog", u"Open dossier &koppelen", None))
#if QT_CONFIG(tooltip)
        self.unlink_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het gekozen dossier loskoppelen: het signaal berust er niet meer op", None))
#endif // QT_CONFIG(tooltip)
        self.unlink_button.setText(QCoreApplication.translate("SignalsDialog", u"Dossier &uit dit signaal halen", None))
        self.chart_caption.setText(QCoreApplication.translate("SignalsDialog", u"Aantal signalen per regeling, naar status", None))
        self.proposals_caption.setText(QCoreApplication.translate("SignalsDialog", u"Voorste&llen uit patronen in de dossiers", None))
        ___qtreewidgetitem2 = self.proposal_tree.headerItem()
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("SignalsDialog", u"Dossiers", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("SignalsDialog", u"Titel", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("SignalsDialog", u"Patroon", None))
#if QT_CONFIG(accessibility)
        self.proposal_tree.setAccessibleName(QCoreApplication.translate("SignalsDialog", u"Voorstellen", None))
#endif // QT_CONFIG(accessibility)
        self.proposal_label.setText("")
#if QT_CONFIG(tooltip)
        self.take_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Van het gekozen voorstel een signaal maken (als concept), rustend op zijn dossiers", None))
#endif // QT_CONFIG(tooltip)
        self.take_button.setText(QCoreApplication.translate("SignalsDialog", u"Signaal &maken\u2026", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("SignalsDialog", u"Het gekozen voorstel afwijzen, met de reden; het komt niet terug", None))
#endif // QT_CONFIG(tooltip)
        self.dismiss_button.setText(QCoreApplication.translate("SignalsDialog", u"&Afwijzen\u2026", None))
    # retranslateUi

