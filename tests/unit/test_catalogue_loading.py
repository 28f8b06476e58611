"""Reading criteria catalogues: good files load, every kind of bad file is refused clearly."""

from __future__ import annotations

from datetime import date

import pytest
from catalogue_samples import SMALL_CATALOGUE, variant

from maatwerkdesk.domain.catalogue import RouteKind, version_key
from maatwerkdesk.domain.catalogue_loading import (
    CatalogueError,
    load_criteria_catalogue,
    locate,
)


def problems(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(CatalogueError) as caught:
        load_criteria_catalogue(text, "proef.toml")
    assert "proef.toml" in str(caught.value)
    return [(p.line, p.key, p.message) for p in caught.value.problems]


def line_of(text: str, fragment: str, occurrence: int = 0) -> int:
    hits = [n + 1 for n, line in enumerate(text.splitlines()) if fragment in line]
    return hits[occurrence]


def test_a_good_file_loads_with_everything_in_it() -> None:
    catalogue = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")
    assert catalogue.header.id == "nl.test.routes"
    assert catalogue.header.version == "1.0"
    assert catalogue.header.valid_from == date(2026, 1, 1)
    assert len(catalogue.header.fingerprint) == 64
    assert [r.id for r in catalogue.routes] == ["awb-4-84", "pw-58-8", "escaleren"]
    route = catalogue.route("awb-4-84")
    assert route is not None and route.kind is RouteKind.DEVIATION
    assert [(c.id, c.knockout) for c in route.criteria] == [
        ("H3", True),
        ("H5", True),
        ("H14", False),
    ]
    assert [c.id for c in catalogue.criterion("H6").considerations] == ["oorzaak", "eigen-aandeel"]
    assert catalogue.selector[0].article == ("58",)
    assert catalogue.citations(("pw-58-8",)) == ["Participatiewet, art. 58 lid 8"]


def test_the_same_text_gives_the_same_fingerprint_and_another_text_another() -> None:
    one = load_criteria_catalogue(SMALL_CATALOGUE, "a.toml").header.fingerprint
    two = load_criteria_catalogue(SMALL_CATALOGUE, "b.toml").header.fingerprint
    three = load_criteria_catalogue(variant(title='"Anders"'), "c.toml").header.fingerprint
    assert one == two != three


def test_syntax_errors_name_the_line() -> None:
    text = SMALL_CATALOGUE.replace('label = "Onevenredige gevolgen"', 'label = "Onevenredige')
    [(line, key, message)] = problems(text)
    assert line == line_of(text, 'label = "Onevenredige')
    assert key == ""
    assert "geen geldige TOML" in message


@pytest.mark.parametrize(
    ("replacements", "key", "fragment"),
    [
        ({"format": '"iets-anders/2"'}, "format", "maatwerkdesk-catalogue/1"),
        ({"kind": '"factors"'}, "kind", "criteria"),
        ({"id": '"Geen Id!"'}, "id", "kleine letters"),
        ({"version": '"versie 1"'}, "version", "2026.1"),
        ({"valid_from": '"2026-01-01"'}, "valid_from", "datum zonder aanhalingstekens"),
        ({"title": '""'}, "title", "niet leeg"),
    ],
)
def test_bad_header_values_are_named(replacements: dict[str, str], key: str, fragment: str) -> None:
    text = variant(**replacements)
    [(line, found_key, message)] = problems(text)
    assert found_key == key
    assert fragment in message
    assert line == line_of(text, f"{key} = ")


def test_a_missing_field_points_at_its_table() -> None:
    text = SMALL_CATALOGUE.replace('question = "Zijn de gevolgen onevenredig?"\n', "")
    [(line, key, message)] = problems(text)
    assert key == "criteria[1].question"
    assert message == "Dit veld ontbreekt."
    assert line == line_of(text, "[[criteria]]", 1)


def test_an_unknown_key_is_a_typo_not_ignored() -> None:
    text = SMALL_CATALOGUE.replace('guidance = "Let op', 'guidence = "Let op')
    found = problems(text)
    assert (
        line_of(text, "guidence"),
        "criteria[3].guidence",
        "Dit veld is onbekend in dit formaat.",
    ) in found
    text = SMALL_CATALOGUE.replace('title = "Testroutes"', 'title = "Testroutes"\ntitel = "x"')
    assert problems(text) == [
        (
            line_of(text, "titel = "),
            "titel",
            "Deze sleutel is onbekend in een catalogus (tikfout?).",
        )
    ]


def test_wrong_types_are_named() -> None:
    text = SMALL_CATALOGUE.replace(
        '{ id = "H3", knockout = true }', '{ id = "H3", knockout = "ja" }'
    )
    [(line, key, message)] = problems(text)
    assert key == "routes[0].criteria[0].knockout"
    assert "true of false" in message
    assert line == line_of(text, "criteria = [", 0)
    text = SMALL_CATALOGUE.replace('evidence = ["Verslag van het gesprek"]', "evidence = [3]")
    [(line, key, _)] = problems(text)
    assert (line, key) == (line_of(text, "evidence = [3]"), "criteria[0].evidence[0]")
    text = SMALL_CATALOGUE.replace('kind = "escalation"', 'kind = "ontsnapping"')
    [(_, key, message)] = problems(text)
    assert key == "routes[2].kind" and "deviation, escalation" in message


def test_several_problems_are_reported_together() -> None:
    text = (
        variant(version='"x"')
        .replace('label = "Bezwaar"\n', "")
        .replace('reason = "Bij een beleidsregel geldt art. 4:84 Awb."\n', "")
    )
    keys = [key for _, key, _ in problems(text)]
    assert keys == ["version", "powers[0].reason", "gate[1].label"]


@pytest.mark.parametrize(
    ("old", "new", "key", "fragment"),
    [
        ('{ id = "H14" }]', '{ id = "H99" }]', "routes[1].criteria[1].id", "'H99'"),
        ('route = "awb-4-84"', 'route = "nergens"', "powers[0].route", "'nergens'"),
        ('route = "pw-58-8"', 'route = "nergens"', "selector[0].route", "'nergens'"),
        (
            'sources = ["pw-58-8"]\n\n[[criteria.',
            'sources = ["wet-x"]\n\n[[criteria.',
            "criteria[2].sources[0]",
            "'wet-x'",
        ),
        ('id = "H5"', 'id = "H3"', "criteria[1].id", "twee keer"),
        (
            '{ id = "H6", knockout = true }, { id = "H14" }',
            '{ id = "H6" }, { id = "H6" }',
            "routes[1].criteria[1].id",
            "twee keer",
        ),
        ('id = "eigen-aandeel"', 'id = "oorzaak"', "criteria[2].considerations[1].id", "twee keer"),
        (
            '{ id = "H6", knockout = true }, { id = "H14" }',
            "",
            "routes[1].criteria",
            "heeft criteria nodig",
        ),
    ],
)
def test_cross_references_are_checked(old: str, new: str, key: str, fragment: str) -> None:
    assert old in SMALL_CATALOGUE
    found = problems(SMALL_CATALOGUE.replace(old, new, 1))
    assert any(k == key and fragment in m for _, k, m in found), found


def test_an_escalation_route_has_no_criteria() -> None:
    text = SMALL_CATALOGUE.replace(
        'kind = "escalation"\ndescription = "Binnen de wet kan niet worden afgeweken."\ncriteria = []',
        'kind = "escalation"\ndescription = "Binnen de wet kan niet worden afgeweken."\ncriteria = [{ id = "H3" }]',
    )
    assert [k for _, k, _ in problems(text)] == ["routes[2].criteria"]


def test_required_sections_must_be_there() -> None:
    start = SMALL_CATALOGUE.index("[[routes]]")
    end = SMALL_CATALOGUE.index("[[gate]]")
    found = problems(SMALL_CATALOGUE[:start] + SMALL_CATALOGUE[end:])
    assert [(k, m) for _, k, m in found] == [
        ("routes", "De catalogus heeft geen [[routes]]; minstens één is nodig.")
    ]


def test_hostile_input_is_shown_harmlessly() -> None:
    text = SMALL_CATALOGUE.replace('route = "awb-4-84"', 'route = "\\u001b[31m' + "x" * 200 + '"')
    [(_, _, message)] = problems(text)
    assert "\x1b" not in message
    assert len(message) < 200


def test_an_oversized_file_is_refused_before_parsing() -> None:
    [(_, _, message)] = problems(SMALL_CATALOGUE + "# " + "x" * 2_100_000 + "\n")
    assert "2 MB" in message


def test_versions_sort_numerically() -> None:
    assert version_key("2026.10") > version_key("2026.9") > version_key("2026")


def test_locate_follows_nested_tables() -> None:
    text = SMALL_CATALOGUE
    assert locate(text, "criteria[2].considerations[1].label") == line_of(
        text, 'label = "Het eigen aandeel'
    )
    assert locate(text, "gate[0]") == line_of(text, "[[gate]]")
    assert locate(text, "routes[7].id") is None
    assert locate(text, "") is None
