"""Exports and prints: the decision and the conference pack, previewed before they leave.

Imported only when the caseworker asks for an export: QtPdf and reportlab stay out of the
main window's start-up.
"""

from maatwerkdesk.ui.export.actions import ExportActions

__all__ = ["ExportActions"]
