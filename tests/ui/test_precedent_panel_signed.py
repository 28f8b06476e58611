"""The Precedenten tab of a signed decision: who signed it, the departure from precedent in
warning colours, and a decision form that can no longer be changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, TEST_ROUTE, decided, new_dossier
from pytestqt.qtbot import QtBot
from signing_helpers import give_key, sign_overriding

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.precedent_explanation import LATER_KNOWN_NOTE
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers, meetings, precedents, users
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor

FACTORS = frozenset({"eigen-aandeel", "geen-verwijt", "groot-bedrag"})
MOTIVATION = "Het beleid is sinds 1 december gewijzigd."
DEVIATING = Decision(
    OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 40), frozenset({"eigen-aandeel"})
)
"""An earlier decision on the same factors, which forces deviating."""


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def signed_against(workspace: Workspace, earlier: str) -> tuple[str, SignedDecision]:
    """A dossier under the route of `earlier` with its factors, refused by the conference
    although `earlier` forces deviating, and signed by the chair with a motivated departure."""
    system = workspace.context("test")
    dossier_id = new_dossier(workspace.database, system, "Tweede terugvordering", TEST_ROUTE)
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(session, system, dossier_id, TEST_FACTORS, FACTORS)
        refuse = Decision(OutcomeType.REFUSE, None, frozenset({"groot-bedrag"}), motivation="Nee.")
        precedents.save_decision(session, system, dossier_id, refuse)
        record = dossiers.open_dossier(session, system, dossier_id)
        fields = replace(record.fields, status=DossierStatus.TER_BESPREKING)
        dossiers.update_dossier(
            session, system, dossier_id, fields, expected_revision=record.revision
        )
        chair = users.add_user(session, system, "Karel Voorzitter", Role.CHAIR)
        give_key(session, chair)
        meeting_id = meetings.plan_meeting(session, system, date.today(), chair.id, [])
        meetings.set_agenda(session, system, meeting_id, [meetings.PlannedItem(dossier_id)])
        item = meetings.load_meeting(session, meeting_id).agenda[0]
        meetings.record_item(
            session, system, item.id, replace(item.record, departure_motivation=MOTIVATION)
        )
    with workspace.database.sessions.begin() as session:
        signed = sign_overriding(session, workspace.context("test", chair), item.id)
    assert signed.departed_from == (earlier,)
    return dossier_id, signed


def show(qtbot: QtBot, workspace: Workspace, dossier_id: str) -> DossierEditor:
    editor, _fake = make_editor(qtbot, workspace)
    editor.resize(1100, 900)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.precedents)
    qtbot.waitUntil(lambda: editor.precedents.state() is not None)
    return editor


def test_a_signed_decision_shows_its_signature_and_departure_and_is_fixed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        set(FACTORS),
        DEVIATING,
    )
    dossier_id, signed = signed_against(workspace, earlier)
    panel = show(qtbot, workspace, dossier_id).precedents
    ui = panel.ui
    assert panel.signed_label.isVisible()
    assert panel.signed_label.text().startswith("Ondertekend door Karel Voorzitter op ")
    assert "(versie 1)" in panel.signed_label.text()
    assert panel.departure_label.isVisible()
    assert panel.departure_label.text() == f"Gemotiveerde afwijking van {earlier}: {MOTIVATION}"
    assert "#fbefd0" in panel.departure_label.styleSheet()
    assert ui.motivation_edit.isReadOnly() and ui.motivation_edit.toPlainText() == "Nee."
    assert not ui.outcome_type_combo.isEnabled() and not ui.reason_list.isEnabled()
    assert not ui.save_decision_button.isEnabled()
    assert not ui.withdraw_decision_button.isEnabled()
    assert not ui.pro_list.isEnabled() and not ui.con_list.isEnabled()
    assert signed.decision.outcome_type is OutcomeType.REFUSE
    assert not panel.later_label.isVisible()


def test_a_decision_known_only_since_the_signature_is_information(
    qtbot: QtBot, workspace: Workspace
) -> None:
    context = workspace.context("test")
    earlier = decided(workspace.database, context, set(FACTORS), DEVIATING)
    dossier_id, _signed = signed_against(workspace, earlier)
    later = decided(workspace.database, context, set(FACTORS), DEVIATING, title="Later")
    panel = show(qtbot, workspace, dossier_id).precedents
    assert panel.later_label.isVisible()
    assert panel.later_label.text() == (
        f"Ter informatie: Een later bekend geworden beslissing wijkt af: {later}. Dit dossier "
        f"verschilt daar niet relevant van. {LATER_KNOWN_NOTE}"
    )
    assert "#eef1f4" in panel.later_label.styleSheet()  # neutral, not a warning
    status = panel.ui.generic_status_label.text()
    assert earlier in status and later not in status  # judged as the case base stood


def test_an_unsigned_decision_shows_no_signature_and_stays_editable(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dossier_id = new_dossier(workspace.database, workspace.context("test"))
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(
            session, workspace.context("test"), dossier_id, TEST_FACTORS, FACTORS
        )
    panel = show(qtbot, workspace, dossier_id).precedents
    assert not panel.signed_label.isVisible() and not panel.departure_label.isVisible()
    assert not panel.ui.motivation_edit.isReadOnly() and panel.ui.outcome_type_combo.isEnabled()
    assert panel.ui.pro_list.isEnabled()


def test_a_signed_dossier_says_so_and_holds_shut_what_the_decision_rests_on(
    qtbot: QtBot, workspace: Workspace
) -> None:
    context = workspace.context("test")
    dossier_id, _signed = signed_against(
        workspace, decided(workspace.database, context, set(FACTORS), DEVIATING)
    )
    editor = show(qtbot, workspace, dossier_id)
    ui, panel = editor.ui, editor.precedents
    assert editor.locked_notice.isVisible()
    assert editor.locked_notice.text().startswith(
        f"Ondertekend op {date.today():%d-%m-%Y} door Karel Voorzitter — wijzigen kan alleen "
        "via een nieuwe versie door de voorzitter."
    )
    # Its facts are fixed before anyone types; what may still grow stays open.
    assert ui.title_edit.isReadOnly() and ui.knelpunt_edit.isReadOnly()
    assert ui.regulation_edit.isReadOnly() and ui.owner_edit.isReadOnly()
    assert not ui.notes_edit.isReadOnly() and ui.timeline_add_button.isEnabled()
    assert not editor.is_read_only()
    # The legal steps are held shut, what only reads stays usable.
    assert not panel.ui.catalogue_combo.isEnabled()
    assert panel.ui.similar_tree.isEnabled()

    assert editor.open_dossier(new_dossier(workspace.database, context, "Nog open"))
    assert not editor.locked_notice.isVisible()
    assert not ui.title_edit.isReadOnly() and not ui.knelpunt_edit.isReadOnly()
