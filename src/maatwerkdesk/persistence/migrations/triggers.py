"""Row triggers written once for SQLite and PostgreSQL.

A trigger runs SQL statements after a row changes. SQLite takes them inline; PostgreSQL runs
a function, so there each trigger gets a plpgsql function of its own name. The statements
must read the same on both (`NEW.x`, `OLD.x`, no dialect's own functions); what differs is
spelled by the caller from `Dialect` (booleans, null-safe comparison).
"""

from __future__ import annotations

from dataclasses import dataclass

from alembic import op


@dataclass(frozen=True)
class Dialect:
    sqlite: bool

    @property
    def true(self) -> str:
        return "1" if self.sqlite else "true"

    @property
    def is_not(self) -> str:
        """Null-safe 'differs from'."""
        return "IS NOT" if self.sqlite else "IS DISTINCT FROM"


def dialect() -> Dialect:
    return Dialect(op.get_bind().dialect.name == "sqlite")


def create_trigger(name: str, event: str, table: str, body: str, when: str | None = None) -> None:
    """`AFTER event ON table FOR EACH ROW [WHEN (when)]`: run `body`, statements that each
    end in ';'. `event` is e.g. 'INSERT', 'DELETE', 'UPDATE OF a, b'."""
    if dialect().sqlite:
        condition = f" WHEN {when}" if when else ""
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table}{condition} BEGIN {body} END")
        return
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN {body} RETURN NULL; END $$"
    )
    condition = f" WHEN ({when})" if when else ""
    op.execute(
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{condition} "
        f"EXECUTE FUNCTION {name}()"
    )


def drop_trigger(name: str, table: str) -> None:
    if dialect().sqlite:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
