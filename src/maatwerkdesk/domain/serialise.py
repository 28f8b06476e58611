"""Dossier fields to and from plain JSON-ready dicts (drafts and the exchange format).

Reading is strict: every field is type-checked and unknown keys are refused, and a
failure names the field path, so a malformed file gets a message a person can act on.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from maatwerkdesk.domain.dossier import (
    DimensionNote,
    Doenvermogen,
    DossierFields,
    Subject,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)

E = TypeVar("E", bound=StrEnum)


def subject_to_dict(subject: Subject) -> dict[str, Any]:
    return {
        "kind": subject.kind.value,
        "name": subject.name,
        "bsn": subject.bsn,
        "kvk_number": subject.kvk_number,
        "date_of_birth": subject.date_of_birth.isoformat() if subject.date_of_birth else None,
        "contact": subject.contact,
        "household": subject.household,
    }


def doenvermogen_to_dict(doen: Doenvermogen) -> dict[str, Any]:
    return {
        "dimensions": {
            dim.value: {"observation": note.observation.value, "note": note.note}
            for dim, note in sorted(doen.dimensions.items())
        },
        "stressors": sorted(s.value for s in doen.stressors),
        "support": doen.support,
    }


def fields_to_dict(fields: DossierFields) -> dict[str, Any]:
    return {
        "title": fields.title,
        "status": fields.status.value,
        "owner": fields.owner,
        "organisations": [o.value for o in fields.organisations],
        "regulation": fields.regulation,
        "article": fields.article,
        "generic_outcome": fields.generic_outcome,
        "knelpunt": fields.knelpunt,
        "request": fields.request,
        "notes": fields.notes,
        "subject": subject_to_dict(fields.subject),
        "doenvermogen": doenvermogen_to_dict(fields.doenvermogen),
    }


class Reader:
    """Type-checked access to a decoded JSON object, with the path for error messages."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise ValidationError(
                path or "(hoofdniveau)", "Hier wordt een object ({ … }) verwacht."
            )
        self.data: dict[str, Any] = data
        self.path = path
        self._seen: set[str] = set()

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> Any:
        self._seen.add(key)
        if key not in self.data:
            if required:
                raise ValidationError(self._where(key), "Dit veld ontbreekt.")
            return None
        return self.data[key]

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValidationError(self._where(key), "Hier wordt tekst verwacht.")
        return value

    def integer(self, key: str, *, required: bool = False) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(self._where(key), "Hier wordt een geheel getal verwacht.")
        return value

    def iso_date(self, key: str, *, required: bool = False) -> date | None:
        value = self.text(key, required=required)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                self._where(key), f"'{value[:40]}' is geen datum in de vorm JJJJ-MM-DD."
            ) from None

    def choice(self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self.text(key, required=default is None)
        if not value and default is not None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise ValidationError(
                self._where(key), f"'{value[:40]}' is geen toegestane waarde; kies uit: {allowed}."
            ) from None

    def items(self, key: str, *, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValidationError(self._where(key), "Hier wordt een lijst ([ … ]) verwacht.")
        return value

    def choices(self, key: str, enum: type[E]) -> list[E]:
        result = []
        for index, item in enumerate(self.items(key)):
            where = f"{self._where(key)}[{index}]"
            if not isinstance(item, str):
                raise ValidationError(where, "Hier wordt tekst verwacht.")
            try:
                result.append(enum(item))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise ValidationError(
                    where, f"'{item[:40]}' is geen toegestane waarde; kies uit: {allowed}."
                ) from None
        return result

    def child(self, key: str, *, required: bool = False) -> Reader:
        value = self._get(key, required)
        return Reader({} if value is None else value, self._where(key))

    def finish(self) -> None:
        """Refuse keys nobody read: a typo must not silently drop data."""
        unknown = sorted(set(self.data) - self._seen)
        if unknown:
            raise ValidationError(self._where(unknown[0]), "Dit veld is onbekend in dit formaat.")


def subject_from_reader(reader: Reader) -> Subject:
    subject = Subject(
        kind=reader.choice("kind", SubjectKind, SubjectKind.PERSON),
        name=reader.text("name"),
        bsn=reader.text("bsn"),
        kvk_number=reader.text("kvk_number"),
        date_of_birth=reader.iso_date("date_of_birth"),
        contact=reader.text("contact"),
        household=reader.text("household"),
    )
    reader.finish()
    return subject


def doenvermogen_from_reader(reader: Reader) -> Doenvermogen:
    dims_reader = reader.child("dimensions")
    dimensions = {}
    for key in list(dims_reader.data):
        try:
            dimension = DoenDimension(key)
        except ValueError:
            raise ValidationError(
                f"{dims_reader.path}.{key}", "Dit is geen dimensie van doenvermogen."
            ) from None
        note_reader = dims_reader.child(key)
        dimensions[dimension] = DimensionNote(
            note_reader.choice("observation", DoenObservation, DoenObservation.NOT_OBSERVED),
            note_reader.text("note"),
        )
        note_reader.finish()
    dims_reader.finish()
    doen = Doenvermogen(
        dimensions=dimensions,
        stressors=frozenset(reader.choices("stressors", Stressor)),
        support=reader.text("support"),
    )
    reader.finish()
    return doen


def fields_from_reader(reader: Reader) -> DossierFields:
    fields = DossierFields(
        title=reader.text("title", required=True),
        status=reader.choice("status", DossierStatus, DossierStatus.INTAKE),
        owner=reader.text("owner"),
        organisations=tuple(reader.choices("organisations", Organisation)),
        regulation=reader.text("regulation"),
        article=reader.text("article"),
        generic_outcome=reader.text("generic_outcome"),
        knelpunt=reader.text("knelpunt"),
        request=reader.text("request"),
        notes=reader.text("notes"),
        subject=subject_from_reader(reader.child("subject")),
        doenvermogen=doenvermogen_from_reader(reader.child("doenvermogen")),
    )
    return fields


def fields_from_dict(data: object, path: str = "") -> DossierFields:
    reader = Reader(data, path)
    fields = fields_from_reader(reader)
    reader.finish()
    return fields
