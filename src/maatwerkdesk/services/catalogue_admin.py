"""The installed catalogue versions as an administrator sees them: listed, and removed.

A removed version gets a tombstone like every other record; adding the same text again
brings it back, another text under that version stays refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef, version_key
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import shown
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.models import CatalogueFileRow
from maatwerkdesk.services import audit, catalogue_usage
from maatwerkdesk.services.catalogue_usage import Pins
from maatwerkdesk.services.catalogues import ADDED, BUNDLED, bundled_refs, known_catalogues
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.users import require


@dataclass(frozen=True)
class InstalledVersion:
    catalogue_id: str
    version: str
    kind: str
    valid_from: date | None
    """None when the stored text cannot be read."""
    origin: str
    """BUNDLED (shipped with the program) or ADDED (installed here)."""
    pins: Pins
    problem: str | None = None
    """Why the stored text is skipped; None for a readable version."""


def installed_versions(session: Session) -> list[InstalledVersion]:
    """Every catalogue version here, readable or not, by id and version number."""
    known = known_catalogues(session)
    pinned = catalogue_usage.pins(session)
    shipped = bundled_refs()
    added = {
        (catalogue_id, version)
        for catalogue_id, version in session.execute(
            select(CatalogueFileRow.catalogue_id, CatalogueFileRow.version).where(
                CatalogueFileRow.deleted_at.is_(None), CatalogueFileRow.origin == ADDED
            )
        )
    }
    found = [
        InstalledVersion(
            c.header.id,
            c.header.version,
            c.header.kind,
            c.header.valid_from,
            ADDED if (c.ref.id, c.ref.version) in added and c.ref not in shipped else BUNDLED,
            pinned.get(c.ref, Pins()),
        )
        for c in known.every()
    ]
    found += [
        InstalledVersion(
            u.catalogue_id,
            u.version,
            u.kind,
            None,
            u.origin,
            pinned.get(CatalogueRef(u.catalogue_id, u.version), Pins()),
            u.problem,
        )
        for u in known.unreadable
    ]
    return sorted(found, key=lambda v: (v.catalogue_id, version_key(v.version), v.version))


def remove_version(session: Session, context: Context, catalogue_id: str, version: str) -> None:
    """Remove an added version that nothing is pinned to; audited like `catalogue add`."""
    require(session, context, Permission.MANAGE_CATALOGUES)
    ref = CatalogueRef(catalogue_id, version)
    named = said("catalogue_admin", "Catalogus '{catalogue}' versie {version}").format(
        catalogue=shown(catalogue_id, 100), version=shown(version)
    )
    row = session.scalar(
        select(CatalogueFileRow).where(
            CatalogueFileRow.catalogue_id == catalogue_id,
            CatalogueFileRow.version == version,
            CatalogueFileRow.deleted_at.is_(None),
        )
    )
    if ref in bundled_refs() or (row is not None and row.origin == BUNDLED):
        raise DomainError(
            said(
                "catalogue_admin",
                "{named} wordt met het programma meegeleverd en kan niet worden verwijderd.",
            ).format(named=named)
        )
    if row is None:
        raise DomainError(
            said(
                "catalogue_admin",
                "{named} is hier niet geïnstalleerd. 'maatwerkdesk catalogue list' toont welke "
                "versies er zijn.",
            ).format(named=named)
        )
    pins = catalogue_usage.pins(session).get(ref, Pins())
    if pins.total:
        if pins.total == 1:
            refusal = said(
                "catalogue_admin",
                "{named} kan niet worden verwijderd: {pins} rust erop. Een versie waarop iets "
                "is vastgelegd, blijft bewaard.",
            )
        else:
            refusal = said(
                "catalogue_admin",
                "{named} kan niet worden verwijderd: {pins} rusten erop. Een versie waarop "
                "iets is vastgelegd, blijft bewaard.",
            )
        raise DomainError(refusal.format(named=named, pins=pins.described()))
    row.deleted_at = utc_now()
    session.flush()
    audit.record(
        session,
        context,
        audit.Action.DELETE,
        "catalogue.remove",
        object_type="catalogue",
        object_id=row.id,
        dossier_id=None,
    )
