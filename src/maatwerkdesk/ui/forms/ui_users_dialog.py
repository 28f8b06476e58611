# Generated from forms/users_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(940, 680)
        UsersDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(UsersDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(UsersDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.user_tree = QTreeWidget(UsersDialog)
        self.user_tree.setObjectName(u"user_tree")
        self.user_tree.setAlternatingRowColors(True)
        self.user_tree.setRootIsDecorated(False)
        self.user_tree.setUniformRowHeights(True)
        self.user_tree.setAllColumnsShowFocus(True)

        self.list_layout.addWidget(self.user_tree)

        self.button_layout = QVBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(UsersDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.button_layout.addWidget(self.add_button)

        self.change_button = QPushButton(UsersDialog)
        self.change_button.setObjectName(u"change_button")
        self.change_button.setAutoDefault(False)

        self.button_layout.addWidget(self.change_button)

        self.active_button = QPushButton(UsersDialog)
        self.active_button.setObjectName(u"active_button")
        self.active_button.setAutoDefault(False)

        self.button_layout.addWidget(self.active_button)

        self.button_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.button_layout.addItem(self.button_spacer)


        self.list_layout.addLayout(self.button_layout)


        self.dialog_layout.addLayout(self.list_layout)

        self.keys_box = QGroupBox(UsersDialog)
        self.keys_box.setObjectName(u"keys_box")
        self.keys_box_layout = QVBoxLayout(self.keys_box)
        self.keys_box_layout.setObjectName(u"keys_box_layout")
        self.keys_hint_label = QLabel(self.keys_box)
        self.keys_hint_label.setObjectName(u"keys_hint_label")
        self.keys_hint_label.setWordWrap(True)

        self.keys_box_layout.addWidget(self.keys_hint_label)

        self.keys_layout = QHBoxLayout()
        self.keys_layout.setObjectName(u"keys_layout")
        self.key_tree = QTreeWidget(self.keys_box)
        self.key_tree.setObjectName(u"key_tree")
        self.key_tree.setAlternatingRowColors(True)
        self.key_tree.setRootIsDecorated(False)
        self.key_tree.setUniformRowHeights(True)
        self.key_tree.setAllColumnsShowFocus(True)

        self.keys_layout.addWidget(self.key_tree)

        self.key_buttons_layout = QVBoxLayout()
        self.key_buttons_layout.setObjectName(u"key_buttons_layout")
        self.register_button = QPushButton(self.keys_box)
        self.register_button.setObjectName(u"register_button")
        self.register_button.setAutoDefault(False)

        self.key_buttons_layout.addWidget(self.register_button)

        self.key_buttons_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.key_buttons_layout.addItem(self.key_buttons_spacer)


        self.keys_layout.addLayout(self.key_buttons_layout)


        self.keys_box_layout.addLayout(self.keys_layout)


        self.dialog_layout.addWidget(self.keys_box)

        self.button_box = QDialogButtonBox(UsersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(1, 3)
        self.dialog_layout.setStretch(2, 2)
        QWidget.setTabOrder(self.user_tree, self.add_button)
        QWidget.setTabOrder(self.add_button, self.change_button)
        QWidget.setTabOrder(self.change_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.key_tree)
        QWidget.setTabOrder(self.key_tree, self.register_button)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Gebruikers beheren", None))
        self.intro_label.setText(QCoreApplication.translate("UsersDialog", u"Iedereen die met MaatwerkDesk werkt, met zijn rol. De rol bepaalt wat iemand mag; een lid van het overleg heeft een discipline. Nieuwe gebruikers kiezen zichzelf op hun eigen werkplek (Bestand \u203a Gebruiker wisselen\u2026). Wie niet meer meewerkt, zet u op niet actief: eerdere adviezen en handtekeningen blijven op naam staan.", None))
        ___qtreewidgetitem = self.user_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("UsersDialog", u"Status", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("UsersDialog", u"Discipline", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("UsersDialog", u"Rollen", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("UsersDialog", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.user_tree.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Gebruikers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("UsersDialog", u"Een gebruiker toevoegen met een rol", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"&Toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.change_button.setToolTip(QCoreApplication.translate("UsersDialog", u"Rollen en discipline van de gekozen gebruiker wijzigen", None))
#endif // QT_CONFIG(tooltip)
        self.change_button.setText(QCoreApplication.translate("UsersDialog", u"&Wijzigen\u2026", None))
        self.active_button.setText(QCoreApplication.translate("UsersDialog", u"&Niet actief maken", None))
        self.keys_box.setTitle(QCoreApplication.translate("UsersDialog", u"Ondertekeningssleutels van voorzitters", None))
        self.keys_hint_label.setText(QCoreApplication.translate("UsersDialog", u"Een voorzitter maakt zijn sleutel zelf aan (Casu\u00efstiekoverleg \u203a Mijn ondertekeningssleutel\u2026). Registreer een nieuwe sleutel pas nadat de voorzitter u de vingerafdruk heeft voorgelezen, persoonlijk of aan de telefoon: de eerste 16 tekens ervan staan daarom niet in deze lijst.", None))
        ___qtreewidgetitem1 = self.key_tree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("UsersDialog", u"Aangemaakt", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("UsersDialog", u"Status", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("UsersDialog", u"Vingerafdruk", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("UsersDialog", u"Voorzitter", None))
#if QT_CONFIG(accessibility)
        self.key_tree.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Ondertekeningssleutels", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.register_button.setToolTip(QCoreApplication.translate("UsersDialog", u"De gekozen sleutel registreren, nadat de voorzitter de vingerafdruk heeft voorgelezen", None))
#endif // QT_CONFIG(tooltip)
        self.register_button.setText(QCoreApplication.translate("UsersDialog", u"&Registreren\u2026", None))
    # retranslateUi

