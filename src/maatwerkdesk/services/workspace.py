"""Everything one running program works with: its folders, its database, its attachment store.

SQLAlchemy, keyring and the attachment store are imported only when a database is opened.
Preparing the folders and the log (`infra.paths.prepare_paths`) needs none of this module:
the desktop app does that before its first window, and imports this module only on the
thread that opens the database (docs/architecture.md, "Desktop app").
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from maatwerkdesk import __version__
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.people import User
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.services.context import Context, acting_as

if TYPE_CHECKING:
    from maatwerkdesk.infra.attachment_store import AttachmentStore
    from maatwerkdesk.infra.paths import Paths
    from maatwerkdesk.persistence.db import Database
    from maatwerkdesk.services.store_keys import Unlocked
    from maatwerkdesk.services.unit_of_work import Session

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    paths: Paths
    database: Database
    attachments: AttachmentStore
    user: User | None = None
    """Who works at this workstation, once chosen; until then the command line's SYSTEM.
    On a team database: the user the login is, from the start (`login`)."""
    login: str | None = None
    """On a team database whose login is a user: that login. Who works here is then no
    choice: nobody switches user."""
    keys_to_show: tuple[Unlocked, ...] = field(default=(), repr=False)
    """Keys new to the user, made or changed by this opening: their recovery keys are
    shown once (the app's dialog, the command line's stderr)."""
    briefcase_of: str | None = None
    """Working offline in the laptop's briefcase: the team database it belongs to (its
    address without a password); None on any other database."""

    def context(self, origin: str, user: User | None = None) -> Context:
        acting = user or self.user
        account = self.login or current_user()
        if acting is None:
            return Context(actor=account, origin=f"{origin}/{__version__}")
        actor = acting_as(acting.name, account)
        return Context(actor=actor, origin=f"{origin}/{__version__}", user=acting)

    def writing(self) -> AbstractContextManager[Session]:
        """One user action that may write, as one transaction: `with workspace.writing() as
        session: dossiers.update_dossier(session, …)`. A database failure leaves it as a
        domain error (services/unit_of_work.py)."""
        from maatwerkdesk.services.unit_of_work import writing

        return writing(self.database)

    def reading(self) -> AbstractContextManager[Session]:
        """A pure read: no write lock, and a write in it fails; failures as in `writing`."""
        from maatwerkdesk.services.unit_of_work import reading

        return reading(self.database)

    def close(self) -> None:
        self.database.close()


def current_user() -> str:
    """The workstation account: the audit trail's actor when no MaatwerkDesk user acts."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


DEFAULT_PORT = 5432
"""PostgreSQL's own port, left unsaid."""


def server_account(target: str) -> str | None:
    """The keyring account of a server URL that names a user but carries no password."""
    from maatwerkdesk.infra.secrets import database_account
    from maatwerkdesk.persistence.server_url import parse_server_url

    url = parse_server_url(target)
    if url is None or not url.user or url.password is not None:
        return None
    return database_account(url.user, url.host, url.port, url.database)


def server_place(target: str) -> str:
    """Where a team database lives, in a caseworker's words: "maatwerk op db.gemeente.nl"
    (the port only when it is not PostgreSQL's own), never the driver or the login; a
    target that is no server URL as it is."""
    from maatwerkdesk.persistence.server_url import parse_server_url

    url = parse_server_url(target)
    if url is None:
        return target
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = f":{url.port}" if url.port not in (None, DEFAULT_PORT) else ""
    if not url.database:
        return said("workspace", "de database op {host}").format(host=f"{host}{port}")
    return said("workspace", "{database} op {host}").format(
        database=url.database, host=f"{host}{port}"
    )


def server_password(target: str) -> str | None:
    """The keyring's password for a server URL that names a user but carries no password."""
    from maatwerkdesk.infra.secrets import get_password

    account = server_account(target)
    return None if account is None else get_password(account)


