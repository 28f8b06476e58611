"""Setting up a team database on PostgreSQL: one group role per MaatwerkDesk role, what each
may do to which table, and the logins of the people (`maatwerkdesk server`).

Roles belong to the whole server, so they are made here, not in a migration; everything
that belongs to the database itself (the audit function, the triggers, row-level security)
comes with the migrations (0012). Every statement can run again: `server init` after an
upgrade of MaatwerkDesk grants what new tables need.

What a role may write follows its permissions (domain/people.py): a role may read every
table, and insert, update or delete only where its acts write. Rows are never deleted
except where the program deletes them (the `D` below); the audit trail only grows, through
its function. The database's owner keeps every right: it runs `server init` and
`server add-user`, imports and the demo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from sqlalchemy import Connection, text

from maatwerkdesk.domain.people import PERSON_ROLES, ROLE_PERMISSIONS, Permission, Role
from maatwerkdesk.persistence.server import group_role

FACTS = "title,regulation,article,deviation_article,generic_outcome,knelpunt,request,owner"
"""What a signed decision rests on (services/dossiers.py FROZEN_WHEN_SIGNED)."""
SIGNAL_CONTENT = "category,regulation,article,owner,title,description"
"""What the one who writes a signal changes while it is a concept (migration 0018 keeps
the concept rule); its state is for the one who follows it up."""
WRITES: Mapping[Permission, Mapping[str, str]] = MappingProxyType(
    {
        # table: I(nsert) U(pdate) D(elete), and after a colon the only columns an update
        # may change (besides `updated_at` and `revision`, which every update changes)
        Permission.EDIT_DOSSIER: {
            "dossier": "IU",
            "subject": "IU",
            "timeline_entry": "IU",
            "attachment": "IU",
            "assessment": "IU",
            "assessment_answer": "IU",
            "catalogue_file": "I",
            "dossier_factors": "IU",
            "decision": "IU",
            "weighing": "IU",
            "proposal": "IU",
            "lease": "IU:laptop,until,returned_at,broken_at,broken_by",
            "attachment_content": "I",
            "sync_conflict": "IU",
            "dossier_group": "IU",
            "group_member": "IU",
            "intake_dismissal": "U:reason",
            "loket_involvement": "IU",
            "loket_referral": "IU",
            "loket_consent": "IU",
            "loket_sharing": "I",
        },
        Permission.PLAN_MEETING: {
            "meeting": "IU",
            "meeting_member": "IUD",
            "agenda_item": "IUD",
            "advice": "D",
        },
        Permission.RECORD_MEETING: {
            "meeting": "U:status",
            "meeting_member": "U",
            "agenda_item": "U",
            "advice": "IUD",
        },
        Permission.ADVISE: {"agenda_item": "U:conflicts", "advice": "IUD"},
        Permission.SIGN: {
            "signed_decision": "I",
            "decision": "IU",
            "dossier": "U:status",
            "proposal": "U:review_date,signal_kind,signal_rule,signal_owner",
            "signing_key": "IU:status,revoked_at",
            "lease": "U:broken_at,broken_by",
        },
        Permission.MANAGE_USERS: {
            "signing_key": "U:status,registered_by,registered_at,revoked_at",
        },
        Permission.MANAGE_CATALOGUES: {
            "catalogue_file": "IU",
            "imported_precedent": "IU",
            "signed_decision": "I",
            "decision": "IU",
            "dossier": "U:status",
        },
        Permission.RESOLVE_INTEGRITY: {
            "integrity_resolution": "I",
            "signed_decision": "U:deleted_at",
            "dossier": f"U:{FACTS},status",
            "decision": "IU",
        },
        Permission.WRITE_SIGNAL: {
            "policy_signal": f"IU:{SIGNAL_CONTENT}",
            "policy_signal_link": "IU:deleted_at",
            "policy_signal_transition": "I",
            "signal_dismissal": "I",
        },
        Permission.FOLLOW_SIGNAL: {
            "policy_signal": "U:state",
            "policy_signal_transition": "I",
        },
        Permission.DISMISS_SIGNALS: {"intake_dismissal": "I"},
    }
)
"""What each permission's acts write: the tables the services change for it."""
DERIVED: Mapping[str, str] = MappingProxyType(
    {
        "draft": "IUD",
        "search_document": "IUD",
        "case_index": "IUD",
        "case_index_pack": "IU",
        "change_counter": "IU",
        "bound_deviation": "IUD",
        "bound_deviation_count": "IUD",
    }
)
"""What every role that writes anything also writes: its own drafts (row-level security
keeps them its own) and what the program and the triggers keep in step beside a change."""
ALWAYS_UPDATED = ("updated_at", "revision")
_PRIVILEGES = {"I": "INSERT", "U": "UPDATE", "D": "DELETE"}
AUDIT_FUNCTIONS = ("maatwerkdesk_audit(jsonb)", "maatwerkdesk_audit_hold()")
LOGIN = re.compile(r"[a-z_][a-z0-9_.@-]{0,62}")
"""A login as the program makes and names it: lower case (PostgreSQL folds an unquoted
name to lower case, so a login typed in psql or pg_hba.conf is the same)."""
RESERVED = ("pg_", "maatwerkdesk_")

ALL_COLUMNS: frozenset[str] = frozenset()
"""An update of any column (as opposed to some)."""


