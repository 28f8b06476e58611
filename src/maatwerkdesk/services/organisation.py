"""The organisation settings in the profile: read for every letter, changed only by a
functioneel beheerder (docs/letter.md).

The file is the profile's, not the database's: each workstation (or shared profile)
keeps its own. Reading needs no right, since a letter must name its sender; opening it
to edit and saving it do, and a save is audited like any change.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation import (
    MAX_SETTINGS_BYTES,
    NO_SETTINGS,
    SETTINGS_FILE,
    OrganisationSettings,
    load_settings,
    settings_to_toml,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.infra.files import read_bounded, write_atomically
from maatwerkdesk.services import audit
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.users import require

UPDATE_SETTINGS = "organisation.update_settings"


def settings_path(config: Path) -> Path:
    """Where the profile keeps the settings: its config folder."""
    return config / SETTINGS_FILE


def read_settings(config: Path) -> OrganisationSettings:
    """The settings; nothing set when there is no file. A file that cannot be used is a
    DomainError naming every problem: a letter never goes out with a guessed sender."""
    path = settings_path(config)
    if not path.exists():
        return NO_SETTINGS

    def too_large(source: str, _size: int, _limit: int) -> str:
        return said(
            "organisation",
            "{source}: het bestand is groter dan 200 kB; dat zijn geen organisatiegegevens.",
        ).format(source=source)

    raw = read_bounded(path, MAX_SETTINGS_BYTES, too_large=too_large)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            said("organisation", "{path}: het bestand is geen tekst in UTF-8.").format(
                path=str(path)
            )
        ) from None
    return load_settings(text, str(path))


def settings_for_editing(session: Session, context: Context, config: Path) -> OrganisationSettings:
    """The settings for the dialog, to a functioneel beheerder only."""
    require(session, context, Permission.MANAGE_ORGANISATION)
    return read_settings(config)


def save_settings(
    session: Session, context: Context, config: Path, settings: OrganisationSettings
) -> None:
    """Write the settings, checked as they will be read, and audit the change in the
    caller's transaction: a failed write leaves no audit record."""
    require(session, context, Permission.MANAGE_ORGANISATION)
    text = settings_to_toml(settings)
    load_settings(text)  # what cannot be read back is never written
    audit.record(
        session,
        context,
        audit.Action.UPDATE,
        UPDATE_SETTINGS,
        object_type="organisation_settings",
        object_id=SETTINGS_FILE,
        dossier_id=None,
    )
    try:
        write_atomically(settings_path(config), text.encode("utf-8"))
    except OSError as error:
        raise DomainError(
            said(
                "organisation",
                "{path}: de organisatiegegevens kunnen niet worden opgeslagen ({reason}).",
            ).format(path=str(settings_path(config)), reason=error.strerror or str(error))
        ) from None
