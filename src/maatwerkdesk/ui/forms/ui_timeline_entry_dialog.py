# Generated from forms/timeline_entry_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TimelineEntryDialog(object):
    def setupUi(self, TimelineEntryDialog):
        if not TimelineEntryDialog.objectName():
            TimelineEntryDialog.setObjectName(u"TimelineEntryDialog")
        TimelineEntryDialog.resize(460, 300)
        self.root_layout = QVBoxLayout(TimelineEntryDialog)
        self.root_layout.setObjectName(u"root_layout")
        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entry_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date_label = QLabel(TimelineEntryDialog)
        self.date_label.setObjectName(u"date_label")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(TimelineEntryDialog)
        self.date_edit.setObjectName(u"date_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.date_edit.sizePolicy().hasHeightForWidth())
        self.date_edit.setSizePolicy(sizePolicy)
        self.date_edit.setCalendarPopup(True)

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.kind_label = QLabel(TimelineEntryDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(TimelineEntryDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        sizePolicy.setHeightForWidth(self.kind_combo.sizePolicy().hasHeightForWidth())
        self.kind_combo.setSizePolicy(sizePolicy)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.description_label = QLabel(TimelineEntryDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.entry_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(TimelineEntryDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.entry_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.root_layout.addLayout(self.entry_form)

        self.error_label = QLabel(TimelineEntryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.root_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(TimelineEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.root_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.description_edit)

        self.retranslateUi(TimelineEntryDialog)

        QMetaObject.connectSlotsByName(TimelineEntryDialog)
    # setupUi

    def retranslateUi(self, TimelineEntryDialog):
        TimelineEntryDialog.setWindowTitle(QCoreApplication.translate("TimelineEntryDialog", u"Gebeurtenis toevoegen", None))
        self.date_label.setText(QCoreApplication.translate("TimelineEntryDialog", u"&Datum:", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("TimelineEntryDialog", u"dd-MM-yyyy", None))
        self.kind_label.setText(QCoreApplication.translate("TimelineEntryDialog", u"&Soort:", None))
        self.description_label.setText(QCoreApplication.translate("TimelineEntryDialog", u"&Beschrijving:", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("TimelineEntryDialog", u"Wat is er gebeurd? Bijv. 'Gebeld: de burger kan de aflossing van \u20ac 350 per maand niet opbrengen.'", None))
        self.error_label.setText("")
    # retranslateUi

