"""Sentences the core makes for a user to read, in Dutch, that a window can translate.

The core imports no Qt, yet its refusals, findings and explanations reach English windows.
So it marks each sentence where it is written:

    raise DomainError(said("signing", "Dossier {ref} is al getekend.").format(ref=ref))

`said` gives back a `Sentence`: a `str` holding the Dutch text, so that the command line,
the tests and the documents use it as any other text, which also keeps its context, its
template and the values put into it. A window shows it with `shown_sentence` (in
`ui/common/vocabulary.py`), which translates the template and fills in the values again,
each value that is itself a `Sentence` translated too. The translation tools find the
templates because the build tells them that `said` is spelled as `translate`
(scripts/build_translations.py): the context and the template must be literals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

VOCABULARY = "Vocabulary"
"""The context of the domain's labels (marked in the windows' vocabulary module)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate looks for it
    """Mark `text` for the windows' translation in `context` and give it back as it is.
    For a text kept in a constant and shown by a window that translates it itself."""
    del context
    return text


class Sentence(str):
    """A Dutch text made from a marked template: `str(sentence)` is the Dutch."""

    __slots__ = ("context", "fields", "template")

    context: str
    template: str
    fields: Mapping[str, object]

    def __new__(cls, context: str, template: str, fields: Mapping[str, object]) -> Self:
        made = super().__new__(cls, template.format_map(fields) if fields else template)
        made.context, made.template, made.fields = context, template, dict(fields)
        return made

    def format(self, *args: object, **fields: Any) -> Sentence:
        """The template with `fields` filled in, still translatable. Fields are named, so
        that a translation may put them in another order."""
        if args:
            raise TypeError("a sentence's fields are named")
        return Sentence(self.context, self.template, fields)

    def __reduce__(self) -> tuple[type[Sentence], tuple[str, str, Mapping[str, object]]]:
        return Sentence, (self.context, self.template, self.fields)


def said(context: str, template: str) -> Sentence:
    """The sentence `template` of `context`, marked for translation; `.format(...)` fills
    in its fields. `context` names the module that says it ("signing", "dossier_steps"),
    so that a translator sees where a sentence belongs."""
    return Sentence(context, template, {})


def vocabulary_word(label: str) -> Sentence:
    """A label of one of the domain's vocabularies (a status, an organisation, ...) put
    into a sentence: a window shows it translated as its other labels."""
    return Sentence(VOCABULARY, label, {})
