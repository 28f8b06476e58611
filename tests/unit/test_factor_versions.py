"""A factor id keeps its side and meaning in every later version of its catalogue.

`catalogue add` refuses a version that flips a factor's side or drops a factor still named
by a dossier, decision or precedent; such a factor is retired instead (`retired = true`),
is no longer offered, and a precedent resting on it says so in the panel, `assess` and
the decision PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import SMALL_FACTORS, ship_samples
from precedent_fixtures import TEST_FACTORS, decided, new_dossier
from sqlalchemy import func, select

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import with_retirements
from maatwerkdesk.domain.precedent import Outcome, Side, Status
from maatwerkdesk.domain.precedent_explanation import retired_reason
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import CatalogueFileRow, ImportedPrecedentRow
from maatwerkdesk.services import catalogues, document_export, precedents
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import load_check

NEXT = CatalogueRef(TEST_FACTORS.id, "1.1")


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "catalogues"
    ship_samples(folder, monkeypatch)
    return folder


def version(text: str = SMALL_FACTORS, number: str = "1.1") -> str:
    return text.replace('version = "1.0"', f'version = "{number}"')


def flipped(factor: str, text: str = SMALL_FACTORS) -> str:
    """The factor's `side` line turned to the other side."""
    lines = text.splitlines()
    at = lines.index(f'id = "{factor}"')
    side = next(n for n in range(at, len(lines)) if lines[n].startswith("side = "))
    lines[side] = 'side = "con"' if "pro" in lines[side] else 'side = "pro"'
    return "\n".join(lines) + "\n"


def without(factor: str, text: str = SMALL_FACTORS) -> str:
    """The catalogue without the factor's [[factors]] table."""
    start = text.index(f'[[factors]]\nid = "{factor}"')
    end = text.find("[[factors]]", start + 1)
    return text[:start] + (text[end:] if end >= 0 else "")


def retired(factor: str, text: str = SMALL_FACTORS, note: str = "") -> str:
    extra = f'retired_note = "{note}"\n' if note else ""
    return text.replace(f'id = "{factor}"\n', f'id = "{factor}"\nretired = true\n{extra}', 1)


def add(database: Database, context: Context, text: str) -> None:
    with database.sessions.begin() as session:
        catalogues.add_catalogue(session, context, text, "factoren-1.1.toml")


def stored_versions(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(CatalogueFileRow)) or 0


def test_a_flipped_side_would_force_the_wrong_outcome_and_is_refused(
    shipped: Path, database: Database, context: Context
) -> None:
    """The case base reads old decisions with the sides of the version in use: with
    'eigen-aandeel' turned from pro to con, a decision that deviated on it would rest on a
    factor against deviating. `catalogue add` refuses such a version."""
    decided(
        database,
        context,
        {"eigen-aandeel"},
        Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel"})),
    )
    flip = version(flipped("eigen-aandeel"))
    before = stored_versions(database)
    with pytest.raises(DomainError) as caught:
        add(database, context, flip)
    message = str(caught.value)
    assert message.startswith(
        "factoren-1.1.toml: deze versie van factorcatalogus 'nl.test.factoren' is niet "
        "geïnstalleerd (1 probleem):\n"
    )
    assert (
        "Factor 'eigen-aandeel' (‘Overheid heeft een eigen aandeel’) pleit in versie 1.0 voor "
        "afwijken, maar in dit bestand voor de algemene regel." in message
    )
    assert "laat 'eigen-aandeel' vervallen (retired = true" in message
    assert stored_versions(database) == before

    # Shipped anyway (no check stands in the way of what the program itself ships), the case
    # base leaves out the old decision: its reason no longer lies on the side it decided for,
    # and a decision that rests on nothing would force its outcome on every dossier.
    (shipped / "factoren-1.1.toml").write_text(flip, "utf-8")
    dossier_id = new_dossier(database, context, "Alleen factoren voor de algemene regel")
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, dossier_id, NEXT, frozenset({"eigen-aandeel"})
        )
    assert state.catalogue is not None
    assert state.catalogue.on_side(state.factors, Side.PRO) == []  # only con factors
    assert state.report is not None
    assert state.report.outcomes[Outcome.DEVIATE].status is Status.FREE
    assert state.report.outcomes[Outcome.GENERIC].status is Status.FREE


def test_a_retired_factor_keeps_its_side(
    shipped: Path, database: Database, context: Context
) -> None:
    with pytest.raises(DomainError, match=r"'groot-bedrag'.*pleit in versie 1\.0"):
        add(database, context, version(retired("groot-bedrag", flipped("groot-bedrag"))))


def test_a_factor_in_use_may_not_be_dropped_but_an_unused_one_may(
    shipped: Path, database: Database, context: Context
) -> None:
    decided(
        database,
        context,
        {"kinderen", "groot-bedrag"},
        Decision(OutcomeType.FULL, reason=frozenset({"kinderen"})),
    )
    with pytest.raises(DomainError) as caught:
        add(database, context, version(without("kinderen")))
    assert (
        "Factor 'kinderen' (‘Minderjarige kinderen geraakt’) ontbreekt in dit bestand, maar "
        "dossiers, beslissingen of precedenten noemen hem nog." in str(caught.value)
    )
    assert "neem hem op met retired = true" in str(caught.value)
    add(database, context, version(without("eerder-maatwerk")))  # named by nothing
    assert stored_versions(database) >= 1


