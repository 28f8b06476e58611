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
from maatwerkdesk.domain.sentence import said
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
_SECTIONS = ("general", "routes", "regulations", "sources", "factors")


def load_factor_catalogue(
    text: str, file_name: str, data: dict[str, Any] | None = None
) -> FactorCatalogue:
    """Parse and validate a factor catalogue; raise CatalogueError naming every problem.

    `data` is the text as `parse_toml` read it, when the caller already has it."""
    data = parse_toml(text, file_name) if data is None else data
    problems = Problems(text)
    header = read_header(data, text, "factors", problems)
    top = Reader(data, "", strict=True)
    general = _general(top, problems)
    routes = _names(top, "routes", problems, required=not general)
    regulations = _names(top, "regulations", problems)
    if general:
        for key in ("routes", "regulations"):
            if key in data:
                problems.add(
                    key,
                    said(
                        "factor_catalogue_loading",
                        "Een algemene factorcatalogus (general = true) geldt voor elk dossier, welke "
                        "route of regeling het ook heeft; laat '{key}' weg.",
                    ).format(key=key),
                )
    catalogue = FactorCatalogue(
        header=header,  # type: ignore[arg-type]  # None only with problems, which raise below
        routes=routes,
        regulations=tuple(fold_for_search(t) for t in regulations),
        sources=tuple(problems.each(data, "sources", read_source, fields=_SOURCE)),
        factors=tuple(problems.each(data, "factors", _factor, fields=_FACTOR, required=True)),
        general=general,
    )
    problems.unknown_keys(data, (*HEADER_KEYS, *_SECTIONS))
    if header is not None and not problems.found:
        _check_references(catalogue, problems)
    problems.raise_if_any(file_name)
    return catalogue


def _general(reader: Reader, problems: Problems) -> bool:
    try:
        return _flag(reader, "general")
    except ValidationError as error:
        problems.add(error.field, error.message)
        return False


def _flag(reader: Reader, key: str) -> bool:
    """An optional true/false key; absent is false."""
    value = reader.raw(key)
    if value is not None and not isinstance(value, bool):
        raise ValidationError(
            reader.where(key),
            said("factor_catalogue_loading", "Hier wordt true of false verwacht."),
        )
    return bool(value)


def _names(
    reader: Reader, key: str, problems: Problems, *, required: bool = False
) -> tuple[str, ...]:
    try:
        values = texts(reader, key, required=required)
    except ValidationError as error:
        problems.add(error.field, error.message)
        return ()
    if required and not values:
        problems.add(
            key,
            said(
                "factor_catalogue_loading", "Noem minstens één route waarvoor deze factoren gelden."
            ),
        )
    return values


def _factor(reader: Reader) -> Factor:
    label = required_text(reader, "label")
    if len(label) > LABEL_LIMIT:
        raise ValidationError(
            reader.where("label"),
            said(
                "factor_catalogue_loading",
                "Een label is hoogstens {limit} tekens; zet de uitleg in 'description'.",
            ).format(limit=LABEL_LIMIT),
        )
    retired = _flag(reader, "retired")
    note = reader.text("retired_note").strip()
    if note and not retired:
        raise ValidationError(
            reader.where("retired_note"),
            said(
                "factor_catalogue_loading",
                "Een toelichting op het vervallen hoort bij een factor met retired = true.",
            ),
        )
    return Factor(
        id=identifier(reader),
        side=reader.choice("side", Side),
        label=label,
        description=required_text(reader, "description"),
        routes=texts(reader, "routes"),
        regulations=tuple(fold_for_search(t) for t in texts(reader, "regulations")),
        sources=texts(reader, "sources"),
        retired=retired,
        retired_note=note,
    )


def _check_references(catalogue: FactorCatalogue, problems: Problems) -> None:
    sources = problems.unique_ids("sources", catalogue.sources)
    problems.unique_ids("factors", catalogue.factors)
    routes = set(catalogue.routes)
    for index, factor in enumerate(catalogue.factors):
        if catalogue.general and factor.routes:
            problems.add(
                f"factors[{index}].routes",
                said(
                    "factor_catalogue_loading",
                    "Een algemene factorcatalogus (general = true) geldt voor elk dossier, welke "
                    "route of regeling het ook heeft; laat 'routes' bij deze factor weg.",
                ),
            )
        for position, route in enumerate(() if catalogue.general else factor.routes):
            if route not in routes:
                problems.add(
                    f"factors[{index}].routes[{position}]",
                    said(
                        "factor_catalogue_loading",
                        "Route '{route}' staat niet in 'routes' bovenaan de catalogus.",
                    ).format(route=shown(route)),
                )
        problems.cited(f"factors[{index}]", factor.sources, sources)
    for side in Side:
        if not any(f.side is side for f in catalogue.factors):
            problems.add(
                "factors",
                said(
                    "factor_catalogue_loading",
                    'De catalogus heeft geen factor met side = "{side}"; beide kanten zijn nodig.',
                ).format(side=side.value),
            )
