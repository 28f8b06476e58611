# Generated from forms/conference_window.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conference_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget)

class Ui_ConferenceWindow(object):
    def setupUi(self, ConferenceWindow):
        if not ConferenceWindow.objectName():
            ConferenceWindow.setObjectName(u"ConferenceWindow")
        ConferenceWindow.resize(1240, 800)
        ConferenceWindow.setSizeGripEnabled(True)
        self.window_layout = QVBoxLayout(ConferenceWindow)
        self.window_layout.setObjectName(u"window_layout")
        self.user_layout = QHBoxLayout()
        self.user_layout.setObjectName(u"user_layout")
        self.user_label = QLabel(ConferenceWindow)
        self.user_label.setObjectName(u"user_label")
        self.user_label.setWordWrap(True)

        self.user_layout.addWidget(self.user_label)

        self.key_button = QPushButton(ConferenceWindow)
        self.key_button.setObjectName(u"key_button")
        self.key_button.setAutoDefault(False)

        self.user_layout.addWidget(self.key_button)

        self.user_layout.setStretch(0, 1)

        self.window_layout.addLayout(self.user_layout)

        self.main_splitter = QSplitter(parent=ConferenceWindow)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.meetings_box = QGroupBox(self.main_splitter)
        self.meetings_box.setObjectName(u"meetings_box")
        self.meetings_layout = QHBoxLayout(self.meetings_box)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meeting_tree = QTreeWidget(self.meetings_box)
        self.meeting_tree.setObjectName(u"meeting_tree")
        self.meeting_tree.setAlternatingRowColors(True)
        self.meeting_tree.setRootIsDecorated(False)
        self.meeting_tree.setUniformRowHeights(True)
        self.meeting_tree.setAllColumnsShowFocus(True)

        self.meetings_layout.addWidget(self.meeting_tree)

        self.meeting_buttons_layout = QVBoxLayout()
        self.meeting_buttons_layout.setObjectName(u"meeting_buttons_layout")
        self.new_button = QPushButton(self.meetings_box)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.meeting_buttons_layout.addWidget(self.new_button)

        self.meeting_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.meeting_buttons_layout.addItem(self.meeting_buttons_spacer)


        self.meetings_layout.addLayout(self.meeting_buttons_layout)

        self.main_splitter.addWidget(self.meetings_box)
        self.meeting_page = QWidget(self.main_splitter)
        self.meeting_page.setObjectName(u"meeting_page")
        self.meeting_page_layout = QVBoxLayout(self.meeting_page)
        self.meeting_page_layout.setObjectName(u"meeting_page_layout")
        self.meeting_page_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_head_layout = QHBoxLayout()
        self.meeting_head_layout.setObjectName(u"meeting_head_layout")
        self.meeting_label = QLabel(self.meeting_page)
        self.meeting_label.setObjectName(u"meeting_label")
        self.meeting_label.setWordWrap(True)

        self.meeting_head_layout.addWidget(self.meeting_label)

        self.close_meeting_button = QPushButton(self.meeting_page)
        self.close_meeting_button.setObjectName(u"close_meeting_button")
        self.close_meeting_button.setAutoDefault(False)

        self.meeting_head_layout.addWidget(self.close_meeting_button)

        self.minutes_button = QPushButton(self.meeting_page)
        self.minutes_button.setObjectName(u"minutes_button")
        self.minutes_button.setAutoDefault(False)

        self.meeting_head_layout.addWidget(self.minutes_button)

        self.meeting_head_layout.setStretch(0, 1)

        self.meeting_page_layout.addLayout(self.meeting_head_layout)

        self.detail_layout = QHBoxLayout()
        self.detail_layout.setObjectName(u"detail_layout")
        self.agenda_box = QGroupBox(self.meeting_page)
        self.agenda_box.setObjectName(u"agenda_box")
        self.agenda_layout = QGridLayout(self.agenda_box)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_tree = QTreeWidget(self.agenda_box)
        self.agenda_tree.setObjectName(u"agenda_tree")
        self.agenda_tree.setAlternatingRowColors(True)
        self.agenda_tree.setRootIsDecorated(False)
        self.agenda_tree.setAllColumnsShowFocus(True)

        self.agenda_layout.addWidget(self.agenda_tree, 0, 0, 1, 1)

        self.agenda_buttons_layout = QVBoxLayout()
        self.agenda_buttons_layout.setObjectName(u"agenda_buttons_layout")
        self.review_button = QPushButton(self.agenda_box)
        self.review_button.setObjectName(u"review_button")
        self.review_button.setAutoDefault(False)

        self.agenda_buttons_layout.addWidget(self.review_button)

        self.up_button = QPushButton(self.agenda_box)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setAutoDefault(False)

        self.agenda_buttons_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.agenda_box)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setAutoDefault(False)

        self.agenda_buttons_layout.addWidget(self.down_button)

        self.remove_button = QPushButton(self.agenda_box)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.agenda_buttons_layout.addWidget(self.remove_button)

        self.agenda_buttons_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.agenda_buttons_layout.addItem(self.agenda_buttons_spacer)


        self.agenda_layout.addLayout(self.agenda_buttons_layout, 0, 1, 1, 1)

        self.total_label = QLabel(self.agenda_box)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setWordWrap(True)

        self.agenda_layout.addWidget(self.total_label, 1, 0, 1, 2)


        self.detail_layout.addWidget(self.agenda_box)

        self.side_layout = QVBoxLayout()
        self.side_layout.setObjectName(u"side_layout")
        self.candidates_box = QGroupBox(self.meeting_page)
        self.candidates_box.setObjectName(u"candidates_box")
        self.candidates_layout = QVBoxLayout(self.candidates_box)
        self.candidates_layout.setObjectName(u"candidates_layout")
        self.candidate_list = QListWidget(self.candidates_box)
        self.candidate_list.setObjectName(u"candidate_list")
        self.candidate_list.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.candidates_layout.addWidget(self.candidate_list)

        self.candidates_buttons_layout = QHBoxLayout()
        self.candidates_buttons_layout.setObjectName(u"candidates_buttons_layout")
        self.candidates_hint_label = QLabel(self.candidates_box)
        self.candidates_hint_label.setObjectName(u"candidates_hint_label")
        self.candidates_hint_label.setWordWrap(True)

        self.candidates_buttons_layout.addWidget(self.candidates_hint_label)

        self.add_button = QPushButton(self.candidates_box)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.candidates_buttons_layout.addWidget(self.add_button)


        self.candidates_layout.addLayout(self.candidates_buttons_layout)


        self.side_layout.addWidget(self.candidates_box)

        self.attendance_box = QGroupBox(self.meeting_page)
        self.attendance_box.setObjectName(u"attendance_box")
        self.attendance_layout = QVBoxLayout(self.attendance_box)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_list = QListWidget(self.attendance_box)
        self.attendance_list.setObjectName(u"attendance_list")

        self.attendance_layout.addWidget(self.attendance_list)


        self.side_layout.addWidget(self.attendance_box)


        self.detail_layout.addLayout(self.side_layout)

        self.detail_layout.setStretch(0, 2)
        self.detail_layout.setStretch(1, 1)

        self.meeting_page_layout.addLayout(self.detail_layout)

        self.main_splitter.addWidget(self.meeting_page)

        self.window_layout.addWidget(self.main_splitter)

        self.button_box = QDialogButtonBox(ConferenceWindow)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.window_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.meeting_tree, self.new_button)
        QWidget.setTabOrder(self.new_button, self.agenda_tree)
        QWidget.setTabOrder(self.agenda_tree, self.review_button)
        QWidget.setTabOrder(self.review_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.candidate_list)
        QWidget.setTabOrder(self.candidate_list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.attendance_list)
        QWidget.setTabOrder(self.attendance_list, self.close_meeting_button)
        QWidget.setTabOrder(self.close_meeting_button, self.minutes_button)

        self.retranslateUi(ConferenceWindow)

        QMetaObject.connectSlotsByName(ConferenceWindow)
    # setupUi

    def retranslateUi(self, ConferenceWindow):
        ConferenceWindow.setWindowTitle(QCoreApplication.translate("ConferenceWindow", u"Casu\u00efstiekoverleg", None))
        self.user_label.setText("")
        self.key_button.setText(QCoreApplication.translate("ConferenceWindow", u"Mijn onder&tekeningssleutel\u2026", None))
