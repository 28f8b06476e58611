"""The case base: the precedent definitions evaluated on columns, 100,000 cases in milliseconds.

`domain/precedent.py` states the definitions on sets of factor ids; it is the reference,
and property tests check that this module gives identical results. Here the same tests run
as numpy operations on factor bit masks (`case_columns.py`), one pass over the cases for
each: which reasons are present, which precedents force each outcome, contradict it or
conflict with it and with which differences. Conflicting precedents are grouped by their
differences and counted; a precedent is made into an object only when a view names it.

Only the cases decided under the dossier's route bind it: the definitions are applied to
them alone, through a mask of the route column. A case under another route, a case without a
route, and every case while the dossier has no route yet can only persuade: it is listed among
the similar cases, never as forcing, contradicting or conflicting.

Similar cases are scored by shared factors for every case at once; only those tied at the
cut of the best `limit` have their text compared. The report's plain values live in
`case_report.py` (re-exported here).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property

import numpy as np

from maatwerkdesk.domain.case_columns import UNITS, WORD, CaseColumns, decode
from maatwerkdesk.domain.case_record import CaseRecord, ReasonMode, micros
from maatwerkdesk.domain.case_report import (
    BASE_CONFLICT_LIMIT,
    SIMILAR_LIMIT,
    CaseEntry,
    CaseQuery,
    PrecedentReport,
    Relation,
    SimilarCase,
)
from maatwerkdesk.domain.decision import (
    DegreeRange,
)
from maatwerkdesk.domain.precedent import (
    Conflict,
    FactorSides,
    Outcome,
    Precedent,
    Side,
    Status,
)

__all__ = [
    "BASE_CONFLICT_LIMIT",
    "SIMILAR_LIMIT",
    "CaseBase",
    "CaseEntry",
    "CaseQuery",
    "ConflictGroup",
    "OutcomeResult",
    "PrecedentReport",
    "Relation",
    "SimilarCase",
]
_PAIR_BLOCK = 1 << 18
"""How many (pattern, pattern) combinations the inconsistent-pair search tests at once."""


def _subset(rows: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per column of `rows` (words × cases): is it a subset of `mask`?"""
    subset: np.ndarray = (
        (rows[0] & ~mask[0]) == 0 if len(mask) == 1 else ((rows & ~mask[:, None]) == 0).all(axis=0)
    )
    return subset


def _nonzero(rows: np.ndarray) -> np.ndarray:
    nonzero: np.ndarray = rows[0] != 0 if len(rows) == 1 else (rows != 0).any(axis=0)
    return nonzero


