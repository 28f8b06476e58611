# Generated from forms/who_are_you.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'who_are_you.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem, QStackedWidget, QTreeWidget, QVBoxLayout, QWidget)

class Ui_WhoAreYouDialog(object):
    def setupUi(self, WhoAreYouDialog):
        if not WhoAreYouDialog.objectName():
            WhoAreYouDialog.setObjectName(u"WhoAreYouDialog")
        WhoAreYouDialog.resize(640, 460)
        WhoAreYouDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(WhoAreYouDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.pages = QStackedWidget(WhoAreYouDialog)
        self.pages.setObjectName(u"pages")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.choose_layout = QVBoxLayout(self.choose_page)
        self.choose_layout.setObjectName(u"choose_layout")
        self.choose_layout.setContentsMargins(0, 0, 0, 0)
        self.choose_intro_label = QLabel(self.choose_page)
        self.choose_intro_label.setObjectName(u"choose_intro_label")
        self.choose_intro_label.setWordWrap(True)

        self.choose_layout.addWidget(self.choose_intro_label)

        self.user_tree = QTreeWidget(self.choose_page)
        self.user_tree.setObjectName(u"user_tree")
        self.user_tree.setAlternatingRowColors(True)
        self.user_tree.setRootIsDecorated(False)
        self.user_tree.setUniformRowHeights(True)
        self.user_tree.setAllColumnsShowFocus(True)

        self.choose_layout.addWidget(self.user_tree)

        self.missing_label = QLabel(self.choose_page)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.choose_layout.addWidget(self.missing_label)

        self.pages.addWidget(self.choose_page)
        self.register_page = QWidget()
        self.register_page.setObjectName(u"register_page")
        self.register_layout = QVBoxLayout(self.register_page)
        self.register_layout.setObjectName(u"register_layout")
        self.register_layout.setContentsMargins(0, 0, 0, 0)
        self.register_intro_label = QLabel(self.register_page)
        self.register_intro_label.setObjectName(u"register_intro_label")
        self.register_intro_label.setWordWrap(True)

        self.register_layout.addWidget(self.register_intro_label)

        self.person_slot = QVBoxLayout()
        self.person_slot.setObjectName(u"person_slot")

        self.register_layout.addLayout(self.person_slot)

        self.register_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.register_layout.addItem(self.register_spacer)

        self.pages.addWidget(self.register_page)

        self.dialog_layout.addWidget(self.pages)

        self.button_box = QDialogButtonBox(WhoAreYouDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(WhoAreYouDialog)

        QMetaObject.connectSlotsByName(WhoAreYouDialog)
    # setupUi

    def retranslateUi(self, WhoAreYouDialog):
        WhoAreYouDialog.setWindowTitle(QCoreApplication.translate("WhoAreYouDialog", u"Wie bent u?", None))
        self.choose_intro_label.setText(QCoreApplication.translate("WhoAreYouDialog", u"Kies wie u bent. Uw rol bepaalt wat u in MaatwerkDesk mag doen; op deze werkplek wordt uw keuze onthouden.", None))
        ___qtreewidgetitem = self.user_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WhoAreYouDialog", u"Discipline", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WhoAreYouDialog", u"Rollen", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WhoAreYouDialog", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.user_tree.setAccessibleName(QCoreApplication.translate("WhoAreYouDialog", u"Gebruikers", None))
#endif // QT_CONFIG(accessibility)
        self.missing_label.setText(QCoreApplication.translate("WhoAreYouDialog", u"Staat uw naam er niet bij? Vraag de functioneel beheerder om u toe te voegen. Tot die tijd kunt u verder als lezer.", None))
        self.register_intro_label.setText(QCoreApplication.translate("WhoAreYouDialog", u"<p>In deze database zijn nog geen gebruikers. Meld u aan als eerste gebruiker.</p><p>De eerste gebruiker is meestal <b>behandelaar en functioneel beheerder</b>: legt dossiers vast en voegt daarna de anderen toe, elk met een eigen rol (Bestand \u203a Gebruikers beheren\u2026). Uw rol bepaalt wat u mag: alleen een behandelaar legt dossiers vast en wijzigt ze.</p>", None))
    # retranslateUi

