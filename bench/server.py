"""Databases on a PostgreSQL server for a benchmark's server figures.

`scripts/postgres.sh run .venv/bin/python bench/X.py` starts a server on loopback (with
fsync, as a real one), names it in MAATWERKDESK_TEST_POSTGRES and stops it afterwards;
`--server URL` names a server of one's own instead. A bench makes its databases there
(`mw_bench_…`, anew each run), so the login must be allowed to create databases, and to
copy a dataset it must be a superuser (the throwaway server's login is).

A dataset is built once on SQLite (bench/dataset.py) and its rows are then put on the
server (`copy_to_server`): the database is migrated by the program's own migrations, every
table's rows are copied from the SQLite file with COPY, parents first, with triggers and
foreign-key checks off (the copied rows already hold what the triggers derive: the
precedent index and its change counter, the deviation counts), the search entries are
written as the program writes them on a server, the sequences continue after the
copied keys, and the tables are vacuumed and analysed as a server that ran a while has
them. The server's database is made anew each run (the throwaway server is new each run
anyway), which takes seconds where building the dataset takes minutes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Any

SERVER = "MAATWERKDESK_TEST_POSTGRES"
BATCH = 5_000
"""Search entries written per statement."""
SERVER_ONLY = {"alembic_version"}
"""Tables on the server that the program's models do not describe: the migrations' own."""


NOT_MEASURED = "the server is not measured: run under scripts/postgres.sh, or give --server URL"
MEASURED = (
    "'…, server': the same measure on the PostgreSQL server, against the same baseline (or "
    "its own on the server, where its note says so), or where there is none against the "
    "SQLite figure; '…, server against SQLite': the server's figure against the SQLite one"
)


def tell_server(measured: bool) -> None:
    """The line above a bench's table that says how to read its server rows."""
    print(MEASURED if measured else NOT_MEASURED)


def add_server_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        metavar="URL",
        help="measure on this PostgreSQL server too (postgresql+psycopg://…, a superuser "
        "login); under scripts/postgres.sh on its throwaway server",
    )


def server_url(given: str | None = None) -> str | None:
    """The server a bench measures on: `--server URL`, or the throwaway one; None: none."""
    return given or os.environ.get(SERVER) or None


def fresh_database(name: str, server: str | None = None, like: str | None = None) -> str | None:
    """The URL of database `name` on the server, made anew: empty, or a copy of the
    database `like` (a URL on the same server, which nobody may be connected to); None
    without a server."""
    url = server_url(server)
    if not url:
        return None
    from psycopg import sql
    from sqlalchemy import make_url

    template = make_url(like).database if like else "template0"
    with _connect(url, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
    return _database_url(url, name)


def copy_to_server(source: Path, name: str, server: str | None = None) -> str | None:
    """The URL of database `name` on the server, made anew with the rows of the SQLite
    database `source`; None without a server."""
    url = fresh_database(name, server)
    if url is None:
        return None
    started = time.perf_counter()
    copy_rows(source, url)
    print(
        f"copied {source.name} to the server as {name} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return url


def copy_rows(source: Path, target: str) -> None:
    """Every row of the SQLite database `source` into the PostgreSQL database `target`,
    brought to the current schema first; whatever `target` held is gone."""
    from psycopg import sql

    from maatwerkdesk.persistence import cipher
    from maatwerkdesk.persistence.base import Base
    from maatwerkdesk.persistence.db import open_database
    from maatwerkdesk.persistence.models import search_document
    from maatwerkdesk.services.store_keys import known_key

    open_database(source, key=known_key(source)).close()  # a cached file may be older
    open_database(target).close()  # the program's own migrations
    tables = [t for t in Base.metadata.sorted_tables if t is not search_document]
    with (
        closing(cipher.connect(source, known_key(source), read_only=True)) as sqlite,
        _connect(target) as server,
    ):
        _expect_every_table(server, Base.metadata.tables)
        server.execute("SET TIME ZONE 'UTC'")  # SQLite holds moments as UTC without a zone
        server.execute("SET session_replication_role = replica")  # no triggers, no FK checks
        names = sql.SQL(", ").join(sql.Identifier(t.name) for t in Base.metadata.sorted_tables)
        server.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY").format(names))
        for table in tables:
            columns = [c.name for c in table.columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
            with server.cursor().copy(copy) as stream:
                for row in sqlite.execute(f'SELECT {listed} FROM "{table.name}"'):
                    stream.write_row(row)
        server.commit()
        entries = sqlite.execute("SELECT dossier_id, body FROM search_document ORDER BY key")
        _search_entries(target, entries)
    with _connect(target, autocommit=True) as server:
        _continue_sequences(server)
        server.execute("VACUUM (ANALYZE)")


def checked_profile(url: str, profile: Path) -> Path:
    """`profile`, made anew, as on a computer that ran the program on the server database
    `url` before: it has checked every row of the precedent index once and remembers the
    pack (what a bench's SQLite profile has of its file). Afterwards this program
    remembers what it checks in memory only."""
    from datetime import date

    from maatwerkdesk.infra import checked_cases
    from maatwerkdesk.infra.paths import resolve_paths
    from maatwerkdesk.persistence.db import open_database
    from maatwerkdesk.services.case_base_store import warm_case_bases

    started = time.perf_counter()
    shutil.rmtree(profile, ignore_errors=True)
    checked_cases.remember_in(resolve_paths(profile).data / "precedent-index")
    database = open_database(url, migrate=False)
    try:
        cases = warm_case_bases(database.reads, date.today())
    finally:
        database.close()
        checked_cases.remember_in(None)
    seconds = time.perf_counter() - started
    print(f"checked the server's {cases:,} decided cases once in {seconds:.1f} s", file=sys.stderr)
    return profile


def _expect_every_table(server: Any, described: Any) -> None:
    """Every table of the server's schema is one the copy fills (or the migrations' own):
    a table a migration adds and the copy missed would be left empty without a word."""
    found = {
        name
        for (name,) in server.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    missed = found - set(described) - SERVER_ONLY
    assert not missed, f"tables the copy does not know: {sorted(missed)}"


def _search_entries(target: str, entries: Iterator[tuple[str, str]]) -> None:
    """The full-text entries as the program writes them on a server (words, not SQLite's
    folded text for its FTS index); the folded text folds to the same words."""
    from maatwerkdesk.persistence.db import open_database
    from maatwerkdesk.persistence.search import add_to_index

    database = open_database(target, migrate=False)
    try:
        with database.sessions.begin() as session:
            while batch := list(islice(entries, BATCH)):
                add_to_index(session, batch)
    finally:
        database.close()


def _continue_sequences(server: Any) -> None:
    """Every serial column's sequence after the highest copied key."""
    from psycopg import sql

    serial = server.execute(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
        "WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0 "
        "AND NOT a.attisdropped "
        "AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL"
    ).fetchall()
    for table, column in serial:
        server.execute(
            sql.SQL(
                "SELECT setval(pg_get_serial_sequence({table}, {column}), "
                "coalesce(max({key}), 0) + 1, false) FROM {name}"
            ).format(
                table=sql.Literal(table),
                column=sql.Literal(column),
                key=sql.Identifier(column),
                name=sql.Identifier(table),
            )
        )


def _database_url(server: str, name: str) -> str:
    from sqlalchemy import make_url

    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _connect(url: str, *, autocommit: bool = False) -> Any:
    """A psycopg connection to the database `url` (an SQLAlchemy URL) names."""
    import psycopg
    from sqlalchemy import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(plain, autocommit=autocommit)
