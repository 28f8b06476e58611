"""Merging a dossier changed on a laptop and on the team database: nothing lost, every
same-part clash told once, and the same answer whichever side is called which."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from maatwerkdesk.domain.briefcase_merge import (
    ABSENT,
    Clash,
    describe,
    flatten,
    merge,
    merge_part_by_part,
    resolve,
    unflatten,
)
from maatwerkdesk.domain.sync_conflicts import part_label

IDS = [f"00000000-0000-4000-8000-00000000000{n}" for n in range(6)]
ORGANISATIONS = ["gemeente", "uwv", "svb", "ind"]
WORDS = st.sampled_from(["huur", "schuld", "zorg", "", "Zoë", "bijstand"])


def dossier(**fields: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": IDS[0],
        "updated_at": "2026-12-01T10:00:00.000000Z",
        "fields": {
            "title": "Huurschuld",
            "organisations": ["gemeente"],
            "subject": {"name": "Fictief", "date_of_birth": None},
        },
        "timeline": [],
        "record": {"factors": None, "versions": []},
    }
    document["fields"].update(fields)
    return document


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    entries = draw(st.lists(st.sampled_from(IDS[1:]), unique=True, max_size=4))
    versions = draw(st.lists(WORDS, unique=True, max_size=2))
    factors = draw(st.none() | st.lists(st.sampled_from(["f1", "f2", "f3"]), unique=True))
    return {
        "id": IDS[0],
        "updated_at": draw(st.sampled_from(["2026-12-01T10:00:00Z", "2026-12-02T10:00:00Z"])),
        "fields": {
            "title": draw(WORDS),
            "organisations": draw(st.lists(st.sampled_from(ORGANISATIONS), unique=True)),
            "subject": {"name": draw(WORDS), "date_of_birth": draw(st.none() | WORDS)},
        },
        "timeline": [{"id": i, "description": draw(WORDS)} for i in entries],
        "record": {
            "factors": None if factors is None else {"catalogue": "c", "factors": factors},
            "versions": [{"content": v} for v in versions],
        },
    }


@st.composite
def edited(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """`base` with some parts changed: each part kept, or taken from another document;
    signed versions only added to."""
    other = draw(documents())
    parts, theirs = flatten(base), flatten(other)
    versions = ("record", "versions")
    for path in dict.fromkeys([*parts, *theirs]):
        if path == ("updated_at",):
            parts[path] = max(parts[path], theirs[path])  # time goes on
        elif path == versions:
            added = [v for v in theirs[path] if v not in parts[path]]
            parts[path] = parts[path] + added[: draw(st.integers(0, len(added)))]
        elif draw(st.integers(0, 3)) == 0:
            if path in theirs:
                parts[path] = theirs[path]
            else:
                parts.pop(path, None)
    return unflatten(parts)


@given(documents())
def test_a_document_taken_apart_and_put_together_is_the_same(document: dict[str, Any]) -> None:
    assert unflatten(flatten(document)) == document


@given(st.data())
@settings(max_examples=300)
def test_one_sided_changes_are_taken_and_the_same_change_is_no_clash(data: st.DataObject) -> None:
    base = data.draw(documents())
    changed = data.draw(edited(base))
    for merged in (merge(base, changed, base), merge(base, base, changed)):
        assert merged.document == changed and merged.clashes == ()
    both = merge(base, changed, changed)
    assert both.document == changed and both.clashes == ()


@given(st.data())
@settings(max_examples=400)
def test_nothing_is_lost_and_each_clash_is_told_once(data: st.DataObject) -> None:
    base = data.draw(documents())
    laptop, server = data.draw(edited(base)), data.draw(edited(base))
    result = merge(base, laptop, server)
    assert result.document is not None
    merged = flatten(result.document)
    old, mine, theirs = flatten(base), flatten(laptop), flatten(server)
    clashes = {c.path: c for c in result.clashes}
    assert len(clashes) == len(result.clashes)
    for path in set(mine) | set(theirs):
        if path == ("updated_at",) or path[-1:] == ("",) or path == ("record", "versions"):
            continue
        was, own, other = (p.get(path, ABSENT) for p in (old, mine, theirs))
        if path in clashes:
            assert clashes[path] == Clash(path, was, own, other)
            assert merged.get(path, ABSENT) == other  # the server's stands until chosen
        elif own not in (was, ABSENT) and other in (was, ABSENT) and (*path, "") not in theirs:
            assert merged.get(path, ABSENT) == own, path  # the laptop's change is kept
        elif other not in (was, ABSENT) and own in (was, ABSENT) and (*path, "") not in mine:
            assert merged.get(path, ABSENT) == other, path  # so is the server's
    versions = result.document["record"]["versions"]
    assert all(
        v in versions for v in (*laptop["record"]["versions"], *server["record"]["versions"])
    )


@given(st.data())
@settings(max_examples=300)
def test_which_side_is_called_the_laptop_does_not_change_what_merges(data: st.DataObject) -> None:
    base = data.draw(documents())
    one, two = data.draw(edited(base)), data.draw(edited(base))
    forward, backward = merge(base, one, two), merge(base, two, one)
    assert {c.path for c in forward.clashes} == {c.path for c in backward.clashes}
    assert forward.document is not None and backward.document is not None
    there, back = flatten(forward.document), flatten(backward.document)
    clashing = {c.path for c in forward.clashes} | {("updated_at",), ("record", "versions")}
    for path in (set(there) | set(back)) - clashing:
        if path[-1:] != ("",) and not any(path[:n] in clashing for n in range(len(path))):
            assert there.get(path, ABSENT) == back.get(path, ABSENT), path


@given(st.data())
@settings(max_examples=200)
def test_choosing_every_clash_leaves_a_stable_dossier(data: st.DataObject) -> None:
    """After the choices, merging again from the merged version is quiet: a repeated or
    late push of the same versions tells nothing new."""
    base = data.draw(documents())
    laptop, server = data.draw(edited(base)), data.draw(edited(base))
    result = merge(base, laptop, server)
    assert result.document is not None
    chosen = resolve(result.document, [(c.path, c.laptop) for c in result.clashes])
    again = merge(chosen, chosen, chosen)
    assert again.document == chosen and again.clashes == ()
    assert merge(result.document, result.document, chosen).document == chosen


def test_both_sides_writing_the_title_differently_is_one_clash_kept_both_ways() -> None:
    base = dossier()
    laptop, server = dossier(title="Huurschuld en zorg"), dossier(title="Schuld")
    result = merge(base, laptop, server)
    assert result.clashes == (
        Clash(("fields", "title"), "Huurschuld", "Huurschuld en zorg", "Schuld"),
    )
    assert result.document is not None and result.document["fields"]["title"] == "Schuld"
    assert describe(result.clashes[0].path) == "fields › title"


def test_the_two_articles_are_two_parts_named_as_the_editor_names_them() -> None:
    base = dossier(article="art. 58 lid 8")
    laptop = dossier(article="art. 58 lid 1")
    server = dossier(article="art. 58 lid 8", deviation_article="art. 58 lid 8")
    result = merge(base, laptop, server)
    assert result.clashes == ()
    assert result.document is not None
    assert result.document["fields"]["article"] == "art. 58 lid 1"
    assert result.document["fields"]["deviation_article"] == "art. 58 lid 8"
    assert part_label(("fields", "article")) == "Artikel van de algemene regel"
    assert part_label(("fields", "deviation_article")) == "Artikel voor de afwijking"


def test_different_parts_merge_and_two_new_entries_are_both_kept() -> None:
    base = dossier()
    laptop = copy.deepcopy(base)
    laptop["fields"]["subject"]["name"] = "Anders"
    laptop["timeline"] = [{"id": IDS[1], "description": "huisbezoek"}]
    laptop["fields"]["organisations"] = ["gemeente", "uwv"]
    server = copy.deepcopy(base)
    server["fields"]["title"] = "Schuld"
    server["timeline"] = [{"id": IDS[2], "description": "brief"}]
    server["fields"]["organisations"] = []
    result = merge(base, laptop, server)
    assert result.clashes == ()
    assert result.document is not None
    assert result.document["fields"]["title"] == "Schuld"
    assert result.document["fields"]["subject"]["name"] == "Anders"
    assert {e["id"] for e in result.document["timeline"]} == {IDS[1], IDS[2]}
    assert result.document["fields"]["organisations"] == ["uwv"]  # removed there, added here


def test_an_entry_emptied_on_one_side_and_one_added_on_the_other_stays() -> None:
    base = dossier()
    base["timeline"] = [{"id": IDS[1], "description": "a"}]
    laptop = copy.deepcopy(base)
    laptop["timeline"] = []
    server = copy.deepcopy(base)
    server["timeline"].append({"id": IDS[2], "description": "b"})
    result = merge(base, laptop, server)
    assert result.document is not None
    assert result.document["timeline"] == [{"id": IDS[2], "description": "b"}]


def test_an_edit_beats_a_removal() -> None:
    base = dossier()
    base["timeline"] = [{"id": IDS[1], "description": "a"}]
    laptop = copy.deepcopy(base)
    laptop["timeline"] = []
    server = copy.deepcopy(base)
    server["timeline"][0]["description"] = "a, aangevuld"
    result = merge(base, laptop, server)
    assert result.document is not None and result.clashes == ()
    assert result.document["timeline"] == server["timeline"]
    base, changed = dossier(), dossier(title="Nieuw")
    assert merge(base, None, changed) == merge(base, changed, None)
    assert merge(base, None, changed).document == changed
    assert merge(base, None, changed).removal_undone
    assert merge(base, None, dossier()).document is None  # removed, untouched elsewhere
    assert merge(None, dossier(), None).document == dossier()  # new on the laptop
    assert merge(base, None, None).document is None


def test_signed_versions_are_only_added_to() -> None:
    base = dossier()
    base["record"]["versions"] = [{"content": "v1"}]
    laptop, server = copy.deepcopy(base), copy.deepcopy(base)
    laptop["record"]["versions"].append({"content": "v2 ondertekend onderweg"})
    server["record"]["versions"].append({"content": "v2 ondertekend op kantoor"})
    result = merge(base, laptop, server)
    assert result.clashes == ()
    assert result.document is not None
    assert result.document["record"]["versions"] == [
        {"content": "v1"},
        {"content": "v2 ondertekend op kantoor"},
        {"content": "v2 ondertekend onderweg"},
    ]


def test_when_it_was_changed_is_no_clash() -> None:
    base = dossier()
    laptop, server = copy.deepcopy(base), copy.deepcopy(base)
    laptop["updated_at"], server["updated_at"] = "2026-12-03T08:00:00Z", "2026-12-02T08:00:00Z"
    result = merge(base, laptop, server)
    assert result.clashes == () and result.document == laptop


@given(st.data())
@settings(max_examples=300)
def test_a_side_left_as_it_was_merges_as_part_by_part(data: st.DataObject) -> None:
    """The shortcut for one side still holding the base (the other side's version) gives
    the parts the merge part by part gives, whatever the other side did: time going back,
    a signed version dropped (only the order of a set's members may differ: the shortcut
    keeps that side's)."""
    base = data.draw(documents())
    other = data.draw(documents() | edited(base))
    for laptop, server in ((other, base), (base, other)):
        quick, slow = merge(base, laptop, server), merge_part_by_part(base, laptop, server)
        assert quick.document is not None and slow.document is not None
        assert flatten(quick.document) == flatten(slow.document)
        assert quick.clashes == slow.clashes == ()
