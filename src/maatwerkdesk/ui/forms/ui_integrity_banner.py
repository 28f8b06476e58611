# Generated from forms/integrity_banner.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'integrity_banner.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout)

class Ui_IntegrityBanner(object):
    def setupUi(self, IntegrityBanner):
        if not IntegrityBanner.objectName():
            IntegrityBanner.setObjectName(u"IntegrityBanner")
        IntegrityBanner.resize(720, 120)
        IntegrityBanner.setFrameShape(QFrame.StyledPanel)
        self.banner_layout = QHBoxLayout(IntegrityBanner)
        self.banner_layout.setObjectName(u"banner_layout")
        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(4)
        self.text_layout.setObjectName(u"text_layout")
        self.title_label = QLabel(IntegrityBanner)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.text_layout.addWidget(self.title_label)

        self.problems_label = QLabel(IntegrityBanner)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.text_layout.addWidget(self.problems_label)

        self.next_label = QLabel(IntegrityBanner)
        self.next_label.setObjectName(u"next_label")
        self.next_label.setWordWrap(True)

        self.text_layout.addWidget(self.next_label)


        self.banner_layout.addLayout(self.text_layout)

        self.resolve_button = QPushButton(IntegrityBanner)
        self.resolve_button.setObjectName(u"resolve_button")
        self.resolve_button.setAutoDefault(False)

        self.banner_layout.addWidget(self.resolve_button)

        self.banner_layout.setStretch(0, 1)

        self.retranslateUi(IntegrityBanner)

        QMetaObject.connectSlotsByName(IntegrityBanner)
    # setupUi

    def retranslateUi(self, IntegrityBanner):
        self.title_label.setText(QCoreApplication.translate("IntegrityBanner", u"Dit dossier is alleen-lezen: het vastgelegde besluit is buiten MaatwerkDesk gewijzigd.", None))
#if QT_CONFIG(accessibility)
        self.problems_label.setAccessibleName(QCoreApplication.translate("IntegrityBanner", u"Wat er is gewijzigd", None))
#endif // QT_CONFIG(accessibility)
        self.problems_label.setText("")
        self.next_label.setText("")
        self.resolve_button.setText(QCoreApplication.translate("IntegrityBanner", u"Beoordelen en vri&jgeven\u2026", None))
#if QT_CONFIG(tooltip)
        self.resolve_button.setToolTip(QCoreApplication.translate("IntegrityBanner", u"Vastleggen wat u hebt onderzocht, en het dossier weer vrijgeven", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

