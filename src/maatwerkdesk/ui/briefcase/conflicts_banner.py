"""A line above a dossier that was changed on a laptop and in the team database, with the
way to the resolver."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from maatwerkdesk.domain.sync_conflicts import SyncConflict
from maatwerkdesk.palette import Meaning
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import allow_long_words


def conflicts_line(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "ConflictsBanner",
            "Eén onderdeel van dit dossier is onderweg en in de teamdatabase verschillend "
            "gewijzigd. Het dossier toont de versie van de teamdatabase; die van de laptop is "
            "bewaard. Kies per onderdeel welke blijft.",
        )
    return QCoreApplication.translate(
        "ConflictsBanner",
        "{} onderdelen van dit dossier zijn onderweg en in de teamdatabase verschillend "
        "gewijzigd. Het dossier toont de versie van de teamdatabase; die van de laptop is "
        "bewaard. Kies per onderdeel welke blijft.",
    ).format(count)


class ConflictsBanner(QFrame):
    """Signal: `resolve_requested` when "Kiezen…" is pressed."""

    resolve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_banner")
        # The colleague notice's yellow (ui/colleague_changes.py), on a frame with a button.
        self.setStyleSheet(theme.banner("QFrame#conflicts_banner", Meaning.WARNING))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        allow_long_words(self.label)
        self.button = QPushButton(self.tr("&Kiezen…"), self)
        self.button.setAccessibleName(self.tr("Verschillen tussen laptop en teamdatabase oplossen"))
        self.button.clicked.connect(self.resolve_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.conflicts: tuple[SyncConflict, ...] = ()
        self.setVisible(False)

    def show_conflicts(self, conflicts: Sequence[SyncConflict], *, may_resolve: bool) -> None:
        self.conflicts = tuple(conflicts)
        self.label.setText(conflicts_line(len(conflicts)) if conflicts else "")
        self.button.setVisible(may_resolve)
        self.setVisible(bool(conflicts))
