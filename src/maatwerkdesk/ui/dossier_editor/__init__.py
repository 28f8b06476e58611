"""The dossier editor: one maatwerk dossier, read and written top-down in tabs."""

from maatwerkdesk.ui.dossier_editor.editor import DossierEditor

__all__ = ["DossierEditor"]
