"""What the demo writes to a fresh database, in a form two runs can be compared in.

Run as a script, `python tests/demo_dump.py DATABASE COUNT SEED` fills a new SQLite file
with `COUNT` demo dossiers for `SEED` on a fixed day, and prints every table's rows as
JSON. Left out is only what the clock and the system's randomness give: a row's id is
replaced by what it stands for (a dossier's reference, a user's name, ...), a moment after
the demo's day by "<clock>", and the hashes and signatures made of those are dropped.
Texts that hold JSON are compared as JSON, ids in them replaced the same way.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from maatwerkdesk.persistence.base import Base
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo import add_demo_dossiers

DAY = date(2026, 11, 28)
"""The demo's today: in the past, so its dossiers end on that day whatever the clock says."""
CLOCK = datetime.combine(DAY + timedelta(days=1), time(), tzinfo=UTC)
"""Moments from here on come from the clock, not from the demo."""
NAMED_BY = {
    "dossier": "reference",
    "dossier_group": "reference",
    "meeting": "reference",
    "policy_signal": "reference",
    "app_user": "name",
}
"""The column that names a row of these tables; a row of another table is named by its
table and, where it has one, its dossier."""
CLOCKED = {"hash", "prev_hash", "digest", "content_hash", "signature", "audit_head", "signed_at"}
"""Columns and keys whose values are made of the clock: audit hashes, signed contents."""
CLOCKED_IN = {"case_index": {"version"}}
"""Such columns of one table only: the index keeps the hash of a signed content."""
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def fill(database: Path, count: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows after the demo, as the database gives them back."""
    made = open_database(str(database))
    try:
        context = Context(actor="demo", origin="test", today=DAY)
        with made.sessions.begin() as session:
            add_demo_dossiers(session, context, count, seed=seed)
        with made.reads() as session:
            return {
                name: [dict(row._mapping) for row in session.execute(select(table))]
                for name, table in Base.metadata.tables.items()
            }
    finally:
        made.close()


def _names(tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    references = {row["id"]: row["reference"] for row in tables["dossier"]}
    names = {}
    for table, rows in tables.items():
        for row in rows:
            if not isinstance(row.get("id"), str):
                continue
            if table in NAMED_BY:
                names[row["id"]] = f"{table}:{row[NAMED_BY[table]]}"
            else:
                names[row["id"]] = f"{table}:{references.get(row.get('dossier_id'), '')}"
    return names


def _canonical(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {
            key: _canonical(item, names)
            for key, item in sorted(value.items())
            if key not in CLOCKED and key != "id"
        }
    if isinstance(value, list | tuple):
        return [_canonical(item, names) for item in value]
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return "<clock>" if moment >= CLOCK else moment.isoformat()
    if isinstance(value, date | Decimal):
        return str(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                return _canonical(json.loads(value), names)
            except ValueError:
                pass
        return UUID.sub(lambda found: names.get(found.group(), found.group()), value)
    return value


def dump(tables: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Per table that has rows, each row as canonical JSON, sorted."""
    names = _names(tables)
    dumped = {}
    for table, rows in sorted(tables.items()):
        if not rows:
            continue
        kept = [
            {k: v for k, v in row.items() if k not in CLOCKED_IN.get(table, ())} for row in rows
        ]
        dumped[table] = sorted(
            json.dumps(_canonical(row, names), ensure_ascii=False, sort_keys=True) for row in kept
        )
    return dumped


if __name__ == "__main__":
    target, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(dump(fill(target, count, seed)), indent=1))  # ASCII: any pipe takes it
