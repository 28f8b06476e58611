"""Preview, save, print and the conference pack in the app, against demo dossiers: every
save and print leaves exactly one audit record per dossier, and a failure leaves none."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from editor_fakes import FakeDialogs
from pdf_text import needs_poppler, page_count
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import document_export, dossiers
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.export import pack_dialog
from maatwerkdesk.ui.export.actions import ExportActions
from maatwerkdesk.ui.export.building import decision_export, pack_export
from maatwerkdesk.ui.export.pack_dialog import PackDialog
from maatwerkdesk.ui.export.preview import FOLDER_KEY, PdfPreviewDialog
from maatwerkdesk.ui.main_window import MainWindow

TODAY = date(2026, 12, 1)
MM = 72 / 25.4
"""Points per millimetre."""


def ids_with(workspace: Workspace, status: DossierStatus) -> list[str]:
    query = dossiers.DossierQuery(status=status, sort=dossiers.SortKey.REFERENCE, descending=False)
    with workspace.database.reads() as session:
        return [row.id for row in dossiers.list_dossiers(session, query, limit=None)]


def audited(workspace: Workspace, name: str) -> list[str]:
    """The dossier ids of the audit records named `name`."""
    with workspace.database.reads() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.name == name))
        return [row.dossier_id for row in rows if row.dossier_id is not None]


@pytest.fixture
def open_preview(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> Callable[[], tuple[PdfPreviewDialog, str]]:
    def open_() -> tuple[PdfPreviewDialog, str]:
        dossier_id = ids_with(demo_workspace, DossierStatus.BESLOTEN)[0]
        rebuild = partial(decision_export, demo_workspace, dossier_id, TODAY)
        dialog = PdfPreviewDialog(demo_workspace, settings, rebuild(False), rebuild)
        qtbot.addWidget(dialog)
        dialog.dialogs = FakeDialogs()  # type: ignore[assignment]
        dialog.resize(700, 800)
        dialog.show()
        return dialog, dossier_id

    return open_


@needs_poppler
def test_the_preview_shows_every_page_of_the_decision(open_preview) -> None:
    dialog, _ = open_preview()
    pages = page_count(dialog.export.pdf)
    assert pages > 1
    assert dialog.page_count() == pages
    assert dialog.ui.page_label.text() == f"Pagina 1 van {pages}"
    reference = dialog.export.document.header.reference
    assert dialog.windowTitle() == f"Besluit {reference} – voorbeeld"
    assert dialog.ui.pseudonymise_check.isVisibleTo(dialog)
    assert not dialog.is_busy()


def test_saving_writes_the_file_and_one_audit_record(
    open_preview, demo_workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    dialog, dossier_id = open_preview()
    offered: list[Path] = []

    def choose(suggested: Path) -> Path:
        offered.append(suggested)
        return tmp_path / "voor de burger"  # no extension: .pdf is added

    dialog.choose_target = choose
    dialog.ui.save_button.click()
    reference = dialog.export.document.header.reference
    assert offered == [Path.home() / f"{reference} besluit.pdf"]
    target = tmp_path / "voor de burger.pdf"
    assert target.read_bytes() == dialog.export.pdf
    assert audited(demo_workspace, document_export.EXPORT_PDF) == [dossier_id]
    assert dialog.ui.status_label.text() == "Opgeslagen als voor de burger.pdf."
    assert dialog.dialogs.informed == []
    assert settings.value(FOLDER_KEY) == str(tmp_path)


def test_a_failed_save_warns_and_audits_nothing(
    open_preview, demo_workspace: Workspace, tmp_path: Path
) -> None:
    dialog, _ = open_preview()
    dialog.choose_target = lambda _suggested: tmp_path / "bestaat niet" / "besluit.pdf"
    dialog.ui.save_button.click()
    [(title, text)] = dialog.dialogs.informed
    assert title == "Niet opgeslagen"
    assert "bestaat niet. Kies een andere map." in text
    assert audited(demo_workspace, document_export.EXPORT_PDF) == []
    assert dialog.ui.status_label.text() == ""


@needs_poppler
def test_printing_prints_every_page_on_white_and_audits_it(
    open_preview, demo_workspace: Workspace, tmp_path: Path
) -> None:
    dialog, dossier_id = open_preview()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert dialog.print_to(printer)
    printed = (tmp_path / "afdruk.pdf").read_bytes()
    assert page_count(printed) == dialog.page_count()
    assert audited(demo_workspace, document_export.PRINT) == [dossier_id]
    # 5 mm into the printed area lies the document's blank margin: white, not transparent.
    corner = printer.pageRect(QPrinter.Unit.Point).topLeft()
    page = QPdfDocument()
    page.load(str(tmp_path / "afdruk.pdf"))
    size = page.pagePointSize(0).toSize()
    image = page.render(0, QSize(size.width(), size.height()))
    pixel = image.pixelColor(round(corner.x() + 5 * MM), round(corner.y() + 5 * MM))
    assert pixel == QColor("white")


def test_the_pseudonymised_variant_is_built_on_a_worker(open_preview, qtbot: QtBot) -> None:
    dialog, _ = open_preview()
    assert not dialog.export.pseudonymised
    dialog.ui.pseudonymise_check.setChecked(True)
    assert dialog.is_busy()
    assert not dialog.ui.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    header = dialog.export.document.header
    assert header.variant != ""
    assert dialog.export.action_name == document_export.EXPORT_PDF_PSEUDONYMISED
    assert (
        dialog.export.suggested_file_name() == f"{header.reference} besluit gepseudonimiseerd.pdf"
    )
    assert dialog.windowTitle().endswith("(gepseudonimiseerd) – voorbeeld")
    assert dialog.page_count() > 0
    assert dialog.ui.save_button.isEnabled()


# ---------------------------------------------------------------------- the conference pack


class GatedBuild:
    """Wraps `pack_export` so a test can hold the worker after the first dossier."""

    def __init__(self) -> None:
        self.reported: list[tuple[int, int]] = []
        self.release = threading.Event()

    def __call__(self, *args: Any) -> Export:
        *head, progress = args

        def report(done: int, total: int) -> None:
            self.reported.append((done, total))
            progress(done, total)
            if done == 1:
                self.release.wait(10)

        return pack_export(*head, report)


@pytest.fixture
def gated(monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedBuild]:
    build = GatedBuild()
    monkeypatch.setattr(pack_dialog, "pack_export", build)
    yield build
    build.release.set()  # never leave a worker waiting


@pytest.fixture
def actions(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> Iterator[tuple[ExportActions, QMainWindow]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    exports = ExportActions(window, demo_workspace, settings)
    yield exports, window
    exports.shutdown()


def open_pack_dialog(qtbot: QtBot, exports: ExportActions, window: QMainWindow) -> PackDialog:
    exports.open_pack_dialog()
    qtbot.waitUntil(lambda: bool(window.findChildren(PackDialog)))
    dialog = window.findChild(PackDialog)
    dialog.dialogs = FakeDialogs()  # type: ignore[assignment]
    return dialog


def make_button(dialog: PackDialog) -> QPushButton:
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_pack_dialog_lists_the_dossiers_for_the_meeting(
    actions, demo_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog = open_pack_dialog(qtbot, *actions)
    tree = dialog.ui.dossier_tree
    expected = ids_with(demo_workspace, DossierStatus.TER_BESPREKING)
    assert len(expected) >= 2
    assert dialog.agenda() == expected  # all checked, by reference
    assert tree.topLevelItemCount() == len(expected)

    tree.setCurrentItem(tree.topLevelItem(1))
    dialog.ui.up_button.click()
    assert dialog.agenda() == [expected[1], expected[0], *expected[2:]]
    assert not dialog.ui.up_button.isEnabled()  # already first

    make = make_button(dialog)
    assert make.text() == "Maken"
    for row in range(tree.topLevelItemCount()):
        tree.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.agenda() == []
    assert not make.isEnabled()
    assert dialog.ui.hint_label.text().startswith("Vink ten minste één dossier aan")


def test_making_the_pack_shows_progress_then_the_preview(
    actions, gated: GatedBuild, demo_workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    exports, window = actions
    dialog = open_pack_dialog(qtbot, exports, window)
    chosen = dialog.agenda()
    dialog.make()
    assert dialog.is_building()
    assert not make_button(dialog).isEnabled()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() == 1)
    assert dialog.progress.labelText() == (
        f"Vergaderstukken maken… dossier 2 van {len(chosen)} lezen"
    )
    gated.release.set()
    qtbot.waitUntil(lambda: bool(window.findChildren(PdfPreviewDialog)), timeout=10_000)
    preview = window.findChild(PdfPreviewDialog)
    assert gated.reported[-1] == (2 * len(chosen), 2 * len(chosen))
    assert preview.export.dossier_ids == tuple(chosen)
    assert preview.export.action_name == document_export.EXPORT_PACK
    assert preview.page_count() > len(chosen)  # the agenda, then a page or more each
    assert preview.windowTitle().startswith("Vergaderstukken ")
    assert not preview.ui.pseudonymise_check.isVisibleTo(preview)  # chosen before
    assert audited(demo_workspace, document_export.EXPORT_PACK) == []  # not saved yet
    preview.choose_target = lambda suggested: tmp_path / suggested.name
    preview.ui.save_button.click()
    saved = tmp_path / f"Vergaderstukken {preview.export.document.header.reference}.pdf"
    assert saved.read_bytes() == preview.export.pdf
    assert sorted(audited(demo_workspace, document_export.EXPORT_PACK)) == sorted(chosen)
    preview.close()


def test_cancelling_the_pack_leaves_no_preview(actions, gated: GatedBuild, qtbot: QtBot) -> None:
    exports, window = actions
    dialog = open_pack_dialog(qtbot, exports, window)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() == 1)
    dialog.progress.findChild(QPushButton).click()  # "Annuleren"
    gated.release.set()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=10_000)
    QApplication.processEvents()
    assert window.findChildren(PdfPreviewDialog) == []
    assert dialog.isVisible()  # back to choosing; nothing to tell
    assert dialog.dialogs.informed == []
    assert make_button(dialog).isEnabled()


# ---------------------------------------------------------------------- the main window


def test_the_window_offers_the_decision_of_the_open_dossier(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.action_export_pack.isEnabled()
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.ui.action_export_pack.isEnabled()
    assert not window.ui.action_export_decision.isEnabled()  # no dossier open
    assert window.ui.action_export_decision.shortcut().toString() == "Ctrl+E"

    dossier_id = ids_with(demo_workspace, DossierStatus.BESLOTEN)[0]
    window.list_pane.dossier_chosen.emit(dossier_id)
    qtbot.waitUntil(window.ui.action_export_decision.isEnabled)
    window.ui.action_export_decision.trigger()
    # The first document of a new profile checks every signed version once: on a busy
    # two-core machine that has taken over ten seconds.
    qtbot.waitUntil(lambda: bool(window.findChildren(PdfPreviewDialog)), timeout=30_000)
    preview = window.findChild(PdfPreviewDialog)
    assert preview.export.dossier_ids == (dossier_id,)
    assert preview.page_count() > 0
    preview.close()
    window.shutdown()
