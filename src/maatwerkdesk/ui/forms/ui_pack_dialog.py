# Generated from forms/pack_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_PackDialog(object):
    def setupUi(self, PackDialog):
        if not PackDialog.objectName():
            PackDialog.setObjectName(u"PackDialog")
        PackDialog.resize(760, 520)
        PackDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(PackDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PackDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.dossier_tree = QTreeWidget(PackDialog)
        self.dossier_tree.setObjectName(u"dossier_tree")
        self.dossier_tree.setAlternatingRowColors(True)
        self.dossier_tree.setRootIsDecorated(False)
        self.dossier_tree.setUniformRowHeights(True)
        self.dossier_tree.setAllColumnsShowFocus(True)

        self.list_layout.addWidget(self.dossier_tree)

        self.order_layout = QVBoxLayout()
        self.order_layout.setObjectName(u"order_layout")
        self.up_button = QPushButton(PackDialog)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setAutoDefault(False)

        self.order_layout.addWidget(self.up_button)

        self.down_button = QPushButton(PackDialog)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setAutoDefault(False)

        self.order_layout.addWidget(self.down_button)

        self.order_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.order_layout.addItem(self.order_spacer)


        self.list_layout.addLayout(self.order_layout)


        self.dialog_layout.addLayout(self.list_layout)

        self.pseudonymise_check = QCheckBox(PackDialog)
        self.pseudonymise_check.setObjectName(u"pseudonymise_check")

        self.dialog_layout.addWidget(self.pseudonymise_check)

        self.hint_label = QLabel(PackDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(PackDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.dossier_tree, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.pseudonymise_check)

        self.retranslateUi(PackDialog)

        QMetaObject.connectSlotsByName(PackDialog)
    # setupUi

    def retranslateUi(self, PackDialog):
        PackDialog.setWindowTitle(QCoreApplication.translate("PackDialog", u"Vergaderstukken maken", None))
        self.intro_label.setText(QCoreApplication.translate("PackDialog", u"De vergaderstukken voor het casu\u00efstiekoverleg: een agenda en per dossier een samenvatting. Hieronder staan de dossiers met de status \u2018Ter bespreking\u2019. Vink aan welke op de agenda komen en zet ze in de volgorde van bespreken.", None))
        ___qtreewidgetitem = self.dossier_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PackDialog", u"Behandelaar", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PackDialog", u"Onderwerp", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PackDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.dossier_tree.setAccessibleName(QCoreApplication.translate("PackDialog", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("PackDialog", u"Het gekozen dossier eerder op de agenda zetten (Alt+Omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.up_button.setText(QCoreApplication.translate("PackDialog", u"Omhoog", None))
#if QT_CONFIG(shortcut)
        self.up_button.setProperty("shortcut", QCoreApplication.translate("PackDialog", u"Alt+Up", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("PackDialog", u"Het gekozen dossier later op de agenda zetten (Alt+Omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("PackDialog", u"Omlaag", None))
#if QT_CONFIG(shortcut)
        self.down_button.setProperty("shortcut", QCoreApplication.translate("PackDialog", u"Alt+Down", None))
#endif // QT_CONFIG(shortcut)
        self.pseudonymise_check.setText(QCoreApplication.translate("PackDialog", u"&Gepseudonimiseerd: naam, BSN, adres en geboortedatum vervangen door rollen", None))
        self.hint_label.setText("")
    # retranslateUi

