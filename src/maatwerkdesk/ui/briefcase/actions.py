"""The main window's "Meenemen…" and "Synchroniseren"."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.errors import DomainError, ServerUnreachableError
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.paths import Paths
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.briefcase import TakenAlong
from maatwerkdesk.services.sync import SyncReport, synchronise
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.briefcase.take_dialog import TakeAlongDialog
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence

log = logging.getLogger(__name__)

DECIDED = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
FIRST_TRY_MS = 15_000
"""After opening the briefcase, the first try whether the team database answers again."""
TRY_EVERY_MS = 120_000
"""Then a try every two minutes, as long as the program works in the briefcase."""


def sync_summary(report: SyncReport, *, automatically: bool = False) -> str:
    """The report of a sync in a caseworker's words."""
    parts = [
        QCoreApplication.translate("BriefcaseActions", "{} naar de teamdatabase gebracht").format(
            report.pushed
        ),
        QCoreApplication.translate("BriefcaseActions", "{} opgehaald").format(report.pulled),
    ]
    if report.created:
        parts.append(
            QCoreApplication.translate("BriefcaseActions", "{} nieuw aangemaakt").format(
                report.created
            )
        )
    if report.returned:
        parts.append(
            QCoreApplication.translate("BriefcaseActions", "{} teruggegeven").format(
                report.returned
            )
        )
    if automatically:
        done = QCoreApplication.translate(
            "BriefcaseActions", "Automatisch gesynchroniseerd. Dossiers: {}."
        )
    else:
        done = QCoreApplication.translate("BriefcaseActions", "Gesynchroniseerd. Dossiers: {}.")
    text = done.format(", ".join(parts))
    if report.conflicts == 1:
        text += " " + QCoreApplication.translate(
            "BriefcaseActions",
            "Eén onderdeel is op de laptop en in de teamdatabase verschillend gewijzigd; "
            "beide versies zijn bewaard tot iemand kiest.",
        )
    elif report.conflicts:
        text += " " + QCoreApplication.translate(
            "BriefcaseActions",
            "{} onderdelen zijn op de laptop en in de teamdatabase verschillend gewijzigd; "
            "beide versies zijn bewaard tot iemand kiest.",
        ).format(report.conflicts)
    if report.failed:
        text += " " + QCoreApplication.translate(
            "BriefcaseActions", "Niet gelukt, de volgende keer opnieuw: {}"
        ).format(" ".join(shown_sentence(failed) for failed in report.failed))
    return text


def _when_reachable(paths: Paths, target: str) -> SyncReport | None:
    """`synchronise` when the team database answers; None (nothing written) when not."""
    try:
        return synchronise(paths, target)
    except ServerUnreachableError:
        return None


def _candidates(session: Session) -> list[DossierSummary]:
    listed = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    return [d for d in listed if d.status not in DECIDED]


class BriefcaseActions(QObject):
    """Signals: `changed` after dossiers were taken along or synchronised (lists refresh);
    `synchronised` after each sync that ran, with its report in words (empty after an
    automatic one that found nothing to do), `told` with a sentence for the status bar
    after an automatic try that did not succeed."""

    changed = Signal()
    synchronised = Signal(str)
    told = Signal(str)

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(window, workspace, lambda: self.dialogs)
        self._runner = TaskRunner(self)
        self._trying = False
        self._timer: QTimer | None = None
        self.dialog: TakeAlongDialog | None = None

    def take_along(self) -> None:
        """Open "Meenemen" on the open dossiers of the team database."""
        candidates = self._calls.read(self.tr("Dossiers niet gelezen"), _candidates)
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
            self.tr("Niet gesynchroniseerd"),
            lambda: synchronise(workspace.paths, target),
            self._on_synchronised,
            what=self.tr("Er is niets verloren: de koffer blijft zoals hij was."),
        )

    def synchronise_automatically(self) -> None:
        """Working in the briefcase: try now and then whether the team database answers,
        and synchronise without asking once it does (a sync the user started waits for
        a try under way, and the other way round: one runner, one thread)."""
        timer = self._timer = QTimer(self)
        timer.setInterval(FIRST_TRY_MS)
        timer.timeout.connect(self._try_automatically)
        timer.start()

    def shutdown(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._runner.shutdown()

    def _try_automatically(self) -> None:
        assert self._timer is not None
        self._timer.setInterval(TRY_EVERY_MS)
        if self._trying:
            return
        self._trying = True
        workspace = self._workspace
        target = workspace.briefcase_of or workspace.database.describe()
        self._runner.run(
            partial(_when_reachable, workspace.paths, target),
            self._on_tried,
            self._on_try_failed,
        )

    def _on_tried(self, report: SyncReport | None) -> None:
        self._trying = False
        if report is None:
            return
        moved = report.pushed or report.pulled or report.created or report.returned
        told = moved or report.conflicts or report.failed
        self.synchronised.emit(sync_summary(report, automatically=True) if told else "")
        if moved:
            self.changed.emit()

    def _on_try_failed(self, error: BaseException) -> None:
        self._trying = False
        if not isinstance(error, DomainError):
            raise error
        log.info("Automatic sync not done (%s)", type(error).__name__)
        self.told.emit(
            self.tr(
                "Automatisch synchroniseren lukte niet: {} Kies Bestand > "
                "Synchroniseren om het zelf te proberen."
            ).format(shown_error(error))
        )

    def _on_taken(self, taken: TakenAlong) -> None:
        count = len(taken.leases)
        until = min(lease.until for lease in taken.leases).astimezone()
        if count == 1:
            text = self.tr(
                "1 dossier staat in de koffer op deze laptop, uitgeleend tot {until}. Zonder "
                "netwerk opent MaatwerkDesk de koffer; synchroniseer als u weer verbonden bent."
            )
        else:
            text = self.tr(
                "{count} dossiers staan in de koffer op deze laptop, uitgeleend tot {until}. "
                "Zonder netwerk opent MaatwerkDesk de koffer; synchroniseer als u weer "
                "verbonden bent."
            )
        self.dialogs.inform(
            self._window,
            self.tr("Meegenomen"),
            text.format(count=count, until=f"{until:%d-%m-%Y %H:%M}"),
        )
        self.changed.emit()

    def _on_synchronised(self, report: SyncReport) -> None:
        self.dialogs.inform(self._window, self.tr("Gesynchroniseerd"), sync_summary(report))
        self.synchronised.emit(sync_summary(report))
        self.changed.emit()
