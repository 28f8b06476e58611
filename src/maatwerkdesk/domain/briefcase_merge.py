"""One dossier changed in two places: on a laptop that took it along, and on the team
database meanwhile. Merged part by part from the version both started from.

A dossier is compared as its exchange document (`maatwerkdesk/3`, domain/exchange.py),
taken apart into parts by path (`flatten`):

- an object's keys are parts of their own (`fields` → `title`, `subject` → `name`, …);
- a list of objects that carry an `id` (timeline entries, attachments) is keyed by that id,
  each entry one part: two new entries on either side are both kept;
- a list of plain values (organisations, stressors, factor ids) is a set: each member a
  part, so one side adding a factor and the other removing another both hold;
- any other list (route checks, the conference's record) is one part;
- the signed versions are only ever added to: both sides' versions are kept, never merged,
  never a conflict (the server checks each pushed version as it checks a signature).

Per part: a change on one side wins over the part as it was; the same change on both
sides is no clash; an edit wins over a removal (of an entry, or of the whole dossier). A
part both sides changed differently is a `Clash`: the merged dossier keeps the team
database's value and the clash keeps the laptop's, until someone chooses (`resolve`).
When the dossier was last changed (`updated_at`) is bookkeeping, never a clash: the later
moment stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Path = tuple[str, ...]
"""Where a part sits: keys, `#id` for an entry of a list keyed by id, `+value` for a
member of a set, and `""` for the container itself (so an empty one survives)."""

ENTRY, MEMBER = "#", "+"
OBJECT, EMPTY, ENTRIES, MEMBERS = "{}", "[]", "[#]", "[+]"
"""What kind of container a path's `""` part stands for: an object, or a list (empty, of
entries keyed by id, of set members)."""

WHEN_CHANGED: Path = ("updated_at",)
APPEND_ONLY: frozenset[Path] = frozenset({("record", "versions")})
"""Lists that are only ever added to: merged as the union of both sides."""


class _Absent:
    """A part one version does not have (removed, or never there)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Clash:
    """A part both sides changed, each differently from the version they started from."""

    path: Path
    base: Any
    """The part as both had it (ABSENT: neither had it then)."""
    laptop: Any
    """The laptop's value: kept here while the merged dossier holds the server's."""
    server: Any


@dataclass(frozen=True)
class Merged:
    """The merged dossier's document (None: removed on both sides, or removed on one and
    left alone on the other), and the parts someone has to choose between."""

    document: dict[str, Any] | None
    clashes: tuple[Clash, ...] = ()
    removal_undone: bool = False
    """One side removed the dossier while the other changed it: the change stands."""


def flatten(document: Mapping[str, Any]) -> dict[Path, Any]:
    """Every part of `document` by its path (see `Path`), in the document's order."""
    parts: dict[Path, Any] = {}
    _flatten_object(document, (), parts)
    return parts


def _flatten_object(value: Mapping[str, Any], at: Path, parts: dict[Path, Any]) -> None:
    parts[(*at, "")] = OBJECT
    for key, item in value.items():
        _flatten_value(item, (*at, key), parts)


def _flatten_value(value: Any, at: Path, parts: dict[Path, Any]) -> None:
    if isinstance(value, Mapping):
        _flatten_object(value, at, parts)
    elif isinstance(value, list) and at not in APPEND_ONLY:
        if not value:
            parts[(*at, "")] = EMPTY
        elif all(isinstance(i, Mapping) and isinstance(i.get("id"), str) for i in value):
            parts[(*at, "")] = ENTRIES
            for entry in value:
                parts[(*at, ENTRY + entry["id"])] = entry
        elif all(isinstance(i, str) for i in value):
            parts[(*at, "")] = MEMBERS
            for member in value:
                parts[(*at, MEMBER + member)] = True
        else:
            parts[at] = value
    else:
        parts[at] = value


def unflatten(parts: Mapping[Path, Any]) -> dict[str, Any]:
    """The document `flatten` took apart (`unflatten(flatten(d)) == d`). A part whose
    container is not among `parts` (or is a plain value there) is left out."""
    root: dict[str, Any] = {}
    containers: dict[Path, Any] = {(): root}
    for path, value in _without_orphans(parts).items():
        if path == ("",):
            continue
        *head, last = path
        parent = _container(containers, parts, tuple(head))
        if last == "":
            _container(containers, parts, tuple(head))
        elif last.startswith(ENTRY) and isinstance(parent, list):
            parent.append(value)
        elif last.startswith(MEMBER) and isinstance(parent, list):
            parent.append(last[len(MEMBER) :])
        elif isinstance(parent, dict):
            parent[last] = value
    return root


def _container(containers: dict[Path, Any], parts: Mapping[Path, Any], at: Path) -> Any:
    """The object or list at `at`, made (in its parent) when first needed."""
    found = containers.get(at)
    if found is not None:
        return found
    kind = parts.get((*at, ""), OBJECT)
    made: Any = {} if kind == OBJECT else []
    *head, last = at
    parent = _container(containers, parts, tuple(head))
    if isinstance(parent, dict):
        parent[last] = made
    containers[at] = made
    return made


def merge(
    base: Mapping[str, Any] | None,
    laptop: Mapping[str, Any] | None,
    server: Mapping[str, Any] | None,
) -> Merged:
    """The dossier as the laptop and the team database changed it since `base` (None: a
    dossier that was not there, or is removed)."""
    if laptop is None or server is None:
        return _merge_removal(base, laptop, server)
    one_sided = _one_side_changed(base, laptop, server) if base is not None else None
    return one_sided or merge_part_by_part(base, laptop, server)


