"""Who works with the program, in which roles, and what each role may do.

Roles follow the case conference: the caseworker prepares, the chair leads and signs, members
advise from their discipline, the secretary keeps the minutes, readers read, the functional
administrator manages users and catalogues. A person may hold several roles (a caseworker who
chairs another team's conference) and may do what any of them allows. The services check a
permission on every act, so hiding a button is never the only guard.

The command line and batch work act as `SYSTEM`: it may do what an administrator with the
database file in hand could do anyway, but never the acts that need a person and four eyes:
advising and signing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import said, vocabulary_word
from maatwerkdesk.domain.text import enumerate_nl


class Role(StrEnum):
    CASEWORKER = "behandelaar"
    CHAIR = "voorzitter"
    MEMBER = "lid"
    SECRETARY = "secretaris"
    READER = "lezer"
    ADMINISTRATOR = "functioneel_beheerder"
    SYSTEM = "systeem"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: Mapping[Role, str] = MappingProxyType(
    {
        Role.CASEWORKER: "behandelaar",
        Role.CHAIR: "voorzitter",
        Role.MEMBER: "lid van het overleg",
        Role.SECRETARY: "secretaris",
        Role.READER: "lezer",
        Role.ADMINISTRATOR: "functioneel beheerder",
        Role.SYSTEM: "systeem (opdrachtregel)",
    }
)
PERSON_ROLES = tuple(r for r in Role if r is not Role.SYSTEM)
"""The roles a person can have; SYSTEM is the command line."""


class Discipline(StrEnum):
    LEGAL = "juridisch"
    INCOME = "inkomen"
    DEBTS = "schulden"
    CARE = "zorg_medisch"
    NEIGHBOURHOOD = "wijkteam"
    POLICY = "beleid"
    OTHER = "overig"

    @property
    def label(self) -> str:
        return DISCIPLINE_LABELS[self]


DISCIPLINE_LABELS: Mapping[Discipline, str] = MappingProxyType(
    {
        Discipline.LEGAL: "juridisch",
        Discipline.INCOME: "inkomen",
        Discipline.DEBTS: "schulden",
        Discipline.CARE: "zorg/medisch",
        Discipline.NEIGHBOURHOOD: "wijkteam",
        Discipline.POLICY: "beleid",
        Discipline.OTHER: "overig",
    }
)


class Permission(StrEnum):
    READ = "read"
    EDIT_DOSSIER = "edit_dossier"
    """Create and change dossiers and everything the caseworker records in them."""
    EXPORT = "export"
    PLAN_MEETING = "plan_meeting"
    """Plan a meeting: date, chair, members, agenda."""
    RECORD_MEETING = "record_meeting"
    """Keep the record of a meeting: attendance, advice, dissent, actions, the decision."""
    ADVISE = "advise"
    """Give one's own advice and declare one's own conflict of interest."""
    SIGN = "sign"
    """Sign a decision, depart from a precedent, amend a signed decision."""
    MANAGE_USERS = "manage_users"
    MANAGE_CATALOGUES = "manage_catalogues"
    """Install catalogues and import dossiers or precedents."""
    RESOLVE_INTEGRITY = "resolve_integrity"
    """Judge a dossier whose signed record was changed outside the program."""
    MANAGE_ORGANISATION = "manage_organisation"
    """Set the organisation's details for letters: sender, deciding bodies, terms."""
    WRITE_SIGNAL = "write_signal"
    """Write a knelpuntsignaal, link its dossiers, judge a pattern proposal."""
    FOLLOW_SIGNAL = "follow_signal"
    """Send a signal to the rule's owner and record where it stands there."""
    DISMISS_SIGNALS = "dismiss_signals"
    """Take a dossier off the intake queue "Mogelijk maatwerk", with a reason."""


_EVERYONE = {Permission.READ}
ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.CASEWORKER: frozenset(
            _EVERYONE
            | {
                Permission.EDIT_DOSSIER,
                Permission.EXPORT,
                Permission.WRITE_SIGNAL,
                Permission.DISMISS_SIGNALS,
            }
        ),
        Role.CHAIR: frozenset(
            _EVERYONE
            | {
                Permission.EXPORT,
                Permission.PLAN_MEETING,
                Permission.RECORD_MEETING,
                Permission.ADVISE,
                Permission.SIGN,
                Permission.WRITE_SIGNAL,
                Permission.FOLLOW_SIGNAL,
                Permission.DISMISS_SIGNALS,
            }
        ),
        Role.MEMBER: frozenset(_EVERYONE | {Permission.EXPORT, Permission.ADVISE}),
        Role.SECRETARY: frozenset(
            _EVERYONE | {Permission.EXPORT, Permission.PLAN_MEETING, Permission.RECORD_MEETING}
        ),
        Role.READER: frozenset(_EVERYONE),
        Role.ADMINISTRATOR: frozenset(
            _EVERYONE
            | {
                Permission.MANAGE_USERS,
                Permission.MANAGE_CATALOGUES,
                Permission.RESOLVE_INTEGRITY,
                Permission.MANAGE_ORGANISATION,
                Permission.FOLLOW_SIGNAL,
            }
        ),
        Role.SYSTEM: frozenset(set(Permission) - {Permission.ADVISE, Permission.SIGN}),
    }
)

