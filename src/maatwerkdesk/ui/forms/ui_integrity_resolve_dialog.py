# Generated from forms/integrity_resolve_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'integrity_resolve_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_ResolveDialog(object):
    def setupUi(self, ResolveDialog):
        if not ResolveDialog.objectName():
            ResolveDialog.setObjectName(u"ResolveDialog")
        ResolveDialog.resize(680, 560)
        ResolveDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ResolveDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ResolveDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.problems_caption = QLabel(ResolveDialog)
        self.problems_caption.setObjectName(u"problems_caption")

        self.dialog_layout.addWidget(self.problems_caption)

        self.problems_list = QListWidget(ResolveDialog)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setWordWrap(True)
        self.problems_list.setSelectionMode(QAbstractItemView.NoSelection)

        self.dialog_layout.addWidget(self.problems_list)

        self.effect_label = QLabel(ResolveDialog)
        self.effect_label.setObjectName(u"effect_label")
        self.effect_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.effect_label)

        self.reason_label = QLabel(ResolveDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(ResolveDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.reason_edit)

        self.button_box = QDialogButtonBox(ResolveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResolveDialog)

        QMetaObject.connectSlotsByName(ResolveDialog)
    # setupUi

    def retranslateUi(self, ResolveDialog):
        ResolveDialog.setWindowTitle(QCoreApplication.translate("ResolveDialog", u"Beoordelen en vrijgeven", None))
        self.heading_label.setText("")
        self.problems_caption.setText(QCoreApplication.translate("ResolveDialog", u"Wat het programma heeft gevonden:", None))
#if QT_CONFIG(accessibility)
        self.problems_list.setAccessibleName(QCoreApplication.translate("ResolveDialog", u"Gevonden wijzigingen", None))
#endif // QT_CONFIG(accessibility)
        self.effect_label.setText("")
        self.reason_label.setText(QCoreApplication.translate("ResolveDialog", u"&Wat hebt u onderzocht, en waarom geeft u het dossier zo vrij? (verplicht)", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ResolveDialog", u"Bijvoorbeeld: de titel is bij een databaseherstel overschreven; nagegaan met de behandelaar en het zaaksysteem.", None))
    # retranslateUi

