# Generated from forms/amount_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'amount_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AmountDialog(object):
    def setupUi(self, AmountDialog):
        if not AmountDialog.objectName():
            AmountDialog.setObjectName(u"AmountDialog")
        AmountDialog.resize(460, 200)
        self.root_layout = QVBoxLayout(AmountDialog)
        self.root_layout.setObjectName(u"root_layout")
        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entry_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_label = QLabel(AmountDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.entry_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(AmountDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kind_combo.sizePolicy().hasHeightForWidth())
        self.kind_combo.setSizePolicy(sizePolicy)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.entry_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.euros_label = QLabel(AmountDialog)
        self.euros_label.setObjectName(u"euros_label")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.euros_label)

        self.euros_edit = QLineEdit(AmountDialog)
        self.euros_edit.setObjectName(u"euros_edit")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.euros_edit)

        self.period_label = QLabel(AmountDialog)
        self.period_label.setObjectName(u"period_label")

        self.entry_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(AmountDialog)
        self.period_combo.setObjectName(u"period_combo")
        sizePolicy.setHeightForWidth(self.period_combo.sizePolicy().hasHeightForWidth())
        self.period_combo.setSizePolicy(sizePolicy)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.entry_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.period_combo)

        self.starts_label = QLabel(AmountDialog)
        self.starts_label.setObjectName(u"starts_label")

        self.entry_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.starts_label)

        self.starts_edit = QLineEdit(AmountDialog)
        self.starts_edit.setObjectName(u"starts_edit")

        self.entry_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_edit)

        self.ends_label = QLabel(AmountDialog)
        self.ends_label.setObjectName(u"ends_label")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ends_label)

        self.ends_edit = QLineEdit(AmountDialog)
        self.ends_edit.setObjectName(u"ends_edit")

        self.entry_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ends_edit)

        self.note_label = QLabel(AmountDialog)
        self.note_label.setObjectName(u"note_label")

        self.entry_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(AmountDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.entry_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.root_layout.addLayout(self.entry_form)

        self.error_label = QLabel(AmountDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.root_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AmountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.root_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.euros_label.setBuddy(self.euros_edit)
        self.period_label.setBuddy(self.period_combo)
        self.starts_label.setBuddy(self.starts_edit)
        self.ends_label.setBuddy(self.ends_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.euros_edit)
        QWidget.setTabOrder(self.euros_edit, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.starts_edit)
        QWidget.setTabOrder(self.starts_edit, self.ends_edit)
        QWidget.setTabOrder(self.ends_edit, self.note_edit)

        self.retranslateUi(AmountDialog)

        QMetaObject.connectSlotsByName(AmountDialog)
    # setupUi

    def retranslateUi(self, AmountDialog):
        AmountDialog.setWindowTitle(QCoreApplication.translate("AmountDialog", u"Bedrag", None))
        self.kind_label.setText(QCoreApplication.translate("AmountDialog", u"&Soort:", None))
        self.euros_label.setText(QCoreApplication.translate("AmountDialog", u"&Bedrag in euro:", None))
        self.euros_edit.setPlaceholderText(QCoreApplication.translate("AmountDialog", u"bijv. 4.312,17", None))
#if QT_CONFIG(tooltip)
        self.euros_edit.setToolTip(QCoreApplication.translate("AmountDialog", u"Een punt tussen de duizendtallen, een komma voor de centen.", None))
#endif // QT_CONFIG(tooltip)
        self.period_label.setText(QCoreApplication.translate("AmountDialog", u"&Periode:", None))
        self.starts_label.setText(QCoreApplication.translate("AmountDialog", u"&Vanaf:", None))
        self.starts_edit.setPlaceholderText(QCoreApplication.translate("AmountDialog", u"dd-mm-jjjj, of leeg", None))
        self.ends_label.setText(QCoreApplication.translate("AmountDialog", u"&Tot en met:", None))
        self.ends_edit.setPlaceholderText(QCoreApplication.translate("AmountDialog", u"dd-mm-jjjj, of leeg", None))
        self.note_label.setText(QCoreApplication.translate("AmountDialog", u"T&oelichting:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("AmountDialog", u"bijv. bijstand over zeven maanden", None))
        self.error_label.setText("")
    # retranslateUi

