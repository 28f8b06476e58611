# Generated from forms/dossier_editor.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_editor.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DossierEditor(object):
    def setupUi(self, DossierEditor):
        if not DossierEditor.objectName():
            DossierEditor.setObjectName(u"DossierEditor")
        DossierEditor.resize(820, 640)
        self.root_layout = QVBoxLayout(DossierEditor)
        self.root_layout.setObjectName(u"root_layout")
        self.header_layout = QGridLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.heading_label = QLabel(DossierEditor)
        self.heading_label.setObjectName(u"heading_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.heading_label.sizePolicy().hasHeightForWidth())
        self.heading_label.setSizePolicy(sizePolicy)
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.heading_label, 0, 0, 1, 1)

        self.state_label = QLabel(DossierEditor)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.header_layout.addWidget(self.state_label, 1, 0, 1, 1)

        self.next_step_label = QLabel(DossierEditor)
        self.next_step_label.setObjectName(u"next_step_label")
        self.next_step_label.setWordWrap(True)

        self.header_layout.addWidget(self.next_step_label, 2, 0, 1, 3)

        self.revert_button = QPushButton(DossierEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.header_layout.addWidget(self.revert_button, 0, 1, 2, 1)

        self.save_button = QPushButton(DossierEditor)
        self.save_button.setObjectName(u"save_button")

        self.header_layout.addWidget(self.save_button, 0, 2, 2, 1)


        self.root_layout.addLayout(self.header_layout)

        self.message_label = QLabel(DossierEditor)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setVisible(False)
        self.message_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label.setWordWrap(True)
        self.message_label.setMargin(6)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.root_layout.addWidget(self.message_label)

        self.steps_layout = QHBoxLayout()
        self.steps_layout.setObjectName(u"steps_layout")
        self.step_list = QListWidget(DossierEditor)
        self.step_list.setObjectName(u"step_list")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.step_list.sizePolicy().hasHeightForWidth())
        self.step_list.setSizePolicy(sizePolicy1)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setUniformItemSizes(True)

        self.steps_layout.addWidget(self.step_list)

        self.tabs = QTabWidget(DossierEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        self.dossier_tab = QWidget()
        self.dossier_tab.setObjectName(u"dossier_tab")
        self.dossier_tab_layout = QVBoxLayout(self.dossier_tab)
        self.dossier_tab_layout.setObjectName(u"dossier_tab_layout")
        self.dossier_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.dossier_scroll = QScrollArea(self.dossier_tab)
        self.dossier_scroll.setObjectName(u"dossier_scroll")
        self.dossier_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dossier_scroll.setWidgetResizable(True)
        self.dossier_page = QWidget()
        self.dossier_page.setObjectName(u"dossier_page")
        self.dossier_form = QFormLayout(self.dossier_page)
        self.dossier_form.setObjectName(u"dossier_form")
        self.dossier_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dossier_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reference_label = QLabel(self.dossier_page)
        self.reference_label.setObjectName(u"reference_label")

        self.dossier_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(self.dossier_page)
        self.reference_edit.setObjectName(u"reference_edit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.reference_edit.sizePolicy().hasHeightForWidth())
        self.reference_edit.setSizePolicy(sizePolicy2)
        self.reference_edit.setReadOnly(True)

        self.dossier_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.group_row = QWidget(self.dossier_page)
        self.group_row.setObjectName(u"group_row")
        self.group_row_layout = QHBoxLayout(self.group_row)
        self.group_row_layout.setObjectName(u"group_row_layout")
        self.group_row_layout.setContentsMargins(0, 0, 0, 0)
        self.group_line = QLabel(self.group_row)
        self.group_line.setObjectName(u"group_line")
        self.group_line.setWordWrap(True)

        self.group_row_layout.addWidget(self.group_line)

        self.group_button = QPushButton(self.group_row)
        self.group_button.setObjectName(u"group_button")

        self.group_row_layout.addWidget(self.group_button)

        self.group_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.group_row_layout.addItem(self.group_row_spacer)


        self.dossier_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.group_row)

        self.title_label = QLabel(self.dossier_page)
        self.title_label.setObjectName(u"title_label")

        self.dossier_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.dossier_page)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setClearButtonEnabled(False)

        self.dossier_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.status_label = QLabel(self.dossier_page)
        self.status_label.setObjectName(u"status_label")

        self.dossier_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.dossier_page)
        self.status_combo.setObjectName(u"status_combo")
        sizePolicy2.setHeightForWidth(self.status_combo.sizePolicy().hasHeightForWidth())
        self.status_combo.setSizePolicy(sizePolicy2)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.dossier_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.owner_label = QLabel(self.dossier_page)
        self.owner_label.setObjectName(u"owner_label")

        self.dossier_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_edit = QLineEdit(self.dossier_page)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(200)

        self.dossier_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_edit)

        self.organisations_label = QLabel(self.dossier_page)
        self.organisations_label.setObjectName(u"organisations_label")
        self.organisations_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.dossier_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisations_label)

        self.organisations_list = QListWidget(self.dossier_page)
        self.organisations_list.setObjectName(u"organisations_list")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.organisations_list.sizePolicy().hasHeightForWidth())
        self.organisations_list.setSizePolicy(sizePolicy3)
        self.organisations_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.organisations_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.organisations_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dossier_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisations_list)

        self.regulation_label = QLabel(self.dossier_page)
        self.regulation_label.setObjectName(u"regulation_label")

        self.dossier_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.regulation_label)

        self.regulation_edit = QLineEdit(self.dossier_page)
        self.regulation_edit.setObjectName(u"regulation_edit")
        self.regulation_edit.setMaxLength(200)

        self.dossier_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.regulation_edit)

        self.article_label = QLabel(self.dossier_page)
        self.article_label.setObjectName(u"article_label")

        self.dossier_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.article_label)

        self.article_edit = QLineEdit(self.dossier_page)
        self.article_edit.setObjectName(u"article_edit")
        self.article_edit.setMaxLength(200)

        self.dossier_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.article_edit)

        self.deviation_article_label = QLabel(self.dossier_page)
        self.deviation_article_label.setObjectName(u"deviation_article_label")

        self.dossier_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.deviation_article_label)

        self.deviation_article_edit = QLineEdit(self.dossier_page)
        self.deviation_article_edit.setObjectName(u"deviation_article_edit")
        self.deviation_article_edit.setMaxLength(200)

        self.dossier_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deviation_article_edit)

        self.dossier_scroll.setWidget(self.dossier_page)

        self.dossier_tab_layout.addWidget(self.dossier_scroll)

        self.tabs.addTab(self.dossier_tab, "")
        self.subject_tab = QWidget()
        self.subject_tab.setObjectName(u"subject_tab")
        self.subject_tab_layout = QVBoxLayout(self.subject_tab)
        self.subject_tab_layout.setObjectName(u"subject_tab_layout")
        self.subject_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.subject_scroll = QScrollArea(self.subject_tab)
        self.subject_scroll.setObjectName(u"subject_scroll")
        self.subject_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.subject_scroll.setWidgetResizable(True)
        self.subject_page = QWidget()
        self.subject_page.setObjectName(u"subject_page")
        self.subject_page_layout = QVBoxLayout(self.subject_page)
        self.subject_page_layout.setObjectName(u"subject_page_layout")
        self.subject_hint_label = QLabel(self.subject_page)
        self.subject_hint_label.setObjectName(u"subject_hint_label")
        self.subject_hint_label.setWordWrap(True)

        self.subject_page_layout.addWidget(self.subject_hint_label)

        self.subject_form = QFormLayout()
        self.subject_form.setObjectName(u"subject_form")
        self.subject_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subject_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_label = QLabel(self.subject_page)
        self.kind_label.setObjectName(u"kind_label")

        self.subject_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QWidget(self.subject_page)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_box_layout = QHBoxLayout(self.kind_box)
        self.kind_box_layout.setObjectName(u"kind_box_layout")
        self.kind_box_layout.setContentsMargins(0, 0, 0, 0)
        self.person_radio = QRadioButton(self.kind_box)
        self.person_radio.setObjectName(u"person_radio")
        self.person_radio.setChecked(True)

        self.kind_box_layout.addWidget(self.person_radio)

        self.business_radio = QRadioButton(self.kind_box)
        self.business_radio.setObjectName(u"business_radio")

        self.kind_box_layout.addWidget(self.business_radio)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_box_layout.addItem(self.kind_spacer)


        self.subject_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.name_label = QLabel(self.subject_page)
        self.name_label.setObjectName(u"name_label")

        self.subject_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.subject_page)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.subject_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.bsn_label = QLabel(self.subject_page)
        self.bsn_label.setObjectName(u"bsn_label")

        self.subject_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bsn_label)

        self.bsn_box = QWidget(self.subject_page)
        self.bsn_box.setObjectName(u"bsn_box")
        self.bsn_box_layout = QVBoxLayout(self.bsn_box)
        self.bsn_box_layout.setObjectName(u"bsn_box_layout")
        self.bsn_box_layout.setContentsMargins(0, 0, 0, 0)
        self.bsn_row_layout = QHBoxLayout()
        self.bsn_row_layout.setObjectName(u"bsn_row_layout")
        self.bsn_row_layout.setContentsMargins(0, 0, 0, 0)
        self.bsn_edit = QLineEdit(self.bsn_box)
        self.bsn_edit.setObjectName(u"bsn_edit")
        sizePolicy2.setHeightForWidth(self.bsn_edit.sizePolicy().hasHeightForWidth())
        self.bsn_edit.setSizePolicy(sizePolicy2)
        self.bsn_edit.setMaxLength(20)

        self.bsn_row_layout.addWidget(self.bsn_edit)

        self.bsn_show_button = QPushButton(self.bsn_box)
        self.bsn_show_button.setObjectName(u"bsn_show_button")
        self.bsn_show_button.setCheckable(True)

        self.bsn_row_layout.addWidget(self.bsn_show_button)

        self.bsn_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bsn_row_layout.addItem(self.bsn_spacer)


        self.bsn_box_layout.addLayout(self.bsn_row_layout)

        self.bsn_message_label = QLabel(self.bsn_box)
        self.bsn_message_label.setObjectName(u"bsn_message_label")
        self.bsn_message_label.setWordWrap(True)

        self.bsn_box_layout.addWidget(self.bsn_message_label)


        self.subject_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bsn_box)

        self.kvk_label = QLabel(self.subject_page)
        self.kvk_label.setObjectName(u"kvk_label")

        self.subject_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kvk_label)

        self.kvk_edit = QLineEdit(self.subject_page)
        self.kvk_edit.setObjectName(u"kvk_edit")
        sizePolicy2.setHeightForWidth(self.kvk_edit.sizePolicy().hasHeightForWidth())
        self.kvk_edit.setSizePolicy(sizePolicy2)
        self.kvk_edit.setMaxLength(20)

        self.subject_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kvk_edit)

        self.birth_date_label = QLabel(self.subject_page)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.subject_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_box = QWidget(self.subject_page)
        self.birth_date_box.setObjectName(u"birth_date_box")
        self.birth_date_box_layout = QHBoxLayout(self.birth_date_box)
        self.birth_date_box_layout.setObjectName(u"birth_date_box_layout")
        self.birth_date_box_layout.setContentsMargins(0, 0, 0, 0)
        self.birth_date_edit = QDateEdit(self.birth_date_box)
        self.birth_date_edit.setObjectName(u"birth_date_edit")
        self.birth_date_edit.setCalendarPopup(True)

        self.birth_date_box_layout.addWidget(self.birth_date_edit)

        self.birth_date_clear_button = QPushButton(self.birth_date_box)
        self.birth_date_clear_button.setObjectName(u"birth_date_clear_button")

        self.birth_date_box_layout.addWidget(self.birth_date_clear_button)

        self.birth_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birth_date_box_layout.addItem(self.birth_date_spacer)


        self.subject_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date_box)

        self.contact_label = QLabel(self.subject_page)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.subject_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_edit = QPlainTextEdit(self.subject_page)
        self.contact_edit.setObjectName(u"contact_edit")
        self.contact_edit.setTabChangesFocus(True)

        self.subject_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_edit)

        self.household_label = QLabel(self.subject_page)
        self.household_label.setObjectName(u"household_label")
        self.household_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.subject_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.household_label)

        self.household_edit = QPlainTextEdit(self.subject_page)
        self.household_edit.setObjectName(u"household_edit")
        self.household_edit.setTabChangesFocus(True)

        self.subject_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.household_edit)


        self.subject_page_layout.addLayout(self.subject_form)

        self.subject_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.subject_page_layout.addItem(self.subject_spacer)

        self.subject_scroll.setWidget(self.subject_page)

        self.subject_tab_layout.addWidget(self.subject_scroll)

        self.tabs.addTab(self.subject_tab, "")
        self.knelpunt_tab = QWidget()
        self.knelpunt_tab.setObjectName(u"knelpunt_tab")
        self.knelpunt_tab_layout = QVBoxLayout(self.knelpunt_tab)
        self.knelpunt_tab_layout.setObjectName(u"knelpunt_tab_layout")
        self.knelpunt_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.knelpunt_scroll = QScrollArea(self.knelpunt_tab)
        self.knelpunt_scroll.setObjectName(u"knelpunt_scroll")
        self.knelpunt_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.knelpunt_scroll.setWidgetResizable(True)
        self.knelpunt_page = QWidget()
        self.knelpunt_page.setObjectName(u"knelpunt_page")
        self.knelpunt_page_layout = QVBoxLayout(self.knelpunt_page)
        self.knelpunt_page_layout.setObjectName(u"knelpunt_page_layout")
        self.knelpunt_hint_label = QLabel(self.knelpunt_page)
        self.knelpunt_hint_label.setObjectName(u"knelpunt_hint_label")
        self.knelpunt_hint_label.setWordWrap(True)

        self.knelpunt_page_layout.addWidget(self.knelpunt_hint_label)

        self.generic_outcome_label = QLabel(self.knelpunt_page)
        self.generic_outcome_label.setObjectName(u"generic_outcome_label")

        self.knelpunt_page_layout.addWidget(self.generic_outcome_label)

        self.generic_outcome_edit = QPlainTextEdit(self.knelpunt_page)
        self.generic_outcome_edit.setObjectName(u"generic_outcome_edit")
        self.generic_outcome_edit.setTabChangesFocus(True)

        self.knelpunt_page_layout.addWidget(self.generic_outcome_edit)

        self.knelpunt_label = QLabel(self.knelpunt_page)
        self.knelpunt_label.setObjectName(u"knelpunt_label")

        self.knelpunt_page_layout.addWidget(self.knelpunt_label)

        self.knelpunt_edit = QPlainTextEdit(self.knelpunt_page)
        self.knelpunt_edit.setObjectName(u"knelpunt_edit")
        self.knelpunt_edit.setTabChangesFocus(True)

        self.knelpunt_page_layout.addWidget(self.knelpunt_edit)

        self.request_label = QLabel(self.knelpunt_page)
        self.request_label.setObjectName(u"request_label")

        self.knelpunt_page_layout.addWidget(self.request_label)

        self.request_edit = QPlainTextEdit(self.knelpunt_page)
        self.request_edit.setObjectName(u"request_edit")
        self.request_edit.setTabChangesFocus(True)

        self.knelpunt_page_layout.addWidget(self.request_edit)

        self.knelpunt_scroll.setWidget(self.knelpunt_page)

        self.knelpunt_tab_layout.addWidget(self.knelpunt_scroll)

        self.tabs.addTab(self.knelpunt_tab, "")
        self.doen_tab = QWidget()
        self.doen_tab.setObjectName(u"doen_tab")
        self.doen_tab_layout = QVBoxLayout(self.doen_tab)
        self.doen_tab_layout.setObjectName(u"doen_tab_layout")
        self.doen_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.doen_scroll = QScrollArea(self.doen_tab)
        self.doen_scroll.setObjectName(u"doen_scroll")
        self.doen_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.doen_scroll.setWidgetResizable(True)
        self.doen_page = QWidget()
        self.doen_page.setObjectName(u"doen_page")
        self.doen_page_layout = QVBoxLayout(self.doen_page)
        self.doen_page_layout.setObjectName(u"doen_page_layout")
        self.doen_hint_label = QLabel(self.doen_page)
        self.doen_hint_label.setObjectName(u"doen_hint_label")
        self.doen_hint_label.setWordWrap(True)

        self.doen_page_layout.addWidget(self.doen_hint_label)

        self.doen_context_label = QLabel(self.doen_page)
        self.doen_context_label.setObjectName(u"doen_context_label")
        self.doen_context_label.setWordWrap(True)

        self.doen_page_layout.addWidget(self.doen_context_label)

        self.dimensions_group = QGroupBox(self.doen_page)
        self.dimensions_group.setObjectName(u"dimensions_group")
        self.dimensions_grid = QGridLayout(self.dimensions_group)
        self.dimensions_grid.setObjectName(u"dimensions_grid")

        self.doen_page_layout.addWidget(self.dimensions_group)

        self.stressors_group = QGroupBox(self.doen_page)
        self.stressors_group.setObjectName(u"stressors_group")
        self.stressors_grid = QGridLayout(self.stressors_group)
        self.stressors_grid.setObjectName(u"stressors_grid")

        self.doen_page_layout.addWidget(self.stressors_group)

        self.support_label = QLabel(self.doen_page)
        self.support_label.setObjectName(u"support_label")

        self.doen_page_layout.addWidget(self.support_label)

        self.support_edit = QPlainTextEdit(self.doen_page)
        self.support_edit.setObjectName(u"support_edit")
        self.support_edit.setTabChangesFocus(True)

        self.doen_page_layout.addWidget(self.support_edit)

        self.doen_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doen_page_layout.addItem(self.doen_spacer)

        self.doen_scroll.setWidget(self.doen_page)

        self.doen_tab_layout.addWidget(self.doen_scroll)

        self.tabs.addTab(self.doen_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_tab_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_tab_layout.setObjectName(u"timeline_tab_layout")
        self.timeline_hint_label = QLabel(self.timeline_tab)
        self.timeline_hint_label.setObjectName(u"timeline_hint_label")
        self.timeline_hint_label.setWordWrap(True)

        self.timeline_tab_layout.addWidget(self.timeline_hint_label)

        self.timeline_view = QTableView(self.timeline_tab)
        self.timeline_view.setObjectName(u"timeline_view")
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.verticalHeader().setVisible(False)

        self.timeline_tab_layout.addWidget(self.timeline_view)

        self.timeline_buttons_layout = QHBoxLayout()
        self.timeline_buttons_layout.setObjectName(u"timeline_buttons_layout")
        self.timeline_add_button = QPushButton(self.timeline_tab)
        self.timeline_add_button.setObjectName(u"timeline_add_button")

        self.timeline_buttons_layout.addWidget(self.timeline_add_button)

        self.timeline_remove_button = QPushButton(self.timeline_tab)
        self.timeline_remove_button.setObjectName(u"timeline_remove_button")

        self.timeline_buttons_layout.addWidget(self.timeline_remove_button)

        self.timeline_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeline_buttons_layout.addItem(self.timeline_buttons_spacer)


        self.timeline_tab_layout.addLayout(self.timeline_buttons_layout)

        self.tabs.addTab(self.timeline_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_tab_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_tab_layout.setObjectName(u"attachments_tab_layout")
        self.attachments_hint_label = QLabel(self.attachments_tab)
        self.attachments_hint_label.setObjectName(u"attachments_hint_label")
        self.attachments_hint_label.setWordWrap(True)

        self.attachments_tab_layout.addWidget(self.attachments_hint_label)

        self.attachments_view = QTableView(self.attachments_tab)
        self.attachments_view.setObjectName(u"attachments_view")
        self.attachments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments_view.setAlternatingRowColors(True)
        self.attachments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments_view.setWordWrap(False)
        self.attachments_view.verticalHeader().setVisible(False)

        self.attachments_tab_layout.addWidget(self.attachments_view)

        self.attachments_buttons_layout = QHBoxLayout()
        self.attachments_buttons_layout.setObjectName(u"attachments_buttons_layout")
        self.attachments_add_button = QPushButton(self.attachments_tab)
        self.attachments_add_button.setObjectName(u"attachments_add_button")

        self.attachments_buttons_layout.addWidget(self.attachments_add_button)

        self.attachments_open_button = QPushButton(self.attachments_tab)
        self.attachments_open_button.setObjectName(u"attachments_open_button")

        self.attachments_buttons_layout.addWidget(self.attachments_open_button)

        self.attachments_remove_button = QPushButton(self.attachments_tab)
        self.attachments_remove_button.setObjectName(u"attachments_remove_button")

        self.attachments_buttons_layout.addWidget(self.attachments_remove_button)

        self.attachments_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachments_buttons_layout.addItem(self.attachments_buttons_spacer)


        self.attachments_tab_layout.addLayout(self.attachments_buttons_layout)

        self.tabs.addTab(self.attachments_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_tab_layout = QVBoxLayout(self.notes_tab)
        self.notes_tab_layout.setObjectName(u"notes_tab_layout")
        self.notes_label = QLabel(self.notes_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_tab_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(self.notes_tab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.notes_tab_layout.addWidget(self.notes_edit)

        self.tabs.addTab(self.notes_tab, "")

        self.steps_layout.addWidget(self.tabs)


        self.root_layout.addLayout(self.steps_layout)

#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference_edit)
        self.title_label.setBuddy(self.title_edit)
        self.status_label.setBuddy(self.status_combo)
        self.owner_label.setBuddy(self.owner_edit)
        self.organisations_label.setBuddy(self.organisations_list)
        self.regulation_label.setBuddy(self.regulation_edit)
        self.article_label.setBuddy(self.article_edit)
        self.deviation_article_label.setBuddy(self.deviation_article_edit)
        self.name_label.setBuddy(self.name_edit)
        self.bsn_label.setBuddy(self.bsn_edit)
        self.kvk_label.setBuddy(self.kvk_edit)
        self.birth_date_label.setBuddy(self.birth_date_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.household_label.setBuddy(self.household_edit)
        self.generic_outcome_label.setBuddy(self.generic_outcome_edit)
        self.knelpunt_label.setBuddy(self.knelpunt_edit)
        self.request_label.setBuddy(self.request_edit)
        self.support_label.setBuddy(self.support_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.step_list, self.tabs)
        QWidget.setTabOrder(self.tabs, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.organisations_list)
        QWidget.setTabOrder(self.organisations_list, self.regulation_edit)
        QWidget.setTabOrder(self.regulation_edit, self.article_edit)
        QWidget.setTabOrder(self.article_edit, self.deviation_article_edit)
        QWidget.setTabOrder(self.deviation_article_edit, self.person_radio)
        QWidget.setTabOrder(self.person_radio, self.business_radio)
        QWidget.setTabOrder(self.business_radio, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.bsn_edit)
        QWidget.setTabOrder(self.bsn_edit, self.bsn_show_button)
        QWidget.setTabOrder(self.bsn_show_button, self.kvk_edit)
        QWidget.setTabOrder(self.kvk_edit, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.birth_date_clear_button)
        QWidget.setTabOrder(self.birth_date_clear_button, self.contact_edit)
        QWidget.setTabOrder(self.contact_edit, self.household_edit)
        QWidget.setTabOrder(self.household_edit, self.generic_outcome_edit)
        QWidget.setTabOrder(self.generic_outcome_edit, self.knelpunt_edit)
        QWidget.setTabOrder(self.knelpunt_edit, self.request_edit)
        QWidget.setTabOrder(self.request_edit, self.support_edit)
        QWidget.setTabOrder(self.support_edit, self.timeline_view)
        QWidget.setTabOrder(self.timeline_view, self.timeline_add_button)
        QWidget.setTabOrder(self.timeline_add_button, self.timeline_remove_button)
        QWidget.setTabOrder(self.timeline_remove_button, self.attachments_view)
        QWidget.setTabOrder(self.attachments_view, self.attachments_add_button)
        QWidget.setTabOrder(self.attachments_add_button, self.attachments_open_button)
        QWidget.setTabOrder(self.attachments_open_button, self.attachments_remove_button)
        QWidget.setTabOrder(self.attachments_remove_button, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(DossierEditor)

        self.save_button.setDefault(False)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierEditor)
    # setupUi

    def retranslateUi(self, DossierEditor):
        DossierEditor.setWindowTitle(QCoreApplication.translate("DossierEditor", u"Dossier", None))
        self.heading_label.setText(QCoreApplication.translate("DossierEditor", u"Nieuw dossier", None))
        self.state_label.setText(QCoreApplication.translate("DossierEditor", u"Nog niet opgeslagen", None))
        self.next_step_label.setText("")
#if QT_CONFIG(accessibility)
        self.next_step_label.setAccessibleName(QCoreApplication.translate("DossierEditor", u"Volgende stap", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Zet alle velden terug zoals ze de laatste keer zijn opgeslagen.", None))
#endif // QT_CONFIG(tooltip)
        self.revert_button.setText(QCoreApplication.translate("DossierEditor", u"Wijzigingen terugdraaien", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Sla het dossier op.", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("DossierEditor", u"Opslaan", None))
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.step_list.setAccessibleName(QCoreApplication.translate("DossierEditor", u"Stappen van het dossier", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.step_list.setToolTip(QCoreApplication.translate("DossierEditor", u"De stappen van het dossier, van boven naar beneden: \u2713 klaar, ! aandacht nodig, \u25cb nog open.", None))
#endif // QT_CONFIG(tooltip)
        self.reference_label.setText(QCoreApplication.translate("DossierEditor", u"Kenmerk:", None))
#if QT_CONFIG(tooltip)
        self.reference_edit.setToolTip(QCoreApplication.translate("DossierEditor", u"Het kenmerk krijgt het dossier bij de eerste keer opslaan.", None))
#endif // QT_CONFIG(tooltip)
        self.reference_edit.setText(QCoreApplication.translate("DossierEditor", u"nieuw", None))
        self.group_line.setText("")
#if QT_CONFIG(tooltip)
        self.group_button.setToolTip(QCoreApplication.translate("DossierEditor", u"De groep openen: het gedeelde knelpunt, het groepsbesluit en de controle van elk lid", None))
#endif // QT_CONFIG(tooltip)
        self.group_button.setText(QCoreApplication.translate("DossierEditor", u"Naar &de groep\u2026", None))
        self.title_label.setText(QCoreApplication.translate("DossierEditor", u"&Titel:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Korte omschrijving, bijv. 'Terugvordering huurtoeslag na scheiding'", None))
        self.status_label.setText(QCoreApplication.translate("DossierEditor", u"&Status:", None))
        self.owner_label.setText(QCoreApplication.translate("DossierEditor", u"Casus-&eigenaar:", None))
        self.owner_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Wie is verantwoordelijk voor dit dossier? Naam of gebruikersnaam", None))
        self.organisations_label.setText(QCoreApplication.translate("DossierEditor", u"Betrokken &organisaties:", None))
#if QT_CONFIG(tooltip)
        self.organisations_list.setToolTip(QCoreApplication.translate("DossierEditor", u"Vink de organisaties aan die bij deze casus betrokken zijn (spatiebalk om aan of uit te vinken).", None))
#endif // QT_CONFIG(tooltip)
        self.regulation_label.setText(QCoreApplication.translate("DossierEditor", u"&Regeling:", None))
        self.regulation_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Om welke wet of regeling gaat het? Bijv. Participatiewet", None))
        self.article_label.setText(QCoreApplication.translate("DossierEditor", u"&Artikel van de algemene regel:", None))
        self.article_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Op welk artikel rust de generieke uitkomst? Bijv. art. 58 lid 1", None))
        self.deviation_article_label.setText(QCoreApplication.translate("DossierEditor", u"Artikel voor de a&fwijking (hardheidsclausule):", None))
        self.deviation_article_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Welke bepaling laat afwijken toe? Bijv. art. 58 lid 8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dossier_tab), QCoreApplication.translate("DossierEditor", u"Dossier", None))
        self.subject_hint_label.setText(QCoreApplication.translate("DossierEditor", u"Leg alleen vast wat u voor deze casus nodig hebt.", None))
        self.kind_label.setText(QCoreApplication.translate("DossierEditor", u"Soort:", None))
        self.person_radio.setText(QCoreApplication.translate("DossierEditor", u"&Persoon", None))
        self.business_radio.setText(QCoreApplication.translate("DossierEditor", u"&Onderneming", None))
        self.name_label.setText(QCoreApplication.translate("DossierEditor", u"&Naam:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Naam van de persoon of van de onderneming", None))
        self.bsn_label.setText(QCoreApplication.translate("DossierEditor", u"B&SN:", None))
        self.bsn_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"9 cijfers", None))
#if QT_CONFIG(tooltip)
        self.bsn_show_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Toon het volledige BSN om het te lezen of te wijzigen.", None))
#endif // QT_CONFIG(tooltip)
        self.bsn_show_button.setText(QCoreApplication.translate("DossierEditor", u"&Tonen", None))
        self.bsn_message_label.setText("")
        self.kvk_label.setText(QCoreApplication.translate("DossierEditor", u"KvK-nu&mmer:", None))
        self.kvk_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"8 cijfers", None))
        self.birth_date_label.setText(QCoreApplication.translate("DossierEditor", u"&Geboortedatum:", None))
#if QT_CONFIG(tooltip)
        self.birth_date_edit.setToolTip(QCoreApplication.translate("DossierEditor", u"Typ de datum als dd-mm-jjjj of kies hem in de kalender.", None))
#endif // QT_CONFIG(tooltip)
        self.birth_date_edit.setDisplayFormat(QCoreApplication.translate("DossierEditor", u"dd-MM-yyyy", None))
#if QT_CONFIG(tooltip)
        self.birth_date_clear_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Maak de geboortedatum leeg.", None))
#endif // QT_CONFIG(tooltip)
        self.birth_date_clear_button.setText(QCoreApplication.translate("DossierEditor", u"W&issen", None))
        self.contact_label.setText(QCoreApplication.translate("DossierEditor", u"&Contactgegevens:", None))
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Telefoon, e-mail of adres, en hoe de betrokkene het liefst bereikt wordt", None))
        self.household_label.setText(QCoreApplication.translate("DossierEditor", u"H&uishouden:", None))
        self.household_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Samenstelling van het huishouden, voor zover van belang. Bijv. alleenstaande ouder met twee schoolgaande kinderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.subject_tab), QCoreApplication.translate("DossierEditor", u"Betrokkene", None))
        self.knelpunt_hint_label.setText(QCoreApplication.translate("DossierEditor", u"Beschrijf de feiten in gewone woorden. Deze tekst is de basis voor het voorstel en de motivering.", None))
        self.generic_outcome_label.setText(QCoreApplication.translate("DossierEditor", u"Wat levert de &generieke regel op?", None))
        self.generic_outcome_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Wat betekent de regel, zoals die normaal wordt toegepast, voor deze burger? Bijv. terugvordering van \u20ac 4.200 in \u00e9\u00e9n keer.", None))
        self.knelpunt_label.setText(QCoreApplication.translate("DossierEditor", u"Waarom k&nelt dat?", None))
        self.knelpunt_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Waarom pakt de regel hier onredelijk uit? Beschrijf de gevolgen voor deze burger.", None))
        self.request_label.setText(QCoreApplication.translate("DossierEditor", u"Wat &vraagt de burger?", None))
        self.request_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Wat vraagt de burger of ondernemer precies? Gebruik zo veel mogelijk diens eigen woorden.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.knelpunt_tab), QCoreApplication.translate("DossierEditor", u"Knelpunt", None))
        self.doen_hint_label.setText(QCoreApplication.translate("DossierEditor", u"Beschrijf wat u ziet; dit is geen oordeel over de persoon.", None))
        self.doen_context_label.setText(QCoreApplication.translate("DossierEditor", u"Doenvermogen is het vermogen om te doen wat nodig is. Het kan bij iedereen tijdelijk lager zijn, bijvoorbeeld door stress of een ingrijpende gebeurtenis.", None))
        self.dimensions_group.setTitle(QCoreApplication.translate("DossierEditor", u"Wat ziet u bij de vijf onderdelen?", None))
        self.stressors_group.setTitle(QCoreApplication.translate("DossierEditor", u"Omstandigheden die nu spelen", None))
        self.support_label.setText(QCoreApplication.translate("DossierEditor", u"Aanwezige &ondersteuning:", None))
        self.support_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Wie helpt er al? Bijv. netwerk, bewindvoerder, wijkteam, maatschappelijk werk", None))
        self.tabs.setTabText(self.tabs.indexOf(self.doen_tab), QCoreApplication.translate("DossierEditor", u"Doenvermogen", None))
        self.timeline_hint_label.setText(QCoreApplication.translate("DossierEditor", u"Sla het dossier eerst op om de tijdlijn bij te houden.", None))
        self.timeline_add_button.setText(QCoreApplication.translate("DossierEditor", u"&Toevoegen\u2026", None))
        self.timeline_remove_button.setText(QCoreApplication.translate("DossierEditor", u"&Verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), QCoreApplication.translate("DossierEditor", u"Tijdlijn", None))
        self.attachments_hint_label.setText(QCoreApplication.translate("DossierEditor", u"Sla het dossier eerst op om bijlagen toe te voegen.", None))
        self.attachments_add_button.setText(QCoreApplication.translate("DossierEditor", u"&Toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachments_open_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Open de bijlage met het programma dat daarvoor op deze computer is ingesteld.", None))
#endif // QT_CONFIG(tooltip)
        self.attachments_open_button.setText(QCoreApplication.translate("DossierEditor", u"&Openen", None))
        self.attachments_remove_button.setText(QCoreApplication.translate("DossierEditor", u"&Verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("DossierEditor", u"Bijlagen", None))
        self.notes_label.setText(QCoreApplication.translate("DossierEditor", u"&Notities:", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"Vrije aantekeningen bij dit dossier: afspraken, idee\u00ebn, wat nog moet gebeuren.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), QCoreApplication.translate("DossierEditor", u"Notities", None))
    # retranslateUi