def check_database_file(db: str, *, create: bool, profile: Path | None = None) -> None:
    """Refuse `db` (what `--db` names) if it is an SQLite file that cannot be meant: a
    folder, or a file that is not there, unless `create` (`--create`) asks for a new one or
    it is the `profile`'s own database, made on a first start. A mistyped path must not
    quietly become a new, empty database."""
    from maatwerkdesk.persistence.connection import OpenError
    from maatwerkdesk.persistence.db import database_url

    try:
        url = database_url(db)
    except OpenError:
        return  # opening it says what is wrong with it
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    path = Path(url.database).expanduser().resolve()
    if path.is_dir():
        raise DomainError(
            said(
                "workspace",
                "{path} is een map, geen database: geef bij --db het databasebestand zelf op.",
            ).format(path=str(path))
        )
    if not (create or path.exists() or path == profile):
        raise DomainError(
            said(
                "workspace",
                "Er is geen database op {path}: controleer het pad, of geef --create mee als u "
                "daar een nieuwe, lege database wilt maken.",
            ).format(path=str(path))
        )


def open_workspace(
    paths: Paths, db: str | None, *, create: bool = False, password: str | None = None
) -> Workspace:
    """Open the profile's database (made on the first start), or `db`. A server's password
    comes from the keyring, or is `password` (the user typed it): stored in the keyring once
    the server took it. An SQLite file `db` that is not there is made only when `create`
    (`--create`): otherwise a mistyped path is refused (`check_database_file`).

    Every local database file is encrypted, and so are the profile's attachments, under
    a key derived from the profile's database key (services/store_keys.py): the
    profile's database is unlocked (made, if need be) whatever `db` names, after a
    server's database has been opened (so a server that refuses leaves no new key
    unshown). A key that cannot be had refuses with a `KeyRefusedError` before any file
    is changed.
    """
    from maatwerkdesk.infra import checked_cases
    from maatwerkdesk.infra.secrets import set_password
    from maatwerkdesk.persistence.connection import OpenError
    from maatwerkdesk.persistence.db import open_database
    from maatwerkdesk.services import store_keys
    from maatwerkdesk.services.unavailable import explained
    from maatwerkdesk.services.unit_of_work import told_as_domain_errors

    target = db or str(paths.database)
    profile = paths.database.resolve()
    if db:
        check_database_file(db, create=create, profile=profile)
    unlocked: list[Unlocked] = []
    key = None
    if "://" not in target:  # a file: its key first, the profile's own or its own
        file = Path(target).expanduser().resolve()
        if file == profile:
            unlocked.append(unlock_profile(paths))
        else:
            unlocked.append(store_keys.unlock(file, recover=store_keys.recover_command(db)))
        key = unlocked[0].key
    account = server_account(target)
    typed = password is not None
    if not typed:
        password = server_password(target)
    try:
        with told_as_domain_errors(writing=True):  # opening may migrate: it writes
            database = open_database(target, password=password, key=key)
    except OpenError as problem:
        raise explained(problem) from problem
    if typed and account is not None and set_password(account, password or ""):
        log.info("The database password given was stored in the keyring")
    log.info("Database opened (%s)", database.engine.dialect.name)
    try:
        if not unlocked or unlocked[0].path != profile:  # the attachments need its key
            unlocked.append(unlock_profile(paths))
        store = profile_attachments(paths, unlocked[-1].key)
        store.make_current()
    except BaseException:
        database.close()
        raise
    # What this computer checked of the precedent index stays in the profile, not the database.
    checked_cases.remember_in(paths.data / "precedent-index")
    shown = tuple(u for u in unlocked if u.news is not None)
    workspace = Workspace(paths, database, store, keys_to_show=shown)
    if not database.is_sqlite:
        try:
            _identify(workspace)
        except BaseException:
            workspace.close()
            raise
    return workspace


