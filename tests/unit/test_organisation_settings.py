"""The organisation settings file: read back exactly as written, refused whole with every
problem named, never a crash or a hang whatever the file holds, and the deciding body
found for a dossier."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_catalogue_fuzz import MUTATIONS, outcome

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation import (
    MAX_SETTINGS_BYTES,
    NO_SETTINGS,
    AsylumAppeal,
    BodyRule,
    OrganisationSettings,
    SettingsError,
    deciding_body,
    load_settings,
    settings_to_toml,
)
from maatwerkdesk.domain.vocabulary import Organisation
from maatwerkdesk.services.organisation import read_settings, settings_path

SAMPLE = OrganisationSettings(
    name="Gemeente Voorbeeld",
    address="Postbus 1\n1000 AA Voorbeeld",
    phone="14 0000",
    web="www.voorbeeld.nl",
    bodies=(
        BodyRule("De burgemeester van Voorbeeld", "Raadhuisplein 1", ("Opiumwet",)),
        BodyRule("Het college van Voorbeeld", organisation=Organisation.GEMEENTE),
        BodyRule("Het UWV, kantoor Voorbeeld", "Postbus 9", ("WW", "Ziektewet"), Organisation.UWV),
    ),
    asylum=AsylumAppeal("Rechtbank Den Haag", "Postbus 20302", 28),
    pattern_at=5,
)
HEADER = 'format = "maatwerkdesk-organisation/1"\n'


def test_the_settings_read_back_as_written() -> None:
    assert load_settings(settings_to_toml(SAMPLE)) == SAMPLE
    assert load_settings(settings_to_toml(NO_SETTINGS)) == NO_SETTINGS
    assert load_settings(HEADER) == NO_SETTINGS  # nothing set is a valid file too


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60).map(str.strip)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.builds(
        OrganisationSettings,
        name=_TEXT,
        address=_TEXT,
        phone=_TEXT,
        web=_TEXT,
        bodies=st.lists(
            st.builds(
                BodyRule,
                name=_TEXT.filter(bool),
                address=_TEXT,
                regulation=st.lists(_TEXT.filter(bool), min_size=1, max_size=3).map(tuple),
                organisation=st.none() | st.sampled_from(Organisation),
            ),
            max_size=4,
        ).map(tuple),
        asylum=st.builds(AsylumAppeal, _TEXT, _TEXT, st.none() | st.integers(1, 42)),
        pattern_at=st.integers(2, 50),
    )
)
def test_any_settings_the_dialog_can_hold_read_back_as_written(
    chosen: OrganisationSettings,
) -> None:
    assert load_settings(settings_to_toml(chosen)) == chosen


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("", "format"),
        ('format = "maatwerkdesk-catalogue/1"\n', "format"),
        (HEADER + "colour = 1\n", "colour"),
        (HEADER + '[organisation]\nnaam = "x"\n', "naam"),
        (HEADER + '[organisation]\nname = "a\\u0007b"\n', "stuurteken"),
        (HEADER + '[organisation]\nname = "een\\nregel"\n', "stuurteken"),
        (HEADER + f'[organisation]\nname = "{"x" * 501}"\n', "500"),
        (HEADER + "[asylum_appeal]\ndays = 0\n", "dagen"),
        (HEADER + "[asylum_appeal]\ndays = 43\n", "dagen"),
        (HEADER + '[asylum_appeal]\ndays = "vier weken"\n', "geheel getal"),
        (HEADER + "[signals]\npattern_at = 1\n", "2 tot en met 50"),
        (HEADER + "[signals]\npattern_at = 51\n", "2 tot en met 50"),
        (HEADER + "[signals]\npattern_at = true\n", "geheel getal"),
        (HEADER + "[signals]\ndrempel = 3\n", "drempel"),
        (HEADER + '[[bodies]]\nname = "x"\n', "regeling"),
        (HEADER + '[[bodies]]\nregulation = ["WW"]\n', "bestuursorgaan"),
        (HEADER + '[[bodies]]\nname = "x"\norganisation = "rijk"\n', "rijk"),
        (HEADER + '[[bodies]]\nname = "x"\nregulation = "WW"\n', "lijst"),
        (HEADER + "[[bodies]]\nname = 'x'\nregulation = ['WW']\n" * 201, "200"),
        (HEADER + "a = " + "[" * 40 + "]" * 40 + "\n", "lagen"),
        (HEADER + "a.b.c.d.e.f.g.h.i = 1\n", "delen"),
        (HEADER + "[organisation\n", "TOML"),
    ],
)
def test_a_bad_file_is_refused_whole_naming_the_problem(text: str, named: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(text)
    assert named in str(refused.value)


def test_every_problem_is_named_at_once() -> None:
    text = (
        HEADER + '[organisation]\nnaam = "x"\n[asylum_appeal]\ndays = 99\n[[bodies]]\nname = "x"\n'
    )
    with pytest.raises(SettingsError) as refused:
        load_settings(text)
    assert len(refused.value.problems) == 3


def test_the_profile_file_is_read_within_its_bounds(tmp_path: Path) -> None:
    assert read_settings(tmp_path) == NO_SETTINGS  # no file: nothing set
    path = settings_path(tmp_path)
    path.write_text(settings_to_toml(SAMPLE), encoding="utf-8")
    assert read_settings(tmp_path) == SAMPLE
    path.write_bytes(b"\xff\xfe" + b"x" * 10)
    with pytest.raises(DomainError, match="UTF-8"):
        read_settings(tmp_path)
    path.write_bytes(b"#" * (MAX_SETTINGS_BYTES + 1))
    with pytest.raises(DomainError, match="200 kB"):
        read_settings(tmp_path)


# ---------------------------------------------------------------------------- fuzzing

SEEDS = [settings_to_toml(SAMPLE).encode(), settings_to_toml(NO_SETTINGS).encode()]
TIME_LIMIT = 2.0


def test_mutated_settings_files_are_read_or_refused_never_crash(tmp_path: Path) -> None:
    rng = random.Random(20261207)
    crashes, slow, refused = [], [], 0
    for number in range(600):
        data = rng.choice(SEEDS)
        for _ in range(rng.randint(1, 3)):
            data = rng.choice(MUTATIONS)(rng, data)
        settings_path(tmp_path).write_bytes(data)
        started = time.thread_time()
        result = outcome(lambda: read_settings(tmp_path))
        if time.thread_time() - started > TIME_LIMIT:
            slow.append(number)
        if result.startswith("crash"):
            crashes.append(f"{number}: {result}")
        refused += result == "refused"
    assert crashes == [] and slow == []
    assert refused > 300  # the mutations do break files


_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        "=",
        ",",
        ".",
        "\n",
        '"',
        "'",
        '"""',
        "\\",
        "name",
        "days",
        "1" * 70,
        "-1",
        "true",
        HEADER,
        "[organisation]\n",
        "[asylum_appeal]\n",
        "[[bodies]]\n",
        'organisation = "uwv"\n',
        "\x00",
        "é",
    ]
)


