"""The exchange format `maatwerkdesk-precedents/1`: anonymised precedents from elsewhere.

A document is::

    {"format": "maatwerkdesk-precedents/1", "exported_at": "2026-11-28T13:19:47.749960Z",
     "origin": "Gemeente Voorbeeld (fictief)",
     "precedents": [{"reference": "GV-2025-017",
                     "catalogue": {"id": "nl.maatwerkdesk.factoren.terugvordering",
                                   "version": "2026.1"},
                     "route": "pw-58-8", "factors": […], "outcome_type": "partial",
                     "degree": {"unit": "percent", "value": 50}, "reason": […],
                     "summary": "…", "decided_on": "2025-05-01"}]}

Reading is as strict as `maatwerkdesk/1` (docs/precedent-exchange.md): unknown keys, wrong
types and nulls are refused, and every error is a `ValidationError` whose message names
the file and the field path. A reference or summary that visibly holds personal data (a
valid BSN, an e-mail address, a postcode with house number) is refused: the sender must
anonymise first. Whether the named catalogue and factors are installed is checked by
`maatwerkdesk.services.precedent_import`, which knows the database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from stdnum.nl import bsn as stdnum_bsn

from maatwerkdesk.domain.catalogue import VERSION_RULE, CatalogueRef, is_catalogue_id, is_version
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.exchange import REFERENCE_PATTERN as DOSSIER_REFERENCE
from maatwerkdesk.domain.exchange import (
    check_format,
    document_to_json,
    parse_json,
    read_timestamp,
    refuse_future,
    timestamp,
)
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import Reader, shown
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text

PRECEDENT_FORMAT = "maatwerkdesk-precedents/1"
"""The format this version writes, and the only one it reads."""

REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}")
"""A precedent's kenmerk at its origin, e.g. 'GV-2025-017'."""
REFERENCE_LIMIT = 64

SUMMARY_LIMIT = 2000
ROUTE_LIMIT = 64

_BSN_CANDIDATE = re.compile(r"(?<![0-9])(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})(?![0-9])")
"""Nine digits in a row, or as printed on an identity card (1234.56.782)."""
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
"""The look-behind starts a try only at the start of a word: linear time on long text."""
_POSTCODE_WITH_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z])[ ,]+[0-9]{1,5}(?![0-9])"
)
"""A Dutch postcode (capitals, as written on letters) followed by a house number."""


@dataclass(frozen=True)
class ExchangedPrecedent:
    """One decided case from elsewhere: factors, outcome and reason, and no personal data."""

    reference: str
    catalogue: CatalogueRef
    route: str | None
    factors: tuple[str, ...]
    outcome_type: OutcomeType
    degree: Degree | None
    reason: tuple[str, ...]
    """The decisive factors: a non-empty part of `factors`."""
    summary: str
    decided_on: date

    @property
    def outcome(self) -> Outcome:
        return self.outcome_type.outcome


@dataclass(frozen=True)
class PrecedentDocument:
    source: str
    """The file it came from, for messages."""
    origin: str
    """The organisation the precedents come from."""
    exported_at: datetime
    precedents: tuple[ExchangedPrecedent, ...]

    def error(self, index: int, detail: str, message: str) -> ValidationError:
        """An error about `precedents[index].detail`, worded like the reader's own."""
        field = f"precedents[{index}].{detail}"
        return in_file(ValidationError(field, message), self.source)


def in_file(error: ValidationError, source: str) -> ValidationError:
    """The error with its message starting 'file: field.path: '."""
    return ValidationError(
        error.field,
        said("precedent_exchange", "{source}: {field}: {problem}").format(
            source=source, field=error.field, problem=error.message
        ),
    )


# --- personal data ---------------------------------------------------------------------------


def personal_data_in(text: str) -> str | None:
    """What personal data `text` visibly holds ('een BSN', …), or None.

    A safety net, not an anonymisation check: names and descriptions cannot be told from
    ordinary words, so the sender stays responsible for anonymising.
    """
    if any(stdnum_bsn.is_valid(m.group()) for m in _BSN_CANDIDATE.finditer(text)):
        return said("precedent_exchange", "een BSN")
    if _EMAIL.search(text):
        return said("precedent_exchange", "een e-mailadres")
    if _POSTCODE_WITH_NUMBER.search(text):
        return said("precedent_exchange", "een postcode met huisnummer")
    return None


def _refuse_personal_data(reader: Reader, key: str, text: str) -> None:
    found = personal_data_in(text)
    if found is not None:
        raise ValidationError(
            reader.where(key),
            said(
                "precedent_exchange",
                "Hier staat {found}: dit zijn persoonsgegevens. Anonimiseer het precedent eerst "
                "bij de organisatie die het aanlevert, en exporteer het daarna opnieuw.",
            ).format(found=found),
        )


# --- writing -------------------------------------------------------------------------------


