# Generated from forms/dossier_list_pane.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_list_pane.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_DossierListPane(object):
    def setupUi(self, DossierListPane):
        if not DossierListPane.objectName():
            DossierListPane.setObjectName(u"DossierListPane")
        DossierListPane.resize(520, 600)
        self.pane_layout = QVBoxLayout(DossierListPane)
        self.pane_layout.setSpacing(6)
        self.pane_layout.setObjectName(u"pane_layout")
        self.pane_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(DossierListPane)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.pane_layout.addWidget(self.search_edit)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(6)
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_combo = QComboBox(DossierListPane)
        self.status_combo.setObjectName(u"status_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_combo.sizePolicy().hasHeightForWidth())
        self.status_combo.setSizePolicy(sizePolicy)

        self.filter_layout.addWidget(self.status_combo)

        self.owner_combo = QComboBox(DossierListPane)
        self.owner_combo.setObjectName(u"owner_combo")
        sizePolicy.setHeightForWidth(self.owner_combo.sizePolicy().hasHeightForWidth())
        self.owner_combo.setSizePolicy(sizePolicy)

        self.filter_layout.addWidget(self.owner_combo)


        self.pane_layout.addLayout(self.filter_layout)

        self.dossier_view = QTableView(DossierListPane)
        self.dossier_view.setObjectName(u"dossier_view")
        self.dossier_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dossier_view.setAlternatingRowColors(True)
        self.dossier_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dossier_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dossier_view.setShowGrid(False)
        self.dossier_view.setWordWrap(False)
        self.dossier_view.setCornerButtonEnabled(False)
        self.dossier_view.horizontalHeader().setHighlightSections(False)
        self.dossier_view.verticalHeader().setVisible(False)

        self.pane_layout.addWidget(self.dossier_view)

        QWidget.setTabOrder(self.search_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.dossier_view)

        self.retranslateUi(DossierListPane)

        QMetaObject.connectSlotsByName(DossierListPane)
    # setupUi

    def retranslateUi(self, DossierListPane):
#if QT_CONFIG(tooltip)
        self.search_edit.setToolTip(QCoreApplication.translate("DossierListPane", u"Zoekt in titel, regeling, knelpunt, verzoek, notities, eigenaar, naam van de betrokkene en tijdlijn. Hoofdletters en accenten maken niet uit.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("DossierListPane", u"Zoek in dossiers", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DossierListPane", u"Zoek in dossiers\u2026", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("DossierListPane", u"Toon alleen dossiers met deze status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("DossierListPane", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.owner_combo.setToolTip(QCoreApplication.translate("DossierListPane", u"Toon alleen dossiers van deze eigenaar", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("DossierListPane", u"Filter op eigenaar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dossier_view.setAccessibleName(QCoreApplication.translate("DossierListPane", u"Dossiers", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