@settings(
    max_examples=300,
    deadline=TIME_LIMIT * 1000,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(st.lists(_PIECES, max_size=300).map("".join))
def test_files_of_toml_punctuation_are_read_or_refused(text: str) -> None:
    result = outcome(lambda: load_settings(text))
    assert not result.startswith("crash"), result


# ---------------------------------------------------------------------------- the body


def test_the_first_body_that_fits_decides_with_its_address() -> None:
    body = deciding_body(SAMPLE, "Opiumwet", (Organisation.GEMEENTE,))
    assert (body.name, body.address) == ("De burgemeester van Voorbeeld", "Raadhuisplein 1")
    body = deciding_body(SAMPLE, "Participatiewet", (Organisation.GEMEENTE,))
    assert body.name == "Het college van Voorbeeld"
    assert body.address == SAMPLE.address  # none of its own: the organisation's
    body = deciding_body(SAMPLE, "Ziektewet (ZW)", (Organisation.UWV,))
    assert (body.name, body.address) == ("Het UWV, kantoor Voorbeeld", "Postbus 9")
    # The regulation fits, but the dossier is not the UWV's.
    assert deciding_body(SAMPLE, "Ziektewet", (Organisation.SVB,)).name != SAMPLE.bodies[2].name


@pytest.mark.parametrize(
    ("regulation", "organisation", "expected"),
    [
        ("Participatiewet", Organisation.GEMEENTE, "college van burgemeester en wethouders"),
        ("Opiumwet", Organisation.GEMEENTE, "De burgemeester"),
        ("Werkloosheidswet (WW)", Organisation.UWV, "Raad van bestuur van het UWV"),
        ("Algemene Ouderdomswet (AOW)", Organisation.SVB, "Sociale Verzekeringsbank"),
        ("Vreemdelingenbesluit 2000", Organisation.IND, "minister"),
        ("Awir", Organisation.TOESLAGEN, "Dienst Toeslagen"),
        ("AWR", Organisation.BELASTINGDIENST, "inspecteur"),
    ],
)
def test_without_settings_the_dossiers_organisation_implies_the_body(
    regulation: str, organisation: Organisation, expected: str
) -> None:
    body = deciding_body(NO_SETTINGS, regulation, (organisation,))
    assert expected in body.name
    assert body.address == "" and body.known


def test_a_body_nothing_implies_is_said_to_be_unknown() -> None:
    body = deciding_body(NO_SETTINGS, "Wet inburgering 2021", (Organisation.OVERIG,))
    assert not body.known


def test_the_dossiers_first_organisation_decides_the_others_are_involved() -> None:
    involved = (Organisation.IND, Organisation.GEMEENTE)
    assert "IND" in deciding_body(NO_SETTINGS, "Vreemdelingenbesluit 2000", involved).name
    turned = (Organisation.GEMEENTE, Organisation.IND)
    assert "college" in deciding_body(NO_SETTINGS, "Vreemdelingenbesluit 2000", turned).name
