# Generated from forms/crash_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(640, 520)
        self.dialog_layout = QVBoxLayout(CrashDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(CrashDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.advice_label = QLabel(CrashDialog)
        self.advice_label.setObjectName(u"advice_label")
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.advice_label)

        self.log_label = QLabel(CrashDialog)
        self.log_label.setObjectName(u"log_label")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.log_label)

        self.details_label = QLabel(CrashDialog)
        self.details_label.setObjectName(u"details_label")

        self.dialog_layout.addWidget(self.details_label)

        self.details_edit = QPlainTextEdit(CrashDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setReadOnly(True)

        self.dialog_layout.addWidget(self.details_edit)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_layout.addWidget(self.copy_button)

        self.open_log_button = QPushButton(CrashDialog)
        self.open_log_button.setObjectName(u"open_log_button")

        self.button_layout.addWidget(self.open_log_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(CrashDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.details_label.setBuddy(self.details_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.details_edit, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.open_log_button)

        self.retranslateUi(CrashDialog)

        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"MaatwerkDesk \u2013 onverwachte fout", None))
        self.summary_label.setText(QCoreApplication.translate("CrashDialog", u"Er is een onverwachte fout opgetreden.", None))
        self.advice_label.setText(QCoreApplication.translate("CrashDialog", u"<p>Wat u hebt opgeslagen staat veilig in de database. Wat u nog niet had opgeslagen, bewaart MaatwerkDesk om de paar seconden als concept; bij de volgende start krijgt u het terug.</p><p><b>Wat nu?</b> Sla uw werk op als dat nog lukt, sluit MaatwerkDesk en start het opnieuw. Komt de fout terug, stuur dan de technische gegevens hieronder (knop <i>Kopi\u00ebren</i>) en het logbestand naar uw functioneel beheerder of de servicedesk, met een korte beschrijving van wat u aan het doen was. De gegevens en het logbestand bevatten geen persoonsgegevens.</p>", None))
        self.log_label.setText(QCoreApplication.translate("CrashDialog", u"Logbestand:", None))
        self.details_label.setText(QCoreApplication.translate("CrashDialog", u"&Technische gegevens:", None))
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Technische gegevens", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("CrashDialog", u"De technische gegevens naar het klembord kopi\u00ebren", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"&Kopi\u00ebren", None))
#if QT_CONFIG(tooltip)
        self.open_log_button.setToolTip(QCoreApplication.translate("CrashDialog", u"De map met het logbestand openen", None))
#endif // QT_CONFIG(tooltip)
        self.open_log_button.setText(QCoreApplication.translate("CrashDialog", u"&Logmap openen", None))
    # retranslateUi

