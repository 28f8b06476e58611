# Generated from forms/conference_plan_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conference_plan_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTreeWidget, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(640, 560)
        PlanDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(PlanDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(PlanDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(PlanDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.location_label = QLabel(PlanDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(PlanDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.chair_label = QLabel(PlanDialog)
        self.chair_label.setObjectName(u"chair_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair_combo = QComboBox(PlanDialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chair_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.members_label = QLabel(PlanDialog)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.members_label)

        self.members_tree = QTreeWidget(PlanDialog)
        self.members_tree.setObjectName(u"members_tree")
        self.members_tree.setAlternatingRowColors(True)
        self.members_tree.setRootIsDecorated(False)
        self.members_tree.setAllColumnsShowFocus(True)

        self.dialog_layout.addWidget(self.members_tree)

        self.hint_label = QLabel(PlanDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(PlanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.location_label.setBuddy(self.location_edit)
        self.chair_label.setBuddy(self.chair_combo)
        self.members_label.setBuddy(self.members_tree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.chair_combo)
        QWidget.setTabOrder(self.chair_combo, self.members_tree)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Nieuw overleg", None))
        self.date_label.setText(QCoreApplication.translate("PlanDialog", u"&Datum:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("PlanDialog", u"dd-MM-yyyy", None))
        self.location_label.setText(QCoreApplication.translate("PlanDialog", u"&Plaats:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"Bijvoorbeeld: Stadskantoor, zaal 3", None))
        self.chair_label.setText(QCoreApplication.translate("PlanDialog", u"&Voorzitter:", None))
        self.members_label.setText(QCoreApplication.translate("PlanDialog", u"&Leden en hun discipline. De voorzitter is altijd lid.", None))
        ___qtreewidgetitem = self.members_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PlanDialog", u"Discipline in dit overleg", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PlanDialog", u"Rollen", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PlanDialog", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.members_tree.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Leden", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText("")
    # retranslateUi

