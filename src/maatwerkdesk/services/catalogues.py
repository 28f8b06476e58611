"""Which catalogues there are: the ones shipped with the program and the ones added here.

An assessment pins a catalogue id and version. The text of a pinned version is copied
into the database, so it can be read again after an update stops shipping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk import resources
from maatwerkdesk.domain.catalogue import CatalogueRef, CriteriaCatalogue, version_key
from maatwerkdesk.domain.catalogue_kinds import AnyCatalogue, load_catalogue
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.persistence.models import CatalogueFileRow
from maatwerkdesk.services import audit
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.users import require

DEFAULT_CRITERIA_CATALOGUE = "nl.maatwerkdesk.afwijkingsroutes"
BUNDLED_DIR = Path(resources.__file__).parent / "catalogues"
BUNDLED = "bundled"
ADDED = "added"


@dataclass(frozen=True)
class CatalogueText:
    file_name: str
    text: str
    origin: str


def bundled_texts() -> list[CatalogueText]:
    return [
        CatalogueText(path.name, path.read_text(encoding="utf-8"), BUNDLED)
        for path in sorted(BUNDLED_DIR.glob("*.toml"))
    ]


@cache
def _parsed(text: str, file_name: str) -> AnyCatalogue:
    return load_catalogue(text, file_name)


@dataclass(frozen=True)
class KnownCatalogues:
    """Every catalogue version known here, read once for one service call."""

    versions: tuple[CriteriaCatalogue, ...]
    factor_versions: tuple[FactorCatalogue, ...] = ()

    def get(self, ref: CatalogueRef) -> CriteriaCatalogue:
        for catalogue in self.versions:
            if catalogue.ref == ref:
                return catalogue
        raise NotFoundError(
            f"De catalogus {ref} is hier niet aanwezig. Voeg die versie toe met "
            "'maatwerkdesk catalogue add' of beoordeel het dossier opnieuw."
        )

    def factors(self, ref: CatalogueRef) -> FactorCatalogue:
        for catalogue in self.factor_versions:
            if catalogue.ref == ref:
                return catalogue
        raise NotFoundError(
            f"De factorcatalogus {ref} is hier niet aanwezig. Voeg die versie toe met "
            "'maatwerkdesk catalogue add'."
        )

    def factor_choices(self, today: date) -> list[FactorCatalogue]:
        """Per factor catalogue id the newest version in force today."""
        newest: dict[str, FactorCatalogue] = {}
        for catalogue in self.factor_versions:
            if catalogue.header.valid_from <= today:
                newest[catalogue.header.id] = catalogue  # versions are sorted ascending
        return [newest[key] for key in sorted(newest)]

    def current(self, today: date, catalogue_id: str | None = None) -> CriteriaCatalogue:
        """The newest version of `catalogue_id` (default: the shipped one) in force on `today`."""
        catalogue_id = catalogue_id or DEFAULT_CRITERIA_CATALOGUE
        in_force = [
            c for c in self.versions if c.header.id == catalogue_id and c.header.valid_from <= today
        ]
        if not in_force:
            raise NotFoundError(
                f"Er is geen catalogus '{catalogue_id}' die vandaag geldt. Controleer de "
                "geïnstalleerde catalogi met 'maatwerkdesk catalogue validate'."
            )
        return max(in_force, key=lambda c: version_key(c.header.version))

    def choices(self, today: date) -> list[CriteriaCatalogue]:
        """Per catalogue id the version in force today: what a new assessment can use."""
        ids = {c.header.id for c in self.versions if c.header.valid_from <= today}
        return [self.current(today, catalogue_id) for catalogue_id in sorted(ids)]

    def newer(self, ref: CatalogueRef, today: date) -> CatalogueRef | None:
        """A newer version of the same catalogue in force on `today`, if there is one."""
        try:
            current = self.current(today, ref.id)
        except NotFoundError:
            return None
        if version_key(current.header.version) > version_key(ref.version):
            return current.ref
        return None


def known_catalogues(session: Session) -> KnownCatalogues:
    """Shipped and stored versions; a stored text wins over a shipped one."""
    found: dict[tuple[str, CatalogueRef], AnyCatalogue] = {}
    for entry in bundled_texts():
        catalogue = _parsed(entry.text, entry.file_name)
        found[catalogue.header.kind, catalogue.ref] = catalogue
    rows = session.scalars(select(CatalogueFileRow).where(CatalogueFileRow.deleted_at.is_(None)))
    for row in rows:
        catalogue = _parsed(row.content, f"{row.catalogue_id}-{row.version}.toml")
        found[catalogue.header.kind, catalogue.ref] = catalogue
    ordered = sorted(found.values(), key=lambda c: (c.header.id, version_key(c.header.version)))
    return KnownCatalogues(
        tuple(c for c in ordered if isinstance(c, CriteriaCatalogue)),
        tuple(c for c in ordered if isinstance(c, FactorCatalogue)),
    )


def current_criteria_catalogue(
    session: Session, today: date, catalogue_id: str | None = None
) -> CriteriaCatalogue:
    return known_catalogues(session).current(today, catalogue_id)


def pin(session: Session, catalogue: AnyCatalogue, text: str | None = None) -> None:
    """Make sure the database holds the text of this catalogue version."""
    row = _stored(session, catalogue.ref)
    if row is not None:
        return
    if text is None:
        text = next(
            entry.text
            for entry in bundled_texts()
            if _parsed(entry.text, entry.file_name).ref == catalogue.ref
        )
    _store_text(session, catalogue, text, BUNDLED)


def add_catalogue(
    session: Session, context: Context, text: str, file_name: str
) -> tuple[AnyCatalogue, bool]:
    """Validate and install a catalogue file; returns it and whether it was new here.

    The same id and version must always mean the same text: a changed file needs a
    higher version number, or assessments pinned to it would silently change meaning.
    """
    require(session, context, Permission.MANAGE_CATALOGUES)
    catalogue = load_catalogue(text, file_name)
    header = catalogue.header
    known_now = known_catalogues(session)
    every: tuple[AnyCatalogue, ...] = (*known_now.versions, *known_now.factor_versions)
    known = {c.ref: c for c in every}.get(catalogue.ref)
    if known is not None:
        if known.header.fingerprint == header.fingerprint:
            return catalogue, False
        raise DomainError(
            f"{file_name}: versie {header.version} van catalogus '{header.id}' bestaat hier al "
            "met een andere inhoud. Geef het bestand een hoger versienummer en probeer het "
            "opnieuw."
        )
    row = _store_text(session, catalogue, text, ADDED)
    audit.record(
        session,
        context,
        audit.Action.CREATE,
        "catalogue.add",
        object_type="catalogue",
        object_id=row.id,
        dossier_id=None,
    )
    return catalogue, True


def _store_text(
    session: Session, catalogue: AnyCatalogue, text: str, origin: str
) -> CatalogueFileRow:
    header = catalogue.header
    row = CatalogueFileRow(
        catalogue_id=header.id,
        version=header.version,
        kind=header.kind,
        content=text,
        fingerprint=header.fingerprint,
        origin=origin,
    )
    session.add(row)
    session.flush()
    return row


def _stored(session: Session, ref: CatalogueRef) -> CatalogueFileRow | None:
    return session.scalar(
        select(CatalogueFileRow).where(
            CatalogueFileRow.catalogue_id == ref.id, CatalogueFileRow.version == ref.version
        )
    )
