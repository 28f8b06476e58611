# Generated from forms/pdf_preview.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(860, 900)
        PdfPreviewDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(PdfPreviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.tool_layout = QHBoxLayout()
        self.tool_layout.setObjectName(u"tool_layout")
        self.pseudonymise_check = QCheckBox(PdfPreviewDialog)
        self.pseudonymise_check.setObjectName(u"pseudonymise_check")

        self.tool_layout.addWidget(self.pseudonymise_check)

        self.tool_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tool_layout.addItem(self.tool_spacer)

        self.zoom_out_button = QToolButton(PdfPreviewDialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.tool_layout.addWidget(self.zoom_out_button)

        self.zoom_fit_button = QToolButton(PdfPreviewDialog)
        self.zoom_fit_button.setObjectName(u"zoom_fit_button")

        self.tool_layout.addWidget(self.zoom_fit_button)

        self.zoom_in_button = QToolButton(PdfPreviewDialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.tool_layout.addWidget(self.zoom_in_button)

        self.page_label = QLabel(PdfPreviewDialog)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setMargin(6)

        self.tool_layout.addWidget(self.page_label)


        self.dialog_layout.addLayout(self.tool_layout)

        self.view_container = QWidget(PdfPreviewDialog)
        self.view_container.setObjectName(u"view_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.view_container.sizePolicy().hasHeightForWidth())
        self.view_container.setSizePolicy(sizePolicy)
        self.view_layout = QVBoxLayout(self.view_container)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_layout.addWidget(self.view_container)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.busy_bar = QProgressBar(PdfPreviewDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximumSize(QSize(90, 16777215))
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.button_layout.addWidget(self.busy_bar)

        self.busy_label = QLabel(PdfPreviewDialog)
        self.busy_label.setObjectName(u"busy_label")

        self.button_layout.addWidget(self.busy_label)

        self.status_label = QLabel(PdfPreviewDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy1)
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.save_button = QPushButton(PdfPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.print_button = QPushButton(PdfPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.close_button = QPushButton(PdfPreviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.pseudonymise_check)
        QWidget.setTabOrder(self.pseudonymise_check, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_fit_button)
        QWidget.setTabOrder(self.zoom_fit_button, self.zoom_in_button)

        self.retranslateUi(PdfPreviewDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Voorbeeld", None))
#if QT_CONFIG(tooltip)
        self.pseudonymise_check.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Naam, BSN, adres en geboortedatum van de betrokkene vervangen door rollen", None))
#endif // QT_CONFIG(tooltip)
        self.pseudonymise_check.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Gepseudonimiseerd (voor het casu\u00efstiekoverleg)", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Uitzoomen (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_out_button.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Uitzoomen", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_out_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u2212", None))
#if QT_CONFIG(shortcut)
        self.zoom_out_button.setProperty("shortcut", QCoreApplication.translate("PdfPreviewDialog", u"Ctrl+-", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.zoom_fit_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"De pagina zo breed als het venster (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_fit_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Paginabreedte", None))
#if QT_CONFIG(shortcut)
        self.zoom_fit_button.setProperty("shortcut", QCoreApplication.translate("PdfPreviewDialog", u"Ctrl+0", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Inzoomen (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_in_button.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Inzoomen", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_in_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"+", None))
#if QT_CONFIG(shortcut)
        self.zoom_in_button.setProperty("shortcut", QCoreApplication.translate("PdfPreviewDialog", u"Ctrl++", None))
#endif // QT_CONFIG(shortcut)
        self.page_label.setText(QCoreApplication.translate("PdfPreviewDialog", u"Pagina 1 van 1", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Bezig", None))
#endif // QT_CONFIG(accessibility)
        self.busy_label.setText(QCoreApplication.translate("PdfPreviewDialog", u"Document opnieuw opmaken\u2026", None))
        self.status_label.setText("")
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Het document als PDF-bestand opslaan", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Opslaan als\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Het document afdrukken", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Afdrukken\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Sluiten", None))
    # retranslateUi

