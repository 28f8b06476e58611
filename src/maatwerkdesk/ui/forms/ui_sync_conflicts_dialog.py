# Generated from forms/sync_conflicts_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(900, 540)
        SyncConflictsDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(SyncConflictsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(SyncConflictsDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.parts_table = QTableWidget(SyncConflictsDialog)
        if (self.parts_table.columnCount() < 4):
            self.parts_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.parts_table.setObjectName(u"parts_table")
        self.parts_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.parts_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.parts_table.setWordWrap(True)
        self.parts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.parts_table.horizontalHeader().setStretchLastSection(False)
        self.parts_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.parts_table)

        self.effect_label = QLabel(SyncConflictsDialog)
        self.effect_label.setObjectName(u"effect_label")
        self.effect_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.effect_label)

        self.button_box = QDialogButtonBox(SyncConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(SyncConflictsDialog)

        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Op twee plaatsen gewijzigd", None))
        self.heading_label.setText("")
        ___qtablewidgetitem = self.parts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SyncConflictsDialog", u"Onderdeel", None))
        ___qtablewidgetitem1 = self.parts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SyncConflictsDialog", u"Op de laptop", None))
        ___qtablewidgetitem2 = self.parts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SyncConflictsDialog", u"In de teamdatabase", None))
        ___qtablewidgetitem3 = self.parts_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SyncConflictsDialog", u"Bewaren", None))
#if QT_CONFIG(accessibility)
        self.parts_table.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Onderdelen die op twee plaatsen zijn gewijzigd", None))
#endif // QT_CONFIG(accessibility)
        self.effect_label.setText(QCoreApplication.translate("SyncConflictsDialog", u"Tot u kiest, toont het dossier wat in de teamdatabase staat; de versie van de laptop blijft bewaard. Wat u kiest, wordt vastgelegd in het dossier en in het logboek.", None))
    # retranslateUi

