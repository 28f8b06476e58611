"""What the conference's windows show, each read in one unit of work: the review of an
agenda item (its decision document, sign check, precedents and signed versions, and the
audit record of reading the whole dossier) and a meeting with the dossiers that can still
go on its agenda.

The review is built off the GUI thread (the decision document runs the whole check), and
so is its rich text: the view only shows it. A meeting is small enough to read in the GUI
thread's own transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from maatwerkdesk.domain.conference import AgendaItem, Meeting, SignedDecision
from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.people import User
from maatwerkdesk.palette import STANDARD, Palette
from maatwerkdesk.reports.html_document import RenderedDocument, render_html
from maatwerkdesk.services import meetings, precedents, signing
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.signed import integrity_problems, signed_versions
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace

REVIEW_READ = "dossier.review"
"""Audit name: the full dossier was read in the conference's review view."""


@dataclass(frozen=True)
class Review:
    """One agenda item as the review view shows it."""

    meeting: Meeting
    item: AgendaItem
    document: RenderedDocument | None
    """The dossier's full motivated decision as rich text, with its chapters; None when it
    was not read again."""
    check: signing.SignCheck
    precedents: PrecedentState
    versions: tuple[SignedDecision, ...]
    user: User
    """Who was acting when it was read: their role decides what the view lets them do."""
    integrity: tuple[str, ...] = ()
    """What about the dossier's signed record was changed outside the program; while not
    empty, the dossier is read-only here too."""

    @property
    def shown_version(self) -> SignedDecision | None:
        """The version this meeting signed, if it did."""
        return next((v for v in self.versions if v.version == self.item.signed_version), None)


@dataclass(frozen=True)
class MeetingView:
    meeting: Meeting
    candidates: tuple[DossierSummary, ...]
    """Dossiers ter bespreking that are not on this meeting's agenda."""


def load_review(
    workspace: Workspace,
    item_id: str,
    today: date,
    *,
    origin: str,
    with_document: bool,
    audit_read: bool,
    palette: Palette = STANDARD,
) -> Review:
    """Agenda item `item_id` as the review shows it, read for `origin` (where the act comes
    from, as the audit trail records it); the document in `palette`'s colours. With
    `audit_read` the reading of the whole dossier is recorded, in the same unit of work.
    Its own session: it may run on a worker."""
    context = workspace.context(origin)
    with workspace.writing() as session:
        row = meetings.agenda_item_row(session, item_id)
        meeting = meetings.load_meeting(session, row.meeting_id)
        item = meeting.item(item_id)
        assert item is not None
        document = None
        if with_document:
            document = render_html(
                load_decision_document(
                    session, context, row.dossier_id, today, config=workspace.paths.config
                ),
                palette=palette,
            )
        if audit_read:
            record_dossier_act(session, context, Action.READ, REVIEW_READ, row.dossier_id)
        return Review(
            meeting,
            item,
            document,
            signing.sign_check(session, context, item_id),
            precedents.load_precedents(session, context, row.dossier_id),
            tuple(signed_versions(session, row.dossier_id)),
            context.user,
            integrity_problems(session, row.dossier_id),
        )


def meeting_view(
    session: Session, meeting_id: str, ter_bespreking: list[DossierSummary]
) -> MeetingView:
    """Meeting `meeting_id`, and which of the dossiers `ter_bespreking` are on no agenda."""
    meeting = meetings.load_meeting(session, meeting_id)
    taken = {item.dossier_id for item in meeting.agenda}
    taken |= meetings.planned_elsewhere(session, meeting_id).keys()
    return MeetingView(meeting, tuple(d for d in ter_bespreking if d.id not in taken))