@pytest.mark.parametrize("where", ["factors", "reason"])
def test_a_factor_named_by_an_imported_precedent_counts_as_used(
    where: str, shipped: Path, database: Database, context: Context
) -> None:
    with database.sessions.begin() as session:
        session.add(
            ImportedPrecedentRow(
                reference="GV-2025-017",
                origin="Gemeente Voorbeeld (fictief)",
                catalogue_id=TEST_FACTORS.id,
                catalogue_version=TEST_FACTORS.version,
                factors=["eigen-aandeel", "geen-verwijt"],
                outcome="deviate",
                outcome_type="full",
                reason=["geen-verwijt"] if where == "reason" else ["eigen-aandeel"],
            )
        )
    dropped = "geen-verwijt" if where == "reason" else "eigen-aandeel"
    with pytest.raises(DomainError, match=f"Factor '{dropped}'"):
        add(database, context, version(without(dropped)))


def test_retiring_a_used_factor_is_accepted_and_it_is_no_longer_offered(
    shipped: Path, database: Database, context: Context
) -> None:
    old = decided(
        database,
        context,
        {"kinderen", "groot-bedrag"},
        Decision(OutcomeType.FULL, reason=frozenset({"kinderen"})),
    )
    add(database, context, version(retired("kinderen", note="Opgegaan in 'schrijnend'.")))
    with database.sessions() as session:
        known = catalogues.known_catalogues(session)
    newest = known.factors(NEXT)
    assert newest.retired_in("kinderen") == "1.1"
    assert known.factors(TEST_FACTORS).retired_in("kinderen") == "1.1"  # as the newest says
    assert "kinderen" not in {f.id for f in newest.applicable("pw-58-8", "Participatiewet")}
    assert newest.sides.of({"kinderen"}, Side.PRO) == {"kinderen"}  # still readable

    fresh = new_dossier(database, context, "Terugvordering met kinderen")
    with database.sessions.begin() as session, pytest.raises(ValidationError, match="vervallen"):
        precedents.save_factors(session, context, fresh, NEXT, frozenset({"kinderen"}))
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, fresh, NEXT, frozenset({"groot-bedrag", "geen-verwijt"})
        )
    assert state.report is not None
    assert old in [s.entry.id for s in state.report.similar]
    sentence = (
        "Deze beslissing rust (mede) op de vervallen factor ‘Minderjarige kinderen geraakt’ "
        "(vervallen in versie 1.1)."
    )

    with database.sessions.begin() as session:
        check = load_check(session, context, fresh, Outcome.DEVIATE)
        document = document_export.load_decision_document(
            session, context, fresh, date(2026, 11, 28)
        )
    output = assess_document(check, [])["precedents"]["retired_reasons"]
    assert output == [
        {
            "precedent": old,
            "factors": [
                {"id": "kinderen", "label": "Minderjarige kinderen geraakt", "retired_in": "1.1"}
            ],
            "explanation": sentence,
        }
    ]
    assert f"  {old}: {sentence}" in assess_text(check, []).splitlines()
    assert sentence in texts(document)


def test_a_dossier_that_has_the_factor_keeps_it(
    shipped: Path, database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset({"kinderen"}))
    add(database, context, version(retired("kinderen")))
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, dossier_id, NEXT, frozenset({"kinderen", "groot-bedrag"})
        )
    assert state.factors == {"kinderen", "groot-bedrag"}


def test_retirement_dates_from_the_first_version_of_an_unbroken_run() -> None:
    def load(text: str) -> object:
        return load_factor_catalogue(text, "f.toml")

    one = load(SMALL_FACTORS)
    two = load(version(retired("kinderen"), "1.1"))
    three = load(version(retired("kinderen"), "1.2"))
    back = load(version(SMALL_FACTORS, "1.3"))
    assert [c.retired_in("kinderen") for c in with_retirements([one, two, three])] == ["1.1"] * 3
    assert [c.retired_in("kinderen") for c in with_retirements([one, two, back])] == [
        None,
        "1.1",  # as the version itself says
        None,
    ]
    assert two.retired_in("kinderen") == "1.1" and one.retired_in("kinderen") is None


def test_a_precedent_on_two_retired_factors_names_both() -> None:
    from maatwerkdesk.domain.precedent import Precedent

    catalogue = load_factor_catalogue(version(retired("geen-verwijt", retired("kinderen"))), "f")
    note = retired_reason(
        Precedent(
            "MW-1",
            frozenset({"kinderen", "geen-verwijt"}),
            Outcome.DEVIATE,
            frozenset({"kinderen", "geen-verwijt"}),
        ),
        catalogue,
    )
    assert note is not None and note.factors == ("geen-verwijt", "kinderen")
    assert note.text == (
        "Deze beslissing rust (mede) op de vervallen factoren ‘Geen verwijtbaarheid’ "
        "(vervallen in versie 1.1) en ‘Minderjarige kinderen geraakt’ (vervallen in versie 1.1)."
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda t: t.replace('id = "kinderen"\n', 'id = "kinderen"\nretired = "ja"\n'),
            "true of false",
        ),
        (
            lambda t: t.replace('id = "kinderen"\n', 'id = "kinderen"\nretired_note = "x"\n'),
            "retired = true",
        ),
    ],
)
def test_retirement_is_written_as_documented(change, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CatalogueError, match=words):
        load_factor_catalogue(change(SMALL_FACTORS), "f.toml")
