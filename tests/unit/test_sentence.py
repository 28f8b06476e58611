"""The core's sentences: Dutch text, which keeps what a window needs to translate it."""

from __future__ import annotations

import copy
import pickle

import pytest

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import Sentence, said, vocabulary_word


def test_a_sentence_is_its_dutch_text() -> None:
    sentence = said("signing", "Dossier {ref} is al getekend.").format(ref="MW-1")
    assert sentence == "Dossier MW-1 is al getekend."
    assert isinstance(sentence, str) and type(str(sentence)) is str
    assert (sentence.context, sentence.template) == ("signing", "Dossier {ref} is al getekend.")
    assert sentence.fields == {"ref": "MW-1"}


def test_a_sentence_without_fields_is_its_template() -> None:
    assert said("dossier_steps", "Alle stappen zijn klaar.") == "Alle stappen zijn klaar."


def test_format_specs_work_as_in_python() -> None:
    sentence = said("text", "Maximaal {limit:,} tekens.").format(limit=100_000)
    assert sentence == "Maximaal 100,000 tekens."


def test_fields_must_be_named_so_a_translation_may_reorder_them() -> None:
    with pytest.raises(TypeError):
        said("text", "{} en {}").format("a", "b")


def test_a_missing_field_fails_where_the_sentence_is_made() -> None:
    with pytest.raises(KeyError):
        said("text", "Dossier {ref}.").format(id="x")


def test_a_sentence_survives_pickling_and_copying_whole() -> None:
    label = vocabulary_word("in behandeling")
    sentence = said("status", "De status is {status}.").format(status=label)
    for again in (pickle.loads(pickle.dumps(sentence)), copy.deepcopy(sentence)):
        assert again == sentence
        assert isinstance(again, Sentence) and again.template == sentence.template
        assert again.fields["status"].context == "Vocabulary"


def test_an_error_keeps_the_sentence_it_was_raised_with() -> None:
    sentence = said("signing", "Dossier {ref} is al getekend.").format(ref="MW-1")
    error = DomainError(sentence)
    assert str(error) == "Dossier MW-1 is al getekend."
    assert error.args[0] is sentence
