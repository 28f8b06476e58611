"""Reading a factor catalogue: the same format rules and messages as a criteria catalogue."""

from __future__ import annotations

from typing import Any

from maatwerkdesk.domain.catalogue_loading import (
    HEADER_KEYS,
    Problems,
    identifier,
    parse_toml,
    read_header,
    read_source,
    required_text,
    texts,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.factors import Factor, FactorCatalogue
from maatwerkdesk.domain.precedent import Side
from maatwerkdesk.domain.serialise import Reader, shown
from maatwerkdesk.domain.text import fold_for_search

LABEL_LIMIT = 60
_FACTOR = (
    "id",
    "side",
    "label",
    "description",
    "routes",
    "regulations",
    "sources",
    "retired",
    "retired_note",
)
_SOURCE = ("id", "citation", "note")
_SECTIONS = ("routes", "regulations", "sources", "factors")


def load_factor_catalogue(
    text: str, file_name: str, data: dict[str, Any] | None = None
) -> FactorCatalogue:
    """Parse and validate a factor catalogue; raise CatalogueError naming every problem.

    `data` is the text as `parse_toml` read it, when the caller already has it."""
    data = parse_toml(text, file_name) if data is None else data
    problems = Problems(text)
    header = read_header(data, text, "factors", problems)
    top = Reader(data, "", strict=True)
    routes = _names(top, "routes", problems, required=True)
    regulations = _names(top, "regulations", problems)
    catalogue = FactorCatalogue(
        header=header,  # type: ignore[arg-type]
        routes=routes,
        regulations=tuple(fold_for_search(t) for t in regulations),
        sources=tuple(problems.each(data, "sources", read_source, fields=_SOURCE)),
        factors=tuple(problems.each(data, "factors", _factor, fields=_FACTOR, required=True)),
    )
    problems.unknown_keys(data, (*HEADER_KEYS, *_SECTIONS))
    if header is not None and not problems.found:
        _check_references(catalogue, problems)
    problems.raise_if_any(file_name)
    return catalogue


def _names(
    reader: Reader, key: str, problems: Problems, *, required: bool = False
) -> tuple[str, ...]:
    try:
        values = texts(reader, key, required=required)
    except ValidationError as error:
        problems.add(error.field, error.message)
        return ()
    if required and not values:
        problems.add(key, "Noem minstens één route waarvoor deze factoren gelden.")
    return values


def _factor(reader: Reader) -> Factor:
    label = required_text(reader, "label")
    if len(label) > LABEL_LIMIT:
        raise ValidationError(
            reader.where("label"),
            f"Een label is hoogstens {LABEL_LIMIT} tekens; zet de uitleg in 'description'.",
        )
    retired = reader.raw("retired")
    if retired is not None and not isinstance(retired, bool):
        raise ValidationError(reader.where("retired"), "Hier wordt true of false verwacht.")
    note = reader.text("retired_note").strip()
    if note and not retired:
        raise ValidationError(
            reader.where("retired_note"),
            "Een toelichting op het vervallen hoort bij een factor met retired = true.",
        )
    return Factor(
        id=identifier(reader),
        side=reader.choice("side", Side),
        label=label,
        description=required_text(reader, "description"),
        routes=texts(reader, "routes"),
        regulations=tuple(fold_for_search(t) for t in texts(reader, "regulations")),
        sources=texts(reader, "sources"),
        retired=bool(retired),
        retired_note=note,
    )


def _check_references(catalogue: FactorCatalogue, problems: Problems) -> None:
    sources = problems.unique_ids("sources", catalogue.sources)
    problems.unique_ids("factors", catalogue.factors)
    routes = set(catalogue.routes)
    for index, factor in enumerate(catalogue.factors):
        for position, route in enumerate(factor.routes):
            if route not in routes:
                problems.add(
                    f"factors[{index}].routes[{position}]",
                    f"Route '{shown(route)}' staat niet in 'routes' bovenaan de catalogus.",
                )
        problems.cited(f"factors[{index}]", factor.sources, sources)
    for side in Side:
        if not any(f.side is side for f in catalogue.factors):
            problems.add(
                "factors",
                f'De catalogus heeft geen factor met side = "{side.value}"; beide kanten zijn nodig.',
            )
