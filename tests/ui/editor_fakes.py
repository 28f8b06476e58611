"""Scripted dialogs and an editor on screen, shared by the editor and criteria panel tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import DossierFields, DossierRecord, TimelineEntry
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor


class FakeDialogs:
    """Scripted answers instead of modal dialogs; records what the editor asked."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[dict[str, Any]] = []
        self.informed: list[tuple[str, str]] = []
        self.files: list[Path] = []
        self.texts: list[str | None] = []
        self.entries: list[TimelineEntry] = []
        self.opened: list[Path] = []
        self.fact_entries: list[Any] = []
        """What the amount, third party and ruling dialogs hand back, in turn (None:
        cancelled); each records the entry it was given in `fact_edited`."""
        self.fact_edited: list[Any] = []

    def ask(self, parent: QWidget, title: str, text: str, choices: Any, **options: Any) -> str:
        keys = [choice.key for choice in choices]
        self.asked.append({"title": title, "text": text, "keys": keys, **options})
        assert self.answers, f"unexpected question: {text}"
        answer = self.answers.pop(0)
        assert answer in keys
        return answer

    def inform(self, parent: QWidget, title: str, text: str, **_options: Any) -> None:
        self.informed.append((title, text))

    def choose_files(self, parent: QWidget, title: str) -> list[Path]:
        return self.files

    def ask_text(self, parent: QWidget, title: str, label: str, **_options: Any) -> str | None:
        return self.texts.pop(0) if self.texts else ""

    def new_timeline_entry(self, parent: QWidget, today: date) -> TimelineEntry | None:
        return self.entries.pop(0) if self.entries else None

    def _fact(self, given: Any) -> Any:
        self.fact_edited.append(given)
        return self.fact_entries.pop(0) if self.fact_entries else None

    def edit_amount(self, parent: QWidget, amount: Any) -> Any:
        return self._fact(amount)

    def edit_third_party(self, parent: QWidget, party: Any) -> Any:
        return self._fact(party)

    def edit_ruling(self, parent: QWidget, ruling: Any, today: date) -> Any:
        return self._fact(ruling)

    def open_url(self, url: Any) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return True


def make_editor(qtbot: QtBot, workspace: Workspace) -> tuple[DossierEditor, FakeDialogs]:
    editor = DossierEditor(workspace)
    qtbot.addWidget(editor)
    fake = FakeDialogs()
    editor.dialogs = fake  # type: ignore[assignment]
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, fake


def store(workspace: Workspace, fields: DossierFields) -> DossierRecord:
    with workspace.database.sessions.begin() as session:
        return dossiers.create_dossier(session, workspace.context("test"), fields)