def _identify(workspace: Workspace) -> None:
    """On a team database: work as the user the login is (refused for a login that is
    nobody's); the database's owner without a user record acts as the command line."""
    from maatwerkdesk.persistence.server import session_login
    from maatwerkdesk.services.users import login_user

    with workspace.reading() as session:
        user = login_user(session)
        login = session_login(session).name
    if user is not None:
        workspace.user, workspace.login = user, login


def profile_attachments(
    paths: Paths, database_key: bytes, *, also: tuple[bytes, ...] = ()
) -> AttachmentStore:
    """The profile's attachment store, under the key derived from its database's key (and
    able to read what is still under the keys derived from `also`)."""
    from maatwerkdesk.infra.attachment_store import AttachmentStore, attachment_key

    return AttachmentStore(
        paths.attachments,
        attachment_key(database_key),
        also=tuple(attachment_key(key) for key in also),
    )


def unlock_profile(paths: Paths) -> Unlocked:
    """The key of the profile's own database (made with the database on the first start),
    its attachments following it through a change of key."""
    from maatwerkdesk.services import store_keys

    return store_keys.unlock(
        paths.database,
        recover=store_keys.recover_command(None),
        on_rekey=lambda old, new: attachments_follow(paths, old, new),
    )


def rotate_profile(paths: Paths) -> Unlocked:
    """A new key for the profile's own database, and its attachments with it."""
    from maatwerkdesk.services import store_keys

    return store_keys.rotate(
        paths.database,
        recover=store_keys.recover_command(None),
        on_rekey=lambda old, new: attachments_follow(paths, old, new),
    )


def attachments_follow(paths: Paths, old: bytes, new: bytes) -> None:
    """Put every attachment of the profile under the key of `new`, the database's new key."""
    profile_attachments(paths, new, also=(old,)).make_current()


def open_briefcase(paths: Paths, of: str | None = None) -> Workspace:
    """The laptop's briefcase (docs/briefcase.md) as a workspace, working as the person who
    took its dossiers along; NotFoundError when this computer has none (or, given `of`, none
    of that team database)."""
    from maatwerkdesk.domain.errors import NotFoundError
    from maatwerkdesk.persistence.db import database_url, open_database
    from maatwerkdesk.persistence.models import BriefcaseRow, UserRow
    from maatwerkdesk.services import store_keys
    from maatwerkdesk.services.briefcase import briefcase_attachments
    from maatwerkdesk.services.unit_of_work import reading
    from maatwerkdesk.services.users import to_user

    path = paths.briefcase
    if not path.exists():
        raise NotFoundError(
            said(
                "workspace",
                "Er is op deze computer geen koffer met meegenomen dossiers. Neem eerst dossiers "
                "mee op een werkplek die met de teamdatabase verbonden is.",
            )
        )
    key = store_keys.unlock(path, recover=store_keys.recover_command(str(path))).key
    database = open_database(path, key=key)
    try:
        with reading(database) as session:
            row = session.get(BriefcaseRow, 1)
            if row is None:
                raise NotFoundError(
                    said(
                        "workspace",
                        "De koffer op deze computer is leeg of onvolledig. Neem de dossiers "
                        "opnieuw mee op een werkplek die met de teamdatabase verbonden is.",
                    )
                )
            holder = session.get(UserRow, row.holder_id)
            server, login = row.server, row.login
            user = to_user(holder) if holder is not None else None
        if of is not None and server != database_url(of).render_as_string(hide_password=True):
            raise NotFoundError(
                said(
                    "workspace",
                    "De koffer op deze computer hoort bij een andere teamdatabase. Open die, of "
                    "synchroniseer de koffer eerst met de teamdatabase waar hij bij hoort.",
                )
            )
    except BaseException:
        database.close()
        raise
    log.info("Briefcase opened (offline)")
    return Workspace(
        paths,
        database,
        briefcase_attachments(path, key),
        user=user,
        login=login,
        briefcase_of=server,
    )
