"""What counts as 'nothing changed' in the audit trail: refused attempts and listings are
recorded on purpose, so a failed act is compared on the acts that succeeded."""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

AUDIT_TABLES = frozenset({"audit_record", "audit_head"})
SUCCESSFUL_ACTS = (
    "SELECT id, action, name, object_type, object_id, dossier_id FROM audit_record "
    "WHERE result = 'ok' AND name != 'dossier.list' ORDER BY seq"
)


def successful_acts(connection: Connection) -> list[str]:
    return [repr(tuple(row)) for row in connection.execute(text(SUCCESSFUL_ACTS))]


def other_rows(connection: Connection) -> dict[str, list[str]]:
    """Every row of every table but the audit trail's, as sorted text."""
    tables = [t for t in inspect(connection).get_table_names() if t not in AUDIT_TABLES]
    return {
        table: sorted(
            repr(tuple(row)) for row in connection.execute(text(f'SELECT * FROM "{table}"'))
        )
        for table in tables
    }