class _View:
    """A snapshot of the columns read with one catalogue's sides: the reason that counts
    for each case, which cases belong to the base, and the objects views ask for."""

    def __init__(self, columns: CaseColumns, sides: FactorSides) -> None:
        self.columns = c = columns
        self.sides = sides
        # Bits: the factors of the cases, then the catalogue's factors no case has (they
        # can still be the dossier's and make a difference).
        known = c.factor_names.names[: c.factor_count]
        self._factor_names = known + [f for f, _ in sides.items() if f not in set(known)]
        self._codes = {name: bit for bit, name in enumerate(self._factor_names)}
        words = max(c.words, -(-len(self._factor_names) // WORD))
        self.factors, reason = c.factors, c.reason
        if words > c.words:
            self.factors = np.zeros((words, c.n), np.uint64)
            self.factors[: c.words] = c.factors
            reason = np.zeros((words, c.n), np.uint64)
            reason[: c.words] = c.reason
        self.side = {
            side: self.mask(f for f, s in sides.items() if s is side)
            for side in (Side.PRO, Side.CON)
        }
        winning = np.where(c.deviate, self.side[Side.PRO][:, None], self.side[Side.CON][:, None])
        winning &= self.factors
        mode = c.mode
        self.reason = np.where(
            mode == ReasonMode.AS_GIVEN,
            reason,
            np.where(mode == ReasonMode.ALL_PRESENT, winning, reason & winning),
        )
        # A signed decision whose reason rests on no factor present binds nothing: as a
        # precedent it would force its outcome on every dossier (never written now).
        self.member = c.alive & ((mode == ReasonMode.AS_GIVEN) | _nonzero(self.reason))
        self._names: dict[bytes, frozenset[str]] = {}
        self._precedents: dict[int, Precedent] = {}
        self._entries: dict[int, CaseEntry] = {}
        self.slot_of: dict[str, int] = {}
        """The slot of each precedent made so far, by id: views name what a report made."""

    def mask(self, factors: Iterable[str]) -> np.ndarray:
        """The mask of `factors`; a factor neither a case nor the catalogue knows has no
        bit: it is on no side and in no precedent, so it cannot change a result."""
        mask = np.zeros(len(self.factors), np.uint64)
        for factor in factors:
            bit = self._codes.get(factor)
            if bit is not None:
                mask[bit // WORD] |= np.uint64(1 << (bit % WORD))
        return mask

    def names(self, mask: np.ndarray) -> frozenset[str]:
        key = mask.tobytes()
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = decode(mask, self._factor_names)
        return found

    def precedent(self, slot: int) -> Precedent:
        found = self._precedents.get(slot)
        if found is None:
            c = self.columns
            case_id = c.case_id(slot)
            self.slot_of[case_id] = slot
            found = self._precedents[slot] = Precedent(
                case_id,
                self.names(self.factors[:, slot]),
                Outcome.DEVIATE if c.deviate[slot] else Outcome.GENERIC,
                self.names(self.reason[:, slot]),
            )
        return found

    def precedents(self, slots: Iterable[int]) -> tuple[Precedent, ...]:
        return tuple(self.precedent(int(i)) for i in slots)

    def entry(self, slot: int) -> CaseEntry:
        found = self._entries.get(slot)
        if found is None:
            found = self._entries[slot] = CaseEntry.of(
                self.columns.record(slot), self.precedent(slot)
            )
        return found

    def first(self, slots: np.ndarray, number: int) -> tuple[Precedent, ...]:
        return self.precedents(self.columns.first_by_id(slots, number))

    def ids(self, slots: np.ndarray) -> list[str]:
        case_id = self.columns.case_id
        return [case_id(int(i)) for i in self.columns.by_id(slots)]


class _Entries(Mapping[str, CaseEntry]):
    """The cases of a snapshot by id; an entry is made when it is asked for."""

    def __init__(self, view: _View) -> None:
        self._view = view

    def __getitem__(self, case_id: str) -> CaseEntry:
        view = self._view
        slot = view.slot_of.get(case_id)
        if slot is None:
            slots = [i for i in view.columns.slots_of(case_id) if view.member[i]]
            if not slots:
                raise KeyError(case_id)
            slot = slots[-1]
        return view.entry(slot)

    def __iter__(self) -> Iterator[str]:
        return iter(self._view.ids(np.flatnonzero(self._view.member)))

    def __len__(self) -> int:
        return int(np.count_nonzero(self._view.member))


class ConflictGroup:
    """Precedents against an outcome that this dossier differs from in the same way.

    `count` and `first` are cheap; `precedents` lists them all (thousands, in a large base).
    """

    def __init__(
        self, view: _View, differences: frozenset[str], distinguished: bool, slots: np.ndarray
    ) -> None:
        self.differences = differences
        """Factors of the dossier for the outcome that these precedents lacked; empty:
        they cannot be distinguished."""
        self.distinguished = distinguished
        """Whether the proposed reason names one of the differences."""
        self.count = len(slots)
        self._view, self._slots = view, slots
        self._first: dict[int, tuple[Precedent, ...]] = {}

    def first(self, number: int) -> tuple[Precedent, ...]:
        """The first `number` precedents by id."""
        found = self._first.get(number)
        if found is None:
            found = self._first[number] = self._view.first(self._slots, number)
        return found

    @cached_property
    def precedents(self) -> tuple[Precedent, ...]:
        """All of them, sorted by id."""
        return self._view.precedents(self._view.columns.by_id(self._slots))

    def ids(self) -> list[str]:
        """The ids of all of them, sorted."""
        return self._view.ids(self._slots)

    def names_any(self, case_ids: Iterable[str]) -> bool:
        """Whether one of `case_ids` is among them."""
        columns = self._view.columns
        wanted = [i for case_id in case_ids for i in columns.slots_of(case_id)]
        return bool(wanted) and bool(np.isin(wanted, self._slots).any())


class OutcomeResult:
    """`precedent.OutcomeCheck` as the index computes it: counted, grouped, and listing
    the precedents themselves only when asked (a large base can have thousands)."""

    def __init__(
        self,
        view: _View,
        outcome: Outcome,
        forcing: np.ndarray,
        contradicting: np.ndarray,
        groups: list[tuple[np.ndarray, bool, np.ndarray]],
    ) -> None:
        self.outcome = outcome
        self._view = view
        self._forcing = forcing
        self._contradicting = contradicting
        self._groups = groups
        self.forcing_count = len(forcing)
        self.contradicting_count = len(contradicting)
        if self.contradicting_count:
            self.status = Status.INCONSISTENT
        elif self.forcing_count:
            self.status = Status.FORCED
        else:
            self.status = Status.FREE
        self.reason_consistent = all(distinguished for _mask, distinguished, _ in groups)

    @cached_property
    def forcing(self) -> tuple[Precedent, ...]:
        return self._view.precedents(self._view.columns.by_id(self._forcing))

    @cached_property
    def contradicting(self) -> tuple[Precedent, ...]:
        return self._view.precedents(self._view.columns.by_id(self._contradicting))

    def first_forcing(self, number: int) -> tuple[Precedent, ...]:
        return self._view.first(self._forcing, number)

    def first_contradicting(self, number: int) -> tuple[Precedent, ...]:
        return self._view.first(self._contradicting, number)

    def forcing_ids(self) -> list[str]:
        """The ids of every forcing precedent, sorted (without making the precedents)."""
        return self._view.ids(self._forcing)

    @cached_property
    def conflict_groups(self) -> tuple[ConflictGroup, ...]:
        """Grouped by differences: distinguishable ones first, then by their factors."""
        groups = [
            ConflictGroup(self._view, self._view.names(mask), distinguished, slots)
            for mask, distinguished, slots in self._groups
        ]
        return tuple(
            sorted(
                groups, key=lambda g: (not g.differences, sorted(g.differences), g.first(1)[0].id)
            )
        )

    @cached_property
    def conflicts(self) -> tuple[Conflict, ...]:
        """One per precedent, sorted by id, as `check_outcome` gives them."""
        return tuple(
            sorted(
                (
                    Conflict(precedent, group.differences, group.distinguished)
                    for group in self.conflict_groups
                    for precedent in group.precedents
                ),
                key=lambda c: c.precedent.id,
            )
        )

    def conflict_ids(self) -> list[tuple[str, ConflictGroup]]:
        """(id, its group) of every conflicting precedent, sorted by id, without making the
        precedents: for a complete listing."""
        found = [(case_id, group) for group in self.conflict_groups for case_id in group.ids()]
        return sorted(found, key=lambda item: item[0])

    def differences_from(self, case_id: str) -> frozenset[str] | None:
        """The differences from the conflicting precedent `case_id`; None when it does not
        conflict with this outcome."""
        for group in self.conflict_groups:
            if group.names_any([case_id]):
                return group.differences
        return None


class CaseBase:
    """An immutable case base sharing one factor catalogue: columns read with its sides."""

    def __init__(self, entries: Iterable[CaseEntry], sides: FactorSides) -> None:
        records = [_record(entry, number) for number, entry in enumerate(entries)]
        self._set(CaseColumns.of_records(records), sides)

    @classmethod
    def of_columns(cls, columns: CaseColumns, sides: FactorSides) -> CaseBase:
        base = cls.__new__(cls)
        base._set(columns, sides)
        return base

    def _set(self, columns: CaseColumns, sides: FactorSides) -> None:
        self.columns = columns
        self.sides = sides
        key = ("view", tuple(sides.items()))
        view = columns.derived.get(key)
        if not isinstance(view, _View):
            view = columns.derived[key] = _View(columns, sides)
        self._view = view

    def __len__(self) -> int:
        return int(np.count_nonzero(self._view.member))

    # ------------------------------------------------------------------ the check

    def assess(self, query: CaseQuery, limit: int = SIMILAR_LIMIT) -> PrecedentReport:
        """The constraint on both outcomes by the cases under the dossier's route, the degree
        ranges and the most similar cases under any route."""
        view, columns = self._view, self.columns
        case = view.mask(query.factors)
        usable = view.member
        if query.exclude is not None:
            own = columns.slots_of(query.exclude)
            if own:
                usable = usable.copy()
                usable[own] = False
        same_route = _under(columns, query.route)
        binding = usable & same_route
        later: dict[Outcome, OutcomeResult] = {}
        if query.as_of is not None:
            known = columns.known <= micros(query.as_of)
            usable = usable & known
            afterwards = _Candidates(view, case, binding & ~known)
            binding = binding & known
            later = {
                outcome: afterwards.check(outcome, query.reasons.get(outcome))
                for outcome in Outcome
            }
        candidates = _Candidates(view, case, binding)
        outcomes = {
            outcome: candidates.check(outcome, query.reasons.get(outcome)) for outcome in Outcome
        }
        ranges = {
            outcome: _degree_ranges(columns, result._forcing)
            for outcome, result in outcomes.items()
        }
        similar = _similar(view, query, case, usable, same_route, limit)
        conflicts = candidates.inconsistent_pairs()
        return PrecedentReport(
            outcomes, ranges, similar, conflicts, _Entries(view), later, query.route
        )


def _under(columns: CaseColumns, route: str | None) -> np.ndarray:
    """Which cases were decided under `route`: the only ones that bind a dossier under it.
    None of them when the dossier has no route; a case without a route is under none."""
    code = columns.routes.codes.get(route) if route is not None else None
    if code is None:
        return np.zeros(columns.n, np.bool_)
    under: np.ndarray = columns.route == code
    return under


def _record(entry: CaseEntry, number: int) -> CaseRecord:
    precedent = entry.precedent
    if precedent.outcome is not entry.outcome_type.outcome:
        raise ValueError(f"{precedent.id}: outcome and outcome type disagree")
    return CaseRecord(
        case_id=precedent.id,
        key=f"m:{number}",
        version="",
        factors=precedent.factors,
        reason=precedent.reason,
        reason_mode=ReasonMode.AS_GIVEN,
        outcome_type=entry.outcome_type,
        route=entry.route,
        degree=entry.degree,
        summary=entry.summary,
        imported=entry.imported,
        words=entry.words,
        known_since=entry.known_since,
    )


class _Candidates:
    """The cases among `usable` whose reason is present in the dossier: only they can
    force or conflict. Their columns are gathered once for both outcomes."""

    def __init__(self, view: _View, case: np.ndarray, usable: np.ndarray) -> None:
        self.view, self.case = view, case
        columns = view.columns
        self.slots = np.flatnonzero(usable & _subset(view.reason, case))
        self.factors = view.factors[:, self.slots]
        self.reason = view.reason[:, self.slots]
        self.deviate = columns.deviate[self.slots]
        pro, con = view.side[Side.PRO] & case, view.side[Side.CON] & case
        self.present = {Side.PRO: pro, Side.CON: con}
        # A precedent has every factor of the dossier for a side: it forces its outcome
        # when that side is the other one.
        self.covers = {
            side: ~_nonzero(mask[:, None] & ~self.factors) for side, mask in self.present.items()
        }

    def check(self, outcome: Outcome, reason: frozenset[str] | None) -> OutcomeResult:
        """`precedent.check_outcome`, on the columns."""
        view = self.view
        ours, theirs = self.present[outcome.side], self.present[outcome.other.side]
        chosen = ours if reason is None else view.mask(reason)
        mine = self.deviate if outcome is Outcome.DEVIATE else ~self.deviate
        forcing = self.slots[mine & self.covers[outcome.other.side]]
        contradicting = self.slots[~mine & self.covers[outcome.side]]
        against = ~mine & _subset(self.reason, theirs)
        slots = self.slots[against]
        differences = ours[:, None] & ~self.factors[:, against]
        groups = [
            (mask, bool((mask & chosen).any()), part)
            for mask, part in _grouped(slots, differences, ours)
        ]
        return OutcomeResult(view, outcome, forcing, contradicting, groups)

    def inconsistent_pairs(self) -> list[tuple[CaseEntry, CaseEntry]]:
        """Inconsistent pairs (`precedent.inconsistent_with`) among the candidates of which
        one forces its outcome here: (deviating a, generic b) with b's reason among a's
        factors against deviating and a's reason among b's factors for deviating."""
        view = self.view
        pro, con = view.side[Side.PRO], view.side[Side.CON]
        deviating, generic = self.deviate, ~self.deviate
        if (
            not (self.covers[Side.CON] & deviating).any()
            and not (self.covers[Side.PRO] & generic).any()
        ):
            return []
        # What the test reads of a case: its reason and its factors for the other side;
        # the same for every case of such a pattern.
        reason_a, other_a = self.reason[:, deviating], self.factors[:, deviating] & con[:, None]
        reason_b, other_b = self.reason[:, generic], self.factors[:, generic] & pro[:, None]
        keys_a, which_a = _patterns(reason_a, other_a, con)
        keys_b, which_b = _patterns(reason_b, other_b, pro)
        words = len(pro)
        # A precedent forces its outcome here when it has every factor of the dossier for
        # the other side.
        forced_a = ~_nonzero(self.present[Side.CON][:, None] & ~keys_a[words:])
        forced_b = ~_nonzero(self.present[Side.PRO][:, None] & ~keys_b[words:])
        slots_a, slots_b = self.slots[deviating], self.slots[generic]
        pairs: list[tuple[int, int]] = []
        seen: set[tuple[int, int]] = set()
        block = max(1, _PAIR_BLOCK // max(1, keys_b.shape[1]))
        for start in range(0, keys_a.shape[1], block):
            part = keys_a[:, start : start + block]
            ok = forced_a[start : start + block, None] | forced_b[None, :]
            for word in range(words):
                ok &= (keys_b[word][None, :] & ~part[words + word][:, None]) == 0
                ok &= (part[word][:, None] & ~keys_b[words + word][None, :]) == 0
            for i, j in zip(*np.nonzero(ok), strict=True):
                for a, b in itertools.product(slots_a[which_a == start + i], slots_b[which_b == j]):
                    pair = (int(a), int(b))
                    if pair not in seen:
                        seen.add(pair)
                        pairs.append(pair)
                        if len(pairs) >= BASE_CONFLICT_LIMIT:
                            return _entry_pairs(view, pairs)
        return _entry_pairs(view, pairs)


def _patterns(
    reason: np.ndarray, other: np.ndarray, other_side: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (reason, factors for the other side) of the cases, as rows (reason
    words, then factor words) × patterns, and each case's pattern. A reason lies within
    its winning side, so with one word both fit in one number."""
    if len(reason) == 1 and not (reason[0] & other_side[0]).any():
        keys, which = np.unique(reason[0] | other[0], return_inverse=True)
        return np.vstack([keys & ~other_side[0], keys & other_side[0]]), which
    keys, which = np.unique(np.vstack([reason, other]), axis=1, return_inverse=True)
    return keys, which.reshape(-1)


def _grouped(
    slots: np.ndarray, differences: np.ndarray, ours: np.ndarray
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(differences, slots in ascending order) per distinct differences. Differences are
    subsets of the dossier's own factors for the outcome: with at most 16 of them they are
    numbered by those bits and grouped with a radix sort."""
    if not len(slots):
        return []
    bits = [(w, b) for w in range(len(ours)) for b in range(WORD) if int(ours[w]) >> b & 1]
    if len(bits) <= 16:
        code = np.zeros(len(slots), np.uint16)
        for number, (word, bit) in enumerate(bits):
            code |= ((differences[word] >> np.uint64(bit)) & np.uint64(1)).astype(
                np.uint16
            ) << number
        order = np.argsort(code, kind="stable")
        ordered = code[order]
        starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
        parts = np.split(slots[order], starts[1:])
        firsts = order[starts]
        return [
            (np.ascontiguousarray(differences[:, first]), part)
            for first, part in zip(firsts.tolist(), parts, strict=True)
        ]
    masks, inverse, counts = np.unique(
        differences.T, axis=0, return_inverse=True, return_counts=True
    )
    ordered = slots[np.argsort(inverse.reshape(-1), kind="stable")]
    parts = np.split(ordered, np.cumsum(counts)[:-1])
    return [(np.ascontiguousarray(mask), part) for mask, part in zip(masks, parts, strict=True)]


def _entry_pairs(view: _View, pairs: list[tuple[int, int]]) -> list[tuple[CaseEntry, CaseEntry]]:
    found = [(view.entry(a), view.entry(b)) for a, b in pairs]
    return sorted(found, key=lambda p: (p[0].id, p[1].id))


def _degree_ranges(columns: CaseColumns, slots: np.ndarray) -> list[DegreeRange]:
    units, values = columns.unit[slots], columns.value[slots]
    ranges = []
    for code in np.unique(units[units >= 0]).tolist():
        chosen = values[units == code]
        ranges.append(
            DegreeRange(UNITS[code], float(chosen.min()), float(chosen.max()), len(chosen))
        )
    return sorted(ranges, key=lambda r: r.unit)


# ---------------------------------------------------------------------- similar cases


def _similar(
    view: _View,
    query: CaseQuery,
    case: np.ndarray,
    usable: np.ndarray,
    same_route: np.ndarray,
    limit: int,
) -> list[SimilarCase]:
    """Same route first, then on-pointness (more shared factors: a superset of another
    precedent's shared factors always ranks higher), then text similarity, then id."""
    columns = view.columns
    shared = np.zeros(columns.n, np.int64)
    for word in range(len(case)):
        shared += np.bitwise_count(view.factors[word] & case[word])
    candidates = usable & (shared > 0)
    words = columns.word_codes(query.words)
    same = candidates & same_route
    chosen = _best(columns, np.flatnonzero(same), shared, words, len(query.words), limit)
    if len(chosen) < limit:
        others = np.flatnonzero(candidates & ~same)
        chosen += _best(columns, others, shared, words, len(query.words), limit - len(chosen))
    return [_describe(view, slot, query, case, bool(same_route[slot])) for slot in chosen]


def _best(
    columns: CaseColumns,
    slots: np.ndarray,
    shared: np.ndarray,
    words: np.ndarray,
    word_count: int,
    needed: int,
) -> list[int]:
    """The best `needed` of `slots` by shared factors, then text, then id: only the cases
    at or above the cut of shared factors have their text compared."""
    if not len(slots) or needed <= 0:
        return []
    scores = shared[slots]
    if len(slots) > needed:
        # the most shared factors first: the cut is where `needed` cases are reached
        counts = np.bincount(scores)
        cut = len(counts) - 1 - int(np.searchsorted(np.cumsum(counts[::-1]), needed))
        keep = scores >= cut
        slots, scores = slots[keep], scores[keep]
    text = _text_similarity(columns, slots, words, word_count)
    if (slots >= columns.ordered).any():
        case_id = columns.case_id
        order = sorted(
            range(len(slots)),
            key=lambda i: (-scores[i], -text[i], case_id(int(slots[i])), int(slots[i])),
        )
        return [int(slots[i]) for i in order[:needed]]
    best: list[int] = slots[np.lexsort((slots, -text, -scores))[:needed]].tolist()
    return best


def _text_similarity(
    columns: CaseColumns, slots: np.ndarray, words: np.ndarray, word_count: int
) -> np.ndarray:
    """Word overlap (Jaccard) of each case's words with the dossier's `word_count` words,
    of which `words` are the ones the base knows."""
    starts, ends = columns.word_start[slots], columns.word_start[slots + 1]
    lengths = ends - starts
    common: np.ndarray = np.zeros(len(slots), np.float64)
    total = int(lengths.sum())
    if total and len(words):
        first = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        hits = np.isin(columns.word_ids[first + np.arange(total)], words)
        common = np.bincount(np.repeat(np.arange(len(slots)), lengths), hits, len(slots))
    union = lengths + word_count - common
    similarity: np.ndarray = np.divide(common, union, out=np.zeros(len(slots)), where=union > 0)
    return similarity


def _describe(
    view: _View, slot: int, query: CaseQuery, case: np.ndarray, binds: bool
) -> SimilarCase:
    entry = view.entry(slot)
    precedent = entry.precedent
    factors = view.factors[:, slot]
    other = view.side[precedent.outcome.other.side]
    if not binds:
        relation = Relation.PERSUASIVE
    elif (view.reason[:, slot] & ~case).any():
        relation = Relation.SIMILAR
    elif (case & other & ~factors).any():
        relation = Relation.RELEVANT
    else:
        relation = Relation.FORCING
    union = len(entry.words | query.words)
    return SimilarCase(
        entry=entry,
        relation=relation,
        same_route=binds,
        shared=precedent.factors & query.factors,
        only_case=query.factors - precedent.factors,
        only_precedent=precedent.factors - query.factors,
        text_similarity=len(entry.words & query.words) / union if union else 0.0,
    )
