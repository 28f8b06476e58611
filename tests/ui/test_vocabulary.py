"""The labels of the domain's vocabularies are marked for translation, every one of them.

The domain gives each value of a closed vocabulary a Dutch `label`; the windows show it through
`ui.common.vocabulary.shown_label`, and `LABELS` there marks each label for `lupdate`. Some labels
the domain keeps in tables of its own (`LABEL_TABLES` below); the windows show those through
`shown_text`. A label the domain adds, changes or drops must be marked, or unmarked, there too; a
table the windows start to show is added to `LABEL_TABLES`.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections import Counter
from collections.abc import Mapping
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import maatwerkdesk.domain
import maatwerkdesk.ui
from maatwerkdesk.domain import chart, factors, precedent_explanation, proportionality
from maatwerkdesk.domain.decision import Degree, DegreeUnit
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.domain.weighing import StepAnswer
from maatwerkdesk.ui.common.vocabulary import (
    LABELS,
    degree_text,
    person_text,
    roles_text,
    shown_label,
    shown_text,
)
from maatwerkdesk.ui.translation import APP_CATALOGUE, TRANSLATIONS

CONTEXT = "Vocabulary"

LABEL_TABLES: Mapping[str, Mapping[object, str]] = {
    "chart.QUADRANTS": chart.QUADRANTS,
    "chart.X_LABEL, chart.Y_LABEL": {"X_LABEL": chart.X_LABEL, "Y_LABEL": chart.Y_LABEL},
    "factors.SIDE_LABELS": factors.SIDE_LABELS,
    "precedent_explanation.OUTCOME_HEADINGS": precedent_explanation.OUTCOME_HEADINGS,
    "proportionality.NATURE_LABELS": proportionality.NATURE_LABELS,
    "proportionality.ANSWER_LABELS": proportionality.ANSWER_LABELS,
    "proportionality.ALTERNATIVE_LABELS": proportionality.ALTERNATIVE_LABELS,
    "proportionality.ALTERNATIVE_VERDICT_LABELS": proportionality.ALTERNATIVE_VERDICT_LABELS,
    "proportionality.INTEREST_HOLDER_LABELS": proportionality.INTEREST_HOLDER_LABELS,
    "proportionality.WEIGHT_LABELS": proportionality.WEIGHT_LABELS,
    "proportionality.FACTOR_LABELS": proportionality.FACTOR_LABELS,
    "proportionality.LEVEL_LABELS": proportionality.LEVEL_LABELS,
}
"""The labels the domain keeps in tables rather than on an enum, which the windows show through
`shown_text`: each table by its module and name."""


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


def table_labels() -> dict[str, str]:
    """Each label of `LABEL_TABLES`, with the first table and key that has it."""
    labels: dict[str, str] = {}
    for name, table in LABEL_TABLES.items():
        for key, label in table.items():
            labels.setdefault(label, f"{name}[{key!r}]")
    return labels


def shown_tables() -> set[str]:
    """The `*_LABELS` and `*_HEADINGS` the windows' code imports from the domain."""
    found = set()
    ui = Path(maatwerkdesk.ui.__file__).parent
    for path in ui.rglob("*.py"):
        if path.name.startswith("ui_"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "maatwerkdesk.domain."
            ):
                module = (node.module or "").removeprefix("maatwerkdesk.domain.")
                found |= {
                    f"{module}.{alias.name}"
                    for alias in node.names
                    if alias.name.endswith(("_LABELS", "_HEADINGS"))
                }
    return found


def test_the_walk_finds_the_vocabularies() -> None:
    assert {DossierStatus, Organisation, Role} <= labelled_enums()
    assert len(labelled_enums()) > 30


def test_every_label_of_the_domain_is_marked_for_translation() -> None:
    marked = set(LABELS)
    labels = domain_labels().items()
    missing = [f"{value}: {label!r}" for label, value in labels if label not in marked]
    assert missing == [], "add these to LABELS in ui/common/vocabulary.py"


def test_every_label_of_the_tables_the_windows_show_is_marked_for_translation() -> None:
    marked = set(LABELS)
    labels = table_labels().items()
    missing = [f"{where}: {label!r}" for label, where in labels if label not in marked]
    assert missing == [], "add these to LABELS in ui/common/vocabulary.py"


def test_every_table_of_labels_the_windows_import_is_named() -> None:
    named = {table for names in LABEL_TABLES for table in names.split(", ")}
    assert shown_tables() - named == set(), "add these to LABEL_TABLES, their labels to LABELS"


def test_no_label_is_marked_that_the_domain_does_not_give() -> None:
    gone = sorted(set(LABELS) - set(domain_labels()) - set(table_labels()))
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
    assert shown_text(proportionality.ANSWER_LABELS[StepAnswer.PARTLY]) == "gedeeltelijk"
    assert shown_text(factors.SIDE_LABELS[Side.PRO]) == "pleit voor afwijken"


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


def test_shown_is_the_translation_with_the_english_catalogue(english: None) -> None:
    assert shown_label(DossierStatus.AFGESLOTEN) == "Closed"
    assert shown_label(Organisation.UWV) == "UWV"
    user = User("u1", "Lotte Jurist", (Role.CASEWORKER, Role.MEMBER), Discipline.LEGAL)
    assert person_text(user) == "Lotte Jurist (caseworker and member of the meeting, legal)"
    assert degree_text(Degree(DegreeUnit.MONTHS, 3)) == "3 months"
    assert shown_text(proportionality.ANSWER_LABELS[StepAnswer.PARTLY]) == "partly"
    heading = precedent_explanation.OUTCOME_HEADINGS[Outcome.GENERIC]
    assert shown_text(heading) == "Apply the general rule"
