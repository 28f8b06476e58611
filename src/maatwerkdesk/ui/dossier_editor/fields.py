"""Two fields that need more than a plain widget: the masked BSN and a date that may be empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QPushButton

from maatwerkdesk.domain.identifiers import mask_bsn
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.dossier_editor.presentation import BsnState, bsn_feedback
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP


class BsnField(QObject):
    """Keeps the full BSN while the line edit shows it masked, until 'Tonen' is pressed.

    While masked the field is read-only, so nobody edits the dots by accident. An empty
    field is always editable: there is nothing to hide while the number is typed in, and
    when the caseworker leaves the field the number is masked again.
    """

    edited = Signal()

    MASKED_HINT = QT_TRANSLATE_NOOP(
        "BsnField", "Het BSN is verborgen. Kies 'Tonen' om het hele nummer te zien of te wijzigen."
    )

    def __init__(self, edit: QLineEdit, button: QPushButton, message: QLabel) -> None:
        super().__init__(edit)
        self._edit = edit
        self._button = button
        self._message = message
        self._value = ""
        self._typing = False
        self._updating = False
        edit.textChanged.connect(self._on_edit_text_changed)
        edit.editingFinished.connect(self._on_edit_editing_finished)
        button.toggled.connect(self._on_button_toggled)
        edit.installEventFilter(self)
        self._refresh()

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self._typing = False
        self._button.blockSignals(True)
        self._button.setChecked(False)
        self._button.blockSignals(False)
        self._refresh()

    def settle(self) -> None:
        """Stop treating the field as being typed in: mask it unless 'Tonen' is on."""
        self._typing = False
        self._refresh()

    def is_revealed(self) -> bool:
        return self._button.isChecked()

    def is_masked(self) -> bool:
        return self._edit.isReadOnly()

    def reveal(self, revealed: bool = True) -> None:
        self._button.setChecked(revealed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            self._typing = False
            self._show_feedback()
        return False

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        if self._updating or self._edit.isReadOnly():
            return
        self._value = text
        self._typing = True
        self._show_feedback()
        self.edited.emit()

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        self._typing = False
        self._refresh()

    @Slot(bool)
    def _on_button_toggled(self, checked: bool) -> None:
        self._refresh()
        if checked:
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._edit.end(False)

    def _refresh(self) -> None:
        revealed = self._button.isChecked()
        self._button.setText(self.tr("&Verbergen") if revealed else self.tr("&Tonen"))
        masked = not revealed and bool(self._value) and not self._typing
        shown = mask_bsn(self._value) if masked else self._value
        self._updating = True
        try:
            if self._edit.text() != shown:
                self._edit.setText(shown)
            self._edit.setReadOnly(masked)
        finally:
            self._updating = False
        hint = self.tr(self.MASKED_HINT) if masked else ""
        self._edit.setToolTip(hint)
        self._edit.setAccessibleDescription(hint)
        self._show_feedback()

    def _show_feedback(self) -> None:
        feedback = bsn_feedback(self._value, typing=self._typing)
        self._message.setVisible(feedback.state is not BsnState.EMPTY)
        self._message.setText(feedback.message)
        host = self._message.parentWidget()
        assert host is not None  # the message sits in the form, under the field
        palette = host.palette()
        if feedback.state is BsnState.INVALID:
            palette.setColor(QPalette.ColorRole.WindowText, theme.qcolor(theme.current().error))
            font = self._message.font()
            font.setBold(True)
        else:
            font = host.font()
        self._message.setPalette(palette)
        self._message.setFont(font)
        self._message.setProperty("bsn_state", feedback.state.value)


class OptionalDate(QObject):
    """Lets a QDateEdit be empty: the minimum date stands for 'niet ingevuld'.

    Typing a digit into the empty field starts from a neutral date with the day section
    selected, so '15031985' types as 15-03-1985 just as in a filled field.
    """

    EMPTY = QDate(1899, 12, 31)
    EMPTY_TEXT = QT_TRANSLATE_NOOP("OptionalDate", "niet ingevuld")

    def __init__(self, edit: QDateEdit, *, maximum: date | None = None) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.setMinimumDate(self.EMPTY)
        if maximum is not None:
            edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
        edit.setSpecialValueText(self.tr(self.EMPTY_TEXT))
        edit.setDate(self.EMPTY)
        self._calendar = edit.calendarWidget()
        self._calendar.installEventFilter(self)
        edit.installEventFilter(self)

    def value(self) -> date | None:
        current = self._edit.date()
        if current == self.EMPTY or not current.isValid():
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self._edit.setDate(self.EMPTY)
        else:
            self._edit.setDate(QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self._edit.setDate(self.EMPTY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and watched is self._edit
            and self.value() is None
            and isinstance(event, QKeyEvent)
        ):
            if event.text().isdigit():
                self._edit.setDate(QDate(2000, 1, 1))
                self._edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
                self._edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
        elif (
            event.type() == QEvent.Type.Show and watched is self._calendar and self.value() is None
        ):
            # Opening the calendar on an empty field shows this month, not December 1899.
            today = QDate.currentDate()
            self._calendar.setCurrentPage(today.year(), today.month())
        return False
