"""Building the parts of the dossier form that Designer cannot: choices, grid, looks, tab order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
)
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_editor.presentation import TAKEN_AROUND_TABS, with_mnemonic
from maatwerkdesk.ui.forms.ui_dossier_editor import Ui_DossierEditor

DimensionWidgets = dict[DoenDimension, tuple[QComboBox, QPlainTextEdit]]
StressorBoxes = dict[Stressor, QCheckBox]


def fill_choices(ui: Ui_DossierEditor) -> None:
    """Status and organisation choices, and the length limit of the short texts."""
    for status in DossierStatus:
        ui.status_combo.addItem(shown_label(status), status.value)
    for organisation in Organisation:
        item = QListWidgetItem(shown_label(organisation))
        item.setData(Qt.ItemDataRole.UserRole, organisation.value)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        ui.organisations_list.addItem(item)
    for edit in (
        ui.title_edit,
        ui.owner_edit,
        ui.regulation_edit,
        ui.article_edit,
        ui.deviation_article_edit,
        ui.name_edit,
    ):
        edit.setMaxLength(SHORT_TEXT_LIMIT)


def build_doenvermogen(ui: Ui_DossierEditor) -> tuple[DimensionWidgets, StressorBoxes]:
    """The grid of dimensions (observation and note) and the stressor check boxes."""
    grid = ui.dimensions_grid
    used = {"o", *TAKEN_AROUND_TABS}  # 'Aanwezige &ondersteuning'
    headings = (
        QCoreApplication.translate("DossierEditor", "Onderdeel"),
        QCoreApplication.translate("DossierEditor", "Wat ziet u?"),
        QCoreApplication.translate("DossierEditor", "Toelichting"),
    )
    for column, heading in enumerate(headings):
        label = QLabel(heading, ui.dimensions_group)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        grid.addWidget(label, 0, column)
    dimension_widgets: DimensionWidgets = {}
    for row, dimension in enumerate(DoenDimension, start=1):
        label = QLabel(with_mnemonic(shown_label(dimension), used), ui.dimensions_group)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        combo = QComboBox(ui.dimensions_group)
        combo.setObjectName(f"doen_{dimension.value}_observation")
        for observation in DoenObservation:
            combo.addItem(shown_label(observation), observation.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(
            QCoreApplication.translate("DossierEditor", "{}: wat ziet u?").format(
                shown_label(dimension)
            )
        )
        note = QPlainTextEdit(ui.dimensions_group)
        note.setObjectName(f"doen_{dimension.value}_note")
        note.setTabChangesFocus(True)
        note.setPlaceholderText(
            QCoreApplication.translate("DossierEditor", "Wat hebt u gezien of gehoord?")
        )
        note.setAccessibleName(
            QCoreApplication.translate("DossierEditor", "{}: toelichting").format(
                shown_label(dimension)
            )
        )
        set_lines(note, 2, 4)
        label.setBuddy(combo)
        grid.addWidget(label, row, 0)
        grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(note, row, 2)
        dimension_widgets[dimension] = (combo, note)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 3)

    columns = 2
    hint = QLabel(
        QCoreApplication.translate(
            "DossierEditor", "Vink aan wat nu speelt. Dit zijn omstandigheden, geen diagnose."
        ),
        ui.stressors_group,
    )
    hint.setWordWrap(True)
    ui.stressors_grid.addWidget(hint, 0, 0, 1, columns)
    stressors = list(Stressor)
    per_column = -(-len(stressors) // columns)
    stressor_boxes: StressorBoxes = {}
    for index, stressor in enumerate(stressors):
        box = QCheckBox(with_mnemonic(shown_label(stressor), used), ui.stressors_group)
        box.setObjectName(f"stressor_{stressor.value}")
        ui.stressors_grid.addWidget(box, 1 + index % per_column, index // per_column)
        stressor_boxes[stressor] = box
    return dimension_widgets, stressor_boxes


def apply_looks(ui: Ui_DossierEditor) -> None:
    """Fonts, the problem banner's frame, and text field heights in lines."""
    font = ui.heading_label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    ui.heading_label.setFont(font)
    ui.message_label.setStyleSheet(
        f"QLabel#message_label {{ {theme.invalid_border(1)} border-left-width: 5px;"
        " padding: 4px; }"
    )
    font = ui.doen_hint_label.font()
    font.setBold(True)
    ui.doen_hint_label.setFont(font)
    set_lines(ui.contact_edit, 2, 4)
    set_lines(ui.household_edit, 2, 4)
    set_lines(ui.generic_outcome_edit, 4)
    set_lines(ui.knelpunt_edit, 6)
    set_lines(ui.request_edit, 3)
    set_lines(ui.support_edit, 3, 5)
    set_lines(ui.notes_edit, 8)
    for edit, stretch in (
        (ui.generic_outcome_edit, 2),
        (ui.knelpunt_edit, 3),
        (ui.request_edit, 2),
    ):
        ui.knelpunt_page_layout.setStretchFactor(edit, stretch)
        # Share the room by stretch, down to the minimum in lines; the default size
        # hint (a fixed 192 px) would otherwise force a scroll bar on a normal screen.
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    ui.bsn_edit.setMinimumWidth(ui.bsn_edit.fontMetrics().horizontalAdvance("0" * 14))
    ui.kvk_edit.setMinimumWidth(ui.kvk_edit.fontMetrics().horizontalAdvance("0" * 14))


def set_tab_order(
    ui: Ui_DossierEditor,
    dimension_widgets: DimensionWidgets,
    stressor_boxes: StressorBoxes,
    facts: list[QWidget],
) -> None:
    """Tab through the editor top-down, tab by tab, the generated grid included."""
    chain: list[QWidget] = [
        ui.revert_button,
        ui.save_button,
        ui.tabs,
        ui.reference_edit,
        ui.title_edit,
        ui.status_combo,
        ui.owner_edit,
        ui.organisations_list,
        ui.regulation_edit,
        ui.article_edit,
        ui.deviation_article_edit,
        ui.person_radio,
        ui.business_radio,
        ui.name_edit,
        ui.bsn_edit,
        ui.bsn_show_button,
        ui.kvk_edit,
        ui.birth_date_edit,
        ui.birth_date_clear_button,
        ui.contact_edit,
        ui.household_edit,
        ui.generic_outcome_edit,
        ui.knelpunt_edit,
        ui.request_edit,
        *facts,
    ]
    for combo, note in dimension_widgets.values():
        chain += [combo, note]
    chain += list(stressor_boxes.values())
    chain += [
        ui.support_edit,
        ui.timeline_view,
        ui.timeline_add_button,
        ui.timeline_remove_button,
        ui.attachments_view,
        ui.attachments_add_button,
        ui.attachments_open_button,
        ui.attachments_remove_button,
        ui.notes_edit,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def set_lines(edit: QPlainTextEdit, minimum: int, maximum: int | None = None) -> None:
    """Height in lines of the widget's own font, so it scales with font and screen.

    Without `maximum` the field may grow with the window; with it, the field stays
    compact and scrolls its own text.
    """
    spacing = edit.fontMetrics().lineSpacing()
    margins = edit.contentsMargins()
    chrome = margins.top() + margins.bottom() + 2 * int(edit.document().documentMargin()) + 2
    edit.setMinimumHeight(spacing * minimum + chrome)
    if maximum is not None:
        edit.setMaximumHeight(spacing * maximum + chrome)