@dataclass
class Rights:
    """What a group may do to one table besides reading it."""

    privileges: set[str]
    """INSERT, UPDATE, DELETE"""
    columns: frozenset[str] | None = None
    """The only columns an UPDATE may change; None: no limit (or no UPDATE)."""

    def add(self, spec: str) -> None:
        letters, _, columns = spec.partition(":")
        self.privileges.update(_PRIVILEGES[letter] for letter in letters)
        if "U" in letters:
            wanted = frozenset(columns.split(",")) if columns else ALL_COLUMNS
            if wanted == ALL_COLUMNS or self.columns == ALL_COLUMNS:
                self.columns = ALL_COLUMNS
            else:
                self.columns = wanted | (self.columns or frozenset())

    def statements(self, table: str, group: str) -> list[str]:
        whole = sorted(self.privileges - {"UPDATE"} if self.columns else self.privileges)
        granted = [f"GRANT {', '.join(whole)} ON {table} TO {group}"] if whole else []
        if self.columns:
            listed = ", ".join(sorted(self.columns | set(ALWAYS_UPDATED)))
            granted.append(f"GRANT UPDATE ({listed}) ON {table} TO {group}")
        return granted


def writes_of(role: Role) -> dict[str, Rights]:
    """Table → what a role's group may do to it besides reading."""
    tables: dict[str, Rights] = {}
    specs = [spec for p in sorted(ROLE_PERMISSIONS[role]) for spec in WRITES.get(p, {}).items()]
    if specs:
        specs += DERIVED.items()
    for table, spec in specs:
        tables.setdefault(table, Rights(set())).add(spec)
    return tables


def missing_group_roles(connection: Connection) -> list[str]:
    wanted = [group_role(role.value) for role in PERSON_ROLES]
    found = set(
        connection.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": wanted}
        )
    )
    return [name for name in wanted if name not in found]


def may_create_roles(connection: Connection) -> bool:
    return bool(
        connection.scalar(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user")
        )
    )


def create_group_roles(connection: Connection) -> list[str]:
    """Make the group roles that are not there yet (NOLOGIN); the names made."""
    made = missing_group_roles(connection)
    for name in made:
        connection.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
    return made


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.scalars(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        )
    )


def grant(connection: Connection) -> None:
    """Give every group role exactly its rights (again): read all, write its tables, run
    the audit functions; nobody else gets anything but what PostgreSQL gives the owner."""
    schema = connection.scalar(text("SELECT quote_ident(current_schema())"))
    database = connection.scalar(text("SELECT quote_ident(current_database())"))
    groups = [group_role(role.value) for role in PERSON_ROLES]
    everyone = ", ".join(["PUBLIC", *groups])
    statements = [
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {everyone}",
        f"REVOKE ALL ON FUNCTION {', '.join(AUDIT_FUNCTIONS)} FROM {everyone}",
    ]
    present = set(_tables(connection))
    for role in PERSON_ROLES:
        group = group_role(role.value)
        statements += [
            f"GRANT USAGE ON SCHEMA {schema} TO {group}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {group}",
            f"GRANT EXECUTE ON FUNCTION {', '.join(AUDIT_FUNCTIONS)} TO {group}",
        ]
        writes = writes_of(role)
        for table, rights in sorted(writes.items()):
            if table in present:
                statements += rights.statements(table, group)
        if writes:
            statements.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {group}")
    for statement in statements:
        connection.exec_driver_sql(statement)


def login_problem(login: str) -> str | None:
    """Why `login` cannot be a person's login, as a sentence; None if it can."""
    if not LOGIN.fullmatch(login):
        return (
            f"‘{login}’ kan geen login zijn: gebruik kleine letters, cijfers en _ . - @ "
            "(hoogstens 63 tekens), beginnend met een letter of _."
        )
    if login.startswith(RESERVED):
        return (
            f"‘{login}’ kan geen login zijn: namen die beginnen met pg_ of maatwerkdesk_ "
            "zijn van de server en het programma."
        )
    return None


def add_login(connection: Connection, login: str, roles: Iterable[Role]) -> bool:
    """Make `login` a login (if it is none yet) that holds exactly the group roles of
    `roles` and may connect to this database; whether it was new. No password is set."""
    quoted = connection.scalar(text("SELECT quote_ident(:login)"), {"login": login})
    database = connection.scalar(text("SELECT quote_ident(current_database())"))
    exists = connection.scalar(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :login"), {"login": login}
    )
    connection.exec_driver_sql(f"{'ALTER' if exists else 'CREATE'} ROLE {quoted} LOGIN")
    held = set(
        connection.scalars(
            text(
                "SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = "
                "m.roleid WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = :login)"
            ),
            {"login": login},
        )
    )
    chosen = {group_role(role.value) for role in roles}
    for group in (group_role(role.value) for role in PERSON_ROLES):
        if group in chosen and group not in held:
            connection.exec_driver_sql(f"GRANT {group} TO {quoted}")
        elif group in held and group not in chosen:
            connection.exec_driver_sql(f"REVOKE {group} FROM {quoted}")
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quoted}")
    return not exists


@dataclass(frozen=True)
class Connected:
    """One of the program's connections to this database (pg_stat_activity)."""

    login: str
    address: str
    since: datetime
    state: str


def connections(connection: Connection) -> list[Connected]:
    """The program's connections to this database, this one left out."""
    rows = connection.execute(
        text(
            "SELECT usename, coalesce(host(client_addr), 'lokaal'), backend_start, "
            "coalesce(state, '') FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = 'MaatwerkDesk' AND pid <> pg_backend_pid() "
            "ORDER BY backend_start"
        )
    )
    return [Connected(*row) for row in rows]
