# Generated from forms/take_along_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'take_along_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTreeWidget, QVBoxLayout)

class Ui_TakeAlongDialog(object):
    def setupUi(self, TakeAlongDialog):
        if not TakeAlongDialog.objectName():
            TakeAlongDialog.setObjectName(u"TakeAlongDialog")
        TakeAlongDialog.resize(760, 520)
        TakeAlongDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(TakeAlongDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(TakeAlongDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.dossier_tree = QTreeWidget(TakeAlongDialog)
        self.dossier_tree.setObjectName(u"dossier_tree")
        self.dossier_tree.setAlternatingRowColors(True)
        self.dossier_tree.setRootIsDecorated(False)
        self.dossier_tree.setUniformRowHeights(True)
        self.dossier_tree.setAllColumnsShowFocus(True)

        self.dialog_layout.addWidget(self.dossier_tree)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.until_label = QLabel(TakeAlongDialog)
        self.until_label.setObjectName(u"until_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until_edit = QDateTimeEdit(TakeAlongDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.until_edit)

        self.laptop_label = QLabel(TakeAlongDialog)
        self.laptop_label.setObjectName(u"laptop_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.laptop_label)

        self.laptop_edit = QLineEdit(TakeAlongDialog)
        self.laptop_edit.setObjectName(u"laptop_edit")
        self.laptop_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.laptop_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(TakeAlongDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(TakeAlongDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.until_label.setBuddy(self.until_edit)
        self.laptop_label.setBuddy(self.laptop_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TakeAlongDialog)

        QMetaObject.connectSlotsByName(TakeAlongDialog)
    # setupUi

    def retranslateUi(self, TakeAlongDialog):
        TakeAlongDialog.setWindowTitle(QCoreApplication.translate("TakeAlongDialog", u"Dossiers meenemen", None))
        self.intro_label.setText(QCoreApplication.translate("TakeAlongDialog", u"Neem dossiers mee op deze laptop om er onderweg, ook zonder netwerk, aan te werken. Collega's zien dat ze onderweg zijn en kunnen ze lezen, maar niet wijzigen, tot u synchroniseert en ze teruggeeft of de uitleen verloopt.", None))
        ___qtreewidgetitem = self.dossier_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TakeAlongDialog", u"Status", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TakeAlongDialog", u"Onderwerp", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TakeAlongDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.dossier_tree.setAccessibleName(QCoreApplication.translate("TakeAlongDialog", u"Dossiers om mee te nemen", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("TakeAlongDialog", u"&Mee tot:", None))
#if QT_CONFIG(tooltip)
        self.until_edit.setToolTip(QCoreApplication.translate("TakeAlongDialog", u"Tot wanneer de dossiers onderweg zijn; daarna mogen collega's ze weer wijzigen (hoogstens 30 dagen).", None))
#endif // QT_CONFIG(tooltip)
        self.until_edit.setDisplayFormat(QCoreApplication.translate("TakeAlongDialog", u"dd-MM-yyyy HH:mm", None))
        self.laptop_label.setText(QCoreApplication.translate("TakeAlongDialog", u"&Laptop:", None))
#if QT_CONFIG(tooltip)
        self.laptop_edit.setToolTip(QCoreApplication.translate("TakeAlongDialog", u"De naam waaronder collega's deze laptop kennen, bijvoorbeeld LT-07.", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText("")
    # retranslateUi

