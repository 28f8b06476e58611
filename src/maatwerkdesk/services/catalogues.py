"""Which catalogues there are: the ones shipped with the program and the ones added here.

An assessment pins a catalogue id and version. The text of a pinned version is copied
into the database, so it can be read again after an update stops shipping it.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk import resources  # type: ignore[attr-defined]  # mapped from resources/ by pyproject's package-dir, which mypy does not read
from maatwerkdesk.domain.catalogue import CatalogueRef, CriteriaCatalogue, version_key
from maatwerkdesk.domain.catalogue_kinds import AnyCatalogue, load_catalogue
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.factors import FactorCatalogue, identity_problems, with_retirements
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue
from maatwerkdesk.persistence.models import CatalogueFileRow
from maatwerkdesk.services import audit, catalogue_usage
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.users import require

log = logging.getLogger(__name__)

DEFAULT_CRITERIA_CATALOGUE = "nl.maatwerkdesk.afwijkingsroutes"
SIGNAL_CATALOGUE = "nl.maatwerkdesk.signalering"
"""The signals the intake queue looks for; a team amends it with a higher version."""
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
class UnreadableVersion:
    """A stored catalogue text that no longer reads as the version its row names: written
    by an older program, or changed in the database itself. It is left out everywhere."""

    row_id: str
    catalogue_id: str
    version: str
    kind: str
    origin: str
    problem: str
    """Why, in Dutch."""


@dataclass(frozen=True)
class KnownCatalogues:
    """Every catalogue version known here, read once for one service call."""

    versions: tuple[CriteriaCatalogue, ...]
    factor_versions: tuple[FactorCatalogue, ...] = ()
    unreadable: tuple[UnreadableVersion, ...] = ()
    signal_versions: tuple[SignalCatalogue, ...] = ()

    def every(self) -> tuple[AnyCatalogue, ...]:
        """Every readable version, of every kind."""
        return (*self.versions, *self.factor_versions, *self.signal_versions)

    def signals(self, today: date) -> SignalCatalogue:
        """The newest version of the shipped signal catalogue in force on `today`."""
        in_force = [
            c
            for c in self.signal_versions
            if c.header.id == SIGNAL_CATALOGUE and c.header.valid_from <= today
        ]
        if not in_force:
            raise NotFoundError(
                said(
                    "catalogues",
                    "Er is geen signaleringscatalogus '{catalogue}' die vandaag geldt. "
                    "Controleer de geïnstalleerde catalogi met 'maatwerkdesk catalogue list'.",
                ).format(catalogue=SIGNAL_CATALOGUE)
            )
        return max(in_force, key=lambda c: version_key(c.header.version))

    def get(self, ref: CatalogueRef) -> CriteriaCatalogue:
        for catalogue in self.versions:
            if catalogue.ref == ref:
                return catalogue
        raise NotFoundError(
            said(
                "catalogues",
                "De catalogus {catalogue} is hier niet aanwezig. Voeg die versie toe met "
                "'maatwerkdesk catalogue add' of beoordeel het dossier opnieuw.",
            ).format(catalogue=str(ref))
        )

    def factors(self, ref: CatalogueRef) -> FactorCatalogue:
        for catalogue in self.factor_versions:
            if catalogue.ref == ref:
                return catalogue
        raise NotFoundError(
            said(
                "catalogues",
                "De factorcatalogus {catalogue} is hier niet aanwezig. Voeg die versie toe met "
                "'maatwerkdesk catalogue add'.",
            ).format(catalogue=str(ref))
        )

    def route_labels(self) -> dict[str, str]:
        """Every route id a criteria catalogue knows, with the label of the newest version
        that names it: how a decision under another route is named."""
        return {route.id: route.label for c in self.versions for route in c.routes}

    def factor_choices(self, today: date) -> list[FactorCatalogue]:
        """Per factor catalogue id the newest version in force today; the domains' catalogues
        by id, then the general lists."""
        newest: dict[str, FactorCatalogue] = {}
        for catalogue in self.factor_versions:
            if catalogue.header.valid_from <= today:
                newest[catalogue.header.id] = catalogue  # versions are sorted ascending
        return sorted(newest.values(), key=lambda c: (c.general, c.header.id))

    def current(self, today: date, catalogue_id: str | None = None) -> CriteriaCatalogue:
        """The newest version of `catalogue_id` (default: the shipped one) in force on `today`."""
        catalogue_id = catalogue_id or DEFAULT_CRITERIA_CATALOGUE
        in_force = [
            c for c in self.versions if c.header.id == catalogue_id and c.header.valid_from <= today
        ]
        if not in_force:
            raise NotFoundError(
                said(
                    "catalogues",
                    "Er is geen catalogus '{catalogue}' die vandaag geldt. Controleer de "
                    "geïnstalleerde catalogi met 'maatwerkdesk catalogue validate'.",
                ).format(catalogue=catalogue_id)
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


def bundled_refs() -> set[CatalogueRef]:
    """The versions this program ships."""
    return {_parsed(entry.text, entry.file_name).ref for entry in bundled_texts()}


def known_catalogues(session: Session) -> KnownCatalogues:
    """Shipped and stored versions; a stored text wins over a shipped one.

    A stored text that does not read as the version its row names is skipped, with a
    warning in the log (row id and kind of problem only), so one bad row never stops
    the program from working with every other catalogue.
    """
    found: dict[tuple[str, CatalogueRef], AnyCatalogue] = {}
    for entry in bundled_texts():
        catalogue = _parsed(entry.text, entry.file_name)
        found[catalogue.header.kind, catalogue.ref] = catalogue
    unreadable = []
    rows = session.execute(
        select(
            CatalogueFileRow.id,
            CatalogueFileRow.catalogue_id,
            CatalogueFileRow.version,
            CatalogueFileRow.kind,
            CatalogueFileRow.origin,
            CatalogueFileRow.fingerprint,
            CatalogueFileRow.content,
        ).where(CatalogueFileRow.deleted_at.is_(None))
    )
    for row_id, catalogue_id, version, kind, origin, fingerprint, content in rows:
        read = _stored_version(content, catalogue_id, version, kind, fingerprint)
        if isinstance(read, str):
            _warn_once(row_id, read)
            unreadable.append(
                UnreadableVersion(row_id, catalogue_id, version, kind, origin, _PROBLEMS[read])
            )
        else:
            found[read.header.kind, read.ref] = read
    ordered = sorted(found.values(), key=lambda c: (c.header.id, version_key(c.header.version)))
    factor_versions = [c for c in ordered if isinstance(c, FactorCatalogue)]
    return KnownCatalogues(
        tuple(c for c in ordered if isinstance(c, CriteriaCatalogue)),
        tuple(
            catalogue
            for _, versions in itertools.groupby(factor_versions, key=lambda c: c.header.id)
            for catalogue in with_retirements(list(versions))
        ),
        tuple(sorted(unreadable, key=lambda u: (u.catalogue_id, u.version))),
        tuple(c for c in ordered if isinstance(c, SignalCatalogue)),
    )


_PROBLEMS = {
    "invalid": said(
        "catalogues",
        "de opgeslagen tekst is geen geldige catalogus (meer); misschien is die door een "
        "oudere versie van het programma geschreven.",
    ),
    "mismatch": said(
        "catalogues",
        "de opgeslagen tekst hoort niet bij deze id, versie of soort, of past niet bij zijn "
        "vingerafdruk: hij is buiten het programma gewijzigd.",
    ),
}


@cache
def _stored_version(
    content: str, catalogue_id: str, version: str, kind: str, fingerprint: str
) -> AnyCatalogue | str:
    """The catalogue a stored row holds, or the key of its problem in _PROBLEMS."""
    try:
        catalogue = load_catalogue(content, "opgeslagen-catalogus.toml")
    except CatalogueError:
        return "invalid"
    header = catalogue.header
    if (header.id, header.version, header.kind, header.fingerprint) != (
        catalogue_id,
        version,
        kind,
        fingerprint,
    ):
        return "mismatch"
    return catalogue


_warned: set[tuple[str, str]] = set()


def _warn_once(row_id: str, problem: str) -> None:
    if (row_id, problem) not in _warned:
        _warned.add((row_id, problem))
        log.warning("Skipped catalogue_file row %s (%s)", row_id, problem)


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
    known = {c.ref: c for c in known_now.every()}.get(catalogue.ref)
    if known is not None:
        if known.header.fingerprint == header.fingerprint:
            return catalogue, False
        raise _exists_with_other_text(file_name, catalogue)
    if isinstance(catalogue, FactorCatalogue):
        _check_factor_identity(session, known_now, catalogue, file_name)
    row = _stored(session, catalogue.ref)
    if row is None:
        row = _store_text(session, catalogue, text, ADDED)
    elif row.deleted_at is not None and row.fingerprint == header.fingerprint:
        row.deleted_at = None  # removed earlier, now added again with the same text
        session.flush()
    elif row.deleted_at is not None:
        raise _exists_with_other_text(file_name, catalogue, removed=True)
    else:
        raise DomainError(
            said(
                "catalogues",
                "{file}: versie {version} van catalogus '{catalogue}' staat al in deze "
                "database, maar de opgeslagen tekst is onleesbaar (zie 'maatwerkdesk catalogue "
                "list'). Verwijder die versie eerst met 'maatwerkdesk catalogue remove' of geef "
                "het bestand een hoger versienummer.",
            ).format(file=file_name, version=header.version, catalogue=header.id)
        )
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


def _exists_with_other_text(
    file_name: str, catalogue: AnyCatalogue, *, removed: bool = False
) -> DomainError:
    header = catalogue.header
    if removed:
        refusal = said(
            "catalogues",
            "{file}: versie {version} van catalogus '{catalogue}' was hier eerder "
            "geïnstalleerd met een andere inhoud. Geef het bestand een hoger versienummer en "
            "probeer het opnieuw.",
        )
    else:
        refusal = said(
            "catalogues",
            "{file}: versie {version} van catalogus '{catalogue}' bestaat hier al met een "
            "andere inhoud. Geef het bestand een hoger versienummer en probeer het opnieuw.",
        )
    return DomainError(refusal.format(file=file_name, version=header.version, catalogue=header.id))


def _check_factor_identity(
    session: Session, known: KnownCatalogues, catalogue: FactorCatalogue, file_name: str
) -> None:
    """Refuse a version that flips a factor's side or drops a factor still named."""
    in_use = catalogue_usage.factors_in_use(session, catalogue.header.id)
    problems = identity_problems(catalogue, known.factor_versions, in_use)
    if problems:
        if len(problems) == 1:
            refusal = said(
                "catalogues",
                "{file}: deze versie van factorcatalogus '{catalogue}' is niet geïnstalleerd "
                "(1 probleem):\n{problems}",
            )
        else:
            refusal = said(
                "catalogues",
                "{file}: deze versie van factorcatalogus '{catalogue}' is niet geïnstalleerd "
                "({count} problemen):\n{problems}",
            )
        raise DomainError(
            refusal.format(
                file=file_name,
                catalogue=catalogue.header.id,
                count=len(problems),
                problems=_lines(problems),
            )
        )


def _lines(lines: list[str]) -> str:
    """The lines one below the other; each that is a sentence stays translatable."""
    joined = lines[0]
    for line in lines[1:]:
        joined = said("catalogues", "{lines}\n{line}").format(lines=joined, line=line)
    return joined


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
