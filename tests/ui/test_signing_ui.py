"""Signing in the app: a chair makes their key and reads its fingerprint aloud, the review
leads a chair whose key does not work to it, and the conference records why it departs
from the program's check."""

from __future__ import annotations

from dataclasses import replace

import keyring
import pytest
from editor_fakes import FakeDialogs
from keyring.backends import null
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.people import SYSTEM, Role, User
from maatwerkdesk.domain.precedent import Side
from maatwerkdesk.domain.signed_record import OverrideGround
from maatwerkdesk.services import assessments, meetings, precedents, signing_keys, users
from maatwerkdesk.services.signing_keys import NO_KEYRING, KeyState
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.conference import ConferenceWindow
from maatwerkdesk.ui.conference.review_texts import Mode
from maatwerkdesk.ui.conference.signing_key import FINGERPRINT_POINTS, SigningKeyDialog
from tests.ui.test_conference_ui import (
    Team,
    open_review,
    plan,
    signed_versions_of,
    team,
    ter_bespreking,
)

__all__ = ["team"]  # fixture

MOTIVATION = "Het overleg weegt de schuldenlast zwaarder dan de open route."


def add_chair(workspace: Workspace, name: str = "Vera Voorzit") -> User:
    with workspace.database.sessions.begin() as session:
        return users.add_user(session, workspace.context("test", user=SYSTEM), name, Role.CHAIR)


def conference_as(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, user: User
) -> ConferenceWindow:
    workspace.user = user
    window = ConferenceWindow(workspace, settings)
    qtbot.addWidget(window)
    window.dialogs = FakeDialogs()  # type: ignore[assignment]
    window.show()
    return window


def key_dialog_of(window: ConferenceWindow) -> SigningKeyDialog:
    window.ui.key_button.click()
    dialog = window.key_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def keys_of(workspace: Workspace, user: User) -> list[signing_keys.SigningKey]:
    with workspace.database.reads() as session:
        return [k for k in signing_keys.list_keys(session) if k.user_id == user.id]


