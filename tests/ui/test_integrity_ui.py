"""A dossier whose signed record was changed outside the program, in the app: a red banner
that names what was found, an editor that lets nobody type, and a functioneel beheerder who
looks into it and releases it; the conference's review shows the same."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot
from signing_helpers import sign_overriding
from sqlalchemy import text

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import SYSTEM, Role, User
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services import assessments, dossiers, users
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.signed import integrity_problems
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.dossier_editor.presentation import reader_line
from maatwerkdesk.ui.integrity.banner import FOR_OTHERS, FOR_THE_BEHEERDER
from maatwerkdesk.ui.people.workstation import show_rights
from tests.ui.editor_fakes import make_editor
from tests.ui.test_conference_ui import Team, open_review, plan, team, ter_bespreking

__all__ = ["team"]  # fixture

CHANGED_FACTS = "De feiten waarop het ondertekende besluit rust"
SYSTEM_CONTEXT = Context(actor="test", origin="test")
REASON = "Titel bij een databaseherstel overschreven; nagegaan in het zaaksysteem."


def person(workspace: Workspace, name: str, role: Role) -> User:
    with workspace.database.sessions.begin() as session:
        return users.add_user(session, workspace.context("test", user=SYSTEM), name, role)


def signed_and_changed(workspace: Workspace, team: Team) -> tuple[str, str, str]:
    """A dossier the chair signed, whose title was then changed in the database itself;
    (dossier id, agenda item id, the title that was signed)."""
    dossier_id = ter_bespreking(workspace)[0]
    with workspace.database.sessions.begin() as session:  # a route whose H6 has considerations
        state = assessments.load_assessment(session, SYSTEM_CONTEXT, dossier_id)
        route = replace(state.assessment, power="eigen-clausule", route="pw-58-8")
        assessments.save_assessment(session, SYSTEM_CONTEXT, dossier_id, route)
    _meeting_id, item_id = plan(workspace, team, dossier_id)
    with workspace.database.sessions.begin() as session:
        signed = sign_overriding(session, workspace.context("test", user=team.chair), item_id)
    with workspace.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE dossier SET title = 'Ander dossier' WHERE id = :id"), {"id": dossier_id}
        )
    return dossier_id, item_id, signed.content.facts.title


def problems_of(workspace: Workspace, dossier_id: str) -> tuple[str, ...]:
    with workspace.database.reads() as session:
        return integrity_problems(session, dossier_id)


def show_every_tab(qtbot: QtBot, editor: DossierEditor) -> None:
    """Each tab reads its part when it is first seen."""
    tabs = editor.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
    tabs.setCurrentIndex(0)


def open_for_editing(editor: DossierEditor) -> list[str]:
    """Every control in the editor that would let someone change the dossier now."""
    ui = editor.ui
    roots: list[QWidget] = [editor.integrity_banner, ui.timeline_view, ui.attachments_view]
    roots.append(ui.step_list)  # choosing a step to read changes nothing
    roots += [ui.attachments_open_button, ui.bsn_show_button]
    for tab in (editor.criteria, editor.precedents, editor.weighing, editor.proposal, editor.loket):
        roots += tab.reading_controls()
    reading = {w for root in roots for w in (root, *root.findChildren(QWidget))}
    found = []
    for widget in editor.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget in reading or isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            continue
        if isinstance(widget, QTextBrowser) or widget.window() is not editor:
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            writable = not widget.isReadOnly()
        else:
            control = isinstance(widget, QAbstractButton | QComboBox | QAbstractItemView)
            writable = control and widget.isEnabled()
        if writable:
            found.append(f"{type(widget).__name__} {widget.objectName()} in {_place(widget)}")
    return found


def _place(widget: QWidget) -> str:
    """The named widgets it sits in, innermost first."""
    names = []
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName():
            names.append(parent.objectName())
        parent = parent.parentWidget()
    return "/".join(names[:3])


def test_a_changed_record_opens_read_only_under_a_red_banner(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    dossier_id, _item_id, _title = signed_and_changed(workspace, team)
    caseworker = person(workspace, "Bart Behandelaar", Role.CASEWORKER)
    workspace.user = caseworker
    editor, fake = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)

    banner = editor.integrity_banner
    assert banner.isVisible() and editor.is_read_only()
    assert banner.ui.title_label.text().startswith("Dit dossier is alleen-lezen")
    problems = problems_of(workspace, dossier_id)
    assert any(CHANGED_FACTS in p for p in problems)
    assert banner.ui.problems_label.text() == "\n".join(f"• {p}" for p in problems)
    assert banner.ui.next_label.text() == FOR_OTHERS
    assert not banner.ui.resolve_button.isVisible()

    show_every_tab(qtbot, editor)
    assert open_for_editing(editor) == []
    ui = editor.ui
    assert ui.title_edit.isReadOnly() and ui.knelpunt_edit.isReadOnly()
    assert not ui.status_combo.isEnabled() and not ui.save_button.isEnabled()
    assert not ui.timeline_add_button.isEnabled()
    assert editor.precedents.ui.similar_tree.isEnabled()  # reading stays possible
    assert editor.criteria.ui.criteria_list.isEnabled()

    # A criterion's considerations are built when it is chosen: they are shut too.
    criteria = editor.criteria
    editor.ui.tabs.setCurrentWidget(criteria)
    listed = criteria.ui.criteria_list
    considered = 0
    for row in range(listed.count()):
        listed.setCurrentRow(row)
        qtbot.wait(1)
        considered += len(criteria.ui.considerations_group.findChildren(QLineEdit))
        assert open_for_editing(editor) == []
    assert considered  # some criterion had considerations to shut
    # The answer keys of the criteria list store nothing either.
    with workspace.database.reads() as session:
        before = assessments.load_assessment(
            session, SYSTEM_CONTEXT, dossier_id, audit_read=False
        ).assessment
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_N)
    with workspace.database.reads() as session:
        after = assessments.load_assessment(
            session, SYSTEM_CONTEXT, dossier_id, audit_read=False
        ).assessment
    assert after == before and fake.informed == []

    # Another dossier is open for editing again, as its tabs set it.
    with workspace.database.sessions.begin() as session:
        fields = DossierFields(title="Nieuw dossier", regulation="Participatiewet")
        other = dossiers.create_dossier(session, workspace.context("test", user=SYSTEM), fields)
    assert editor.open_dossier(other.id)
    assert not banner.isVisible() and not editor.is_read_only()
    show_every_tab(qtbot, editor)
    assert not ui.title_edit.isReadOnly() and ui.status_combo.isEnabled()
    assert editor.criteria.ui.power_combo.isEnabled()
    assert not editor.weighing.ui.aim_edit.isReadOnly()
    assert editor.proposal.ui.escalate_check.isEnabled()


def test_a_functioneel_beheerder_reviews_and_releases_the_dossier(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    dossier_id, _item_id, title = signed_and_changed(workspace, team)
    caseworker = person(workspace, "Bart Behandelaar", Role.CASEWORKER)
    beheerder = person(workspace, "Fatima el Amrani", Role.ADMINISTRATOR)
    workspace.user = caseworker
    editor, _fake = make_editor(qtbot, workspace)
    saved: list[str] = []
    editor.saved.connect(saved.append)
    assert editor.open_dossier(dossier_id)
    banner = editor.integrity_banner
    assert not banner.ui.resolve_button.isVisible()

    workspace.user = beheerder  # Gebruiker wisselen…
    show_rights(editor, beheerder)
    assert banner.ui.resolve_button.isVisible()
    assert banner.ui.next_label.text() == FOR_THE_BEHEERDER
    banner.ui.resolve_button.click()
    dialog = editor.resolve_dialog
    assert dialog is not None and dialog.isVisible()
    problems = problems_of(workspace, dossier_id)
    listed = dialog.ui.problems_list
    assert [listed.item(r).text() for r in range(listed.count())] == list(problems)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Vrijgeven" and not ok.isEnabled()
    dialog.ui.reason_edit.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.ui.reason_edit.setPlainText(REASON)
    ok.click()
    qtbot.waitUntil(lambda: editor.resolve_dialog is None)

    assert problems_of(workspace, dossier_id) == ()
    assert not banner.isVisible()
    assert editor.ui.title_edit.text() == title  # what the signature fixed is put back
    # A functioneel beheerder reads dossiers; the caseworker works on in it again.
    assert editor.is_read_only()
    assert editor.locked_notice.text() == reader_line(workspace.user)
    workspace.user = caseworker
    editor.show_integrity()
    assert not editor.is_read_only() and not editor.locked_notice.text().startswith("U werkt")
    assert saved == [dossier_id]
    with workspace.database.reads() as session:
        record = dossiers.open_dossier(session, workspace.context("test"), dossier_id)
    assert record.fields.title == title


def test_the_review_of_a_changed_record_shows_the_banner_and_signs_nothing(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    dossier_id, item_id, _title = signed_and_changed(workspace, team)
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    banner = review.integrity_banner
    assert banner.isVisibleTo(review) and not banner.ui.resolve_button.isVisibleTo(review)
    assert CHANGED_FACTS in banner.ui.problems_label.text()
    assert not review.ui.amend_button.isEnabled()
    assert review.ui.problems_label.text().startswith("Alleen-lezen tot een functioneel beheerder")
    # Only the dossier's copy of the facts changed: the version itself still checks out.
    assert review.ui.banner_label.text().startswith("Ondertekend door Karel Voorzitter op ")
    review.reject()

    workspace.user = person(workspace, "Fatima el Amrani", Role.ADMINISTRATOR)
    review = open_review(qtbot, workspace, item_id)
    banner = review.integrity_banner
    assert banner.ui.resolve_button.isVisibleTo(review)
    banner.ui.resolve_button.click()
    dialog = review.resolve_dialog
    assert dialog is not None
    dialog.ui.reason_edit.setPlainText(REASON)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: review.resolve_dialog is None and not review.is_loading())
    assert not banner.isVisibleTo(review)
    assert problems_of(workspace, dossier_id) == ()


def test_the_review_never_calls_a_version_changed_in_the_database_signed(
    qtbot: QtBot, workspace: Workspace, team: Team
) -> None:
    dossier_id, item_id, _title = signed_and_changed(workspace, team)
    with workspace.database.engine.begin() as connection:  # now the version itself
        connection.execute(
            text(
                "UPDATE signed_decision SET content = replace(content, 'Karel Voorzitter', "
                "'Vera Voorzit') WHERE dossier_id = :id"
            ),
            {"id": dossier_id},
        )
    workspace.user = team.chair
    review = open_review(qtbot, workspace, item_id)
    assert review.review is not None and not review.review.versions[0].intact
    banner = review.ui.banner_label
    assert banner.text() == (
        "Versie 1 klopt niet en geldt niet als ondertekend besluit: wat hieronder staat, kan "
        "buiten MaatwerkDesk zijn gewijzigd. Zie de rode melding hierboven."
    )
    red = theme.swatch(Meaning.CONFLICT).background
    assert red in banner.styleSheet()  # red like the banner above it, not green
    assert red in review.integrity_banner.styleSheet()
    listed = review.ui.versions_list.item(0).text()
    assert listed.startswith("Versie 1 (KLOPT NIET) — ")
