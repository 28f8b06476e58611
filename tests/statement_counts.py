"""Counting the SQL statements a use case sends to the database.

On a team database every statement is a round trip over the network, so how many a use
case sends matters more than how long each takes. `counted` listens on the engine for
every statement that reaches the driver: the use case's own queries, the session's
autoflushes and lazy loads, and what it reads on connections of its own (the precedent
index). Start the caller's transaction before counting (`session.connection()`): the
unit of work belongs to the caller, not to the use case.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


class Statements(list[str]):
    """The statements sent, in order."""

    def tables(self) -> Counter[str]:
        """The table each statement reads or writes (the first outside parentheses), and
        how often, for messages."""
        return Counter(_table(statement) for statement in self)

    def __repr__(self) -> str:
        return f"{len(self)} statements: {dict(self.tables().most_common())}"


def _table(statement: str) -> str:
    depth, tokens = 0, re.finditer(r"[()]|\w+", statement)
    for token in tokens:
        word = token.group()
        depth += {"(": 1, ")": -1}.get(word, 0)
        if depth == 0 and word.upper() in ("FROM", "INTO", "UPDATE"):
            return next(tokens).group()
    return statement.split()[0]


@contextmanager
def counted(engine: Engine) -> Iterator[Statements]:
    """The statements `engine` sends to the driver while the block runs."""
    statements = Statements()

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", listen)
