"""The people who work with MaatwerkDesk and their roles.

Only a functional administrator (or the command line) adds or changes users, with one
exception: a database without any user lets the first person register, in any role, so a
new installation can start. Choosing who you are on a workstation is remembered there.

On a team database (PostgreSQL) nobody chooses: who you are is the server login, and the
user record keyed to it (`login_user`) acts, whatever the caller says. Only the database's
owner, who holds the database in hand, acts as the command line does without a record.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.people import (
    SYSTEM,
    Discipline,
    Permission,
    PermissionDeniedError,
    Role,
    User,
    ordered_roles,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.persistence.models import UserRow
from maatwerkdesk.persistence.server import on_server, session_login
from maatwerkdesk.services.audit import Action, record, watch_attempt
from maatwerkdesk.services.away import ACTING_USER
from maatwerkdesk.services.context import Context


def to_user(row: UserRow) -> User:
    discipline = Discipline(row.discipline) if row.discipline else None
    roles = ordered_roles(Role(value) for value in row.roles)
    return User(row.id, row.name, roles, discipline, row.active)


def login_user(session: Session) -> User | None:
    """On a team database: the user that the session's login is. None for the database's
    owner without a user record (it acts as on SQLite: the command line, or the one
    chosen); refused for any other login."""
    login = session_login(session)
    if login.user_id is not None:
        row = session.get(UserRow, login.user_id, populate_existing=True)
        assert row is not None
        return to_user(row)
    if login.privileged:
        return None
    raise PermissionDeniedError(
        said(
            "users",
            "Login ‘{login}’ hoort bij geen gebruiker in deze database. Vraag de functioneel "
            "beheerder u toe te voegen (maatwerkdesk server add-user).",
        ).format(login=login.name)
    )


def acting_user(session: Session, context: Context) -> User:
    """The acting user as the database knows them at this moment.

    Read on every service call: a user who was deleted, deactivated or given another role
    since this workstation chose them has exactly the rights the database gives them now,
    and an id the database does not know acts as nobody. On a team database the login
    decides (`login_user`), not the context.
    """
    if on_server(session):
        user = login_user(session)
        if user is not None:
            return user
    if context.user.id == SYSTEM.id:
        return SYSTEM
    row = session.get(UserRow, context.user.id, populate_existing=True)
    if row is None or row.deleted_at is not None:
        raise PermissionDeniedError(
            said(
                "users",
                "Uw gebruiker bestaat niet (meer) in deze database. Kies opnieuw wie u bent "
                "(Gebruiker wisselen), of vraag de functioneel beheerder u toe te voegen.",
            )
        )
    return to_user(row)


_ACTION_OF = {Permission.READ: Action.READ, Permission.EXPORT: Action.EXPORT}


def require(session: Session, context: Context, permission: Permission) -> User:
    """The acting user, read from the database, if they may do this act; otherwise a
    sentence naming the roles that may.

    Every service act starts here, so this is also where a refused or failed attempt is
    put on watch for the audit trail, named after the service function that asked
    ('dossiers.update_dossier').
    """
    watch_attempt(session, context, _service_act(), _ACTION_OF.get(permission, Action.UPDATE))
    user = acting_user(session, context)
    user.require(permission)
    session.info[ACTING_USER] = user.id
    return user


def _service_act() -> str:
    """The public service function that asked `require`: 'dossiers.update_dossier'."""
    frame = sys._getframe(2)
    while frame.f_back is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if module.startswith("maatwerkdesk.services.") and not frame.f_code.co_name.startswith("_"):
            return f"{module.rsplit('.', 1)[-1]}.{frame.f_code.co_name}"
        frame = frame.f_back
    return "onbekend"


def list_users(session: Session, *, include_inactive: bool = False) -> list[User]:
    query = select(UserRow).where(UserRow.deleted_at.is_(None)).order_by(UserRow.name)
    if not include_inactive:
        query = query.where(UserRow.active.is_(True))
    return [to_user(row) for row in session.scalars(query)]


def get_user(session: Session, user_id: str) -> User:
    if user_id == SYSTEM.id:
        return SYSTEM
    row = session.get(UserRow, user_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            said(
                "users",
                "Deze gebruiker bestaat niet (meer). Kies een andere, of vraag de functioneel "
                "beheerder de gebruiker toe te voegen.",
            )
        )
    return to_user(row)


def _named(session: Session, name: str) -> UserRow | None:
    """The user with this name, ignoring case (Python's casefold: SQLite's lower() only
    folds ASCII, so 'ÉLISE' would not find 'Élise')."""
    wanted = " ".join(name.split()).casefold()
    rows = session.scalars(select(UserRow).where(UserRow.deleted_at.is_(None)))
    return next((row for row in rows if row.name.casefold() == wanted), None)


def find_user(session: Session, name: str) -> User:
    row = _named(session, name)
    if row is None:
        cleaned = " ".join(name.split())
        raise NotFoundError(
            said(
                "users",
                "Er is geen gebruiker ‘{name}’. Controleer de naam (maatwerkdesk users list).",
            ).format(name=cleaned)
        )
    return to_user(row)


def _may_add(session: Session, context: Context) -> None:
    count = session.scalar(select(func.count()).select_from(UserRow)) or 0
    if count:
        require(session, context, Permission.MANAGE_USERS)
    _owner_on_a_team_database(session)


def _owner_on_a_team_database(session: Session) -> None:
    """On a team database the users are the owner's to manage: they go with the logins,
    whose roles the server keeps (`maatwerkdesk server add-user`)."""
    if on_server(session) and not session_login(session).privileged:
        raise PermissionDeniedError(
            said(
                "users",
                "Op een teamdatabase beheert de eigenaar van de database de gebruikers, met "
                "‘maatwerkdesk server add-user’ (docs/team-server.md).",
            )
        )


Roles = Role | Iterable[Role]
"""One role, or several."""


def _checked(
    name: str, roles: Roles, discipline: Discipline | None
) -> tuple[str, tuple[Role, ...]]:
    cleaned = clean_text(name, "user.name", limit=SHORT_TEXT_LIMIT, multiline=False)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) < 2:
        raise ValidationError(
            "user.name",
            said("users", "Geef de naam van de gebruiker, bijvoorbeeld ‘Anouk Verhoef’."),
        )
    chosen = ordered_roles([roles] if isinstance(roles, Role) else roles)
    if not chosen or Role.SYSTEM in chosen:
        raise ValidationError(
            "user.role",
            said("users", "Kies een of meer rollen; ‘systeem’ is voor de opdrachtregel."),
        )
    if Role.MEMBER in chosen and discipline is None:
        raise ValidationError(
            "user.discipline",
            said("users", "Een lid van het overleg heeft een discipline. Kies er een."),
        )
    return cleaned, chosen


def add_user(
    session: Session,
    context: Context,
    name: str,
    roles: Roles,
    discipline: Discipline | None = None,
) -> User:
    _may_add(session, context)
    cleaned, chosen = _checked(name, roles, discipline)
    taken = _named(session, cleaned)
    if taken is not None:
        raise DomainError(
            said(
                "users", "Er is al een gebruiker ‘{name}’. Kies die, of geef een andere naam."
            ).format(name=taken.name)
        )
    row = UserRow(
        name=cleaned,
        roles=[role.value for role in chosen],
        discipline=discipline.value if discipline else None,
    )
    session.add(row)
    session.flush()
    record(
        session,
        context,
        Action.CREATE,
        "user.add",
        object_type="user",
        object_id=row.id,
        dossier_id=None,
    )
    return to_user(row)


def update_user(
    session: Session,
    context: Context,
    user_id: str,
    roles: Roles,
    discipline: Discipline | None,
    *,
    active: bool = True,
) -> User:
    acting = require(session, context, Permission.MANAGE_USERS)
    _owner_on_a_team_database(session)
    row = session.get(UserRow, user_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            said("users", "Deze gebruiker bestaat niet (meer). Vernieuw de lijst met gebruikers.")
        )
    _cleaned, chosen = _checked(row.name, roles, discipline)
    if user_id == acting.id and (not active or Role.ADMINISTRATOR not in chosen):
        raise DomainError(
            said(
                "users",
                "U kunt uw eigen beheerrol niet intrekken; laat een andere beheerder dat doen.",
            )
        )
    if row.login is not None and [role.value for role in chosen] != row.roles:
        raise DomainError(
            said(
                "users",
                "{name} werkt met login ‘{login}’; de rollen daarvan legt de server vast. "
                'Wijzig ze met: maatwerkdesk server add-user "{name}" --login {login} --role …',
            ).format(name=row.name, login=row.login)
        )
    return _store(session, context, row, chosen, discipline, active, "user.update")


def _store(
    session: Session,
    context: Context,
    row: UserRow,
    roles: tuple[Role, ...],
    discipline: Discipline | None,
    active: bool,
    act: str,
) -> User:
    row.roles, row.discipline, row.active = (
        [role.value for role in roles],
        discipline.value if discipline else None,
        active,
    )
    session.flush()
    record(
        session, context, Action.UPDATE, act, object_type="user", object_id=row.id, dossier_id=None
    )
    return to_user(row)


def key_to_login(
    session: Session,
    context: Context,
    name: str,
    roles: Roles,
    discipline: Discipline | None,
    login: str,
) -> tuple[User, bool]:
    """The user that server login `login` is, with these roles (`server add-user`, which
    gives the login the same roles on the server): the user keyed to it, or the one with
    this name, or a new one (then True)."""
    cleaned, chosen = _checked(name, roles, discipline)
    row = session.scalar(select(UserRow).where(UserRow.login == login))
    if row is None:
        row = _named(session, cleaned)
        if row is not None and row.login is not None:
            raise DomainError(
                said(
                    "users",
                    "{name} werkt al met login ‘{login}’. Geef die login op (--login {login}), of "
                    "een andere naam.",
                ).format(name=row.name, login=row.login)
            )
    elif row.name.casefold() != cleaned.casefold():
        raise DomainError(
            said(
                "users",
                "Login ‘{login}’ is van {name}. Kies een andere login (--login), of geef de naam "
                "zoals die is.",
            ).format(login=login, name=row.name)
        )
    if row is None:
        user = add_user(session, context, cleaned, chosen, discipline)
        session.get_one(UserRow, user.id).login = login
        session.flush()
        return user, True
    require(session, context, Permission.MANAGE_USERS)
    row.login = login
    return _store(session, context, row, chosen, discipline, row.active, "user.login"), False
