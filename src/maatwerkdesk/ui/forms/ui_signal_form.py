# Generated from forms/signal_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signal_form.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_SignalFormDialog(object):
    def setupUi(self, SignalFormDialog):
        if not SignalFormDialog.objectName():
            SignalFormDialog.setObjectName(u"SignalFormDialog")
        SignalFormDialog.resize(720, 520)
        self.dialog_layout = QVBoxLayout(SignalFormDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.signal_form = QFormLayout()
        self.signal_form.setObjectName(u"signal_form")
        self.category_caption = QLabel(SignalFormDialog)
        self.category_caption.setObjectName(u"category_caption")

        self.signal_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_caption)

        self.category_combo = QComboBox(SignalFormDialog)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(16)

        self.signal_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.regulation_caption = QLabel(SignalFormDialog)
        self.regulation_caption.setObjectName(u"regulation_caption")

        self.signal_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regulation_caption)

        self.regulation_edit = QLineEdit(SignalFormDialog)
        self.regulation_edit.setObjectName(u"regulation_edit")

        self.signal_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regulation_edit)

        self.article_caption = QLabel(SignalFormDialog)
        self.article_caption.setObjectName(u"article_caption")

        self.signal_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.article_caption)

        self.article_edit = QLineEdit(SignalFormDialog)
        self.article_edit.setObjectName(u"article_edit")

        self.signal_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.article_edit)

        self.owner_caption = QLabel(SignalFormDialog)
        self.owner_caption.setObjectName(u"owner_caption")

        self.signal_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_caption)

        self.owner_combo = QComboBox(SignalFormDialog)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setEditable(True)

        self.signal_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.title_caption = QLabel(SignalFormDialog)
        self.title_caption.setObjectName(u"title_caption")

        self.signal_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_caption)

        self.title_edit = QLineEdit(SignalFormDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.signal_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.description_caption = QLabel(SignalFormDialog)
        self.description_caption.setObjectName(u"description_caption")

        self.signal_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_edit = QPlainTextEdit(SignalFormDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.signal_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.dialog_layout.addLayout(self.signal_form)

        self.button_box = QDialogButtonBox(SignalFormDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.category_caption.setBuddy(self.category_combo)
        self.regulation_caption.setBuddy(self.regulation_edit)
        self.article_caption.setBuddy(self.article_edit)
        self.owner_caption.setBuddy(self.owner_combo)
        self.title_caption.setBuddy(self.title_edit)
        self.description_caption.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignalFormDialog)

        QMetaObject.connectSlotsByName(SignalFormDialog)
    # setupUi

    def retranslateUi(self, SignalFormDialog):
        SignalFormDialog.setWindowTitle(QCoreApplication.translate("SignalFormDialog", u"Knelpuntsignaal", None))
        self.category_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Soort", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Soort", None))
#endif // QT_CONFIG(accessibility)
        self.regulation_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Regeling", None))
#if QT_CONFIG(accessibility)
        self.regulation_edit.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Regeling", None))
#endif // QT_CONFIG(accessibility)
        self.regulation_edit.setPlaceholderText(QCoreApplication.translate("SignalFormDialog", u"bijvoorbeeld Participatiewet", None))
        self.article_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Artikel", None))
#if QT_CONFIG(accessibility)
        self.article_edit.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Artikel", None))
#endif // QT_CONFIG(accessibility)
        self.article_edit.setPlaceholderText(QCoreApplication.translate("SignalFormDialog", u"het artikel van de algemene regel, bijvoorbeeld art. 22a", None))
        self.owner_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Eigenaar van de regel", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Eigenaar van de regel", None))
#endif // QT_CONFIG(accessibility)
        self.title_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Titel", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Titel", None))
#endif // QT_CONFIG(accessibility)
        self.description_caption.setText(QCoreApplication.translate("SignalFormDialog", u"&Beschrijving", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("SignalFormDialog", u"Beschrijving", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("SignalFormDialog", u"Wat doet de regel, bij wie pakt dat onredelijk uit, en wat zou moeten veranderen? Noem niemand: geen naam, BSN, geboortedatum of adres.", None))
    # retranslateUi

