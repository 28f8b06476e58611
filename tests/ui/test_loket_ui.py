"""The editor's Loket step: the demo's loket dossier shows its organisations, handover,
consent and sharing, fits a laptop's screen, and its acts go through the services (a
withdrawn consent is refused with the service's sentence); the entry dialog in each of
its kinds takes no Alt+letter twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_check import layout_problems
from main_windows import main_window_with_editor
from mnemonics import window_problems
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from maatwerkdesk.domain.loket import MINIMAL, FieldGroup, Ground, InvolvementRole, ReferralStatus
from maatwerkdesk.persistence.models import LoketConsentRow
from maatwerkdesk.services import loket
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.loket.entry_dialog import Entry, Kind, LoketEntryDialog
from maatwerkdesk.ui.main_window import MainWindow

SCREENS = [(1366, 768), (1280, 800)]


def loket_dossier(workspace: Workspace) -> str:
    with workspace.database.reads() as session:
        return session.scalar(select(LoketConsentRow.dossier_id).limit(1))  # type: ignore[return-value]


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace, settings: QSettings) -> Iterator[MainWindow]:
    shown, editor = main_window_with_editor(qtbot, demo_workspace, settings)
    assert shown.list_pane is not None
    chosen = loket_dossier(demo_workspace)
    shown.list_pane.dossier_chosen.emit(chosen)
    qtbot.waitUntil(lambda: editor.current_dossier_id() == chosen and editor.isVisible())
    editor.ui.tabs.setCurrentWidget(editor.loket)
    QApplication.processEvents()
    yield shown
    shown.shutdown()


def test_the_demo_loket_is_shown_and_fits_a_laptop(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    assert editor is not None
    ui = editor.loket.ui
    assert ui.organisation_tree.topLevelItemCount() == 2
    referral = ui.referral_tree.topLevelItem(0)
    assert (referral.text(0), referral.text(1)) == ("LMM", "warm")
    assert referral.text(2).startswith("verzonden ")
    assert ui.consent_tree.topLevelItem(0).text(0) == "UWV"
    assert "onder a AVG" in ui.sharing_tree.topLevelItem(0).text(3)
    step = editor.ui.step_list.item(editor.ui.tabs.indexOf(editor.loket))
    assert step.text() == "✓  Loket"
    assert "2 organisaties, 1 verwijzing" in step.toolTip()
    for width, height in SCREENS:
        window.resize(width, height)
        QApplication.processEvents()
        qtbot.wait(20)
        assert window.width() <= width and window.height() <= height
        assert layout_problems(window, editor) == []
    assert window_problems(window, "hoofdvenster, Loket") == []


def _scripted(window: MainWindow, *entries: Entry) -> list[Kind]:
    """Answer the panel's dialogs with `entries`, in turn; the kinds asked."""
    editor = window.editor
    assert editor is not None
    asked: list[Kind] = []
    answers = list(entries)

    def ask(dialog: LoketEntryDialog) -> Entry | None:
        asked.append(dialog._kind)
        return answers.pop(0) if answers else None

    editor.loket.ask = ask
    return asked


def test_the_panel_records_through_the_services_and_shows_what_is_refused(
    window: MainWindow, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    editor = window.editor
    assert editor is not None
    panel, ui = editor.loket, editor.loket.ui
    asked = _scripted(
        window,
        Entry(organisation="cjib", role=InvolvementRole.INVOLVED, text="Fictieve boete."),
        Entry(organisation="svb", groups=MINIMAL),
        Entry(status=ReferralStatus.RECEIVED),
    )
    ui.add_organisation_button.click()
    ui.add_consent_button.click()
    ui.referral_tree.setCurrentItem(ui.referral_tree.topLevelItem(0))
    ui.move_referral_button.click()
    assert asked == [Kind.ORGANISATION, Kind.CONSENT, Kind.STEP]
    assert ui.organisation_tree.topLevelItemCount() == 3
    assert ui.referral_tree.topLevelItem(0).text(2).startswith("ontvangen ")
    # Withdraw the demo's consent, then try to share on it: the service refuses.
    ui.consent_tree.setCurrentItem(ui.consent_tree.topLevelItem(0))
    ui.withdraw_consent_button.click()
    assert ui.consent_tree.topLevelItem(0).text(3) != ""
    consent = panel.state().consents[0]  # type: ignore[union-attr]
    _scripted(
        window,
        Entry(
            organisation="uwv",
            ground=Ground.CONSENT,
            consent_id=consent.id,
            groups=frozenset({FieldGroup.CASE}),
        ),
    )
    ui.share_button.click()
    dialogs = editor.dialogs
    assert any("ingetrokken" in text for _title, text in dialogs.informed)  # type: ignore[attr-defined]
    assert ui.sharing_tree.topLevelItemCount() == 1  # only the demo's


def test_sharing_opens_the_summary_in_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    assert editor is not None
    requested: list[tuple[str, str]] = []
    editor.loket_summary_requested.connect(lambda d, s: requested.append((d, s)))
    _scripted(
        window,
        Entry(organisation="lmm", ground=Ground.PUBLIC_TASK, provision="Fictief artikel"),
    )
    editor.loket.ui.share_button.click()
    assert len(requested) == 1
    qtbot.waitUntil(lambda: window.findChild(PdfPreviewDialog) is not None, timeout=20_000)
    preview = window.findChild(PdfPreviewDialog)
    assert preview is not None and "Gedeelde samenvatting" in preview.windowTitle()
    preview.close()


@pytest.mark.parametrize("kind", list(Kind))
def test_the_entry_dialog_takes_each_letter_once(qtbot: QtBot, kind: Kind) -> None:
    dialog = LoketEntryDialog(
        kind, loket.organisations(), steps=(ReferralStatus.RECEIVED, ReferralStatus.NOT_TAKEN_UP)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert window_problems(dialog, kind.value) == []
    assert layout_problems(dialog, dialog) == []
