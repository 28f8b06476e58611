"""The core's sentences reach a window in the window's language (docs/translations.md)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, clean_text
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence


@contextmanager
def installed(translator: QTranslator) -> Iterator[None]:
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def too_long() -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        clean_text("x" * (LONG_TEXT_LIMIT + 1), "knelpunt", limit=LONG_TEXT_LIMIT, multiline=True)
    return refused.value


def test_a_refusal_of_the_core_is_shown_in_english(english: None) -> None:
    assert shown_error(too_long()) == (
        "This text is too long (100.001 characters; at most 100.000). "
        "Shorten it, or add the piece as an attachment."
    )


def test_without_a_translation_the_dutch_is_shown(qapp: QApplication) -> None:
    error = too_long()
    assert shown_error(error) == str(error)
    assert str(error).startswith("Deze tekst is te lang (100.001 tekens; maximaal 100.000).")


def test_text_that_is_no_sentence_is_shown_as_it_is(english: None) -> None:
    assert shown_error(DomainError("Een tekst van buiten.")) == "Een tekst van buiten."
    assert shown_sentence("Gewoon tekst") == "Gewoon tekst"


def test_a_label_in_a_sentence_is_translated_as_a_label(english: None) -> None:
    sentence = said("tests", "Nog niet vertaald: {status}.").format(
        status=vocabulary_word("Afgesloten")
    )
    assert shown_sentence(sentence) == "Nog niet vertaald: Closed."


def test_a_translation_that_names_other_fields_shows_the_dutch(
    qapp: QApplication, tmp_path: Path
) -> None:
    ts = tmp_path / "broken.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>tests</name><message><source>Dossier {ref} bestaat niet.</source>"
        "<translation>File {id} does not exist.</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "broken.qm"))
    sentence = said("tests", "Dossier {ref} bestaat niet.").format(ref="MW-1")
    with installed(translator):
        assert shown_sentence(sentence) == "Dossier MW-1 bestaat niet."
