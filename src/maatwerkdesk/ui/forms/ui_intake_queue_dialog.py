# Generated from forms/intake_queue_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_queue_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_IntakeQueueDialog(object):
    def setupUi(self, IntakeQueueDialog):
        if not IntakeQueueDialog.objectName():
            IntakeQueueDialog.setObjectName(u"IntakeQueueDialog")
        IntakeQueueDialog.resize(1240, 700)
        IntakeQueueDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(IntakeQueueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(IntakeQueueDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.order_layout = QHBoxLayout()
        self.order_layout.setObjectName(u"order_layout")
        self.queue_caption = QLabel(IntakeQueueDialog)
        self.queue_caption.setObjectName(u"queue_caption")

        self.order_layout.addWidget(self.queue_caption)

        self.order_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.order_layout.addItem(self.order_spacer)

        self.order_label = QLabel(IntakeQueueDialog)
        self.order_label.setObjectName(u"order_label")

        self.order_layout.addWidget(self.order_label)

        self.order_combo = QComboBox(IntakeQueueDialog)
        self.order_combo.setObjectName(u"order_combo")
        self.order_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.order_layout.addWidget(self.order_combo)


        self.dialog_layout.addLayout(self.order_layout)

        self.queue_tree = QTreeWidget(IntakeQueueDialog)
        self.queue_tree.setObjectName(u"queue_tree")
        self.queue_tree.setAlternatingRowColors(True)
        self.queue_tree.setRootIsDecorated(False)
        self.queue_tree.setUniformRowHeights(True)
        self.queue_tree.setAllColumnsShowFocus(True)

        self.dialog_layout.addWidget(self.queue_tree)

        self.hits_caption = QLabel(IntakeQueueDialog)
        self.hits_caption.setObjectName(u"hits_caption")

        self.dialog_layout.addWidget(self.hits_caption)

        self.hits_view = QPlainTextEdit(IntakeQueueDialog)
        self.hits_view.setObjectName(u"hits_view")
        self.hits_view.setReadOnly(True)
        self.hits_view.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.hits_view)

        self.dismiss_layout = QHBoxLayout()
        self.dismiss_layout.setObjectName(u"dismiss_layout")
        self.reason_label = QLabel(IntakeQueueDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.dismiss_layout.addWidget(self.reason_label)

        self.reason_edit = QLineEdit(IntakeQueueDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(2000)

        self.dismiss_layout.addWidget(self.reason_edit)

        self.dismiss_button = QPushButton(IntakeQueueDialog)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.dismiss_layout.addWidget(self.dismiss_button)


        self.dialog_layout.addLayout(self.dismiss_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_button = QPushButton(IntakeQueueDialog)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.refresh_button = QPushButton(IntakeQueueDialog)
        self.refresh_button.setObjectName(u"refresh_button")

        self.buttons_layout.addWidget(self.refresh_button)

        self.catalogue_label = QLabel(IntakeQueueDialog)
        self.catalogue_label.setObjectName(u"catalogue_label")

        self.buttons_layout.addWidget(self.catalogue_label)

        self.button_box = QDialogButtonBox(IntakeQueueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.queue_caption.setBuddy(self.queue_tree)
        self.order_label.setBuddy(self.order_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queue_tree, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.hits_view)
        QWidget.setTabOrder(self.hits_view, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.refresh_button)

        self.retranslateUi(IntakeQueueDialog)

        QMetaObject.connectSlotsByName(IntakeQueueDialog)
    # setupUi

    def retranslateUi(self, IntakeQueueDialog):
        IntakeQueueDialog.setWindowTitle(QCoreApplication.translate("IntakeQueueDialog", u"Mogelijk maatwerk", None))
        self.intro_label.setText(QCoreApplication.translate("IntakeQueueDialog", u"Open dossiers waarvan de vastgelegde feiten erop wijzen dat de generieke regel hier mogelijk niet past. Een signaal is een reden om goed te kijken, geen oordeel. Vraagt een dossier geen maatwerk, haal het dan met een reden van de lijst; het komt terug als er een nieuw signaal bij komt.", None))
        self.queue_caption.setText(QCoreApplication.translate("IntakeQueueDialog", u"&Dossiers met signalen", None))
        self.order_label.setText(QCoreApplication.translate("IntakeQueueDialog", u"&Sorteren op:", None))
        ___qtreewidgetitem = self.queue_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("IntakeQueueDialog", u"Signalen", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("IntakeQueueDialog", u"Open sinds", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("IntakeQueueDialog", u"Status", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("IntakeQueueDialog", u"Titel", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("IntakeQueueDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.queue_tree.setAccessibleName(QCoreApplication.translate("IntakeQueueDialog", u"Dossiers met signalen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.queue_tree.setToolTip(QCoreApplication.translate("IntakeQueueDialog", u"Dubbelklik of druk op Enter om het dossier te openen.", None))
#endif // QT_CONFIG(tooltip)
        self.hits_caption.setText(QCoreApplication.translate("IntakeQueueDialog", u"Waarom dit dossier op de lijst staat", None))
#if QT_CONFIG(accessibility)
        self.hits_view.setAccessibleName(QCoreApplication.translate("IntakeQueueDialog", u"Signalen van het gekozen dossier", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("IntakeQueueDialog", u"&Waarom geen maatwerk?", None))
#if QT_CONFIG(tooltip)
        self.reason_edit.setToolTip(QCoreApplication.translate("IntakeQueueDialog", u"De reden wordt bij het dossier bewaard; alleen een behandelaar of voorzitter kan een dossier van de lijst halen.", None))
#endif // QT_CONFIG(tooltip)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("IntakeQueueDialog", u"Bijvoorbeeld: de gevolgen zijn met een betalingsregeling op te vangen.", None))
        self.dismiss_button.setText(QCoreApplication.translate("IntakeQueueDialog", u"Van de lijst &halen", None))
        self.open_button.setText(QCoreApplication.translate("IntakeQueueDialog", u"Dossier &openen", None))
        self.refresh_button.setText(QCoreApplication.translate("IntakeQueueDialog", u"&Vernieuwen", None))
        self.catalogue_label.setText("")
    # retranslateUi

