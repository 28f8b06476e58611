"""The labels of the domain's vocabularies are marked for translation, every one of them.

The domain gives each value of a closed vocabulary a Dutch `label`; the windows show it through
`ui.common.vocabulary.shown_label`, and `LABELS` there marks each label for `lupdate`. A label the
domain adds, changes or drops must be marked, or unmarked, there too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from enum import Enum

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

import maatwerkdesk.domain
from maatwerkdesk.domain.decision import Degree, DegreeUnit
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.ui.common.vocabulary import (
    LABELS,
    degree_text,
    person_text,
    roles_text,
    shown_label,
)
from maatwerkdesk.ui.translation import APP_CATALOGUE, TRANSLATIONS

CONTEXT = "Vocabulary"


def labelled_enums() -> set[type[Enum]]:
    """Every enum of the domain's modules whose values have a `label`."""
    found = set()
    domain = maatwerkdesk.domain
    for module_info in pkgutil.walk_packages(domain.__path__, f"{domain.__name__}."):
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            ours = value.__module__.startswith(domain.__name__)
            if ours and issubclass(value, Enum) and hasattr(value, "label"):
                found.add(value)
    return found


def domain_labels() -> dict[str, str]:
    """Each label the domain gives, with the first value that has it ("Role.CHAIR")."""
    labels: dict[str, str] = {}
    for kind in sorted(labelled_enums(), key=lambda k: (k.__module__, k.__qualname__)):
        for value in kind:
            labels.setdefault(value.label, f"{kind.__qualname__}.{value.name}")
    return labels


def test_the_walk_finds_the_vocabularies() -> None:
    assert {DossierStatus, Organisation, Role} <= labelled_enums()
    assert len(labelled_enums()) > 30


def test_every_label_of_the_domain_is_marked_for_translation() -> None:
    marked = set(LABELS)
    labels = domain_labels().items()
    missing = [f"{value}: {label!r}" for label, value in labels if label not in marked]
    assert missing == [], "add these to LABELS in ui/common/vocabulary.py"


def test_no_label_is_marked_that_the_domain_does_not_give() -> None:
    gone = sorted(set(LABELS) - set(domain_labels()))
    assert gone == [], "remove these from LABELS in ui/common/vocabulary.py"


def test_each_label_is_marked_once() -> None:
    assert [label for label, count in Counter(LABELS).items() if count > 1] == []


def test_the_english_catalogue_translates_every_label() -> None:
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_en", str(TRANSLATIONS))
    assert [label for label in LABELS if not translator.translate(CONTEXT, label)] == []
    assert translator.translate(CONTEXT, "Ter bespreking") == "For discussion"


def test_shown_is_the_dutch_label_without_a_translator() -> None:
    assert shown_label(DossierStatus.TER_BESPREKING) == "Ter bespreking"
    assert shown_label(Role.MEMBER) == "lid van het overleg"


@pytest.mark.parametrize(
    "user",
    [
        User("u1", "Lotte Jurist", (Role.MEMBER,), Discipline.LEGAL),
        User("u2", "Sam de Vries", (Role.CHAIR, Role.CASEWORKER)),
        User("u3", "Ans Bakker", (Role.CASEWORKER, Role.SECRETARY, Role.READER), Discipline.DEBTS),
    ],
)
def test_the_windows_compose_in_dutch_what_the_domain_composes(user: User) -> None:
    assert person_text(user) == user.described
    assert roles_text(user) == user.roles_label


@pytest.mark.parametrize("unit", list(DegreeUnit))
def test_a_degree_reads_as_the_domain_writes_it(unit: DegreeUnit) -> None:
    for value in (1, 3.5, 1250):
        assert degree_text(Degree(unit, value)) == str(Degree(unit, value))


def test_shown_is_the_translation_with_the_english_catalogue(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_en", str(TRANSLATIONS))
    assert QCoreApplication.installTranslator(translator)
    try:
        assert shown_label(DossierStatus.AFGESLOTEN) == "Closed"
        assert shown_label(Organisation.UWV) == "UWV"
        user = User("u1", "Lotte Jurist", (Role.CASEWORKER, Role.MEMBER), Discipline.LEGAL)
        assert person_text(user) == "Lotte Jurist (caseworker and member of the meeting, legal)"
        assert degree_text(Degree(DegreeUnit.MONTHS, 3)) == "3 months"
    finally:
        QCoreApplication.removeTranslator(translator)