_ACTS: Mapping[Permission, str] = MappingProxyType(
    {
        Permission.READ: said("people", "dossiers inzien"),
        Permission.EDIT_DOSSIER: said("people", "een dossier wijzigen"),
        Permission.EXPORT: said("people", "een dossier exporteren of afdrukken"),
        Permission.PLAN_MEETING: said("people", "een casuïstiekoverleg plannen"),
        Permission.RECORD_MEETING: said("people", "het verslag van een overleg vastleggen"),
        Permission.ADVISE: said("people", "advies geven in het overleg"),
        Permission.SIGN: said("people", "een besluit ondertekenen"),
        Permission.MANAGE_USERS: said("people", "gebruikers beheren"),
        Permission.MANAGE_CATALOGUES: said("people", "catalogi en imports beheren"),
        Permission.RESOLVE_INTEGRITY: said(
            "people", "een buiten het programma gewijzigd dossier beoordelen"
        ),
        Permission.MANAGE_ORGANISATION: said("people", "de gegevens van de organisatie wijzigen"),
        Permission.WRITE_SIGNAL: said(
            "people", "een knelpuntsignaal schrijven of een voorstel beoordelen"
        ),
        Permission.FOLLOW_SIGNAL: said(
            "people", "een knelpuntsignaal melden of de afhandeling vastleggen"
        ),
        Permission.DISMISS_SIGNALS: said("people", "een signaal van mogelijk maatwerk afwijzen"),
    }
)


class PermissionDeniedError(DomainError):
    """The acting user's role does not allow this act."""


def ordered_roles(roles: Iterable[Role]) -> tuple[Role, ...]:
    """`roles` once each, in the order of `Role` (how they are stored and shown)."""
    given = set(roles)
    return tuple(role for role in Role if role in given)


def roles_label(roles: Iterable[Role]) -> str:
    """'behandelaar en voorzitter'."""
    return enumerate_nl(vocabulary_word(role.label) for role in ordered_roles(roles))


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    """What a person with these roles may do: what any one of them allows."""
    return frozenset().union(*(ROLE_PERMISSIONS[role] for role in roles))


@dataclass(frozen=True)
class User:
    id: str
    name: str
    roles: tuple[Role, ...]
    """One or more, in the order of `Role`; a person may do what any of them allows."""
    discipline: Discipline | None = None
    """A member's discipline; others may have one too (a chair from the legal team)."""
    active: bool = True

    def has(self, role: Role) -> bool:
        return role in self.roles

    def may(self, permission: Permission) -> bool:
        return self.active and permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        """Raise a sentence that says who may do it instead."""
        if self.may(permission):
            return
        if not self.active:
            raise PermissionDeniedError(
                said(
                    "people",
                    "Uw gebruiker {name} is niet meer actief. Vraag de functioneel beheerder "
                    "om hem weer actief te maken, of kies wie u bent (Gebruiker wisselen).",
                ).format(name=self.name)
            )
        allowed = [
            vocabulary_word(r.label) for r in PERSON_ROLES if permission in ROLE_PERMISSIONS[r]
        ]
        raise PermissionDeniedError(
            said(
                "people",
                "U werkt als {roles}; {act} mag alleen een {allowed}. "
                "Vraag het aan iemand met die rol.",
            ).format(
                roles=self.roles_label,
                act=_ACTS[permission],
                allowed=enumerate_nl(allowed, "of") or said("people", "niemand"),
            )
        )

    @property
    def roles_label(self) -> str:
        return roles_label(self.roles)

    @property
    def described(self) -> str:
        discipline = f", {self.discipline.label}" if self.discipline else ""
        return f"{self.name} ({self.roles_label}{discipline})"


SYSTEM = User("system", "Opdrachtregel", (Role.SYSTEM,))
"""The actor of the command line, batch work and tests that do not act as a person."""


def login_for(name: str) -> str:
    """The server login proposed for a person: 'Élise de Wit' → 'elise_de_wit'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "_".join(re.findall(r"[a-z0-9]+", plain.lower()))[:63]


def same_person(user: User, name: str) -> bool:
    """Whether a free-text name (a dossier's owner) is this user; case and spaces ignored."""
    return " ".join(user.name.split()).casefold() == " ".join(name.split()).casefold() != ""