def test_a_chair_makes_a_key_and_reads_its_fingerprint_aloud(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    chair = add_chair(workspace)
    window = conference_as(qtbot, workspace, settings, chair)
    assert window.ui.key_button.isVisible()
    dialog = key_dialog_of(window)
    assert dialog.ui.state_label.text() == "U hebt nog geen ondertekeningssleutel."
    assert not dialog.ui.fingerprint_label.isVisible()

    dialog.ui.create_button.click()
    (key,) = keys_of(workspace, chair)
    assert key.status == "pending"
    assert (
        dialog.ui.state_label.text() == "Uw nieuwe sleutel is aangemaakt en wacht op registratie."
    )
    assert dialog.ui.fingerprint_label.isVisible()
    assert dialog.ui.fingerprint_label.text() == key.fingerprint
    assert dialog.ui.fingerprint_label.font().pointSize() == FINGERPRINT_POINTS
    assert "Lees deze vingerafdruk voor aan de functioneel beheerder" in dialog.ui.next_label.text()
    assert window.dialogs.informed == []  # type: ignore[attr-defined]
    dialog.reject()
    assert window.key_dialog is None

    with workspace.database.sessions.begin() as session:
        signing_keys.register_key(session, workspace.context("test", user=SYSTEM), key.key_id)
    ready = key_dialog_of(window)
    assert ready.mine is not None and ready.mine.state is KeyState.READY
    assert ready.ui.state_label.text() == "Uw sleutel is geregistreerd en staat op deze computer."
    ready.reject()

    memory_keyring.items.clear()  # another workstation: the private key is not here
    elsewhere = key_dialog_of(window)
    assert elsewhere.ui.state_label.text() == (
        "Uw sleutel is geregistreerd, maar staat niet op deze computer."
    )
    window.dialogs.answers = ["create"]  # type: ignore[attr-defined]
    elsewhere.ui.create_button.click()
    asked = window.dialogs.asked[-1]  # type: ignore[attr-defined]
    assert "blijft gelden tot de functioneel beheerder de nieuwe registreert" in asked["detail"]
    assert [k.status for k in keys_of(workspace, chair)] == ["pending", "registered"]
    assert elsewhere.ui.state_label.text() == (
        "Uw nieuwe sleutel is aangemaakt en wacht op registratie."
    )
    assert elsewhere.ui.fingerprint_label.text() == keys_of(workspace, chair)[0].fingerprint


def test_only_who_may_sign_is_offered_the_key(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, team: Team
) -> None:
    assert not conference_as(qtbot, workspace, settings, team.secretary).ui.key_button.isVisible()
    assert conference_as(qtbot, workspace, settings, team.chair).ui.key_button.isVisible()


def test_without_a_keyring_the_chair_is_told_what_to_do(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    chair = add_chair(workspace)
    window = conference_as(qtbot, workspace, settings, chair)
    dialog = key_dialog_of(window)
    keyring.set_keyring(null.Keyring())  # a headless machine (the fixture puts its own back)
    dialog.ui.create_button.click()
    assert window.dialogs.informed == [("Sleutel niet aangemaakt", NO_KEYRING)]  # type: ignore[attr-defined]
    assert keys_of(workspace, chair) == []
    assert dialog.ui.state_label.text() == "U hebt nog geen ondertekeningssleutel."


def test_a_chair_whose_key_is_elsewhere_is_led_from_the_review_to_the_key(
    qtbot: QtBot, workspace: Workspace, team: Team, memory_keyring: MemoryKeyring
) -> None:
    _meeting_id, item_id = plan(workspace, team, ter_bespreking(workspace)[0])
    memory_keyring.items.clear()  # the chair's key was made on another computer
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert review.review is not None and review.review.check.needs_key
    assert review.ui.key_button.isVisible()
    assert "staat niet op deze computer" in review.ui.problems_label.text()

    review.dialogs.answers = ["key"]  # type: ignore[attr-defined]
    review.ui.sign_button.click()
    asked = review.dialogs.asked[-1]  # type: ignore[attr-defined]
    assert asked["title"] == "Nog niet te ondertekenen" and asked["keys"] == ["key", "close"]
    dialog = review.key_dialog
    assert dialog is not None and dialog.isVisible()
    review.dialogs.answers = ["create"]  # type: ignore[attr-defined]
    dialog.ui.create_button.click()
    pending = dialog.ui.fingerprint_label.text()
    dialog.reject()
    qtbot.waitUntil(lambda: review.key_dialog is None and not review.is_loading())
    assert "nog niet geregistreerd" in review.ui.problems_label.text()
    assert pending in review.ui.problems_label.text()
    assert signed_versions_of(workspace, review.review.item.dossier_id) == []


def test_a_review_without_a_key_problem_offers_no_key_button(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    _meeting_id, item_id = plan(workspace, team, ter_bespreking(workspace)[0])
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert review.review is not None and not review.review.check.needs_key
    assert not review.ui.key_button.isVisible()


# ----------------------------------------------------------------- the override of the check


def route_left_open(workspace: Workspace) -> str:
    """A dossier ter bespreking whose proposal deviates, with its route taken away: the
    check stands in the way, so the conference must motivate departing from it."""
    dossier_id = ter_bespreking(workspace)[0]
    context = workspace.context("test", user=SYSTEM)
    with workspace.database.sessions.begin() as session:
        state = precedents.load_precedents(session, context, dossier_id)
        assert state.catalogue is not None
        pro = next(f.id for f in state.catalogue.factors if f.side is Side.PRO)
        factors = state.factors | {pro}
        precedents.save_factors(session, context, dossier_id, state.catalogue.ref, factors)
        full = Decision(OutcomeType.FULL, reason=frozenset({pro}), motivation="Volledig.")
        precedents.save_decision(session, context, dossier_id, full)
        found = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session, context, dossier_id, replace(found.assessment, route=None)
        )
    return dossier_id


@pytest.mark.parametrize("who", ["secretary", "chair"])
def test_the_override_field_appears_and_its_motivation_is_saved_and_signed(
    qtbot: QtBot, workspace: Workspace, team: Team, who: str
) -> None:
    dossier_id = route_left_open(workspace)
    _meeting_id, item_id = plan(workspace, team, dossier_id)
    workspace.user = getattr(team, who)
    review = open_review(qtbot, workspace, item_id)
    assert review.review is not None
    assert review.review.check.override == (OverrideGround.ROUTE_UNDETERMINED,)
    ui = review.ui
    assert ui.override_frame.isVisibleTo(review)
    assert ui.override_label.text().startswith("<b>Gemotiveerd afwijken van de toets</b>")
    assert OverrideGround.ROUTE_UNDETERMINED.label in ui.override_label.text()
    assert not ui.override_edit.isReadOnly()
    if who == "chair":
        assert "(‘Gemotiveerd afwijken van de toets’)" in ui.problems_label.text()

    ui.override_edit.setPlainText(MOTIVATION)
    ui.save_button.click()
    qtbot.waitUntil(lambda: not review.is_loading())
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    with workspace.database.reads() as session:
        meeting = meetings.load_meeting(
            session, meetings.agenda_item_row(session, item_id).meeting_id
        )
    record = meeting.item(item_id).record  # type: ignore[union-attr]
    assert record.override_motivation == MOTIVATION
    assert ui.override_edit.toPlainText() == MOTIVATION  # read back after saving
    review.reject()

    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert review.ui.problems_label.text() == "Klaar om te ondertekenen."
    review.dialogs.answers = ["sign"]  # type: ignore[attr-defined]
    review.ui.sign_button.click()
    qtbot.waitUntil(lambda: not review.is_loading() and review.mode is Mode.READ)
    detail = review.dialogs.asked[-1]["detail"]  # type: ignore[attr-defined]
    assert "Met de gemotiveerde afwijking van de toets (" in detail
    (signed,) = signed_versions_of(workspace, dossier_id)
    assert signed.override is not None and signed.override.motivation == MOTIVATION
    assert signed.override.grounds == (OverrideGround.ROUTE_UNDETERMINED,)
    ui = review.ui
    assert ui.override_frame.isVisibleTo(review) and ui.override_edit.isReadOnly()
    assert ui.override_label.text().startswith("<b>Gemotiveerd afgeweken van de toets</b>")
    version = " ".join(ui.version_view.toPlainText().split())
    assert (
        f"Gemotiveerd afgeweken van de toets ({OverrideGround.ROUTE_UNDETERMINED.label})" in version
    )
    assert MOTIVATION in version

    # A new version keeps the override, prefilled; it is signed again with it.
    ui.amend_button.click()
    assert review.mode is Mode.AMEND and ui.override_edit.toPlainText() == MOTIVATION
    ui.amend_reason_edit.setPlainText("Nieuwe stukken.")
    review.dialogs.answers = ["sign"]  # type: ignore[attr-defined]
    ui.sign_button.click()
    qtbot.waitUntil(lambda: not review.is_loading() and review.mode is Mode.READ)
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    latest = signed_versions_of(workspace, dossier_id)[-1]
    assert latest.version == 2 and latest.override == signed.override


def in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    """Whether the top of `widget` shows in the scroll area's viewport."""
    contents = scroll.widget()
    assert contents is not None
    top = widget.mapTo(contents, QPoint(0, 0)).y()
    shown = scroll.verticalScrollBar().value()
    return shown <= top < shown + scroll.viewport().height()


def test_a_refusal_for_want_of_a_motivation_brings_the_red_box_into_view(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    _meeting_id, item_id = plan(workspace, team, route_left_open(workspace))
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    review.resize(1000, 600)
    ui = review.ui
    ui.form_scroll.verticalScrollBar().setValue(0)
    assert ui.override_frame.isVisibleTo(review)
    assert not in_view(ui.form_scroll, ui.override_frame)  # below the advice, out of sight

    ui.sign_button.click()
    ((title, text),) = review.dialogs.informed  # type: ignore[attr-defined]
    assert title == "Nog niet te ondertekenen" and "‘Gemotiveerd afwijken van de toets’" in text
    assert in_view(ui.form_scroll, ui.override_frame)
    assert review.focusWidget() is ui.override_edit
