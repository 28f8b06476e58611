"""Importing anonymised precedents from other organisations (`maatwerkdesk-precedents/1`).

Every record is checked against the factor catalogue version it names and against what
was imported before, and only then are rows added to the caller's session: an import is
all or nothing, and the caller commits once or rolls back. A record imported before with
the same content is skipped; with other content it is refused, because a precedent must
not change its meaning under the same reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.precedent_exchange import (
    ExchangedPrecedent,
    PrecedentDocument,
    read_precedent_document,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import shown
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import ImportedPrecedentRow
from maatwerkdesk.services import audit
from maatwerkdesk.services.catalogues import KnownCatalogues, known_catalogues
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.exchange import read_import_bytes
from maatwerkdesk.services.users import require

_FIELD_NAMES = {
    "catalogue_id": "catalogue.id",
    "catalogue_version": "catalogue.version",
    "outcome": "outcome_type",
    "degree_unit": "degree",
    "degree_value": "degree",
}
"""Column → field of the format, for naming what differs from an earlier import."""


@dataclass(frozen=True)
class ImportReport:
    files: int
    imported: tuple[str, ...]
    """References of the precedents added, in file order."""
    skipped: tuple[str, ...]
    """References already present with the same content (here, or earlier in the import)."""


def read_precedent_file(path: Path) -> PrecedentDocument:
    """Read and check one precedents file (at most 20 MB, like a dossier export)."""
    return read_precedent_document(read_import_bytes(path), str(path))


def import_precedents(
    session: Session, context: Context, *documents: PrecedentDocument
) -> ImportReport:
    """Add the new precedents of `documents` to the session, after checking all of them.

    Raises a DomainError naming file and field on the first problem, before anything is
    added. An import that adds precedents is audited once ('precedent.import').
    """
    require(session, context, Permission.MANAGE_CATALOGUES)
    known = known_catalogues(session)
    for document in documents:
        for index, precedent in enumerate(document.precedents):
            _check_against_catalogue(known, document, index, precedent)
    new, skipped = _new_records(session, documents)
    rows = [ImportedPrecedentRow(**values) for values in new]
    session.add_all(rows)
    try:
        session.flush()
    except IntegrityError:
        # Only possible when another program imported the same references meanwhile.
        raise DomainError(
            said(
                "precedent_import",
                "Tijdens het importeren heeft een ander programma dezelfde precedenten "
                "opgeslagen; er is niets geïmporteerd. Probeer het opnieuw.",
            )
        ) from None
    if rows:
        audit.record(
            session,
            context,
            audit.Action.CREATE,
            "precedent.import",
            object_type="precedent",
            object_id=rows[0].id,
            dossier_id=None,
        )
    return ImportReport(len(documents), tuple(r.reference for r in rows), tuple(skipped))


def stored_values(document: PrecedentDocument, precedent: ExchangedPrecedent) -> dict[str, Any]:
    """The column values of the row an imported precedent becomes."""
    degree = precedent.degree
    return {
        "reference": precedent.reference,
        "origin": document.origin,
        "catalogue_id": precedent.catalogue.id,
        "catalogue_version": precedent.catalogue.version,
        "route": precedent.route,
        "factors": sorted(precedent.factors),
        "outcome": precedent.outcome.value,
        "outcome_type": precedent.outcome_type.value,
        "degree_unit": None if degree is None else degree.unit.value,
        "degree_value": None if degree is None else degree.value,
        "reason": sorted(precedent.reason),
        "summary": precedent.summary,
        "decided_on": precedent.decided_on,
    }


# --- against the catalogue -------------------------------------------------------------------


def _catalogue(
    known: KnownCatalogues, document: PrecedentDocument, index: int, ref: CatalogueRef
) -> FactorCatalogue:
    try:
        return known.factors(ref)
    except NotFoundError as error:
        message = error.args[0] if len(error.args) == 1 else str(error)
        raise document.error(index, "catalogue", message) from None


def _check_against_catalogue(
    known: KnownCatalogues, document: PrecedentDocument, index: int, precedent: ExchangedPrecedent
) -> None:
    """The route, factors and reason must mean something in the catalogue version named."""
    catalogue = _catalogue(known, document, index, precedent.catalogue)
    route = precedent.route
    if route is not None and not catalogue.serves_route(route):
        raise document.error(
            index,
            "route",
            said(
                "precedent_import",
                "Route '{route}' hoort niet bij factorcatalogus {catalogue}; die is voor de "
                "routes {routes}.",
            ).format(
                route=shown(route), catalogue=str(catalogue.ref), routes=", ".join(catalogue.routes)
            ),
        )
    for position, factor_id in enumerate(precedent.factors):
        if catalogue.factor(factor_id) is None:
            raise document.error(
                index,
                f"factors[{position}]",
                said(
                    "precedent_import",
                    "Factor '{factor}' staat niet in factorcatalogus {catalogue}. Controleer de "
                    "id bij de organisatie die het precedent aanlevert.",
                ).format(factor=shown(factor_id), catalogue=str(catalogue.ref)),
            )
    _check_reason_side(catalogue, document, index, precedent)


def _check_reason_side(
    catalogue: FactorCatalogue,
    document: PrecedentDocument,
    index: int,
    precedent: ExchangedPrecedent,
) -> None:
    outcome = precedent.outcome
    for position, factor_id in enumerate(precedent.reason):
        factor = catalogue.factor(factor_id)
        if factor is not None and factor.side is not outcome.side:
            if outcome is Outcome.DEVIATE:
                message = said(
                    "precedent_import",
                    "Factor '{factor}' ({label}) pleit voor de algemene regel, maar uitkomst "
                    "'{outcome}' is afwijken. De reden noemt alleen factoren die voor de "
                    "uitkomst pleiten.",
                )
            else:
                message = said(
                    "precedent_import",
                    "Factor '{factor}' ({label}) pleit voor afwijken, maar uitkomst '{outcome}' "
                    "is algemene regel. De reden noemt alleen factoren die voor de uitkomst "
                    "pleiten.",
                )
            raise document.error(
                index,
                f"reason[{position}]",
                message.format(
                    factor=factor_id, label=factor.label, outcome=precedent.outcome_type.value
                ),
            )


# --- against earlier imports -----------------------------------------------------------------


def _existing(session: Session, references: list[str]) -> dict[str, ImportedPrecedentRow]:
    """upper(reference) → the row imported earlier under it (also when since deleted)."""
    found = {}
    upper = sorted({r.upper() for r in references})
    for chunk in in_chunks(upper):
        rows = session.scalars(
            select(ImportedPrecedentRow).where(
                func.upper(ImportedPrecedentRow.reference).in_(chunk)
            )
        )
        found.update({row.reference.upper(): row for row in rows})
    return found


def _comparable(value: object) -> object:
    return sorted(value) if isinstance(value, list) else value


def _differences(values: Mapping[str, Any], earlier: Mapping[str, Any]) -> list[str]:
    """The fields of the format in which `values` differ from `earlier`."""
    names = [
        _FIELD_NAMES.get(key, key)
        for key, value in values.items()
        if _comparable(value) != _comparable(earlier[key])
    ]
    return list(dict.fromkeys(names))


def _new_records(
    session: Session, documents: tuple[PrecedentDocument, ...]
) -> tuple[list[dict[str, Any]], list[str]]:
    """(column values of the rows to add, references skipped as already present)."""
    references = [p.reference for d in documents for p in d.precedents]
    existing = _existing(session, references)
    batch: dict[str, tuple[dict[str, Any], str]] = {}
    new: list[dict[str, Any]] = []
    skipped: list[str] = []
    for document in documents:
        for index, precedent in enumerate(document.precedents):
            values = stored_values(document, precedent)
            earlier = _earlier(existing, batch, document, index, precedent)
            if earlier is None:
                batch[precedent.reference.upper()] = (
                    values,
                    f"{document.source} (precedents[{index}])",
                )
                new.append(values)
                continue
            _refuse_changed(values, *earlier, document, index)
            skipped.append(precedent.reference)
    return new, skipped


def _earlier(
    existing: Mapping[str, ImportedPrecedentRow],
    batch: Mapping[str, tuple[dict[str, Any], str]],
    document: PrecedentDocument,
    index: int,
    precedent: ExchangedPrecedent,
) -> tuple[dict[str, Any], str] | None:
    """(values, where) of a precedent under the same reference, from the database first;
    `where` is the file and place that has it, empty for this database."""
    key = precedent.reference.upper()
    row = existing.get(key)
    if row is None:
        return batch.get(key)
    if row.deleted_at is not None:
        raise document.error(
            index,
            "reference",
            said(
                "precedent_import",
                "Kenmerk {reference} is hier eerder geïmporteerd en daarna verwijderd. Geef het "
                "precedent een nieuw kenmerk als het opnieuw mee moet tellen.",
            ).format(reference=precedent.reference),
        )
    columns = {name: getattr(row, name) for name in stored_values(document, precedent)}
    return columns, ""


def _refuse_changed(
    values: Mapping[str, Any],
    earlier: Mapping[str, Any],
    where: str,
    document: PrecedentDocument,
    index: int,
) -> None:
    differences = _differences(values, earlier)
    if not differences:
        return
    if where:
        message = said(
            "precedent_import",
            "Kenmerk {reference} staat in {place} al, met een andere inhoud (verschil in "
            "{fields}). Een precedent verandert niet onder hetzelfde kenmerk: geef het "
            "gewijzigde precedent een nieuw kenmerk. Er is niets geïmporteerd.",
        ).format(reference=values["reference"], place=where, fields=", ".join(differences))
    else:
        message = said(
            "precedent_import",
            "Kenmerk {reference} staat in deze database al, met een andere inhoud (verschil "
            "in {fields}). Een precedent verandert niet onder hetzelfde kenmerk: geef het "
            "gewijzigde precedent een nieuw kenmerk. Er is niets geïmporteerd.",
        ).format(reference=values["reference"], fields=", ".join(differences))
    raise document.error(index, "reference", message)
