"""The steps' reasons, the lists the core enumerates, who changed what and when, the loans,
the language advice, the signals of possible maatwerk and the synchronisation's parts reach
an English window in English, and a Dutch one exactly as the core wrote them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.case_facts import Amount, AmountKind, CaseFacts, Period
from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.concurrency import changed_by_line, stale_message
from maatwerkdesk.domain.dossier import Doenvermogen
from maatwerkdesk.domain.errors import ConcurrentEditError, ValidationError
from maatwerkdesk.domain.intake_signals import SignalInput, signal_hits
from maatwerkdesk.domain.lease import DossierAwayError, Lease, LeaseState, away_message
from maatwerkdesk.domain.plain_language import analyse
from maatwerkdesk.domain.sentence import vocabulary_word
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue
from maatwerkdesk.domain.sync_conflicts import part_label, value_text
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.domain.toml_limits import find_excess
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence

TODAY = date(2026, 12, 7)


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def test_the_editor_names_its_next_step_in_english(
    english: None, shipped: None, qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _ = make_editor(qtbot, workspace)
    line = editor.ui.next_step_label
    assert line.text() == "Next step: Dossier — give the dossier a title"
    qtbot.keyClicks(editor.ui.title_edit, "Terugvordering na verhuizing")
    qtbot.keyClicks(editor.ui.regulation_edit, "Participatiewet")
    assert line.text() == "Next step: Person concerned — name the person concerned"
    assert editor.ui.step_list.item(0).toolTip() == "Dossier: done — filled in"


def test_an_enumeration_says_and_or_or_in_english(english: None) -> None:
    words = [vocabulary_word("behandelaar"), vocabulary_word("voorzitter"), "Anouk"]
    assert shown_sentence(enumerate_nl(words)) == "caseworker, chair and Anouk"
    assert shown_sentence(enumerate_nl(["‘a’", "‘b’"], "of")) == "‘a’ or ‘b’"
    assert enumerate_nl(words) == "behandelaar, voorzitter en Anouk"  # the core's Dutch


def test_who_changed_a_dossier_and_when_is_said_in_english(english: None) -> None:
    at = datetime(2026, 11, 27, 13, 32, tzinfo=UTC)
    local = at.astimezone()
    today = changed_by_line("Dossier MW-1", "", at, now=local)
    assert shown_sentence(today) == f"Dossier MW-1 was changed by someone else at {local:%H:%M}"
    earlier = changed_by_line("Dossier MW-1", "Anouk", at, now=local + timedelta(days=2))
    assert shown_sentence(earlier) == (
        f"Dossier MW-1 was changed by Anouk on {local:%d-%m-%Y} at {local:%H:%M}"
    )
    refusal = ConcurrentEditError(stale_message("Dossier MW-1", "Anouk", None))
    assert shown_error(refusal) == (
        "Dossier MW-1 was changed by Anouk, after you opened it. Your change has not been "
        "saved: look at the new version and make your change there again if needed."
    )


def test_a_dossier_on_loan_is_refused_in_english(english: None) -> None:
    until = datetime(2026, 12, 12, 16, 0, tzinfo=UTC)
    lease = Lease("l", "d", "MW-1", "u", "Anouk", "LT-07", until, LeaseState.OPEN)
    assert shown_error(DossierAwayError(away_message(lease))) == (
        f"Dossier MW-1 is on the road with Anouk (laptop LT-07) until "
        f"{until.astimezone():%d-%m-%Y %H:%M}: you can read it but not change it. Ask Anouk "
        "to hand it back, or ask the chair to end the loan."
    )


def test_language_advice_is_given_in_english(english: None) -> None:
    (finding,) = analyse(" ".join(["woord"] * 45) + ".").findings
    assert shown_sentence(finding.message) == (
        "This sentence has 45 words. Make it three sentences: B1 keeps sentences to 20 words "
        "or fewer."
    )


def test_a_signal_of_possible_maatwerk_explains_itself_in_english(english: None) -> None:
    shipped = catalogues.BUNDLED_DIR / "signalering-2026.1.toml"
    catalogue = load_catalogue(shipped.read_text("utf-8"), shipped.name)
    assert isinstance(catalogue, SignalCatalogue)
    debt = Amount(AmountKind.DEBT, Decimal("450.00"), Period.ONCE, starts=date(2025, 12, 7))
    found = signal_hits(catalogue, SignalInput(CaseFacts(amounts=(debt,)), Doenvermogen()), TODAY)
    (long_running,) = [hit for hit in found if hit.signal_id == "lange-duur"]
    assert shown_sentence(long_running.explanation).startswith(
        "The debt of € 450,00 has been running since 07-12-2025: 12 months. Threshold: "
    )


def test_the_parts_of_a_sync_conflict_are_named_in_english(english: None) -> None:
    assert shown_sentence(part_label(("fields", "facts", "stage"))) == (
        "Facts › stage of the procedure"
    )
    assert shown_sentence(value_text({"kind": "schuld", "euros": "12.50"})).startswith(
        "Debt: € 12,50"
    )


def test_a_catalogue_past_the_bounds_is_refused_in_english(english: None) -> None:
    excess = find_excess("a = " + "[" * 20 + "]" * 20)
    assert excess is not None
    assert shown_sentence(excess.message).startswith(
        "Lists or tables are nested more than 16 levels deep here"
    )


def test_without_a_translation_the_dutch_is_shown(qapp: QApplication) -> None:
    refusal = ValidationError("until", stale_message("Dossier MW-1", "Anouk", None))
    assert shown_error(refusal) == str(refusal)
    assert str(refusal).startswith("Dossier MW-1 is gewijzigd door Anouk, nadat u het opende.")
