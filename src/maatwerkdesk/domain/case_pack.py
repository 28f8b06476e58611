"""A case base's columns as one block of bytes, read back without parsing a row.

The block starts with a small JSON header (catalogue, sequence, names of factors, routes
and words, and where each array lies), followed by the raw arrays and the texts (ids,
source keys, versions, summaries, each UTF-8 with byte offsets). Reading it maps the
arrays and texts onto the block; nothing is done, or copied, per case.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass

import numpy as np

from maatwerkdesk.domain.case_columns import ARRAYS, TEXTS, CaseColumns, TextColumn, key_order
from maatwerkdesk.domain.sentence import said

MAGIC = b"MWCASES1"


class PackError(ValueError):
    """Bytes that are not a pack this program wrote."""


@dataclass(frozen=True)
class Pack:
    catalogue_id: str
    seq: int
    """The change sequence of the index the columns reflect."""
    columns: CaseColumns


def encode(catalogue_id: str, seq: int, columns: CaseColumns) -> bytes:
    """The live cases of `columns`, sorted by case id, as a pack."""
    order = columns.by_id(np.flatnonzero(columns.alive))
    parts: list[bytes] = []
    layout: list[list[object]] = []
    offset = 0

    def put(name: str, array: np.ndarray, *smaller: type[np.integer]) -> None:
        nonlocal offset
        array = _narrow(array, smaller)
        data = np.ascontiguousarray(array).tobytes()
        layout.append([name, array.dtype.str, list(array.shape), offset])
        parts.append(data + bytes(-len(data) % 8))
        offset += len(parts[-1])

    put("factors", columns.factors[:, order])
    put("reason", columns.reason[:, order])
    for name in ARRAYS:
        put(name, getattr(columns, name)[order])
    starts, ends = columns.word_start[order], columns.word_start[order + 1]
    lengths = ends - starts
    first = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    put("word_ids", columns.word_ids[first + np.arange(int(lengths.sum()))], np.uint16, np.int32)
    put("word_start", np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64), np.int32)
    for name, column in zip(TEXTS, columns.storage_names, strict=True):
        items = [column[int(i)] for i in order]
        if name == "keys":
            put("key_order", key_order(items), np.int32)
        pieces = [item.encode("utf-8") for item in items]
        ends = np.cumsum(np.fromiter(map(len, pieces), np.int64, len(pieces)))
        put(name + "_ends", ends, np.int32)
        encoded = b"".join(pieces)
        parts.append(encoded + bytes(-len(encoded) % 8))
        layout.append([name, "text", [len(encoded)], offset])
        offset += len(parts[-1])
    header = json.dumps(
        {
            "catalogue": catalogue_id,
            "seq": seq,
            "n": len(order),
            "factors": columns.factor_names.names[: columns.factor_count],
            "routes": columns.routes.names,
            "vocabulary": columns.vocabulary.names,
            "layout": layout,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    header += b" " * (-(len(MAGIC) + 4 + len(header)) % 8)
    return b"".join([MAGIC, struct.pack("<I", len(header)), header, *parts])


def _narrow(array: np.ndarray, kinds: tuple[type[np.integer], ...]) -> np.ndarray:
    """`array` in the first of `kinds` that holds its values: a smaller pack reads faster."""
    for kind in kinds:
        limits = np.iinfo(kind)
        if not len(array) or (limits.min <= array.min() and array.max() <= limits.max):
            return array.astype(kind)
    return array


def decode(data: bytes | bytearray) -> Pack:
    """The pack's columns; PackError when `data` is not a pack."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise PackError(said("case_pack", "geen pakket"))
    (size,) = struct.unpack_from("<I", data, len(MAGIC))
    start = len(MAGIC) + 4 + size
    try:
        header = json.loads(data[len(MAGIC) + 4 : start].decode("utf-8"))
        arrays: dict[str, np.ndarray] = {}
        texts: dict[str, memoryview] = {}
        block = memoryview(data)
        for name, dtype, shape, offset in header["layout"]:
            if dtype == "text":
                texts[name] = block[start + offset : start + offset + shape[0]]
                if len(texts[name]) != shape[0]:
                    raise PackError(said("case_pack", "onvolledig"))
                continue
            count = int(np.prod(shape))
            array = np.frombuffer(data, np.dtype(dtype), count, start + offset)
            arrays[name] = array.reshape(shape)
        columns = CaseColumns.packed(
            arrays,
            (header["factors"], header["routes"], header["vocabulary"]),
            [TextColumn(texts[name], arrays[name + "_ends"]) for name in TEXTS],
        )
        if len(columns.deviate) != int(header["n"]):
            raise PackError(said("case_pack", "onvolledig"))
        return Pack(str(header["catalogue"]), int(header["seq"]), columns)
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, IndexError) as error:
        raise PackError(said("case_pack", "onleesbaar")) from error
