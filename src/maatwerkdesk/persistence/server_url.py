"""A server URL as `--db` gives it, read without SQLAlchemy (which the first rows may not
wait for): `postgresql[+psycopg]://user[:password]@host[:port]/database[?settings]`.

Read the way SQLAlchemy's `make_url` reads it (the host as written, the parts
percent-decoded), so that the keyring account made from it is the one the program uses
when it opens the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

SCHEMES = ("postgresql", "postgresql+psycopg")


@dataclass(frozen=True)
class ServerURL:
    user: str
    password: str | None
    host: str
    port: int | None
    database: str
    settings: dict[str, str]
    """Connection settings of libpq that follow the `?`."""


def parse_server_url(target: str) -> ServerURL | None:
    """The parts of a PostgreSQL URL; None for anything else (a file, another scheme, a
    URL without a host or with a port that is no number)."""
    if "://" not in target:
        return None
    try:
        parts = urlsplit(target)
    except ValueError:  # an unclosed [ of an IPv6 address
        return None
    if parts.scheme.lower() not in SCHEMES:
        return None
    login, _, address = parts.netloc.rpartition("@")
    user, has_password, password = login.partition(":")
    if address.startswith("["):  # an IPv6 address: [::1]:5432
        host, _, rest = address[1:].partition("]")
        port_text = rest.removeprefix(":")
    else:
        host, _, port_text = address.partition(":")
    if not host or (port_text and not port_text.isdigit()):
        return None
    return ServerURL(
        user=unquote(user),
        password=unquote(password) if has_password else None,
        host=host,
        port=int(port_text) if port_text else None,
        database=unquote(parts.path.lstrip("/")),
        settings=dict(parse_qsl(parts.query)),
    )
