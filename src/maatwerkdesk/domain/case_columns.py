"""The decided cases of one case base as columns, changed without disturbing earlier readers.

Per case: factor and reason bit masks (one uint64 word per 64 factors), the outcome, codes
for the outcome type, route and degree unit, the degree, the moment it became known, and
its words for text similarity as word ids (one int32 array with offsets). Strings (ids,
source keys, versions, summaries) are one text with offsets, sliced when asked for.

`CaseColumns` is a snapshot. `changed` appends the added cases after the last slot and
marks replaced or removed ones dead in a copy of the alive mask: a slot, once written, never
changes, so a snapshot (and a report computed from it) stays valid while newer snapshots
grow. The storage grows by half its size when full (amortised appends). Slots before
`ordered` are sorted by case id (as built or packed); later ones are in the order added.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

import numpy as np

from maatwerkdesk.domain.case_record import CaseRecord, ReasonMode, micros
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.precedent import Outcome

NEVER = int(np.iinfo(np.int64).min)
ARRAYS = ("deviate", "mode", "route", "known", "unit", "value", "otype", "imported")
"""The per-case arrays besides the factor and reason masks and the word ids."""
TEXTS = ("ids", "keys", "versions", "summaries")
"""`known` of a case that was always part of the base."""
OUTCOME_TYPES = tuple(OutcomeType)
UNITS = tuple(DegreeUnit)
WORD = 64
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def decode(mask: np.ndarray, names: Sequence[str]) -> frozenset[str]:
    """The names of the bits set in `mask` (one uint64 per 64 names)."""
    found = []
    for word in range(len(mask)):
        value = int(mask[word])
        while value:
            low = value & -value
            found.append(names[word * WORD + low.bit_length() - 1])
            value ^= low
    return frozenset(found)


class TextColumn:
    """Strings by position: a packed block (UTF-8 bytes with end offsets, decoded one item
    at a time when asked for) then appended items."""

    __slots__ = ("_ends", "_extra", "_packed", "_text")

    def __init__(self, text: bytes | memoryview = b"", ends: np.ndarray | None = None) -> None:
        self._text = memoryview(text)
        self._ends = ends if ends is not None else np.zeros(0, np.int64)
        self._packed = len(self._ends)
        self._extra: list[str] = []

    @staticmethod
    def of(items: Sequence[str]) -> TextColumn:
        encoded = [item.encode("utf-8") for item in items]
        lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
        return TextColumn(b"".join(encoded), np.cumsum(lengths))

    def __len__(self) -> int:
        return self._packed + len(self._extra)

    def __getitem__(self, index: int) -> str:
        if index < self._packed:
            start = int(self._ends[index - 1]) if index else 0
            return str(self._text[start : int(self._ends[index])], "utf-8")
        return self._extra[index - self._packed]

    def append(self, value: str) -> None:
        self._extra.append(value)

    def find(self, value: str) -> range:
        """The packed positions holding `value` (the packed block must be sorted)."""
        positions = range(self._packed)
        start = bisect.bisect_left(positions, value, key=self.__getitem__)
        end = bisect.bisect_right(positions, value, lo=start, key=self.__getitem__)
        return range(start, end)

    def packed(self) -> tuple[memoryview, np.ndarray]:
        return self._text, self._ends

    def copy(self, upto: int) -> TextColumn:
        if upto <= self._packed:
            column = TextColumn(self._text, self._ends[:upto])
        else:
            column = TextColumn(self._text, self._ends)
            column._extra = self._extra[: upto - self._packed]
        return column


class Registry:
    """Names numbered in order of first sight (factors, routes, words); append-only."""

    __slots__ = ("codes", "names")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = list(names)
        self.codes: dict[str, int] = {name: i for i, name in enumerate(self.names)}

    def code(self, name: str) -> int:
        found = self.codes.get(name)
        if found is None:
            found = self.codes[name] = len(self.names)
            self.names.append(name)
        return found

    def copy(self) -> Registry:
        return Registry(self.names)


class _Storage:
    """The arrays behind a line of snapshots; only the newest snapshot (`head`) extends it."""

    def __init__(self, words: int, capacity: int, word_capacity: int) -> None:
        self.words = words
        self.factors = np.zeros((words, capacity), np.uint64)
        self.reason = np.zeros((words, capacity), np.uint64)
        self.deviate = np.zeros(capacity, np.bool_)
        self.mode = np.zeros(capacity, np.uint8)
        self.route = np.full(capacity, -1, np.int32)
        self.known = np.full(capacity, NEVER, np.int64)
        self.unit = np.full(capacity, -1, np.int8)
        self.value = np.zeros(capacity, np.float64)
        self.otype = np.zeros(capacity, np.uint8)
        self.imported = np.zeros(capacity, np.bool_)
        self.word_start = np.zeros(capacity + 1, np.int64)
        self.word_ids = np.zeros(word_capacity, np.int32)
        self.n = 0
        self.word_count = 0
        self.factor_names = Registry()
        self.routes = Registry()
        self.vocabulary = Registry()
        self.ids = TextColumn()
        self.keys = TextColumn()
        self.versions = TextColumn()
        self.summaries = TextColumn()
        self.ordered = 0
        self.key_order = np.zeros(0, np.int64)
        """The slots before `ordered` sorted by source key, to find a key by bisection."""
        self.late_keys: dict[str, int] = {}
        """The live slot of each key added after `ordered`."""
        self.late_ids: dict[str, list[int]] = {}
        self.head: CaseColumns | None = None

    @property
    def capacity(self) -> int:
        return len(self.deviate)

    def grow(self, cases: int, words: int, factor_words: int) -> None:
        """Room for `cases` more cases with `words` more word ids and `factor_words` words
        of factor bits; reallocated (copied) only when full, so earlier snapshots keep
        the arrays they saw."""
        needed, capacity, n = self.n + cases, self.capacity, self.n
        if needed > capacity or factor_words > self.words:
            size = max(needed, capacity + capacity // 2, 16) if needed > capacity else capacity
            for name in ARRAYS:
                fill = _FILL[name]
                old = getattr(self, name)
                new = np.full(size, fill, old.dtype)
                new[:n] = old[:n]
                setattr(self, name, new)
            words_now = max(factor_words, self.words)
            for name in ("factors", "reason"):
                old = getattr(self, name)
                new = np.zeros((words_now, size), np.uint64)
                new[: self.words, :n] = old[:, :n]
                setattr(self, name, new)
            self.words = words_now
            start = np.zeros(size + 1, np.int64)
            start[: n + 1] = self.word_start[: n + 1]
            self.word_start = start
        if self.word_count + words > len(self.word_ids):
            size = max(self.word_count + words, len(self.word_ids) * 3 // 2, 64)
            ids = np.zeros(size, np.int32)
            ids[: self.word_count] = self.word_ids[: self.word_count]
            self.word_ids = ids


_FILL: dict[str, object] = {
    "deviate": False,
    "mode": 0,
    "route": -1,
    "known": NEVER,
    "unit": -1,
    "value": 0.0,
    "otype": 0,
    "imported": False,
}


class CaseColumns:
    """A snapshot of the columns: `n` slots, of which `alive` says which still count."""

    def __init__(self, storage: _Storage, n: int, alive: np.ndarray) -> None:
        s = storage
        self._storage = s
        self.n = n
        self.words = s.words
        self.alive = alive
        self.factors = s.factors[:, :n]
        self.reason = s.reason[:, :n]
        self.deviate = s.deviate[:n]
        self.mode = s.mode[:n]
        self.route = s.route[:n]
        self.known = s.known[:n]
        self.unit = s.unit[:n]
        self.value = s.value[:n]
        self.otype = s.otype[:n]
        self.imported = s.imported[:n]
        self.word_start = s.word_start[: n + 1]
        self.word_ids = s.word_ids[: s.word_start[n]]
        self.factor_names = s.factor_names
        self.factor_count = len(s.factor_names.names)
        self.routes = s.routes
        self.vocabulary = s.vocabulary
        self.ordered = min(s.ordered, n)
        self.derived: dict[object, object] = {}
        """Results computed once per snapshot (by the engine, per catalogue's sides)."""

    # ------------------------------------------------------------------ building

    @staticmethod
    def empty() -> CaseColumns:
        storage = _Storage(1, 0, 0)
        head = CaseColumns(storage, 0, np.zeros(0, np.bool_))
        storage.head = head
        return head

    @staticmethod
    def of_records(records: Iterable[CaseRecord]) -> CaseColumns:
        """Columns holding `records`, sorted by case id."""
        ordered = sorted(records, key=lambda r: r.case_id)
        storage = _Storage(1, len(ordered), 0)
        storage.ids = TextColumn.of([r.case_id for r in ordered])
        storage.keys = TextColumn.of([r.key for r in ordered])
        storage.versions = TextColumn.of([r.version for r in ordered])
        storage.summaries = TextColumn.of([r.summary for r in ordered])
        _write(storage, ordered, text=False)
        storage.ordered = storage.n
        storage.key_order = key_order([r.key for r in ordered])
        head = CaseColumns(storage, storage.n, np.ones(storage.n, np.bool_))
        storage.head = head
        return head

    @staticmethod
    def packed(
        arrays: Mapping[str, np.ndarray],
        names: tuple[Sequence[str], Sequence[str], Sequence[str]],
        texts: Sequence[TextColumn],
    ) -> CaseColumns:
        """Columns over arrays read from a pack, sorted by case id: `arrays` holds the
        masks (words × cases), `ARRAYS`, "word_start", "word_ids" and "key_order"
        (`key_order` of the keys); `names` the factor,
        route and word names; `texts` the `TEXTS` columns. Read-only arrays are fine: the
        first change copies them."""
        n = len(arrays["deviate"])
        storage = _Storage(1, 0, 0)
        storage.words = int(arrays["factors"].shape[0])
        storage.factors, storage.reason = arrays["factors"], arrays["reason"]
        for name in ARRAYS:
            if len(arrays[name]) != n:
                raise ValueError(f"{name}: length")
            setattr(storage, name, arrays[name])
        storage.word_start, storage.word_ids = arrays["word_start"], arrays["word_ids"]
        if storage.factors.shape != storage.reason.shape or storage.factors.shape[1] != n:
            raise ValueError("masks")
        _check_offsets(storage.word_start, n, len(storage.word_ids), first=True)
        storage.key_order = arrays["key_order"]
        if len(storage.key_order) != n or (
            n and not 0 <= storage.key_order.min() <= storage.key_order.max() < n
        ):
            raise ValueError("key order")
        storage.n, storage.word_count, storage.ordered = n, len(storage.word_ids), n
        storage.factor_names, storage.routes, storage.vocabulary = map(Registry, names)
        for name, column in zip(TEXTS, texts, strict=True):
            text, ends = column.packed()
            _check_offsets(ends, n, len(text), first=False)
            setattr(storage, name, column)
        head = CaseColumns(storage, n, np.ones(n, np.bool_))
        storage.head = head
        return head

    def changed(self, added: Sequence[CaseRecord], removed: Iterable[str]) -> CaseColumns:
        """A new snapshot with the cases of `removed` (source keys) and those replaced by
        `added` (same key) dead, and `added` appended. This snapshot stays as it was."""
        storage = self._storage if self._storage.head is self else self._copy()
        alive = self.alive.copy()
        for key in [*removed, *(r.key for r in added)]:
            slot = storage.late_keys.pop(key, None)
            if slot is None:
                slot = self._packed_slot(key)
            if slot is not None:
                alive[slot] = False
        first = storage.n
        _write(storage, added, text=True)
        for offset, record in enumerate(added):
            storage.late_keys[record.key] = first + offset
            storage.late_ids.setdefault(record.case_id, []).append(first + offset)
        head = CaseColumns(
            storage, storage.n, np.concatenate([alive, np.ones(len(added), np.bool_)])
        )
        storage.head = head
        return head

    def _packed_slot(self, key: str) -> int | None:
        """The live slot before `ordered` with this source key, found by bisection."""
        s = self._storage
        order, keys = s.key_order, s.keys
        position = bisect.bisect_left(range(len(order)), key, key=lambda p: keys[int(order[p])])
        if position < len(order):
            slot = int(order[position])
            if keys[slot] == key and self.alive[slot]:
                return slot
        return None

    def _copy(self) -> _Storage:
        """Storage of this snapshot's own, to change a snapshot that is not the newest."""
        old, n = self._storage, self.n
        new = _Storage(old.words, n, int(old.word_start[n]))
        for name in ARRAYS:
            getattr(new, name)[:] = getattr(old, name)[:n]
        new.factors[:] = old.factors[:, :n]
        new.reason[:] = old.reason[:, :n]
        new.word_start[: n + 1] = old.word_start[: n + 1]
        new.word_ids[:] = old.word_ids[: old.word_start[n]]
        new.n, new.word_count = n, int(old.word_start[n])
        new.factor_names = old.factor_names.copy()
        new.routes = old.routes.copy()
        new.vocabulary = old.vocabulary.copy()
        for name in TEXTS:
            setattr(new, name, getattr(old, name).copy(n))
        new.ordered = min(old.ordered, n)
        new.key_order = old.key_order[old.key_order < new.ordered]
        new.late_keys = {new.keys[i]: i for i in range(new.ordered, n) if self.alive[i]}
        new.late_ids = {}
        for slot in range(new.ordered, n):
            new.late_ids.setdefault(new.ids[slot], []).append(slot)
        new.head = self
        return new

    # ------------------------------------------------------------------ reading

    @property
    def storage_names(self) -> tuple[TextColumn, TextColumn, TextColumn, TextColumn]:
        s = self._storage
        return s.ids, s.keys, s.versions, s.summaries

    def case_id(self, slot: int) -> str:
        return self._storage.ids[slot]

    def slots_of(self, case_id: str) -> list[int]:
        """The live slots of the cases with this id (an id is normally unique)."""
        s = self._storage
        found = [i for i in s.ids.find(case_id) if i < self.ordered]
        found += [i for i in s.late_ids.get(case_id, ()) if self.ordered <= i < self.n]
        return [i for i in found if self.alive[i]]

    def by_id(self, slots: np.ndarray) -> np.ndarray:
        """`slots` (ascending) in order of case id, then slot."""
        if self.ordered == self.n:
            return slots
        late = slots >= self.ordered
        if not late.any():
            return slots
        early, rest = slots[~late], slots[late]
        ids = self._storage.ids
        extra = sorted(rest.tolist(), key=lambda i: (ids[i], i))
        merged: list[int] = []
        position = 0
        early_list = early.tolist()
        for slot in extra:
            key = (ids[slot], slot)
            while (
                position < len(early_list)
                and (ids[early_list[position]], early_list[position]) <= key
            ):
                merged.append(early_list[position])
                position += 1
            merged.append(slot)
        merged.extend(early_list[position:])
        return np.array(merged, np.int64)

    def first_by_id(self, slots: np.ndarray, number: int) -> list[int]:
        """The first `number` of `slots` (ascending) in order of case id."""
        first: list[int]  # what numpy's tolist() gives of an int64 array
        if self.ordered == self.n or not (late := slots >= self.ordered).any():
            first = slots[:number].tolist()
        else:
            candidates = np.concatenate([slots[~late][:number], slots[late]])
            first = self.by_id(np.sort(candidates))[:number].tolist()
        return first

    def names(self, mask: np.ndarray) -> frozenset[str]:
        """The factor names of a mask (one uint64 per word)."""
        return decode(mask, self.factor_names.names)

    def word_codes(self, words: Iterable[str]) -> np.ndarray:
        codes = self.vocabulary.codes
        limit = len(self.vocabulary.names)
        found = [c for w in words if (c := codes.get(w)) is not None and c < limit]
        return np.unique(np.array(found, np.int32))

    def words_of(self, slot: int) -> frozenset[str]:
        names = self.vocabulary.names
        start, end = self.word_start[slot], self.word_start[slot + 1]
        return frozenset(names[i] for i in self.word_ids[start:end].tolist())

    def record(self, slot: int) -> CaseRecord:
        """The stored case in `slot`."""
        ids, keys, versions, summaries = self.storage_names
        unit = int(self.unit[slot])
        known = int(self.known[slot])
        route = int(self.route[slot])
        return CaseRecord(
            case_id=ids[slot],
            key=keys[slot],
            version=versions[slot],
            factors=self.names(self.factors[:, slot]),
            reason=self.names(self.reason[:, slot]),
            reason_mode=ReasonMode(int(self.mode[slot])),
            outcome_type=OUTCOME_TYPES[int(self.otype[slot])],
            route=self.routes.names[route] if route >= 0 else None,
            degree=Degree(UNITS[unit], float(self.value[slot])) if unit >= 0 else None,
            summary=summaries[slot],
            imported=bool(self.imported[slot]),
            words=self.words_of(slot),
            known_since=EPOCH + timedelta(microseconds=known) if known != NEVER else None,
        )

    def records(self) -> list[CaseRecord]:
        """Every live case, in order of case id."""
        slots = self.by_id(np.flatnonzero(self.alive))
        return [self.record(int(i)) for i in slots]

    def __len__(self) -> int:
        return int(np.count_nonzero(self.alive))


def key_order(keys: Sequence[str]) -> np.ndarray:
    """The positions of `keys` in the order of the keys."""
    return np.array(sorted(range(len(keys)), key=keys.__getitem__), np.int64)


def _check_offsets(offsets: np.ndarray, n: int, end: int, *, first: bool) -> None:
    """Offsets that cut a block of `end` items into `n` parts (with a leading 0 when
    `first`), so no slice reaches outside it."""
    if len(offsets) != n + first or (first and offsets[0] != 0):
        raise ValueError("offsets")
    if len(offsets) and ((np.diff(offsets) < 0).any() or offsets[0] < 0 or offsets[-1] != end):
        raise ValueError("offsets")
    if not len(offsets) and end:
        raise ValueError("offsets")


def _write(storage: _Storage, records: Sequence[CaseRecord], *, text: bool) -> None:
    """Write `records` into the slots after `storage.n` (growing it first)."""
    if not records:
        return
    factor_names, vocabulary, routes = storage.factor_names, storage.vocabulary, storage.routes

    def bits(factors: Iterable[str]) -> int:
        mask = 0
        for factor in factors:
            mask |= 1 << factor_names.code(factor)
        return mask

    factors = [bits(r.factors) for r in records]
    reasons = [bits(r.reason) for r in records]
    words = [sorted({vocabulary.code(w) for w in r.words}) for r in records]
    storage.grow(len(records), sum(map(len, words)), max(1, -(-len(factor_names.names) // WORD)))
    first, end = storage.n, storage.n + len(records)
    full = (1 << WORD) - 1
    for word in range(storage.words):
        shift = word * WORD
        storage.factors[word, first:end] = [m >> shift & full for m in factors]
        storage.reason[word, first:end] = [m >> shift & full for m in reasons]
    outcome_types = {t: i for i, t in enumerate(OUTCOME_TYPES)}
    units = {u: i for i, u in enumerate(UNITS)}
    storage.deviate[first:end] = [r.outcome_type.outcome is Outcome.DEVIATE for r in records]
    storage.mode[first:end] = [int(r.reason_mode) for r in records]
    storage.route[first:end] = [
        routes.code(r.route) if r.route is not None else -1 for r in records
    ]
    storage.known[first:end] = [
        NEVER if r.known_since is None else micros(r.known_since) for r in records
    ]
    storage.unit[first:end] = [units[r.degree.unit] if r.degree else -1 for r in records]
    storage.value[first:end] = [r.degree.value if r.degree else 0.0 for r in records]
    storage.otype[first:end] = [outcome_types[r.outcome_type] for r in records]
    storage.imported[first:end] = [r.imported for r in records]
    lengths = np.fromiter(map(len, words), np.int64, len(words))
    position = storage.word_count
    storage.word_start[first + 1 : end + 1] = position + np.cumsum(lengths)
    flat = [code for codes in words for code in codes]
    if flat:
        storage.word_ids[position : position + len(flat)] = flat
    if text:
        for record in records:
            storage.ids.append(record.case_id)
            storage.keys.append(record.key)
            storage.versions.append(record.version)
            storage.summaries.append(record.summary)
    storage.n, storage.word_count = end, position + len(flat)