def _one_side_changed(
    base: Mapping[str, Any], laptop: Mapping[str, Any], server: Mapping[str, Any]
) -> Merged | None:
    """When one side still holds `base`, the other side's version: what the merge part by
    part gives then (a sync's common case: notes made on the road, the server untouched),
    without taking the three apart. None when the two rules that look at both sides'
    values could make a difference: the later `updated_at`, and the signed versions (the
    union, the server's first)."""
    if server == base:
        changed = laptop
    elif laptop == base:
        changed = server
    else:
        return None
    versions = [(side.get("record") or {}).get("versions") for side in (server, laptop, changed)]
    if versions[0] != versions[1] and (
        not all(isinstance(v, list) for v in versions) or _union(*versions[:2]) != versions[2]
    ):
        return None
    when = [side.get("updated_at", ABSENT) for side in (laptop, server)]
    merged = dict(changed)
    if when[0] != when[1]:
        later = max((w for w in when if w is not ABSENT), default=ABSENT)
        if later is ABSENT:
            merged.pop(WHEN_CHANGED[0], None)
        else:
            merged[WHEN_CHANGED[0]] = later
    return Merged(merged)


def merge_part_by_part(
    base: Mapping[str, Any] | None, laptop: Mapping[str, Any], server: Mapping[str, Any]
) -> Merged:
    """`merge` of two versions that are both there, each part on its own."""
    old = flatten(base) if base is not None else {}
    mine, theirs = flatten(laptop), flatten(server)
    mine, theirs = _edits_beat_removals(old, mine, theirs), _edits_beat_removals(old, theirs, mine)
    merged: dict[Path, Any] = {}
    clashes: list[Clash] = []
    for path in dict.fromkeys([*theirs, *mine, *old]):
        was, own, other = (p.get(path, ABSENT) for p in (old, mine, theirs))
        value, clash = _merge_part(path, was, own, other)
        if clash:
            clashes.append(Clash(path, was, own, other))
        if value is not ABSENT:
            merged[path] = value
    return Merged(unflatten(merged), tuple(clashes))


def _edits_beat_removals(
    old: dict[Path, Any], side: dict[Path, Any], other: dict[Path, Any]
) -> dict[Path, Any]:
    """`side`, with each object or list it removed (or replaced by a plain value) put back
    as it was where the other side changed something in it: there, the edit wins."""
    restored = dict(side)
    heads = sorted({p[:-1] for p in old if p[-1:] == ("",) and p != ("",)}, key=len)
    for head in heads:
        marker = (*head, "")
        if marker in restored or marker not in other:
            continue
        inside = [p for p in dict.fromkeys([*old, *other]) if p[: len(head)] == head and p != head]
        if all(old.get(p, ABSENT) == other.get(p, ABSENT) for p in inside):
            continue  # untouched on the other side: the removal stands
        restored.pop(head, None)
        restored.update((p, old[p]) for p in inside if p in old)
    return restored


def _merge_part(path: Path, was: Any, own: Any, other: Any) -> tuple[Any, bool]:
    """The merged value of one part, and whether it clashes."""
    if own == other:
        return own, False
    if path[-1:] == ("",) and own is not ABSENT and other is not ABSENT:
        return (own if other == EMPTY else other), False  # a list's kind: the non-empty one
    if path == WHEN_CHANGED:
        return max((v for v in (own, other) if v is not ABSENT), default=ABSENT), False
    if path in APPEND_ONLY:
        return _union(other, own), False
    if own == was:
        return other, False
    if other == was:
        return own, False
    if own is ABSENT:  # removed here, changed there: the change stands
        return other, False
    if other is ABSENT:
        return own, False
    return other, True


def _union(first: Any, second: Any) -> Any:
    listed = [*(first if isinstance(first, list) else ()), *(second or ())]
    union: list[Any] = []
    for item in listed:
        if item not in union:
            union.append(item)
    return union


def _without_orphans(parts: Mapping[Path, Any]) -> dict[Path, Any]:
    """`parts` without those whose container is gone (a removed object, or an object that
    became a plain value on one side)."""
    return {
        path: value
        for path, value in parts.items()
        if all(
            (*path[:cut], "") in parts and path[:cut] not in parts for cut in range(1, len(path))
        )
    }


def _merge_removal(
    base: Mapping[str, Any] | None,
    laptop: Mapping[str, Any] | None,
    server: Mapping[str, Any] | None,
) -> Merged:
    kept = laptop if laptop is not None else server
    if kept is None:
        return Merged(None)
    if base is None:  # new on one side only
        return Merged(dict(kept))
    if flatten(kept) == flatten(base) or _only_bookkeeping(base, kept):
        return Merged(None)  # removed on one side, left alone on the other
    return Merged(dict(kept), removal_undone=True)


def _only_bookkeeping(base: Mapping[str, Any], kept: Mapping[str, Any]) -> bool:
    before, after = flatten(base), flatten(kept)
    before.pop(WHEN_CHANGED, None)
    after.pop(WHEN_CHANGED, None)
    return before == after


def resolve(document: Mapping[str, Any], choices: Iterable[tuple[Path, Any]]) -> dict[str, Any]:
    """`document` with each clash's path set to the value chosen for it (ABSENT: the part
    removed), as the resolver dialog records a choice per clash."""
    parts = flatten(document)
    for path, value in choices:
        if value is ABSENT:
            parts.pop(path, None)
        else:
            parts[path] = value
    return unflatten(parts)


def describe(path: Path) -> str:
    """A path as a reader may see it: `fields › subject › name`, `timeline › <id>`."""
    return " › ".join(p.lstrip(ENTRY + MEMBER) for p in path if p)
