"""The dossier's own sentences (facts, groups, decisions, imports, catalogues) reach an
English window in English, and a Dutch one exactly as the core wrote them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.case_facts import (
    LARGE_RECOVERY_EXPLAINED,
    Amount,
    AmountKind,
    Period,
    RecoveryBurden,
    period_text,
)
from maatwerkdesk.domain.catalogue_loading import CatalogueError, parse_toml
from maatwerkdesk.domain.decision import DegreeRange, DegreeUnit
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.exchange import parse_json, read_document
from maatwerkdesk.domain.groups import GroupLink, MemberCheck, refuse_to_join
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence
from maatwerkdesk.ui.dossier_editor.fact_dialogs import AmountDialog


def refused(call: object) -> ValidationError | CatalogueError:
    assert callable(call)
    with pytest.raises((ValidationError, CatalogueError)) as refusal:
        call()
    return refusal.value


MONTHLY = Amount(
    AmountKind.BENEFIT, Decimal("1180.50"), Period.MONTHLY, date(2026, 2, 1), date(2026, 4, 30)
)
BURDEN = RecoveryBurden(Decimal("4312.17"), Decimal("12000.00"))


def test_a_refused_amount_is_told_in_english_in_its_dialog(english: None, qtbot: QtBot) -> None:
    dialog = AmountDialog(None)
    qtbot.addWidget(dialog)
    dialog.ui.euros_edit.setText("-12")
    dialog.ui.button_box.accepted.emit()
    assert dialog.ui.error_label.text() == (
        "An amount cannot be negative; enter it without a minus sign."
    )


def test_the_facts_and_the_burden_are_shown_in_english(english: None) -> None:
    assert shown_sentence(period_text(MONTHLY)) == "per month, 01-02-2026 to 30-04-2026"
    assert shown_sentence(BURDEN.sentence) == (
        "The claim or recovery of € 4.312,17 is 36 % of the yearly income of € 12.000,00 "
        "(income and benefits together)."
    )
    assert shown_sentence(LARGE_RECOVERY_EXPLAINED) == (
        "From 30 % on, repaying with a tenth of the income per month takes 3 years or longer."
    )
    months = DegreeRange(DegreeUnit.MONTHS, 2, 4, 2)
    assert shown_sentence(str(months)) == "2 months to 4 months"


def test_a_group_says_its_refusals_and_its_link_in_english(english: None) -> None:
    link = GroupLink("g", "GR-2026-0001", "Jonge mantelzorgers", MemberCheck.OPEN)
    assert shown_sentence(link.line) == "Belongs to group GR-2026-0001 — Jonge mantelzorgers"
    error = refused(lambda: refuse_to_join("MW-2026-00001", "GR-2026-0002", False))
    assert shown_error(error) == (
        "MW-2026-00001 already belongs to group GR-2026-0002. A dossier belongs to at most "
        "one group; remove it from there first."
    )


def test_an_import_file_is_refused_in_english(english: None) -> None:
    assert shown_error(refused(lambda: parse_json(b"  ", "x.json"))) == "x.json: the file is empty."
    assert shown_error(refused(lambda: parse_json(b'{"a": 1,', "x.json"))) == (
        "x.json: not valid JSON (line 1, column 9): a field name in double quotation marks is "
        "expected here; the file ends unexpectedly (cut off?)."
    )
    formats = "maatwerkdesk/1 or maatwerkdesk/2 or maatwerkdesk/3"
    assert shown_error(refused(lambda: read_document({"format": 3}, "x.json"))) == (
        f"x.json: format: This is not a file in the exchange format {formats} (no text). "
        f"This version of MaatwerkDesk reads only {formats}."
    )


def test_a_catalogue_is_refused_in_english_problem_by_problem(english: None) -> None:
    error = refused(lambda: parse_toml("x = [", "k.toml"))
    assert shown_error(error) == (
        "The catalogue k.toml is not valid (1 problem):\n"
        "k.toml: This is not valid TOML. Check how this line is written (message of the TOML "
        "reader: Invalid value (at end of document))."
    )
    too_large = refused(lambda: parse_toml("#" * 2_000_001, "k.toml"))
    assert shown_error(too_large).endswith(
        "\nk.toml: The file is larger than 2 MB; that is not a catalogue."
    )


def test_without_a_translation_the_dutch_is_shown_as_written(qapp: QApplication) -> None:
    assert shown_sentence(period_text(MONTHLY)) == "per maand, 01-02-2026 t/m 30-04-2026"
    assert shown_sentence(BURDEN.sentence) == str(BURDEN.sentence)
    error = refused(lambda: read_document({"format": 3}, "x.json"))
    assert shown_error(error) == str(error)
    assert str(error).startswith("x.json: format: Dit is geen bestand in het uitwisselingsformaat")