#if QT_CONFIG(tooltip)
        self.key_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Uw persoonlijke sleutel om besluiten te ondertekenen: aanmaken, en zien of hij geregistreerd is", None))
#endif // QT_CONFIG(tooltip)
        self.meetings_box.setTitle(QCoreApplication.translate("ConferenceWindow", u"Overleggen", None))
        ___qtreewidgetitem = self.meeting_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ConferenceWindow", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ConferenceWindow", u"Agendapunten", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ConferenceWindow", u"Voorzitter", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConferenceWindow", u"Datum", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConferenceWindow", u"Kenmerk", None))
#if QT_CONFIG(accessibility)
        self.meeting_tree.setAccessibleName(QCoreApplication.translate("ConferenceWindow", u"Overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("ConferenceWindow", u"&Nieuw overleg\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Een overleg plannen: datum, plaats, voorzitter en leden", None))
#endif // QT_CONFIG(tooltip)
        self.meeting_label.setText("")
        self.close_meeting_button.setText(QCoreApplication.translate("ConferenceWindow", u"Als &gehouden markeren", None))
#if QT_CONFIG(tooltip)
        self.close_meeting_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Het overleg heeft plaatsgevonden: de status wordt \u2018Gehouden\u2019", None))
#endif // QT_CONFIG(tooltip)
        self.minutes_button.setText(QCoreApplication.translate("ConferenceWindow", u"&Verslag (PDF)\u2026", None))
#if QT_CONFIG(tooltip)
        self.minutes_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Het verslag van dit overleg bekijken, opslaan of afdrukken: agenda, aanwezigheid en per dossier advies, besluit en afspraken", None))
#endif // QT_CONFIG(tooltip)
        self.agenda_box.setTitle(QCoreApplication.translate("ConferenceWindow", u"Agenda", None))
        ___qtreewidgetitem1 = self.agenda_tree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("ConferenceWindow", u"Besluit", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("ConferenceWindow", u"Tijd", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ConferenceWindow", u"Onderwerp", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ConferenceWindow", u"Kenmerk", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ConferenceWindow", u"Nr", None))
#if QT_CONFIG(accessibility)
        self.agenda_tree.setAccessibleName(QCoreApplication.translate("ConferenceWindow", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.review_button.setText(QCoreApplication.translate("ConferenceWindow", u"&Bespreken\u2026", None))
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Het gekozen dossier bespreken: het volledige voorstel en het verslag (of dubbelklik)", None))
#endif // QT_CONFIG(tooltip)
        self.up_button.setText(QCoreApplication.translate("ConferenceWindow", u"Om&hoog", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Het gekozen dossier eerder bespreken (Alt+Omhoog)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.up_button.setProperty("shortcut", QCoreApplication.translate("ConferenceWindow", u"Alt+Up", None))
#endif // QT_CONFIG(shortcut)
        self.down_button.setText(QCoreApplication.translate("ConferenceWindow", u"Om&laag", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("ConferenceWindow", u"Het gekozen dossier later bespreken (Alt+Omlaag)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.down_button.setProperty("shortcut", QCoreApplication.translate("ConferenceWindow", u"Alt+Down", None))
#endif // QT_CONFIG(shortcut)
        self.remove_button.setText(QCoreApplication.translate("ConferenceWindow", u"Van de agenda hal&en", None))
        self.total_label.setText("")
        self.candidates_box.setTitle(QCoreApplication.translate("ConferenceWindow", u"Ter bespreking, nog niet op de agenda", None))
#if QT_CONFIG(accessibility)
        self.candidate_list.setAccessibleName(QCoreApplication.translate("ConferenceWindow", u"Dossiers ter bespreking", None))
#endif // QT_CONFIG(accessibility)
        self.candidates_hint_label.setText("")
        self.add_button.setText(QCoreApplication.translate("ConferenceWindow", u"Op de &agenda zetten", None))
        self.attendance_box.setTitle(QCoreApplication.translate("ConferenceWindow", u"Aanwezig", None))
#if QT_CONFIG(accessibility)
        self.attendance_list.setAccessibleName(QCoreApplication.translate("ConferenceWindow", u"Aanwezigheid", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

