"""The organisation list: the shipped file reads, every problem is named, and whatever a
file holds the reader answers with a list or a DomainError, quickly."""

from __future__ import annotations

import random
import time
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_catalogue_fuzz import MUTATIONS

from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation_list import (
    BUNDLED,
    bundled_organisation_list,
    load_organisation_list,
)

SHIPPED = (resources.files("maatwerkdesk.resources") / BUNDLED[0] / BUNDLED[1]).read_bytes()
GOOD = """format = "maatwerkdesk-organisaties/1"
version = "2026.1"
title = "Proef"

[[organisations]]
id = "uwv"
name = "UWV"
website = "https://www.uwv.nl"
"""
TIME_LIMIT = 2.0


def test_the_shipped_list_names_the_loketten_without_invented_contact() -> None:
    listed = bundled_organisation_list()
    ids = {organisation.id for organisation in listed.organisations}
    assert {"gemeente", "uwv", "svb", "toeslagen", "duo", "cak", "cjib", "lmm"} <= ids
    assert listed.by_id["lmm"].full_name == "Landelijk Maatwerkloket Multiproblematiek"
    for organisation in listed.organisations:
        assert organisation.website == "" or organisation.website.startswith("https://")
    assert not any(char.isdigit() for o in listed.organisations for char in o.about)


def test_a_good_file_reads() -> None:
    listed = load_organisation_list(GOOD, "proef.toml")
    assert listed.name_of("uwv") == "UWV"
    assert listed.name_of("weg") == "weg (onbekende organisatie)"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('"maatwerkdesk-organisaties/1"', '"iets/1"'), "format"),
        (('version = "2026.1"', 'version = "nieuw"'), "version"),
        (('id = "uwv"', 'id = "UWV!"'), "organisations[1].id"),
        (('name = "UWV"', 'name = ""'), "organisations[1].name"),
        (("https://www.uwv.nl", "javascript:alert(1)"), "organisations[1].website"),
        (('website = "', 'phone = "0800"\nwebsite = "'), "organisations[1].phone"),
        (('title = "Proef"', "title = 3"), "title"),
    ],
)
def test_every_problem_is_named_with_its_key(change: tuple[str, str], named: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        load_organisation_list(GOOD.replace(*change), "proef.toml")
    assert any(problem.key == named for problem in caught.value.problems)
    assert "proef.toml" in str(caught.value)


def test_a_doubled_id_is_refused() -> None:
    doubled = GOOD + '\n[[organisations]]\nid = "uwv"\nname = "Nog eens"\n'
    with pytest.raises(CatalogueError, match="staat al eerder"):
        load_organisation_list(doubled, "proef.toml")


def test_a_crafted_file_is_refused_before_the_toml_reader_sees_it() -> None:
    deep = GOOD + "x = " + "[" * 5000 + "]" * 5000
    with pytest.raises(CatalogueError, match="lagen diep"):
        load_organisation_list(deep, "proef.toml")
    with pytest.raises(CatalogueError, match="2 MB"):
        load_organisation_list(GOOD + "#" * 2_100_000, "proef.toml")


def _outcome(data: bytes) -> str:
    started = time.perf_counter()
    try:
        load_organisation_list(data.decode("utf-8", "replace"), "fuzz.toml")
        result = "ok"
    except DomainError as error:
        assert str(error).strip()
        result = "refused"
    assert time.perf_counter() - started < TIME_LIMIT
    return result


def test_mutated_lists_are_read_or_refused_never_crash() -> None:
    rng = random.Random(20261207)
    outcomes = {"ok": 0, "refused": 0}
    for seed in (SHIPPED, GOOD.encode()):
        for _ in range(150):
            mutated = seed
            for _ in range(rng.choice([1, 1, 2, 3])):
                mutated = rng.choice(MUTATIONS)(rng, mutated)
            outcomes[_outcome(mutated)] += 1
    assert outcomes["refused"] > 0 and outcomes["ok"] > 0


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="[]{}\"'=.,#\n abc1-", max_size=400))
def test_toml_punctuation_is_read_or_refused(text: str) -> None:
    _outcome((GOOD + text).encode())
