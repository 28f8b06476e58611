# Generated from forms/groups_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTreeWidget, QVBoxLayout)

class Ui_GroupsDialog(object):
    def setupUi(self, GroupsDialog):
        if not GroupsDialog.objectName():
            GroupsDialog.setObjectName(u"GroupsDialog")
        GroupsDialog.resize(1240, 700)
        GroupsDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(GroupsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(GroupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(12)
        self.body_layout.setObjectName(u"body_layout")
        self.groups_layout = QVBoxLayout()
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups_caption = QLabel(GroupsDialog)
        self.groups_caption.setObjectName(u"groups_caption")

        self.groups_layout.addWidget(self.groups_caption)

        self.group_tree = QTreeWidget(GroupsDialog)
        self.group_tree.setObjectName(u"group_tree")
        self.group_tree.setAlternatingRowColors(True)
        self.group_tree.setRootIsDecorated(False)
        self.group_tree.setUniformRowHeights(True)
        self.group_tree.setAllColumnsShowFocus(True)

        self.groups_layout.addWidget(self.group_tree)

        self.group_buttons = QHBoxLayout()
        self.group_buttons.setObjectName(u"group_buttons")
        self.new_button = QPushButton(GroupsDialog)
        self.new_button.setObjectName(u"new_button")

        self.group_buttons.addWidget(self.new_button)

        self.edit_button = QPushButton(GroupsDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.group_buttons.addWidget(self.edit_button)


        self.groups_layout.addLayout(self.group_buttons)


        self.body_layout.addLayout(self.groups_layout)

        self.detail_layout = QVBoxLayout()
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_label = QLabel(GroupsDialog)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_label)

        self.members_caption = QLabel(GroupsDialog)
        self.members_caption.setObjectName(u"members_caption")

        self.detail_layout.addWidget(self.members_caption)

        self.member_tree = QTreeWidget(GroupsDialog)
        self.member_tree.setObjectName(u"member_tree")
        self.member_tree.setAlternatingRowColors(True)
        self.member_tree.setRootIsDecorated(False)
        self.member_tree.setUniformRowHeights(True)
        self.member_tree.setAllColumnsShowFocus(True)

        self.detail_layout.addWidget(self.member_tree)

        self.circumstances_caption = QLabel(GroupsDialog)
        self.circumstances_caption.setObjectName(u"circumstances_caption")

        self.detail_layout.addWidget(self.circumstances_caption)

        self.circumstances_edit = QPlainTextEdit(GroupsDialog)
        self.circumstances_edit.setObjectName(u"circumstances_edit")
        self.circumstances_edit.setTabChangesFocus(True)

        self.detail_layout.addWidget(self.circumstances_edit)

        self.check_buttons = QHBoxLayout()
        self.check_buttons.setObjectName(u"check_buttons")
        self.fits_button = QPushButton(GroupsDialog)
        self.fits_button.setObjectName(u"fits_button")

        self.check_buttons.addWidget(self.fits_button)

        self.individual_button = QPushButton(GroupsDialog)
        self.individual_button.setObjectName(u"individual_button")

        self.check_buttons.addWidget(self.individual_button)

        self.apply_button = QPushButton(GroupsDialog)
        self.apply_button.setObjectName(u"apply_button")

        self.check_buttons.addWidget(self.apply_button)


        self.detail_layout.addLayout(self.check_buttons)

        self.member_buttons = QHBoxLayout()
        self.member_buttons.setObjectName(u"member_buttons")
        self.add_button = QPushButton(GroupsDialog)
        self.add_button.setObjectName(u"add_button")

        self.member_buttons.addWidget(self.add_button)

        self.remove_button = QPushButton(GroupsDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.member_buttons.addWidget(self.remove_button)

        self.open_button = QPushButton(GroupsDialog)
        self.open_button.setObjectName(u"open_button")

        self.member_buttons.addWidget(self.open_button)


        self.detail_layout.addLayout(self.member_buttons)


        self.body_layout.addLayout(self.detail_layout)


        self.dialog_layout.addLayout(self.body_layout)

        self.button_box = QDialogButtonBox(GroupsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.groups_caption.setBuddy(self.group_tree)
        self.members_caption.setBuddy(self.member_tree)
        self.circumstances_caption.setBuddy(self.circumstances_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupsDialog)

        QMetaObject.connectSlotsByName(GroupsDialog)
    # setupUi

    def retranslateUi(self, GroupsDialog):
        GroupsDialog.setWindowTitle(QCoreApplication.translate("GroupsDialog", u"Groepen", None))
        self.intro_label.setText(QCoreApplication.translate("GroupsDialog", u"Een groep bundelt dossiers met hetzelfde knelpunt: dezelfde regel pakt bij iedereen op dezelfde manier uit. Het groepsbesluit geldt voor een lid pas nadat u dat lid afzonderlijk hebt gecontroleerd; daarna gaat het besluit, zoals elk besluit, naar het casu\u00efstiekoverleg om te ondertekenen (vier ogen).", None))
        self.groups_caption.setText(QCoreApplication.translate("GroupsDialog", u"&Groepen", None))
        ___qtreewidgetitem = self.group_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("GroupsDialog", u"Leden", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("GroupsDialog", u"Groepsbesluit", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("GroupsDialog", u"Titel", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("GroupsDialog", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.group_tree.setAccessibleName(QCoreApplication.translate("GroupsDialog", u"Groepen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Een groep maken: titel, regeling, het gedeelde knelpunt en het groepsbesluit", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("GroupsDialog", u"&Nieuwe groep\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Titel, regeling, gedeeld knelpunt en groepsbesluit van de gekozen groep wijzigen", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("GroupsDialog", u"Groep &wijzigen\u2026", None))
        self.detail_label.setText("")
        self.members_caption.setText(QCoreApplication.translate("GroupsDialog", u"&Leden en hun controle", None))
        ___qtreewidgetitem1 = self.member_tree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("GroupsDialog", u"Toelichting", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("GroupsDialog", u"Controle", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("GroupsDialog", u"Titel", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("GroupsDialog", u"Dossier", None))
#if QT_CONFIG(accessibility)
        self.member_tree.setAccessibleName(QCoreApplication.translate("GroupsDialog", u"Leden", None))
#endif // QT_CONFIG(accessibility)
        self.circumstances_caption.setText(QCoreApplication.translate("GroupsDialog", u"Individuele omstandigheden (bij de &controle)", None))
#if QT_CONFIG(accessibility)
        self.circumstances_edit.setAccessibleName(QCoreApplication.translate("GroupsDialog", u"Individuele omstandigheden", None))
#endif // QT_CONFIG(accessibility)
        self.circumstances_edit.setPlaceholderText(QCoreApplication.translate("GroupsDialog", u"Welke omstandigheden van dit lid vragen om een andere uitkomst? Leeg als er geen zijn.", None))
#if QT_CONFIG(tooltip)
        self.fits_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Vastleggen dat de eigen toets van dit lid niets in de weg legt en dat er geen individuele omstandigheden zijn", None))
#endif // QT_CONFIG(tooltip)
        self.fits_button.setText(QCoreApplication.translate("GroupsDialog", u"&Past: geen individuele omstandigheden", None))
#if QT_CONFIG(tooltip)
        self.individual_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Vastleggen welke individuele omstandigheden om een andere uitkomst vragen; dit lid krijgt een eigen besluit", None))
#endif // QT_CONFIG(tooltip)
        self.individual_button.setText(QCoreApplication.translate("GroupsDialog", u"&Individueel besluiten", None))
#if QT_CONFIG(tooltip)
        self.apply_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Het groepsbesluit vastleggen als beslissing van dit gecontroleerde lid; het gaat daarna naar het overleg om te ondertekenen", None))
#endif // QT_CONFIG(tooltip)
        self.apply_button.setText(QCoreApplication.translate("GroupsDialog", u"Groepsbesluit &toepassen", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Het dossier dat in het hoofdvenster open staat aan deze groep toevoegen", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("GroupsDialog", u"Open dossier t&oevoegen", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Het gekozen dossier uit de groep halen", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("GroupsDialog", u"Lid &verwijderen", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("GroupsDialog", u"Het gekozen dossier openen in het hoofdvenster", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("GroupsDialog", u"&Dossier openen", None))
    # retranslateUi

