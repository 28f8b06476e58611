"""The main window's "Meenemen…" and "Synchroniseren"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.briefcase import TakenAlong
from maatwerkdesk.services.sync import SyncReport, synchronise
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.briefcase.take_dialog import TakeAlongDialog
from maatwerkdesk.ui.dossier_editor.dialogs import Dialogs
from maatwerkdesk.ui.dossier_editor.service_calls import ServiceCaller
from maatwerkdesk.ui.tasks import TaskRunner

DECIDED = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)


def sync_summary(report: SyncReport) -> str:
    """The report of a sync in a caseworker's words."""
    parts = [
        f"{report.pushed} naar de teamdatabase gebracht",
        f"{report.pulled} opgehaald",
    ]
    if report.created:
        parts.append(f"{report.created} nieuw aangemaakt")
    if report.returned:
        parts.append(f"{report.returned} teruggegeven")
    text = f"Gesynchroniseerd. Dossiers: {', '.join(parts)}."
    if report.conflicts == 1:
        text += (
            " Eén onderdeel is op de laptop en in de teamdatabase verschillend gewijzigd; "
            "beide versies zijn bewaard tot iemand kiest."
        )
    elif report.conflicts:
        text += (
            f" {report.conflicts} onderdelen zijn op de laptop en in de teamdatabase "
            "verschillend gewijzigd; beide versies zijn bewaard tot iemand kiest."
        )
    if report.failed:
        text += " Niet gelukt, de volgende keer opnieuw: " + " ".join(report.failed)
    return text


def _candidates(session: Session) -> list[DossierSummary]:
    listed = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    return [d for d in listed if d.status not in DECIDED]


class BriefcaseActions(QObject):
    """Signal: `changed` after dossiers were taken along or synchronised (lists refresh)."""

    changed = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(window, workspace, lambda: self.dialogs)
        self._runner = TaskRunner(self)
        self.dialog: TakeAlongDialog | None = None

    def take_along(self) -> None:
        """Open "Meenemen" on the open dossiers of the team database."""
        candidates = self._calls.read("Dossiers niet gelezen", _candidates)
        if candidates is None:
            return
        now = datetime.now().astimezone()
        dialog = self.dialog = TakeAlongDialog(self._workspace, candidates, now, self._window)
        dialog.taken.connect(self._on_taken)
        dialog.open()

    def synchronise(self) -> None:
        """Bring this computer's briefcase level with the team database, in the background."""
        workspace = self._workspace
        target = workspace.briefcase_of or workspace.database.describe()
        self._calls.start(
            self._runner,
            "Niet gesynchroniseerd",
            lambda: synchronise(workspace.paths, target),
            self._on_synchronised,
            what="Er is niets verloren: de koffer blijft zoals hij was.",
        )

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _on_taken(self, taken: TakenAlong) -> None:
        count = len(taken.leases)
        until = min(lease.until for lease in taken.leases).astimezone()
        self.dialogs.inform(
            self._window,
            "Meegenomen",
            f"{count} dossier{'s' if count != 1 else ''} staan in de koffer op deze laptop, "
            f"uitgeleend tot {until:%d-%m-%Y %H:%M}. Zonder netwerk opent MaatwerkDesk de "
            "koffer; synchroniseer als u weer verbonden bent.",
        )
        self.changed.emit()

    def _on_synchronised(self, report: SyncReport) -> None:
        self.dialogs.inform(self._window, "Gesynchroniseerd", sync_summary(report))
        self.changed.emit()
