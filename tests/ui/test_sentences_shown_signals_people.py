"""The sentences of the people's rights, the loket and the knelpuntsignalen reach an English
window in English: a refusal, and a pattern proposal the signals window lists
(docs/translations.md)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from editor_fakes import FakeDialogs
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.loket import ReferralStatus, next_referral_status
from maatwerkdesk.domain.people import Permission, PermissionDeniedError, Role, User
from maatwerkdesk.domain.policy_signals import SignalState, refuse_edit
from maatwerkdesk.domain.signal_patterns import CaseTrace, Labels, find_patterns
from maatwerkdesk.services import demo
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence
from maatwerkdesk.ui.signals.signals_dialog import SignalsDialog

READER = User("u-1", "Lezer Lies", (Role.READER,))


def refusal(act: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as refused:
        act()
    return refused.value


def escalations() -> list[CaseTrace]:
    return [
        CaseTrace(f"d-{n}", f"MW-2026-000{n}", "Participatiewet", "art. 58", escalated=True)
        for n in range(1, 4)
    ]


def test_a_refused_act_names_role_and_act_in_english(english: None) -> None:
    error = refusal(lambda: READER.require(Permission.SIGN))
    assert isinstance(error, PermissionDeniedError)
    assert shown_error(error) == (
        "You work in the role of reader; only someone in the role of chair may sign a "
        "decision. Ask someone with that role."
    )


def test_the_refusals_keep_their_dutch(qapp: QApplication) -> None:
    error = refusal(lambda: READER.require(Permission.SIGN))
    assert (
        shown_error(error)
        == str(error)
        == (
            "U werkt als lezer; een besluit ondertekenen mag alleen een voorzitter. "
            "Vraag het aan iemand met die rol."
        )
    )


def test_a_referral_step_and_a_signal_status_are_shown_in_english(english: None) -> None:
    step = refusal(lambda: next_referral_status(ReferralStatus.PROPOSED, ReferralStatus.DONE))
    assert shown_error(step) == (
        "A referral that is proposed cannot move to completed; choose sent."
    )
    edit = refusal(lambda: refuse_edit(SignalState.RESOLVED))
    assert shown_error(edit) == (
        "This signal is resolved; what lies with the owner can no longer be changed. Record "
        "a new answer at the next step, or write a new signal."
    )


def test_a_pattern_proposal_is_explained_in_english(english: None) -> None:
    (proposal,) = find_patterns(escalations(), Labels({}, {}))
    assert proposal.title == "Participatiewet: herhaald geëscaleerd"  # what a signal keeps
    assert shown_sentence(proposal.title) == "Participatiewet: escalated repeatedly"
    assert shown_sentence(proposal.explanation).startswith(
        "3 dossiers under Participatiewet went to the escalation team: the rule worked out "
        "unreasonably"
    )


def test_the_signals_window_lists_its_proposals_in_english(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, workspace.context("test"), 40, 3)
    calls = ServiceCaller(None, workspace, lambda: FakeDialogs())  # type: ignore[arg-type]
    dialog = SignalsDialog(calls, open_dossier=lambda: None, show_dossier=lambda _id: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_for_proposals()
    proposal = dialog.proposal()
    assert proposal is not None
    english_title = shown_sentence(proposal.title)
    assert english_title != proposal.title
    assert dialog.ui.proposal_tree.currentItem().text(1) == english_title
    english_explanation = shown_sentence(proposal.explanation)
    assert english_explanation != proposal.explanation
    assert dialog.ui.proposal_label.text().startswith(english_explanation)
