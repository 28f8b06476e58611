# Generated from forms/group_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_form.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_GroupFormDialog(object):
    def setupUi(self, GroupFormDialog):
        if not GroupFormDialog.objectName():
            GroupFormDialog.setObjectName(u"GroupFormDialog")
        GroupFormDialog.resize(760, 640)
        GroupFormDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(GroupFormDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.group_box = QGroupBox(GroupFormDialog)
        self.group_box.setObjectName(u"group_box")
        self.group_form = QFormLayout(self.group_box)
        self.group_form.setObjectName(u"group_form")
        self.title_label = QLabel(self.group_box)
        self.title_label.setObjectName(u"title_label")

        self.group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.group_box)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)

        self.group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.regulation_label = QLabel(self.group_box)
        self.regulation_label.setObjectName(u"regulation_label")

        self.group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regulation_label)

        self.regulation_edit = QLineEdit(self.group_box)
        self.regulation_edit.setObjectName(u"regulation_edit")
        self.regulation_edit.setMaxLength(200)

        self.group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regulation_edit)

        self.article_label = QLabel(self.group_box)
        self.article_label.setObjectName(u"article_label")

        self.group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.article_label)

        self.article_edit = QLineEdit(self.group_box)
        self.article_edit.setObjectName(u"article_edit")
        self.article_edit.setMaxLength(200)

        self.group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.article_edit)

        self.pattern_label = QLabel(self.group_box)
        self.pattern_label.setObjectName(u"pattern_label")

        self.group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pattern_label)

        self.pattern_edit = QPlainTextEdit(self.group_box)
        self.pattern_edit.setObjectName(u"pattern_edit")
        self.pattern_edit.setTabChangesFocus(True)

        self.group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pattern_edit)


        self.dialog_layout.addWidget(self.group_box)

        self.decision_box = QGroupBox(GroupFormDialog)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_form = QFormLayout(self.decision_box)
        self.decision_form.setObjectName(u"decision_form")
        self.outcome_label = QLabel(self.decision_box)
        self.outcome_label.setObjectName(u"outcome_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(self.decision_box)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.degree_label = QLabel(self.decision_box)
        self.degree_label.setObjectName(u"degree_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.degree_label)

        self.degree_layout = QHBoxLayout()
        self.degree_layout.setObjectName(u"degree_layout")
        self.degree_spin = QDoubleSpinBox(self.decision_box)
        self.degree_spin.setObjectName(u"degree_spin")
        self.degree_spin.setMaximum(1000000000.000000000000000)

        self.degree_layout.addWidget(self.degree_spin)

        self.unit_combo = QComboBox(self.decision_box)
        self.unit_combo.setObjectName(u"unit_combo")

        self.degree_layout.addWidget(self.unit_combo)


        self.decision_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.degree_layout)

        self.motivation_label = QLabel(self.decision_box)
        self.motivation_label.setObjectName(u"motivation_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.motivation_label)

        self.motivation_edit = QPlainTextEdit(self.decision_box)
        self.motivation_edit.setObjectName(u"motivation_edit")
        self.motivation_edit.setTabChangesFocus(True)

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.motivation_edit)


        self.dialog_layout.addWidget(self.decision_box)

        self.button_box = QDialogButtonBox(GroupFormDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.regulation_label.setBuddy(self.regulation_edit)
        self.article_label.setBuddy(self.article_edit)
        self.pattern_label.setBuddy(self.pattern_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.degree_label.setBuddy(self.degree_spin)
        self.motivation_label.setBuddy(self.motivation_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupFormDialog)

        QMetaObject.connectSlotsByName(GroupFormDialog)
    # setupUi

    def retranslateUi(self, GroupFormDialog):
        GroupFormDialog.setWindowTitle(QCoreApplication.translate("GroupFormDialog", u"Groep", None))
        self.group_box.setTitle(QCoreApplication.translate("GroupFormDialog", u"Groep", None))
        self.title_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Titel", None))
        self.regulation_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Regeling", None))
        self.article_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Artikel", None))
        self.pattern_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Gedeeld knelpunt", None))
        self.pattern_edit.setPlaceholderText(QCoreApplication.translate("GroupFormDialog", u"Wat de regel bij iedereen in de groep doet, en waarom dat knelt", None))
        self.decision_box.setTitle(QCoreApplication.translate("GroupFormDialog", u"Groepsbesluit", None))
        self.outcome_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Uitkomst", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("GroupFormDialog", u"Uitkomst", None))
#endif // QT_CONFIG(accessibility)
        self.degree_label.setText(QCoreApplication.translate("GroupFormDialog", u"&Mate", None))
#if QT_CONFIG(accessibility)
        self.degree_spin.setAccessibleName(QCoreApplication.translate("GroupFormDialog", u"Mate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unit_combo.setAccessibleName(QCoreApplication.translate("GroupFormDialog", u"Eenheid van de mate", None))
#endif // QT_CONFIG(accessibility)
        self.motivation_label.setText(QCoreApplication.translate("GroupFormDialog", u"M&otivering", None))
        self.motivation_edit.setPlaceholderText(QCoreApplication.translate("GroupFormDialog", u"Waarom deze uitkomst past bij het gedeelde knelpunt", None))
    # retranslateUi