def _degree_to_dict(degree: Degree | None) -> dict[str, Any] | None:
    if degree is None:
        return None
    value = float(degree.value)
    return {"unit": degree.unit.value, "value": int(value) if value.is_integer() else value}


def precedent_to_dict(precedent: ExchangedPrecedent) -> dict[str, Any]:
    """One entry of a document's `precedents` list."""
    return {
        "reference": precedent.reference,
        "catalogue": {"id": precedent.catalogue.id, "version": precedent.catalogue.version},
        "route": precedent.route,
        "factors": list(precedent.factors),
        "outcome_type": precedent.outcome_type.value,
        "degree": _degree_to_dict(precedent.degree),
        "reason": list(precedent.reason),
        "summary": precedent.summary,
        "decided_on": precedent.decided_on.isoformat(),
    }


def precedents_to_document(
    origin: str, precedents: Iterable[ExchangedPrecedent], *, exported_at: datetime | None = None
) -> dict[str, Any]:
    """A complete `maatwerkdesk-precedents/1` document."""
    return {
        "format": PRECEDENT_FORMAT,
        "exported_at": timestamp(exported_at or datetime.now(UTC)),
        "origin": origin,
        "precedents": [precedent_to_dict(p) for p in precedents],
    }


def precedents_to_json(
    origin: str, precedents: Iterable[ExchangedPrecedent], *, exported_at: datetime | None = None
) -> bytes:
    """The bytes of a precedents file, written like a dossier export."""
    return document_to_json(precedents_to_document(origin, precedents, exported_at=exported_at))


# --- reading -------------------------------------------------------------------------------


def _reference(reader: Reader) -> str:
    value = reader.text("reference", required=True)
    if len(value) > REFERENCE_LIMIT:
        raise ValidationError(
            reader.where("reference"),
            said("precedent_exchange", "Een kenmerk is hoogstens {limit} tekens.").format(
                limit=REFERENCE_LIMIT
            ),
        )
    _refuse_personal_data(reader, "reference", value)
    if not REFERENCE_PATTERN.fullmatch(value) or value.endswith(" "):
        raise ValidationError(
            reader.where("reference"),
            said(
                "precedent_exchange",
                "'{value}' is geen geldig kenmerk: gebruik letters, cijfers, spatie, '.', "
                "'_', '/' of '-', begin met een letter of cijfer en eindig niet op een spatie.",
            ).format(value=shown(value)),
        )
    if DOSSIER_REFERENCE.fullmatch(value.upper()):
        raise ValidationError(
            reader.where("reference"),
            said(
                "precedent_exchange",
                "'{value}' heeft de vorm van een dossierkenmerk van MaatwerkDesk en kan "
                "hier met een eigen dossier verward worden. Geef de precedent een kenmerk met "
                "de naam of afkorting van de organisatie, zoals 'GV-2025-017'.",
            ).format(value=shown(value)),
        )
    return value


def _catalogue(reader: Reader) -> CatalogueRef:
    child = reader.child("catalogue", required=True)
    catalogue_id = child.text("id", required=True)
    if not is_catalogue_id(catalogue_id):
        raise ValidationError(
            child.where("id"),
            said(
                "precedent_exchange",
                "Hier wordt de id van een factorcatalogus verwacht, in kleine letters met "
                "punten, zoals 'nl.maatwerkdesk.factoren.terugvordering'.",
            ),
        )
    version = child.text("version", required=True)
    if not is_version(version):
        raise ValidationError(child.where("version"), VERSION_RULE)
    child.finish()
    return CatalogueRef(catalogue_id, version)


def _route(reader: Reader) -> str | None:
    if reader.raw("route", required=True) is None:
        return None
    value = reader.text("route")
    if not value.strip() or len(value) > ROUTE_LIMIT:
        raise ValidationError(
            reader.where("route"),
            said(
                "precedent_exchange",
                "Hier wordt de id van een route verwacht (hoogstens {limit} tekens), "
                "of null als er geen route is.",
            ).format(limit=ROUTE_LIMIT),
        )
    return value


def _factor_ids(reader: Reader, key: str) -> tuple[str, ...]:
    ids: list[str] = []
    for index, item in enumerate(reader.items(key, required=True)):
        where = f"{reader.where(key)}[{index}]"
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(
                where, said("precedent_exchange", "Hier wordt de id van een factor verwacht.")
            )
        if item in ids:
            raise ValidationError(
                where,
                said(
                    "precedent_exchange", "Factor '{factor}' staat al eerder in deze lijst."
                ).format(factor=shown(item)),
            )
        ids.append(item)
    if not ids:
        raise ValidationError(
            reader.where(key), said("precedent_exchange", "Noem minstens één factor.")
        )
    return tuple(ids)


