"""Pointing the caseworker at what is wrong: a banner, a red frame, the field in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QWidget

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, dutch_number
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.dossier_editor.form import DossierForm


class Problems:
    """At most one problem is shown at a time: the banner text and one marked widget."""

    def __init__(self, form: DossierForm, calls: ServiceCaller) -> None:
        self._form = form
        self._calls = calls
        self._invalid_widget: QWidget | None = None

    def is_marked(self, widget: QWidget) -> bool:
        return widget is self._invalid_widget

    def show(self, widget: QWidget | None, message: str) -> None:
        self.clear()
        label = self._form.ui.message_label
        label.setText(message)
        label.show()
        if widget is not None:
            self._invalid_widget = widget
            widget.setProperty("invalid", True)
            widget.setStyleSheet(f"{type(widget).__name__} {{ {theme.invalid_border()} }}")

    def clear(self) -> None:
        label = self._form.ui.message_label
        label.hide()
        label.clear()
        widget = self._invalid_widget
        if widget is not None:
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            self._invalid_widget = None

    def warn_if_too_long(self, edit: QPlainTextEdit) -> None:
        if edit.document().characterCount() - 1 > LONG_TEXT_LIMIT:
            limit = dutch_number(LONG_TEXT_LIMIT)  # Dutch notation in any language
            self.show(
                edit,
                QCoreApplication.translate(
                    "Problems",
                    "Deze tekst is te lang: maximaal {} tekens. Kort hem in of voeg het stuk als "
                    "bijlage toe.",
                ).format(limit),
            )

    def point_at(self, error: ValidationError) -> None:
        """Show `error` at its field: the right tab, scrolled into view, with the focus."""
        form = self._form
        widget = form.widget_for_field(error.field)
        where = self._place_of(widget) if widget is not None else ""
        message = shown_sentence(error.message)
        self.show(widget, f"{where}: {message}" if where else message)
        if widget is None:
            self._calls.warn(QCoreApplication.translate("Problems", "Niet opgeslagen"), message)
            return
        if widget is form.ui.bsn_edit and form.bsn.is_masked():
            form.bsn.reveal()
        tabs = form.ui.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page.isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                break
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_of(self, widget: QWidget) -> str:
        """'Betrokkene › BSN': the tab and the label of a field, for messages."""
        tabs = self._form.ui.tabs
        tab = next(
            (tabs.tabText(i) for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)),
            "",
        )
        labels = self._form.host.findChildren(QLabel)
        label = next((lb for lb in labels if lb.buddy() is widget), None)
        if label is None:
            for combo, note in self._form.dimension_widgets.values():
                if note is widget:
                    label = next(lb for lb in labels if lb.buddy() is combo)
        name = label.text().replace("&", "").rstrip(":?").strip() if label is not None else ""
        return " › ".join(part for part in (tab, name) if part)
