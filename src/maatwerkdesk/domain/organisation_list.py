"""The shipped list of public organisations a dossier can deal with, and their loket.

The list is data (resources/loket/organisaties-*.toml), read like a catalogue: the bounds
of `toml_limits` first, then TOML, then every entry strictly. Every problem found is
reported with its key, so the file can be fixed in one go.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from maatwerkdesk.domain.catalogue_loading import CatalogueError, Problem, parse_toml
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT

LIST_FORMAT = "maatwerkdesk-organisaties/1"
MAX_ORGANISATIONS = 500
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")
_VERSION = re.compile(r"\d{4}\.\d{1,2}")
_WEBSITE = re.compile(r"https://[a-z0-9.-]+\.[a-z]{2,}(/[A-Za-z0-9._~/-]*)?")
_TOP_KEYS = frozenset({"format", "version", "title", "organisations"})
_ENTRY_KEYS = frozenset({"id", "name", "full_name", "website", "about"})
BUNDLED = ("loket", "organisaties-2026.1.toml")


@dataclass(frozen=True)
class PublicOrganisation:
    """An organisation on the list: `id` is what a dossier keeps."""

    id: str
    name: str
    full_name: str = ""
    website: str = ""
    """The organisation's general web address; empty where none is known for certain."""
    about: str = ""


@dataclass(frozen=True)
class OrganisationList:
    version: str
    title: str
    organisations: tuple[PublicOrganisation, ...]

    @property
    def by_id(self) -> Mapping[str, PublicOrganisation]:
        return {organisation.id: organisation for organisation in self.organisations}

    def name_of(self, organisation_id: str) -> str:
        """The organisation's name; an id the list no longer has is named as such."""
        found = self.by_id.get(organisation_id)
        if found is not None:
            return found.name
        return said("organisation_list", "{id} (onbekende organisatie)").format(id=organisation_id)


def load_organisation_list(text: str, file_name: str) -> OrganisationList:
    """Parse and check an organisation list; a CatalogueError names every problem."""
    data = parse_toml(text, file_name)
    problems: list[Problem] = []
    for key in sorted(set(data) - _TOP_KEYS):
        problems.append(
            Problem(key, said("organisation_list", "Deze sleutel kent een organisatielijst niet."))
        )
    if data.get("format") != LIST_FORMAT:
        problems.append(
            Problem(
                "format",
                said("organisation_list", 'Hier moet "{format}" staan.').format(format=LIST_FORMAT),
            )
        )
    version = data.get("version")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        problems.append(
            Problem(
                "version",
                said("organisation_list", "Geef de versie als jaar.nummer, bijvoorbeeld 2026.1."),
            )
        )
    title = _text(data, "title", "title", problems, required=True)
    entries = data.get("organisations")
    if not isinstance(entries, list) or not entries:
        problems.append(
            Problem(
                "organisations",
                said("organisation_list", "Noem een of meer organisaties ([[organisations]])."),
            )
        )
        entries = []
    elif len(entries) > MAX_ORGANISATIONS:
        problems.append(
            Problem(
                "organisations",
                said(
                    "organisation_list", "Meer dan {most} organisaties; zo lang is de lijst niet."
                ).format(most=MAX_ORGANISATIONS),
            )
        )
        entries = []
    organisations: list[PublicOrganisation] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        organisation = _entry(entry, f"organisations[{number}]", problems)
        if organisation is None:
            continue
        if organisation.id in seen:
            problems.append(
                Problem(
                    f"organisations[{number}].id",
                    said("organisation_list", "'{id}' staat al eerder in de lijst.").format(
                        id=organisation.id
                    ),
                )
            )
        seen.add(organisation.id)
        organisations.append(organisation)
    if problems:
        raise CatalogueError(file_name, problems)
    return OrganisationList(str(version), title, tuple(organisations))


def _text(
    data: dict[str, Any], key: str, where: str, problems: list[Problem], *, required: bool = False
) -> str:
    value: object = data.get(key, "")
    if not isinstance(value, str):
        problems.append(
            Problem(
                where,
                said("organisation_list", "Hier wordt tekst tussen aanhalingstekens verwacht."),
            )
        )
        return ""
    value = value.strip()
    if required and not value:
        problems.append(Problem(where, said("organisation_list", "Dit mag niet leeg zijn.")))
    elif len(value) > SHORT_TEXT_LIMIT:
        problems.append(
            Problem(
                where,
                said("organisation_list", "Langer dan {most} tekens; maak het korter.").format(
                    most=SHORT_TEXT_LIMIT
                ),
            )
        )
    return value


def _entry(entry: object, where: str, problems: list[Problem]) -> PublicOrganisation | None:
    if not isinstance(entry, dict):
        problems.append(
            Problem(
                where,
                said(
                    "organisation_list", "Hier wordt een organisatie ([[organisations]]) verwacht."
                ),
            )
        )
        return None
    before = len(problems)
    for key in sorted(set(entry) - _ENTRY_KEYS):
        problems.append(
            Problem(
                f"{where}.{key}",
                said("organisation_list", "Deze sleutel kent een organisatie niet."),
            )
        )
    organisation_id = entry.get("id")
    if not isinstance(organisation_id, str) or not _ID.fullmatch(organisation_id):
        problems.append(
            Problem(
                f"{where}.id",
                said(
                    "organisation_list",
                    "Gebruik kleine letters, cijfers en - (hoogstens 32 tekens).",
                ),
            )
        )
    fields = {
        key: _text(entry, key, f"{where}.{key}", problems, required=key == "name")
        for key in ("name", "full_name", "website", "about")
    }
    if fields["website"] and not _WEBSITE.fullmatch(fields["website"]):
        problems.append(
            Problem(
                f"{where}.website",
                said(
                    "organisation_list",
                    "Geef een webadres dat met https:// begint, of laat het leeg.",
                ),
            )
        )
    if len(problems) > before:
        return None
    assert isinstance(organisation_id, str)
    return PublicOrganisation(organisation_id, **fields)


@functools.cache
def bundled_organisation_list() -> OrganisationList:
    """The list shipped in resources/loket, read once."""
    folder, name = BUNDLED
    source = resources.files("maatwerkdesk.resources") / folder / name
    return load_organisation_list(source.read_text(encoding="utf-8"), name)
