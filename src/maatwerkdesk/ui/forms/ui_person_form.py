# Generated from forms/person_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(460, 200)
        self.root_layout = QVBoxLayout(PersonForm)
        self.root_layout.setObjectName(u"root_layout")
        self.root_layout.setContentsMargins(0, 0, 0, 0)
        self.person_layout = QFormLayout()
        self.person_layout.setObjectName(u"person_layout")
        self.person_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(PersonForm)
        self.name_label.setObjectName(u"name_label")

        self.person_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PersonForm)
        self.name_edit.setObjectName(u"name_edit")

        self.person_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(PersonForm)
        self.role_label.setObjectName(u"role_label")
        self.role_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.person_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_list = QListWidget(PersonForm)
        self.role_list.setObjectName(u"role_list")
        self.role_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.role_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.person_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_list)

        self.rights_label = QLabel(PersonForm)
        self.rights_label.setObjectName(u"rights_label")
        self.rights_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.rights_label.setWordWrap(True)

        self.person_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rights_label)

        self.discipline_label = QLabel(PersonForm)
        self.discipline_label.setObjectName(u"discipline_label")

        self.person_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.discipline_label)

        self.discipline_combo = QComboBox(PersonForm)
        self.discipline_combo.setObjectName(u"discipline_combo")

        self.person_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.discipline_combo)


        self.root_layout.addLayout(self.person_layout)

        self.error_label = QLabel(PersonForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.root_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_list)
        self.discipline_label.setBuddy(self.discipline_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.role_list)
        QWidget.setTabOrder(self.role_list, self.discipline_combo)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.name_label.setText(QCoreApplication.translate("PersonForm", u"&Naam:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"voornaam en achternaam, bijvoorbeeld Anouk Verhoef", None))
        self.role_label.setText(QCoreApplication.translate("PersonForm", u"&Rollen:", None))
#if QT_CONFIG(tooltip)
        self.role_list.setToolTip(QCoreApplication.translate("PersonForm", u"Vink elke rol aan die deze persoon heeft; wie meer rollen heeft, mag wat elk daarvan toestaat.", None))
#endif // QT_CONFIG(tooltip)
        self.rights_label.setText("")
        self.discipline_label.setText(QCoreApplication.translate("PersonForm", u"&Discipline:", None))
        self.error_label.setText("")
        pass
    # retranslateUi

