"""A server URL is read as SQLAlchemy reads it, so the keyring account is the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import make_url

from maatwerkdesk.persistence.server_url import parse_server_url

URLS = [
    "postgresql+psycopg://team@db.Gemeente.nl:5432/maatwerk",
    "postgresql://team@db/maatwerk",
    "postgresql://a%40b:p%3Aw%2F@[::1]:6543/d%20b?sslmode=verify-full&sslrootcert=%2Fca.pem",
    "postgresql+psycopg://team:@db:5432/maatwerk",
    "postgresql://db/maatwerk",
    "postgresql://team@db:5432/",
]


@pytest.mark.parametrize("target", URLS)
def test_the_parts_are_the_ones_sqlalchemy_reads(target: str) -> None:
    url, parsed = make_url(target), parse_server_url(target)
    assert parsed is not None
    assert (parsed.user, parsed.password, parsed.host, parsed.port, parsed.database) == (
        url.username or "",
        url.password,
        url.host,
        url.port,
        url.database or "",
    )
    assert parsed.settings == dict(url.query)


@pytest.mark.parametrize(
    "target",
    [
        "/pad/naar/maatwerkdesk.sqlite3",
        "C:\\Users\\a\\maatwerkdesk.sqlite3",
        "sqlite:///x.sqlite3",
        "mysql://team@db/maatwerk",
        "postgresql://team@db:poort/maatwerk",
        "postgresql:///maatwerk",
    ],
)
def test_anything_else_is_no_server(target: str) -> None:
    assert parse_server_url(target) is None


@given(st.text(max_size=80))
def test_any_text_is_read_or_refused_never_a_crash(tail: str) -> None:
    parse_server_url(tail)
    parse_server_url(f"postgresql://{tail}")
