"""What the preview shows, made off the GUI thread by the export services
(`services/exports.py`), its showing recorded as a read.

Every builder opens its own unit of work: a session belongs to the thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers, exports
from maatwerkdesk.services.conference_pack import Progress
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.origin import ORIGIN


def _previewed(workspace: Workspace, make: Callable[[Session, Context], Export]) -> Export:
    with workspace.writing() as session:
        context = workspace.context(ORIGIN)
        return exports.previewed(session, context, make(session, context))


def decision_export(
    workspace: Workspace, dossier_id: str, today: date, pseudonymised: bool = False
) -> Export:
    """The dossier's motivated decision (or proposal, while undecided) as a PDF."""
    return _previewed(
        workspace,
        lambda session, context: exports.decision_export(
            session,
            context,
            dossier_id,
            today,
            pseudonymised=pseudonymised,
            config=workspace.paths.config,
        ),
    )


def letter_export(workspace: Workspace, dossier_id: str, today: date) -> Export:
    """The letter to the citizen of a decided dossier, as a PDF."""
    return _previewed(
        workspace,
        lambda session, context: exports.letter_export(
            session, context, dossier_id, today, workspace.paths.config
        ),
    )


def summary_export(workspace: Workspace, dossier_id: str, sharing_id: str) -> Export:
    """The summary of a recorded sharing for the other organisation, as a PDF."""
    return _previewed(
        workspace,
        lambda session, context: exports.summary_export(
            session, context, dossier_id, sharing_id, workspace.paths.config
        ),
    )


def access_export(workspace: Workspace, bsn: str, today: date) -> Export:
    """The access report (art. 15 AVG) for the citizen with this BSN, as a PDF; the reads
    of the dossiers in it are audited, the BSN is not written down."""
    return _previewed(
        workspace,
        lambda session, context: exports.access_export(
            session, context, bsn, today, workspace.paths.config
        ),
    )


def pack_export(
    workspace: Workspace,
    dossier_ids: Sequence[str],
    today: date,
    pseudonymised: bool,
    progress: Progress,
) -> Export:
    """The conference pack in agenda order; `progress` may raise PackCancelledError."""
    return _previewed(
        workspace,
        lambda session, context: exports.pack_export(
            session, context, dossier_ids, today, pseudonymised=pseudonymised, progress=progress
        ),
    )


def minutes_export(workspace: Workspace, meeting_id: str, today: date) -> Export:
    """The minutes of a meeting; saving or printing them is audited for every dossier on
    the agenda."""
    return _previewed(
        workspace, lambda session, _context: exports.minutes_export(session, meeting_id, today)
    )


def agenda_candidates(workspace: Workspace) -> list[DossierSummary]:
    """The dossiers that can go on the agenda, read on their own."""
    with workspace.reading() as session:
        return ter_bespreking(session)


def ter_bespreking(session: Session) -> list[DossierSummary]:
    """The dossiers that can go on the agenda: status "Ter bespreking", by reference."""
    query = dossiers.DossierQuery(
        status=DossierStatus.TER_BESPREKING, sort=dossiers.SortKey.REFERENCE, descending=False
    )
    return dossiers.list_dossiers(session, query, limit=None)
