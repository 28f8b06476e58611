"""A database on the throwaway PostgreSQL server for a benchmark's server figures.

`scripts/postgres.sh run .venv/bin/python bench/X.py` starts a server on loopback (with
fsync, as a real one), names it in MAATWERKDESK_TEST_POSTGRES and stops it afterwards.
"""

from __future__ import annotations

import os

SERVER = "MAATWERKDESK_TEST_POSTGRES"


def fresh_database(name: str) -> str | None:
    """The URL of an empty database `name` on that server (made anew), or None without one."""
    url = os.environ.get(SERVER)
    if not url:
        return None
    import psycopg
    from psycopg import sql
    from sqlalchemy import make_url

    server = make_url(url)
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                sql.Identifier(name)
            )
        )
    return server.set(database=name).render_as_string(hide_password=False)