def _reason(reader: Reader, factors: tuple[str, ...]) -> tuple[str, ...]:
    reason = _factor_ids(reader, "reason")
    for index, factor in enumerate(reason):
        if factor not in factors:
            where = f"{reader.where('reason')}[{index}]"
            raise ValidationError(
                where,
                said(
                    "precedent_exchange",
                    "Factor '{factor}' staat niet in factors: de reden noemt alleen "
                    "factoren die in het precedent aanwezig zijn.",
                ).format(factor=shown(factor)),
            )
    return reason


def _degree_value(reader: Reader, unit: DegreeUnit) -> float:
    value = reader.raw("value", required=True)
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if isinstance(value, bool | str) or not math.isfinite(number):
        raise ValidationError(
            reader.where("value"), said("precedent_exchange", "Hier wordt een getal verwacht.")
        )
    if number < 0:
        raise ValidationError(
            reader.where("value"), said("precedent_exchange", "De mate kan niet negatief zijn.")
        )
    if unit is DegreeUnit.PERCENT and number > 100:
        raise ValidationError(
            reader.where("value"),
            said("precedent_exchange", "Een percentage ligt tussen 0 en 100."),
        )
    return number


def _degree(reader: Reader) -> Degree | None:
    if reader.raw("degree", required=True) is None:
        return None
    child = reader.child("degree")
    unit = child.choice("unit", DegreeUnit)
    degree = Degree(unit, _degree_value(child, unit))
    child.finish()
    return degree


def _filled_text(reader: Reader, key: str, *, limit: int, multiline: bool, empty: str) -> str:
    """Required text, normalised like the dossier editor's and not empty after that."""
    where = reader.where(key)
    text = clean_text(reader.text(key, required=True), where, limit=limit, multiline=multiline)
    if not text:
        raise ValidationError(where, empty)
    return text


def _summary(reader: Reader) -> str:
    summary = _filled_text(
        reader,
        "summary",
        limit=SUMMARY_LIMIT,
        multiline=True,
        empty=said("precedent_exchange", "Beschrijf het precedent kort, zonder persoonsgegevens."),
    )
    _refuse_personal_data(reader, "summary", summary)
    return summary


def _decided_on(reader: Reader, today: date) -> date:
    decided_on = reader.iso_date("decided_on", required=True) or today
    if decided_on > today:
        raise ValidationError(
            reader.where("decided_on"),
            said("precedent_exchange", "Deze datum ligt in de toekomst; een precedent is beslist."),
        )
    return decided_on


def _precedent(reader: Reader, today: date) -> ExchangedPrecedent:
    reference = _reference(reader)
    catalogue = _catalogue(reader)
    route = _route(reader)
    factors = _factor_ids(reader, "factors")
    precedent = ExchangedPrecedent(
        reference=reference,
        catalogue=catalogue,
        route=route,
        factors=factors,
        outcome_type=reader.choice("outcome_type", OutcomeType),
        degree=_degree(reader),
        reason=_reason(reader, factors),
        summary=_summary(reader),
        decided_on=_decided_on(reader, today),
    )
    reader.finish()
    return precedent


def _precedents(reader: Reader, today: date) -> tuple[ExchangedPrecedent, ...]:
    precedents = []
    seen: dict[str, int] = {}
    for index, item in enumerate(reader.items("precedents", required=True)):
        precedent = _precedent(Reader(item, f"precedents[{index}]", strict=True), today)
        key = precedent.reference.upper()
        if key in seen:
            where = f"precedents[{index}].reference"
            raise ValidationError(
                where,
                said(
                    "precedent_exchange",
                    "Kenmerk {reference} staat al eerder in het bestand (precedents[{earlier}]).",
                ).format(reference=precedent.reference, earlier=seen[key]),
            )
        seen[key] = index
        precedents.append(precedent)
    return tuple(precedents)


def read_precedent_document(
    raw: bytes, source: str, *, today: date | None = None, now: datetime | None = None
) -> PrecedentDocument:
    """Decode and check a `maatwerkdesk-precedents/1` file; nothing unchecked is returned.

    `today`/`now` default to the real date and time (decisions cannot lie in the future).
    Raises ValidationError whose message starts with ``source: field.path:``.
    """
    data = parse_json(raw, source)
    today = today or date.today()
    now = now or datetime.now(UTC)
    try:
        reader = Reader(data, "", strict=True)
        check_format(reader, PRECEDENT_FORMAT)
        exported_at = read_timestamp(reader, "exported_at")
        refuse_future(reader, "exported_at", exported_at, now)
        origin = _filled_text(
            reader,
            "origin",
            limit=SHORT_TEXT_LIMIT,
            multiline=False,
            empty=said(
                "precedent_exchange", "Noem de organisatie waar de precedenten vandaan komen."
            ),
        )
        document = PrecedentDocument(source, origin, exported_at, _precedents(reader, today))
        reader.finish()
    except ValidationError as error:
        raise in_file(error, source) from None
    return document
