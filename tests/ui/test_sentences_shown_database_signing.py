"""The services' sentences about the database, its keys, signing and the signed record reach
an English window in English (docs/translations.md, "The core's sentences")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.text import joined
from maatwerkdesk.persistence.connection import OpenError, Problem, Server
from maatwerkdesk.services.signed import SignedDecisionError
from maatwerkdesk.services.signed_version import decision_text
from maatwerkdesk.services.sync import SyncReport
from maatwerkdesk.services.unavailable import explained
from maatwerkdesk.services.unit_of_work import BUSY
from maatwerkdesk.services.workspace import server_place
from maatwerkdesk.ui.briefcase.actions import sync_summary
from maatwerkdesk.ui.briefcase.status import offline_text
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence
from maatwerkdesk.ui.integrity.banner import problem_lines

SERVER = Server("db.example.nl", None, "anouk", "maatwerk")


def test_a_failure_of_the_database_is_shown_in_english(english: None) -> None:
    assert shown_error(BUSY.error()) == (
        "The database is busy with work from a colleague or another program and could not "
        "answer in time. Wait a moment and try again."
    )


def test_a_server_out_of_reach_is_told_in_english(english: None) -> None:
    error = explained(OpenError(Problem.UNREACHABLE, server=SERVER))
    assert shown_error(error) == (
        "The database server db.example.nl:5432 cannot be reached. Check that the server is "
        "running and that the address is right, or ask the application administrator."
    )


def test_without_a_translation_the_dutch_is_shown(qapp: QApplication) -> None:
    error = explained(OpenError(Problem.UNREACHABLE, server=SERVER))
    assert isinstance(error.args[0], Sentence)
    assert shown_error(error) == str(error)
    assert str(error).startswith("De databaseserver db.example.nl:5432 is niet bereikbaar.")


def test_refusals_of_signing_one_after_the_other_are_each_translated(english: None) -> None:
    refusal = DomainError(
        joined(
            [
                said("signing", "Alleen een voorzitter ondertekent een besluit."),
                said("signing", "Geef aan waarom het ondertekende besluit wijzigt."),
            ],
            " ",
        )
    )
    assert shown_error(refusal) == (
        "Only a chair signs a decision. Say why the signed decision changes."
    )


def test_the_integrity_banner_names_what_was_found_in_english(english: None) -> None:
    problem = said("signed", "Versie {version} hoort bij een ander dossier.").format(version=2)
    tampered = SignedDecisionError(
        said(
            "signed",
            "Dit dossier is alleen-lezen: het vastgelegde besluit is buiten het programma "
            "gewijzigd. {problem} Vraag de functioneel beheerder het te beoordelen.",
        ).format(problem=problem)
    )
    assert problem_lines([problem]) == "• Version 2 belongs to another dossier."
    assert shown_error(tampered) == (
        "This dossier is read-only: the recorded decision was changed outside the program. "
        "Version 2 belongs to another dossier. Ask the application administrator to verify it."
    )


def test_the_briefcase_names_its_team_database_in_english(english: None) -> None:
    place = server_place("postgresql+psycopg://anouk@db.example.nl/maatwerk")
    assert str(place) == "maatwerk op db.example.nl"
    assert shown_sentence(place) == "maatwerk on db.example.nl"
    assert "(maatwerk on db.example.nl, " in offline_text(
        2, "postgresql+psycopg://anouk@db.example.nl/maatwerk"
    )


def test_a_dossier_that_did_not_sync_is_told_in_english(english: None) -> None:
    report = SyncReport(failed=[said("sync", "Dit dossier bestaat niet (meer).")])
    assert sync_summary(report).endswith("This dossier does not exist (any more).")


def test_the_decision_to_be_fixed_is_told_in_english(english: None) -> None:
    decision = Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 50), None, (), "")
    text = decision_text(decision, None, frozenset())
    assert str(text) == "Gedeeltelijk afwijken, 50%"
    assert shown_sentence(text) == "Deviate in part, 50%"
