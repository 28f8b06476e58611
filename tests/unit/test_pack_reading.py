"""A pack read a piece at a time is the value stored, byte for byte."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import insert, select

from maatwerkdesk.persistence import pack_reading
from maatwerkdesk.persistence.db import READ_ONLY, Database
from maatwerkdesk.persistence.models import case_index_pack


@pytest.mark.parametrize("size", [0, 1, 64, 1000])
def test_the_pack_read_in_pieces_is_the_stored_value(
    database: Database, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_reading, "PIECE", 64)  # many pieces, and a short last one
    stored = os.urandom(size)
    with database.engine.begin() as connection:
        for catalogue_id, data in (("a", b"ander pakket"), ("b", stored)):
            connection.execute(
                insert(case_index_pack).values(catalogue_id=catalogue_id, seq=3, data=data)
            )
    reader = database.engine.execution_options(**{READ_ONLY: True})
    with reader.connect() as connection, connection.begin():
        read = pack_reading.read_pack(connection, "b")
        fetched = connection.execute(
            select(case_index_pack.c.data).where(case_index_pack.c.catalogue_id == "b")
        ).scalar_one()
        assert read == fetched == stored
        assert pack_reading.read_pack(connection, "c") is None
