"""Dossier fields to and from plain JSON-ready dicts (drafts and the exchange format).

Reading is strict: every field is type-checked and unknown keys are refused, and a
failure names the field path, so a malformed file gets a message a person can act on.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from maatwerkdesk.domain.case_facts import (
    MAX_ENTRIES,
    MAX_MINOR_CHILDREN,
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
    Ruling,
    Stage,
    ThirdParty,
    normalise_ecli,
    read_stored_euros,
    stored_euros,
)
from maatwerkdesk.domain.dossier import (
    DimensionNote,
    Doenvermogen,
    DossierFields,
    Subject,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)

E = TypeVar("E", bound=StrEnum)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ENTRY_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def shown(value: str, limit: int = 40) -> str:
    """A piece of untrusted input as it may appear in an error message: short, one line,
    without control characters (no terminal escapes from a crafted file)."""
    text = "".join(ch if ch.isprintable() else "?" for ch in value[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def facts_to_dict(facts: CaseFacts) -> dict[str, Any]:
    return {
        "stage": facts.stage.value if facts.stage is not None else "",
        "amounts": [
            {
                "id": a.id,
                "kind": a.kind.value,
                "euros": stored_euros(a.euros),
                "period": a.period.value,
                "starts": _date_text(a.starts),
                "ends": _date_text(a.ends),
                "note": a.note,
            }
            for a in facts.amounts
        ],
        "third_parties": [
            {"id": p.id, "role": p.role.value, "name": p.name, "note": p.note}
            for p in facts.third_parties
        ],
        "rulings": [{"id": r.id, "ecli": r.ecli, "note": r.note} for r in facts.rulings],
        **_recorded_circumstances(facts),
    }


def _recorded_circumstances(facts: CaseFacts) -> dict[str, Any]:
    """Minor children and the organisation's share, only when recorded: facts without
    them read and write as they did before these keys existed."""
    written: dict[str, Any] = {}
    if facts.minor_children is not None:
        written["minor_children"] = facts.minor_children
    if facts.organisation_share:
        written["organisation_share"] = True
    return written


def fields_to_dict(fields: DossierFields) -> dict[str, Any]:
    return {
        "title": fields.title,
        "status": fields.status.value,
        "owner": fields.owner,
        "organisations": [o.value for o in fields.organisations],
        "regulation": fields.regulation,
        "article": fields.article,
        "deviation_article": fields.deviation_article,
        "generic_outcome": fields.generic_outcome,
        "knelpunt": fields.knelpunt,
        "request": fields.request,
        "notes": fields.notes,
        "subject": subject_to_dict(fields.subject),
        "doenvermogen": doenvermogen_to_dict(fields.doenvermogen),
        "facts": facts_to_dict(fields.facts),
    }


class Reader:
    """Type-checked access to a decoded JSON object, with the path for error messages.

    With `strict=True` (the exchange format) a JSON null is refused wherever the format
    does not say a field may be null, and an empty string is not a choice or a date.
    Drafts keep the lenient default, where null and "" read as "empty" or "default".
    """

    def __init__(self, data: object, path: str, *, strict: bool = False) -> None:
        if not isinstance(data, dict):
            raise ValidationError(
                path or said("serialise", "(hoofdniveau)"),
                said("serialise", "Hier wordt een object ({ … }) verwacht."),
            )
        self.data: dict[str, Any] = data
        self.path = path
        self.strict = strict
        self._seen: set[str] = set()

    def where(self, key: str) -> str:
        """The path of `key` below this object, for error messages."""
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool, *, nullable: bool = False) -> Any:
        self._seen.add(key)
        if key not in self.data:
            if required:
                raise ValidationError(self.where(key), said("serialise", "Dit veld ontbreekt."))
            return None
        value = self.data[key]
        if value is None and self.strict and not nullable:
            raise ValidationError(
                self.where(key),
                said(
                    "serialise", "Hier mag geen null staan: geef een waarde of laat het veld weg."
                ),
            )
        return value

    def raw(self, key: str, *, required: bool = False) -> Any:
        """The value as decoded, unchecked, null included (marks the key as read)."""
        return self._get(key, required, nullable=True)

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValidationError(self.where(key), said("serialise", "Hier wordt tekst verwacht."))
        return value

    def integer(self, key: str, *, required: bool = False) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                self.where(key), said("serialise", "Hier wordt een geheel getal verwacht.")
            )
        return value

    def iso_date(self, key: str, *, required: bool = False) -> date | None:
        """A date as JJJJ-MM-DD; null or an empty string mean "no date"."""
        value = self._get(key, required, nullable=True)
        if value is None or (value == "" and not self.strict):
            if required:
                raise ValidationError(self.where(key), said("serialise", "Dit veld ontbreekt."))
            return None
        if not isinstance(value, str):
            raise ValidationError(
                self.where(key), said("serialise", "Hier wordt een datum (JJJJ-MM-DD) verwacht.")
            )
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                self.where(key),
                said("serialise", "'{value}' is geen datum in de vorm JJJJ-MM-DD.").format(
                    value=shown(value)
                ),
            ) from None

    def choice(self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self.text(key, required=default is None)
        if key not in self.data and default is not None:
            return default
        if not value and default is not None and not self.strict:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise ValidationError(
                self.where(key),
                said(
                    "serialise", "'{value}' is geen toegestane waarde; kies uit: {allowed}."
                ).format(value=shown(value), allowed=allowed),
            ) from None

    def items(self, key: str, *, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValidationError(
                self.where(key), said("serialise", "Hier wordt een lijst ([ … ]) verwacht.")
            )
        return value

    def choices(self, key: str, enum: type[E]) -> list[E]:
        result = []
        for index, item in enumerate(self.items(key)):
            where = f"{self.where(key)}[{index}]"
            if not isinstance(item, str):
                raise ValidationError(where, said("serialise", "Hier wordt tekst verwacht."))
            try:
                result.append(enum(item))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise ValidationError(
                    where,
                    said(
                        "serialise", "'{value}' is geen toegestane waarde; kies uit: {allowed}."
                    ).format(value=shown(item), allowed=allowed),
                ) from None
        return result

    def child(self, key: str, *, required: bool = False) -> Reader:
        value = self._get(key, required)
        return Reader({} if value is None else value, self.where(key), strict=self.strict)

    def finish(self) -> None:
        """Refuse keys nobody read: a typo must not silently drop data."""
        unknown = sorted(set(self.data) - self._seen)
        if unknown:
            raise ValidationError(
                self.where(shown(unknown[0], 60)),
                said("serialise", "Dit veld is onbekend in dit formaat."),
            )


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
                dims_reader.where(shown(key)),
                said("serialise", "Dit is geen dimensie van doenvermogen."),
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


def _entries(reader: Reader, key: str) -> list[Reader]:
    """A list of objects, each with an id: at most `MAX_ENTRIES`, ids unique. Strictly
    (the exchange format, the database) an id is a UUID in lower case; a draft may hold
    an entry without one yet."""
    items = reader.items(key)
    if len(items) > MAX_ENTRIES:
        raise ValidationError(
            reader.where(key),
            said("serialise", "Hier staan meer dan {limit} regels.").format(limit=MAX_ENTRIES),
        )
    readers, seen = [], set()
    for index, item in enumerate(items):
        entry = Reader(item, f"{reader.where(key)}[{index}]", strict=reader.strict)
        entry_id = entry.text("id", required=reader.strict)
        if (reader.strict or entry_id) and not _ENTRY_ID.fullmatch(entry_id):
            raise ValidationError(
                entry.where("id"),
                said(
                    "serialise",
                    "'{value}' is geen UUID in de vorm "
                    "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (kleine letters).",
                ).format(value=shown(entry_id)),
            )
        if entry_id and entry_id in seen:
            raise ValidationError(
                entry.where("id"), said("serialise", "Deze id komt al eerder in de lijst voor.")
            )
        seen.add(entry_id)
        readers.append(entry)
    return readers


def _amount(reader: Reader) -> Amount:
    amount = Amount(
        id=reader.text("id"),
        kind=reader.choice("kind", AmountKind),
        euros=read_stored_euros(reader.text("euros", required=True), reader.where("euros")),
        period=reader.choice("period", Period, Period.ONCE),
        starts=reader.iso_date("starts"),
        ends=reader.iso_date("ends"),
        note=reader.text("note"),
    )
    reader.finish()
    return amount


def _third_party(reader: Reader) -> ThirdParty:
    party = ThirdParty(
        id=reader.text("id"),
        role=reader.choice("role", PartyRole),
        name=reader.text("name", required=True),
        note=reader.text("note"),
    )
    reader.finish()
    return party


def _ruling(reader: Reader) -> Ruling:
    ecli = reader.text("ecli", required=True)
    if reader.strict and normalise_ecli(ecli, reader.where("ecli")) != ecli:
        raise ValidationError(
            reader.where("ecli"),
            said("serialise", "Schrijf de ECLI in hoofdletters, zonder spaties."),
        )
    ruling = Ruling(id=reader.text("id"), ecli=ecli, note=reader.text("note"))
    reader.finish()
    return ruling


def facts_from_reader(reader: Reader) -> CaseFacts:
    """The facts as written by `facts_to_dict`; every amount, role, stage, date and ECLI
    is checked for its form (the rules that need today's date are `validate_facts`')."""
    stage = reader.text("stage")
    try:
        chosen = Stage(stage) if stage else None
    except ValueError:
        allowed = ", ".join(s.value for s in Stage)
        raise ValidationError(
            reader.where("stage"),
            said(
                "serialise",
                "'{value}' is geen toegestane waarde; kies uit: \"\" (leeg), {allowed}.",
            ).format(value=shown(stage), allowed=allowed),
        ) from None
    facts = CaseFacts(
        stage=chosen,
        amounts=tuple(_amount(r) for r in _entries(reader, "amounts")),
        third_parties=tuple(_third_party(r) for r in _entries(reader, "third_parties")),
        rulings=tuple(_ruling(r) for r in _entries(reader, "rulings")),
        minor_children=_minor_children(reader),
        organisation_share=_flag(reader, "organisation_share"),
    )
    reader.finish()
    return facts


def _minor_children(reader: Reader) -> int | None:
    children = reader.integer("minor_children")
    if children is not None and not 0 <= children <= MAX_MINOR_CHILDREN:
        raise ValidationError(
            reader.where("minor_children"),
            said("serialise", "Hier wordt een aantal van 0 tot en met {limit} verwacht.").format(
                limit=MAX_MINOR_CHILDREN
            ),
        )
    return children


def _flag(reader: Reader, key: str) -> bool:
    value = reader.raw(key)
    if value is not None and not isinstance(value, bool):
        raise ValidationError(
            reader.where(key), said("serialise", "Hier wordt true of false verwacht.")
        )
    return bool(value)


def fields_from_reader(reader: Reader) -> DossierFields:
    fields = DossierFields(
        title=reader.text("title", required=True),
        status=reader.choice("status", DossierStatus, DossierStatus.INTAKE),
        owner=reader.text("owner"),
        organisations=tuple(reader.choices("organisations", Organisation)),
        regulation=reader.text("regulation"),
        article=reader.text("article"),
        deviation_article=reader.text("deviation_article"),
        generic_outcome=reader.text("generic_outcome"),
        knelpunt=reader.text("knelpunt"),
        request=reader.text("request"),
        notes=reader.text("notes"),
        subject=subject_from_reader(reader.child("subject")),
        doenvermogen=doenvermogen_from_reader(reader.child("doenvermogen")),
        facts=facts_from_reader(reader.child("facts")),
    )
    return fields


def fields_from_dict(data: object, path: str = "") -> DossierFields:
    reader = Reader(data, path)
    fields = fields_from_reader(reader)
    reader.finish()
    return fields
