"""Reading a catalogue's packed precedent index without freezing the window.

A pack holds a case base as one value of some tens of megabytes (27 MB at 100,000 decided
cases). Fetched as a column, SQLite copies it out of the database file while Python's
interpreter lock is held, so no other thread runs meanwhile: the window, whose event loop
needs the lock for every Python callback, froze for 50-180 ms while a worker warmed the
precedent index at start-up. On SQLite the pack is therefore read a piece at a time
through the incremental blob interface, which lets go of the lock while SQLite reads.

On a server the pack is read a piece at a time too (`substring`, in the transaction's one
snapshot): fetched whole, it passed through the driver's buffers as one value of twice its
size (bytea travels as hexadecimal text), which the C allocator then kept: the program
stayed some 40 MiB larger after warming up than on SQLite. The server keeps the pack
uncompressed (migration 0021), so that a piece is read from its own part of the value: of
a compressed one, every piece was decompressed from the start.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from maatwerkdesk.persistence.models import case_index_pack

PIECE = 1 << 20
"""Bytes read per call while the lock is free."""


def read_pack(connection: Connection, catalogue_id: str) -> bytes | bytearray | None:
    """The pack of `catalogue_id` (`case_index_pack.data`), or None when there is none;
    read in the transaction `connection` is in."""
    table = case_index_pack
    if connection.dialect.name != "sqlite":
        size = connection.execute(
            select(func.octet_length(table.c.data)).where(table.c.catalogue_id == catalogue_id)
        ).scalar()
        return None if size is None else read_pieces(connection, catalogue_id, size)
    rowid = connection.execute(
        text("SELECT rowid FROM case_index_pack WHERE catalogue_id = :catalogue_id"),
        {"catalogue_id": catalogue_id},
    ).scalar()
    return None if rowid is None else read_blob(connection, rowid)


def read_blob(connection: Connection, rowid: int) -> bytearray:
    """The pack in row `rowid` of `case_index_pack` on SQLite, a piece at a time."""
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.open_blob(case_index_pack.name, "data", rowid, readonly=True) as blob:
        data = bytearray(len(blob))
        for start in range(0, len(data), PIECE):
            data[start : start + PIECE] = blob.read(PIECE)
    return data


def read_pieces(connection: Connection, catalogue_id: str, size: int) -> bytearray:
    """The pack of `catalogue_id` on a server, `size` bytes long, a piece at a time; read in
    the transaction `connection` is in (one snapshot: the pieces are of one pack)."""
    piece = text(
        "SELECT substring(data FROM :start FOR :length) FROM case_index_pack "
        "WHERE catalogue_id = :catalogue_id"
    )
    data = bytearray(size)
    for start in range(0, size, PIECE):
        found = connection.execute(
            piece, {"start": start + 1, "length": PIECE, "catalogue_id": catalogue_id}
        ).scalar_one()
        data[start : start + len(found)] = found
    return data
