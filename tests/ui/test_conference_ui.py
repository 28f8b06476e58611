"""The casuïstiekoverleg in the app: plan a meeting, set its agenda, review a dossier, record
the conference's advice and decision, sign it with four eyes, and make the minutes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from backends import open_existing
from editor_fakes import FakeDialogs
from hostile_strings import ENTITIES, MARKUP
from precedent_fixtures import choose_route
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from signing_helpers import give_key, sign_overriding
from sqlalchemy import text
from sqlalchemy.orm import Session

from maatwerkdesk.domain.conference import SignedDecision, Stance
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.document import (
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
)
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.reports.html_document import render_html
from maatwerkdesk.services import demo, dossiers, drafts, meetings, precedents, users
from maatwerkdesk.services.conference_review import REVIEW_READ, load_review
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.minutes import EXPORT_MINUTES, minutes_document
from maatwerkdesk.services.signed import signed_versions
from maatwerkdesk.services.unit_of_work import writing
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.colleague_changes import ColleagueChanges, by_others
from maatwerkdesk.ui.conference import ConferenceWindow
from maatwerkdesk.ui.conference.presentation import who_acts
from maatwerkdesk.ui.conference.review import ReviewDialog
from maatwerkdesk.ui.conference.review_texts import Mode
from maatwerkdesk.ui.export.building import agenda_candidates
from maatwerkdesk.ui.main_window import MainWindow

TODAY = date.today()
ID_ROLE = Qt.ItemDataRole.UserRole
MEETING_DAY = TODAY + timedelta(days=3)


@dataclass(frozen=True)
class Team:
    chair: User
    secretary: User
    legal: User
    income: User


@pytest.fixture
def team(workspace: Workspace) -> Team:
    """Demo dossiers and the people of one conference (names the demo does not use)."""
    context = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, context, 10, 3)
        chair = users.add_user(session, context, "Karel Voorzitter", Role.CHAIR, Discipline.LEGAL)
        give_key(session, chair)
        return Team(
            chair,
            users.add_user(session, context, "Sam Secretaris", Role.SECRETARY),
            users.add_user(session, context, "Lotte Jurist", Role.MEMBER, Discipline.LEGAL),
            users.add_user(session, context, "Ilse Inkomen", Role.MEMBER, Discipline.INCOME),
        )


def ter_bespreking(workspace: Workspace) -> list[str]:
    """Dossiers ter bespreking that carry a decision and factors (the caseworker's proposal)."""
    found = []
    with workspace.database.reads() as session:
        for summary in agenda_candidates(workspace):
            state = precedents.load_precedents(session, workspace.context("test"), summary.id)
            if state.decision is not None and state.factors:
                found.append(summary.id)
    assert found, "the demo has no dossier ter bespreking with a proposal"
    return found


def take_off_other_agendas(session: Session, context: Context, dossier_id: str) -> None:
    """The demo put every dossier ter bespreking on its meeting; one dossier, one agenda."""
    for summary in meetings.list_meetings(session):
        agenda = meetings.load_meeting(session, summary.id).agenda
        if any(item.dossier_id == dossier_id for item in agenda):
            kept = [
                meetings.PlannedItem(item.dossier_id, item.minutes)
                for item in agenda
                if item.dossier_id != dossier_id
            ]
            meetings.set_agenda(session, context, summary.id, kept)


def plan(workspace: Workspace, team: Team, dossier_id: str) -> tuple[str, str]:
    """A meeting with the dossier on its agenda, planned by the secretary."""
    context = workspace.context("test", user=team.secretary)
    with workspace.database.sessions.begin() as session:
        take_off_other_agendas(session, context, dossier_id)
        members = [meetings.PlannedMember(team.legal.id), meetings.PlannedMember(team.income.id)]
        meeting_id = meetings.plan_meeting(
            session, context, MEETING_DAY, team.chair.id, members, "Stadskantoor, zaal 3"
        )
        meetings.set_agenda(session, context, meeting_id, [meetings.PlannedItem(dossier_id, 30)])
        return meeting_id, meetings.load_meeting(session, meeting_id).agenda[0].id


def open_review(qtbot: QtBot, workspace: Workspace, item_id: str) -> ReviewDialog:
    dialog = ReviewDialog(workspace, item_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.dialogs = FakeDialogs()  # type: ignore[assignment]
    dialog.show()
    qtbot.waitUntil(lambda: dialog.review is not None and not dialog.is_loading())
    return dialog


def reviewed_by(
    qtbot: QtBot, workspace: Workspace, team: Team, user: User
) -> tuple[ReviewDialog, str, str]:
    """A dossier ter bespreking on a new meeting's agenda, reviewed as `user`."""
    dossier_id = ter_bespreking(workspace)[0]
    _meeting_id, item_id = plan(workspace, team, dossier_id)
    workspace.user = user
    return open_review(qtbot, workspace, item_id), dossier_id, item_id


def status_of(workspace: Workspace, dossier_id: str) -> DossierStatus:
    with workspace.database.reads() as session:
        return dossiers.open_dossier(session, workspace.context("test"), dossier_id).fields.status


def signed_versions_of(workspace: Workspace, dossier_id: str) -> list[SignedDecision]:
    with workspace.database.reads() as session:
        return signed_versions(session, dossier_id)


def test_plan_a_meeting_set_its_agenda_and_open_the_review(
    qtbot: QtBot, workspace: Workspace, team: Team, settings: QSettings
) -> None:
    workspace.user = team.secretary
    dossier_id = ter_bespreking(workspace)[0]
    with workspace.database.sessions.begin() as session:
        take_off_other_agendas(session, workspace.context("test"), dossier_id)
    window = ConferenceWindow(workspace, settings)
    qtbot.addWidget(window)
    window.dialogs = FakeDialogs()  # type: ignore[assignment]
    window.show()
    assert window.ui.user_label.text() == "U werkt als Sam Secretaris (secretaris)."

    window.ui.new_button.click()
    dialog = window.plan_dialog
    assert dialog is not None
    dialog.ui.chair_combo.setCurrentIndex(dialog.ui.chair_combo.findData(team.chair.id))
    dialog.ui.location_edit.setText("Stadskantoor, zaal 3")
    dialog.tick(team.income.id, Discipline.DEBTS)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.plan_dialog is None
    assert "Stadskantoor, zaal 3" in window.ui.meeting_label.text()

    candidates = window.ui.candidate_list
    row = next(
        r for r in range(candidates.count()) if candidates.item(r).data(ID_ROLE) == dossier_id
    )
    candidates.item(row).setSelected(True)
    window.ui.add_button.click()
    agenda = window.ui.agenda_tree
    assert agenda.topLevelItemCount() == 1
    assert window.ui.total_label.text() == "1 dossier, samen 20 minuten."
    with workspace.database.reads() as session:
        meeting = meetings.load_meeting(
            session, window.ui.meeting_tree.currentItem().data(0, ID_ROLE)
        )
    assert [i.dossier_id for i in meeting.agenda] == [dossier_id]
    assert meeting.member(team.income.id).discipline is Discipline.DEBTS  # type: ignore[union-attr]
    assert window.dialogs.informed == []  # type: ignore[attr-defined]

    agenda.setCurrentItem(agenda.topLevelItem(0))
    window.ui.review_button.click()
    review = window.review_dialog
    assert review is not None
    review.dialogs = FakeDialogs()  # type: ignore[assignment]
    qtbot.waitUntil(lambda: review.review is not None and not review.is_loading())
    view = review.ui.document_view
    assert view.isReadOnly()
    assert meeting.agenda[0].reference in view.toPlainText()
    chapters = [review.ui.section_combo.itemText(i) for i in range(review.ui.section_combo.count())]
    assert chapters[0].startswith("1. ") and len(chapters) >= 8
    for part in ("knelpunt", "precedenten", "evenredigheid", "voorstel"):
        assert any(part in title.lower() for title in chapters), part
    assert review.mode is Mode.RECORD
    review.reject()
    assert window.review_dialog is None


def test_reading_the_whole_dossier_for_the_review_is_audited_when_asked(
    workspace: Workspace, team: Team
) -> None:
    """The review's read (services/conference_review.py), with the origin the UI gives."""
    dossier_id = ter_bespreking(workspace)[0]
    _meeting_id, item_id = plan(workspace, team, dossier_id)
    workspace.user = team.chair

    def reads() -> list[tuple[str, str]]:
        with workspace.database.engine.connect() as connection:
            found = connection.execute(
                text("SELECT origin, dossier_id FROM audit_record WHERE name = :name"),
                {"name": REVIEW_READ},
            )
            return [(origin.partition("/")[0], dossier) for origin, dossier in found]

    quiet = load_review(
        workspace, item_id, TODAY, origin="desktop", with_document=False, audit_read=False
    )
    assert quiet.document is None and quiet.item.dossier_id == dossier_id and reads() == []
    read = load_review(
        workspace, item_id, TODAY, origin="desktop", with_document=True, audit_read=True
    )
    assert read.document is not None and read.user == team.chair
    assert read.document.chapters[0].title.startswith("1. ")
    assert f'<a name="{read.document.chapters[0].anchor}">' in read.document.html
    assert reads() == [("desktop", dossier_id)]


def test_the_secretary_records_and_the_chair_signs(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, dossier_id, item_id = reviewed_by(qtbot, workspace, team, team.secretary)
    proposal = review.review.check.decision  # type: ignore[union-attr]
    assert proposal is not None
    assert review.form.fields.outcome_type() is proposal.outcome_type
    assert not review.ui.sign_button.isEnabled()  # only the meeting's chair signs
    assert "Karel Voorzitter" in review.ui.problems_label.text()

    review.form.advice.set_advice(team.legal.id, Stance.SUPPORT, "Goed onderbouwd.")
    review.form.advice.set_conflict(team.income.id, True)
    assert not review.form.advice.is_taking_part(team.income.id)
    review.ui.motivation_edit.setPlainText("Het overleg volgt het voorstel.")
    if review.ui.departure_frame.isVisibleTo(review):  # the demo's precedents of the day
        review.ui.departure_edit.setPlainText("Dit dossier verschilt wezenlijk van die beslissing.")
    review.ui.add_action_button.click()
    table = review.ui.actions_table
    table.item(0, 0).setText("Anouk Verhoef")
    table.item(0, 1).setText("Besluit versturen")
    review.ui.save_button.click()
    qtbot.waitUntil(lambda: not review.is_loading())
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    record = review.review.item.record  # type: ignore[union-attr]
    assert [(a.name, a.stance) for a in record.advice] == [("Lotte Jurist", Stance.SUPPORT)]
    assert record.conflicts == (team.income.id,)
    assert record.decision is not None and record.decision.motivation.startswith("Het overleg")
    assert record.actions[0].due == MEETING_DAY + timedelta(days=14)
    review.reject()

    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert review.ui.sign_button.isEnabled()
    assert review.ui.problems_label.text() == "Klaar om te ondertekenen."
    review.dialogs.answers = ["sign"]  # type: ignore[attr-defined]
    review.ui.sign_button.click()
    qtbot.waitUntil(lambda: not review.is_loading() and review.mode is Mode.READ)
    signed = signed_versions_of(workspace, dossier_id)[-1]
    banner = review.ui.banner_label.text()
    assert banner.startswith("Ondertekend door Karel Voorzitter op ")
    assert f"versie 1, vingerafdruk {signed.fingerprint[:16]}" in banner
    assert review.ui.motivation_edit.isReadOnly()
    assert not review.ui.outcome_type_combo.isEnabled()
    assert review.ui.dissent_edit.isReadOnly()
    assert not review.ui.save_button.isVisible()
    assert review.ui.amend_button.isEnabled()
    assert signed.fingerprint in review.ui.version_view.toPlainText()
    assert status_of(workspace, dossier_id) is DossierStatus.BESLOTEN

    review.ui.amend_button.click()
    assert review.mode is Mode.AMEND
    review.ui.amend_reason_edit.setPlainText("Nieuwe stukken in bezwaar.")
    review.dialogs.answers = ["sign"]  # type: ignore[attr-defined]
    review.ui.sign_button.click()
    qtbot.waitUntil(lambda: not review.is_loading() and review.mode is Mode.READ)
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    versions = signed_versions_of(workspace, dossier_id)
    assert [v.change_reason for v in versions] == ["", "Nieuwe stukken in bezwaar."]
    assert review.ui.versions_list.count() == 2
    assert "Er is een nieuwere versie: versie 2" in review.ui.banner_label.text()


def test_a_chair_who_owns_the_dossier_sees_the_four_eyes_problem_and_cannot_sign(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    dossier_id = ter_bespreking(workspace)[0]
    context = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, owner=team.chair.name)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )
    _meeting_id, item_id = plan(workspace, team, dossier_id)
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert "vier ogen" in review.ui.problems_label.text()
    review.ui.sign_button.click()
    title, text = review.dialogs.informed[-1]  # type: ignore[attr-defined]
    assert title == "Nog niet te ondertekenen" and "vier ogen" in text
    assert signed_versions_of(workspace, dossier_id) == []
    assert review.mode is Mode.RECORD


def test_the_departure_field_appears_when_the_decision_contradicts_a_precedent(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    first = ter_bespreking(workspace)[0]
    _meeting_id, first_item = plan(workspace, team, first)
    chair = workspace.context("test", user=team.chair)
    system = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        signed = sign_overriding(session, chair, first_item)
        state = precedents.load_precedents(session, system, first)
        assert state.catalogue is not None and state.route is not None
        twin = dossiers.create_dossier(session, system, DossierFields(title="Vergelijkbaar")).id
        choose_route(session, system, twin, state.route)  # precedent binds under its route
        precedents.save_factors(session, system, twin, state.catalogue.ref, state.factors)
        record = dossiers.open_dossier(session, system, twin)
        fields = replace(record.fields, status=DossierStatus.TER_BESPREKING)
        dossiers.update_dossier(session, system, twin, fields, expected_revision=record.revision)
        reference = dossiers.open_dossier(session, system, first).reference
    _meeting_id, item_id = plan(workspace, team, twin)
    workspace.user = team.secretary
    review = open_review(qtbot, workspace, item_id)
    assert not review.ui.departure_frame.isVisibleTo(review)

    opposite = (
        OutcomeType.GENERIC if signed.decision.outcome is Outcome.DEVIATE else OutcomeType.FULL
    )
    combo = review.ui.outcome_type_combo
    combo.setCurrentIndex(combo.findData(opposite.value))
    combo.activated.emit(combo.currentIndex())
    review.ui.motivation_edit.setPlainText("Het overleg ziet het anders.")
    review.ui.save_button.click()
    qtbot.waitUntil(lambda: not review.is_loading())
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    assert review.ui.departure_frame.isVisibleTo(review)
    assert f"Motivering van de afwijking van {reference}" in review.ui.departure_label.text()


@pytest.mark.parametrize("kind", ["text", "lead", "pairs", "grid", "bullets", "title"])
def test_the_review_shows_typed_markup_as_text(kind: str) -> None:
    values = [*MARKUP, *ENTITIES]
    blocks = {
        "text": [Text(v, tone=Tone.ATTENTION) for v in values],
        "lead": [Text("x", lead=v) for v in values],
        "pairs": [Pairs(tuple((v, v) for v in values))],
        "grid": [Grid(("a",), tuple((v,) for v in values))],
        "bullets": [Bullets(tuple(values))],
        "title": [],
    }[kind]
    sections = (
        [Section(v, ()) for v in values] if kind == "title" else [Section("S", tuple(blocks))]
    )
    header = DocumentHeader("Voorstel", "<b>titel</b>", "Gemeente", "MW-1", "1", TODAY)
    rendered = render_html(Document(header, tuple(sections)))
    shown = QTextDocument()
    shown.setHtml(rendered.html)
    plain = " ".join(shown.toPlainText().split())
    missing = [v for v in values if " ".join(v.split()) not in plain]
    assert not missing
    assert "<b>titel</b>" in plain


def test_the_minutes_open_in_the_preview_and_cover_the_agenda(
    qtbot: QtBot, workspace: Workspace, team: Team, settings: QSettings
) -> None:
    dossier_id = ter_bespreking(workspace)[0]
    meeting_id, _item_id = plan(workspace, team, dossier_id)
    workspace.user = team.secretary
    window = ConferenceWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    window.refresh(select=meeting_id)
    window.ui.minutes_button.click()
    qtbot.waitUntil(lambda: window.preview is not None)
    preview = window.preview
    assert preview is not None
    assert preview.export.action_name == EXPORT_MINUTES
    assert preview.export.dossier_ids == (dossier_id,)
    assert preview.page_count() >= 1
    reference = preview.export.document.header.reference
    assert preview.windowTitle().startswith("Verslag") and reference in preview.windowTitle()
    preview.reject()


def test_a_member_gives_only_their_own_advice(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, _dossier_id, _item_id = reviewed_by(qtbot, workspace, team, team.legal)
    assert review.mode is Mode.ADVICE
    assert review.ui.motivation_edit.isReadOnly()
    table = review.form.advice.table
    rows = {table.item(r, 0).text().split("\n")[0]: r for r in range(table.rowCount())}
    assert table.cellWidget(rows["Lotte Jurist"], 1).isEnabled()
    assert not table.cellWidget(rows["Ilse Inkomen"], 1).isEnabled()
    review.form.advice.set_advice(team.legal.id, Stance.OPPOSE, "Te ruim.")
    review.ui.save_button.click()
    qtbot.waitUntil(lambda: not review.is_loading())
    assert review.dialogs.informed == []  # type: ignore[attr-defined]
    advice = review.review.item.record.advice  # type: ignore[union-attr]
    assert [(a.name, a.stance, a.text) for a in advice] == [
        ("Lotte Jurist", Stance.OPPOSE, "Te ruim.")
    ]


def test_the_file_menu_opens_the_conference_window(
    qtbot: QtBot, workspace: Workspace, team: Team, settings: QSettings
) -> None:
    plan(workspace, team, ter_bespreking(workspace)[0])
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.ui.action_conference.isEnabled()  # until the database is open
    window.show()
    window.attach_workspace(workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.ui.action_conference in window.ui.menu_file.actions()
    window.ui.action_conference.trigger()
    conference = window.findChild(ConferenceWindow)
    assert conference is not None and conference.isVisible()
    assert conference.ui.meeting_tree.topLevelItemCount() >= 1

    # Gebruiker wisselen… while the meeting window stays open beside the main window: it
    # says at once who works now, without being clicked first.
    window.activateWindow()
    window._people_actions()._settle(team.chair)
    assert conference.ui.user_label.text() == who_acts(team.chair)
    window.shutdown()


def test_a_record_saved_first_by_a_colleague_offers_the_choice_and_loses_nothing(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, _dossier_id, item_id = reviewed_by(qtbot, workspace, team, team.secretary)
    as_member = workspace.context("test", user=team.legal)
    with workspace.writing() as session:  # Lotte gives her advice from her own screen
        meetings.give_advice(session, as_member, item_id, Stance.SUPPORT, "Eens.", expected=None)
    review.ui.dissent_edit.setPlainText("Ilse twijfelt over de termijn.")
    review.form.advice.set_advice(team.income.id, Stance.AMEND, "Kortere termijn.")
    review.dialogs.answers = ["concept"]  # type: ignore[attr-defined]
    assert not review.save()
    (asked,) = review.dialogs.asked  # type: ignore[attr-defined]
    assert asked["text"].startswith("Het verslag van MW-")
    assert "gewijzigd door Lotte Jurist om " in asked["text"]
    assert "Lotte Jurist wijzigde: het advies per lid." in asked["detail"]
    assert "U wijzigde ook" not in asked["detail"]  # each wrote a different member's advice
    qtbot.waitUntil(lambda: not review.is_loading())

    # Her advice and the secretary's own changes, together and still unsaved.
    shown = review.form.record()
    assert {(a.name, a.stance) for a in shown.advice} == {
        ("Lotte Jurist", Stance.SUPPORT),
        ("Ilse Inkomen", Stance.AMEND),
    }
    assert shown.dissent == "Ilse twijfelt over de termijn."
    with workspace.reading() as session:
        assert meetings.load_item(session, item_id).record.dissent == ""
    review.ui.save_button.click()
    qtbot.waitUntil(lambda: not review.is_loading())
    with workspace.reading() as session:
        stored = meetings.load_item(session, item_id).record
    assert {a.name for a in stored.advice} == {"Lotte Jurist", "Ilse Inkomen"}
    assert stored.dissent == "Ilse twijfelt over de termijn."
    review.reject()


def test_refreshing_the_review_shows_the_colleagues_record(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, _dossier_id, item_id = reviewed_by(qtbot, workspace, team, team.secretary)
    as_chair = workspace.context("test", user=team.chair)
    with workspace.writing() as session:
        item = meetings.load_item(session, item_id)
        meetings.record_item(
            session,
            as_chair,
            item_id,
            replace(item.record, dissent="Genoteerd door de voorzitter."),
            expected_revision=item.revision,
        )
    review.ui.dissent_edit.setPlainText("Mijn notitie.")
    review.dialogs.answers = ["refresh"]  # type: ignore[attr-defined]
    assert not review.save()
    assert "U wijzigde ook: de afwijkende mening." in review.dialogs.asked[0]["detail"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not review.is_loading())
    assert review.ui.dissent_edit.toPlainText() == "Genoteerd door de voorzitter."
    review.reject()  # nothing unsaved: no question
    assert review.dialogs.asked[1:] == []  # type: ignore[attr-defined]


def test_the_review_follows_colleagues_and_keeps_unsaved_work(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, _dossier_id, item_id = reviewed_by(qtbot, workspace, team, team.secretary)
    watcher = ColleagueChanges(workspace)
    watcher.changed.connect(lambda c: review.show_colleague_changes(by_others(c, workspace)))
    watcher.start()
    qtbot.waitUntil(watcher.is_watching)
    other = open_existing(workspace.paths.database)  # the members' own programs
    try:
        with writing(other) as session:
            context = workspace.context("test", user=team.legal)
            meetings.give_advice(session, context, item_id, Stance.SUPPORT, "Eens.", expected=None)
        qtbot.waitUntil(
            lambda: [a.name for a in review.form.record().advice] == ["Lotte Jurist"],
            timeout=2000,
        )
        assert not review.colleague_notice.isVisible()

        review.ui.dissent_edit.setPlainText("Nog niet opgeslagen.")
        with writing(other) as session:
            context = workspace.context("test", user=team.income)
            meetings.give_advice(session, context, item_id, Stance.OPPOSE, "Oneens.", expected=None)
        qtbot.waitUntil(review.colleague_notice.isVisible, timeout=2000)
        assert "gewijzigd door Ilse Inkomen om " in review.colleague_notice.text()
        assert review.ui.dissent_edit.toPlainText() == "Nog niet opgeslagen."
        assert [a.name for a in review.form.record().advice] == ["Lotte Jurist"]
    finally:
        watcher.shutdown()
        other.close()
    review.dialogs.answers = ["drop"]  # type: ignore[attr-defined]
    review.reject()


def test_a_concept_of_the_record_survives_the_review_and_is_offered_back(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    review, dossier_id, item_id = reviewed_by(qtbot, workspace, team, team.secretary)
    with workspace.writing() as session:
        context = workspace.context("test", user=team.legal)
        meetings.give_advice(session, context, item_id, Stance.SUPPORT, "Eens.", expected=None)
    review.ui.dissent_edit.setPlainText("Mijn notitie over de termijn.")
    review.dialogs.answers = ["concept"]  # type: ignore[attr-defined]
    assert not review.save()
    qtbot.waitUntil(lambda: not review.is_loading())
    review.shutdown()  # the program ends without a question: the concept is stored
    review.dialogs.answers = ["cancel"]  # type: ignore[attr-defined]  # (when the test closes it)

    again = ReviewDialog(workspace, item_id, TODAY)
    qtbot.addWidget(again)
    again.dialogs = FakeDialogs()  # type: ignore[assignment]
    again.dialogs.answers = ["restore"]  # type: ignore[attr-defined]
    again.show()
    qtbot.waitUntil(lambda: again.review is not None and not again.is_loading())
    (offered,) = again.dialogs.asked  # type: ignore[attr-defined]
    assert offered["title"] == "Concept van het verslag"
    shown = again.form.record()
    assert shown.dissent == "Mijn notitie over de termijn."
    assert [a.name for a in shown.advice] == ["Lotte Jurist"]
    again.ui.save_button.click()
    qtbot.waitUntil(lambda: not again.is_loading())
    with workspace.reading() as session:
        assert meetings.load_item(session, item_id).record.dissent.startswith("Mijn notitie")
        left = drafts.pending_drafts(session, workspace.context("test"), kind=drafts.AGENDA_ITEM)
    assert left == [] and dossier_id
    again.reject()


def test_before_its_day_a_meeting_lists_invited_members_nobody_present(
    qtbot: QtBot, workspace: Workspace, team: Team, settings: QSettings
) -> None:
    dossier_id = ter_bespreking(workspace)[0]
    later, _item_id = plan(workspace, team, dossier_id)  # in three days
    with workspace.database.sessions.begin() as session:
        context = workspace.context("test", user=team.secretary)
        members = [meetings.PlannedMember(team.legal.id)]
        today = meetings.plan_meeting(session, context, TODAY, team.chair.id, members)
    workspace.user = team.secretary
    window = ConferenceWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    listed = window.ui.attendance_list

    def ticks() -> list[object]:
        return [listed.item(r).data(Qt.ItemDataRole.CheckStateRole) for r in range(listed.count())]

    window.refresh(select=later)
    assert listed.count() == 3  # the chair and two members, invited
    assert ticks() == [None, None, None]
    assert "genodigden" in listed.toolTip()
    with workspace.database.reads() as session:
        minutes = minutes_document(session, later, TODAY)
    text = str(minutes)
    assert "uitgenodigd" in text and "aanwezig" not in text.replace("Aanwezig", "")

    window.refresh(select=today)  # on the day, who is present is ticked
    assert listed.count() == 2
    assert all(tick is not None for tick in ticks())
    assert listed.toolTip() == ""
