"""Large fictitious databases for the benchmarks, written in bulk (not through the services).

The rows are synthetic but shaped like real ones: every table the list, the search and the
check of a dossier touch is filled, including the full-text index. `build` writes open
dossiers only. `build_decided` writes decided cases under one factor catalogue whose
decisions bind (historic versions and versions signed by a chair's registered key) and
open dossiers to check against them, with the precedent index packed; `build_meeting`
writes decided dossiers under many regulations and articles, as the command line registers
history, and a meeting's agenda. Both write each decided dossier the same way
(`_write_decided_case`): its canonical content and hash, its record in a valid audit chain
and its row in the precedent index, so the case base, the integrity check and `audit
verify` accept every one. A database is built once per size, schema and format, and reused.

Each is encrypted as the program's own database is, its key in the keyring (a bench's is a
file in the work folder, bench/figures.py): `opened` opens one as the program would.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, insert, select, update

from maatwerkdesk.domain.audit_chain import ChainedRecord, record_hash
from maatwerkdesk.domain.case_record import SIGNED_KEY, signed_record
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.signed_record import (
    DossierFacts,
    RecordKind,
    SignedContent,
    Signer,
    content_bytes,
    content_hash,
)
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.infra.signatures import KeyPair, encode_public, new_key_pair
from maatwerkdesk.persistence.case_index import index_values, next_seq
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.mapping import decision_values
from maatwerkdesk.persistence.migrations import HEAD_REVISION
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    AuditHeadRow,
    AuditRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    SignedDecisionRow,
    SigningKeyRow,
    SubjectRow,
    case_index,
)
from maatwerkdesk.persistence.search import search_document
from maatwerkdesk.services import catalogues, dossiers, precedents, signing_keys, users
from maatwerkdesk.services.audit import HEAD
from maatwerkdesk.services.case_base_store import pack_case_bases
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import version_values
from maatwerkdesk.services.historic import HISTORIC_ACT
from maatwerkdesk.services.signed import KeyStatus
from maatwerkdesk.services.store_keys import unlock

FORMAT = 5
"""Bumped whenever what a builder writes changes, so an old file is not reused."""
WORK = Path(tempfile.gettempdir()) / "maatwerkdesk-bench"

TOPICS = [
    "Terugvordering bijstand",
    "Invordering aanslag inkomstenbelasting",
    "Terugvordering zorgtoeslag",
    "Woningsluiting na drugsvondst",
    "Bijzondere bijstand voor verhuiskosten",
    "AOW-verblijf buitenland",
    "Boete inlichtingenplicht",
    "Terugvordering WW na late melding",
]
PLACES = ["Zwolle", "België", "Ede", "Enschede", "Curaçao", "Tilburg", "Hoorn", "Assen"]
OWNERS = ["A. de Vries", "B. Yilmaz", "C. Jansen", "D. Bakker", "E. Mulder", "F. El Amrani"]
BATCH = 5_000
"""Dossiers written per INSERT of each table."""
ORIGIN, ACTOR = "bench/dataset", "benchmark"
CONTEXT = Context(actor=ACTOR, origin=ORIGIN)
SIGN_ACT = "decision.sign"
"""The audit act of a chair signing a first version (services/signing.py)."""
T = TypeVar("T")


def location(kind: str, count: int) -> Path:
    """Where the database of this kind and size is cached for the current schema."""
    return WORK / f"{kind}-{count}-schema{HEAD_REVISION}-v{FORMAT}.sqlite3"


def opened(path: Path | str, **options: Any) -> Database:
    """The database file at `path` opened with its key from the keyring, as the program
    opens a file (made, if there is none; encrypted, if it is plaintext); a server's
    database as it is."""
    if "://" in str(path):  # a server: no key of the program's
        return open_database(path, **options)
    unlocked = unlock(Path(path), recover="maatwerkdesk key recover")
    return open_database(path, key=unlocked.key, **options)


def _create(path: Path, write: Callable[[Database], T]) -> T:
    """A new database at `path`, filled by `write`: in a file beside it first, so a build
    that is cut off leaves nothing that looks finished."""
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = opened(partial)
    try:
        result = write(database)
    finally:
        database.close()
    assert not Path(f"{partial}-wal").exists(), "closed, the database is in its one file"
    partial.rename(path)
    return result


def _built(what: str, started: float, path: Path) -> None:
    print(f"built {what} in {time.perf_counter() - started:.1f} s at {path}", file=sys.stderr)


# --------------------------------------------------------------------------------------
# Rows written in bulk
# --------------------------------------------------------------------------------------


def _uuid(rng: random.Random) -> str:
    """A record id, from the builder's seed: the same database every time."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Rows:
    """Rows waiting to be written, per table; written parents first, `BATCH` dossiers at a
    time, each table with one INSERT for its rows."""

    ORDER = (
        DossierRow,
        SubjectRow,
        search_document,
        DossierFactorsRow,
        AssessmentRow,
        DecisionRow,
        SignedDecisionRow,
        AuditRow,
        case_index,
    )

    def __init__(self, connection: Connection, rng: random.Random) -> None:
        self.connection = connection
        self.rng = rng
        self.waiting: dict[Any, list[dict[str, Any]]] = defaultdict(list)

    def record(self, table: Any, moment: datetime, **values: Any) -> dict[str, Any]:
        """A new record of `table`, made and changed at `moment`, with an id of its own
        unless `values` give it one."""
        row = {"created_at": moment, "updated_at": moment, "revision": 1, **values}
        if "id" not in row:
            row["id"] = _uuid(self.rng)
        self.waiting[table].append(row)
        return row

    def dossier(self, moment: datetime, **values: Any) -> dict[str, Any]:
        """A dossier with its betrokkene and its entry in the full-text index."""
        if len(self.waiting[DossierRow]) >= BATCH:
            self.flush()
        dossier = self.record(DossierRow, moment, notes="Fictief benchmarkdossier.", **values)
        reference = dossier["reference"]
        self.record(
            SubjectRow,
            moment,
            dossier_id=dossier["id"],
            kind="persoon",
            name=f"Fictief Persoon {reference}",
        )
        text = f"{reference}\n{dossier['title']}\n{dossier['knelpunt']}"
        self.waiting[search_document].append(
            {"dossier_id": dossier["id"], "body": fold_for_search(text)}
        )
        return dossier

    def flush(self) -> None:
        for table in self.ORDER:
            if self.waiting[table]:
                self.connection.execute(insert(table), self.waiting[table])
                self.waiting[table].clear()


@dataclass
class _Chain:
    """The audit chain continued in bulk, exactly as services/audit.py extends it."""

    seq: int
    hash: str

    @staticmethod
    def of(connection: Connection) -> _Chain:
        head = connection.execute(
            select(AuditHeadRow.seq, AuditHeadRow.hash).where(AuditHeadRow.name == HEAD)
        ).one()
        return _Chain(head.seq, head.hash)

    @property
    def head(self) -> tuple[int, str]:
        return self.seq, self.hash

    def append(self, rows: _Rows, moment: datetime, act: str, dossier_id: str, digest: str) -> None:
        """The record of fixing a decision version of `dossier_id` with hash `digest`."""
        record = ChainedRecord(
            seq=self.seq + 1,
            id=_uuid(rows.rng),
            at=moment,
            action="U",
            name=act,
            object_type="dossier",
            object_id=dossier_id,
            dossier_id=dossier_id,
            result="ok",
            origin=ORIGIN,
            actor=ACTOR,
            digest=digest,
            prev_hash=self.hash,
        )
        self.seq, self.hash = record.seq, record_hash(record)
        rows.record(AuditRow, moment, **vars(record), hash=self.hash)

    def store(self, connection: Connection) -> None:
        """The head of the chain, where the next record continues it."""
        connection.execute(
            update(AuditHeadRow)
            .where(AuditHeadRow.name == HEAD)
            .values(seq=self.seq, hash=self.hash)
        )


# --------------------------------------------------------------------------------------
# Open and closed dossiers: the list and the search at scale
# --------------------------------------------------------------------------------------


UNDECIDED = [s for s in DossierStatus if s is not DossierStatus.BESLOTEN]
"""The statuses `build` draws from: a decided dossier without a signed version would be one
changed outside the program."""


def _moment(rng: random.Random) -> datetime:
    return datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 3_500_000))


def _dossier(rows: _Rows, number: int) -> None:
    rng = rows.rng
    moment = _moment(rng)
    rows.dossier(
        moment,
        reference=f"MW-{moment.year}-{number:06d}",
        title=f"{rng.choice(TOPICS)} ({rng.choice(PLACES)}) {number}",
        status=rng.choice(UNDECIDED).value,
        owner=rng.choice(OWNERS),
        organisations=[rng.choice(list(Organisation)).value],
        regulation="",
        article="",
        generic_outcome="",
        knelpunt=f"De regel pakt onevenredig uit: {rng.choice(TOPICS).lower()}.",
        request="",
        doenvermogen={},
    )


def build(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database of `count` open and closed dossiers at `path`."""
    if path.exists():
        return path
    started = time.perf_counter()

    def write(database: Database) -> None:
        with database.engine.begin() as connection:
            rows = _Rows(connection, random.Random(seed))
            for number in range(count):
                _dossier(rows, number)
            rows.flush()

    _create(path, write)
    _built(f"{count:,} dossiers", started, path)
    return path


# --------------------------------------------------------------------------------------
# Decided cases whose decisions bind: the precedent index at scale
# --------------------------------------------------------------------------------------

FACTOR_CATALOGUE = "nl.maatwerkdesk.factoren.terugvordering"
PER_SIDE = 12
"""Factors per side the synthetic cases use (of the catalogue's 16 pro and 13 con)."""
PER_YEAR = 25_000
"""Case references per year: MW-2025-00001 … MW-2025-25000, then 2024, and so on."""
MIN_FACTORS, MAX_FACTORS = 2, 8
SIGNED_SHARE = 0.1
"""The share of decided cases signed by a chair's key; the others are historic versions."""
TOPIC_WORDS = {  # what the dossier is about: (words in the title, regulation, organisation)
    "bijstand": ("bijstand", "Participatiewet", Organisation.GEMEENTE),
    "ww": ("WW-uitkering", "Werkloosheidswet", Organisation.UWV),
    "wajong": ("Wajong-uitkering", "Wajong", Organisation.UWV),
    "zw": ("Ziektewet-uitkering", "Ziektewet", Organisation.UWV),
    "aow": ("AOW-pensioen", "Algemene Ouderdomswet", Organisation.SVB),
    "anw": ("Anw-uitkering", "Algemene nabestaandenwet", Organisation.SVB),
    "akw": ("kinderbijslag", "Algemene Kinderbijslagwet", Organisation.SVB),
}
TOPIC_WEIGHTS = [40, 20, 8, 8, 10, 4, 10]
PRIMARY_ROUTE = {
    Organisation.GEMEENTE: "pw-58-8",
    Organisation.UWV: "awb-4-84",
    Organisation.SVB: "svb-dringende-redenen",
}
CAUSES = [
    "late melding van inkomsten",
    "niet gemeld samenwonen",
    "verblijf in het buitenland",
    "een verwerkingsfout",
    "een met terugwerkende kracht toegekende uitkering",
    "niet opgegeven spaargeld",
    "ontvangen alimentatie",
    "een dubbele betaling",
    "een gemiste wijziging in het huishouden",
]
TITLE_FORMS = [
    "Terugvordering {regeling} na {oorzaak}",
    "Herziening {regeling} wegens {oorzaak}",
    "Verzoek afzien van terugvordering {regeling} ({plaats})",
    "Te veel ontvangen {regeling} door {oorzaak}",
    "Invordering {regeling}: {oorzaak}",
]
HARDSHIPS = [
    "drukt het inkomen maandenlang onder het bestaansminimum",
    "brengt de huur van de woning in gevaar",
    "doorkruist het lopende schuldhulptraject",
    "treft vooral de kinderen in het huishouden",
    "maakt het werk dat net is hervat onaantrekkelijk",
    "komt bovenop vorderingen van Toeslagen en de Belastingdienst",
]
REQUESTS = [
    "Betrokkene vraagt geheel af te zien van terugvordering.",
    "Betrokkene vraagt om gedeeltelijke kwijtschelding van de vordering.",
    "Betrokkene vraagt om uitstel van aflossing.",
    "De bewindvoerder vraagt de vordering te matigen.",
    "Betrokkene vraagt om een lagere aflossing per maand.",
]
OUTCOME_TYPES = {  # how each outcome is worded, and how often
    Outcome.DEVIATE: (
        [OutcomeType.PARTIAL, OutcomeType.FULL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY],
        [45, 30, 15, 10],
    ),
    Outcome.GENERIC: ([OutcomeType.GENERIC, OutcomeType.REFUSE], [75, 25]),
}


@dataclass(frozen=True)
class FactorModel:
    """The hidden truth behind the synthetic decisions: which 12 + 12 factors occur, how
    often (a few common, most occasional, a long tail) and how strongly each weighs."""

    ids: tuple[str, ...]
    sides: dict[str, Side]
    prevalence: dict[str, float]
    weight: dict[str, float]

    @staticmethod
    def of(catalogue: FactorCatalogue, seed: int) -> FactorModel:
        rng = random.Random(seed)
        sides: dict[str, Side] = {}
        prevalence: dict[str, float] = {}
        for side in Side:
            ids = sorted(f.id for f in catalogue.factors if f.side is side)[:PER_SIDE]
            rng.shuffle(ids)
            for rank, factor in enumerate(ids):
                sides[factor] = side
                if rank < 2:
                    prevalence[factor] = rng.uniform(0.30, 0.50)
                elif rank >= len(ids) - 3:
                    prevalence[factor] = rng.uniform(0.005, 0.015)
                else:
                    prevalence[factor] = rng.uniform(0.03, 0.15)
        weight = {f: rng.lognormvariate(0.0, 0.5) for f in sorted(sides)}
        return FactorModel(tuple(sorted(sides)), sides, prevalence, weight)

    def draw(self, rng: random.Random) -> frozenset[str]:
        present = [f for f in self.ids if rng.random() < self.prevalence[f]]
        weights = [self.prevalence[f] for f in self.ids]
        while len(present) < MIN_FACTORS:
            extra = rng.choices(self.ids, weights)[0]
            if extra not in present:
                present.append(extra)
        if len(present) > MAX_FACTORS:
            present = rng.sample(present, MAX_FACTORS)
        return frozenset(present)

    def decide(self, factors: frozenset[str], rng: random.Random) -> Decision:
        """The outcome from a hidden weighted score; the reason usually the one or two
        strongest winning factors (one in five: none chosen, so every one counts)."""
        score = rng.gauss(0.0, 0.75)
        for factor in factors:
            score += self.weight[factor] if self.sides[factor] is Side.PRO else -self.weight[factor]
        outcome = Outcome.DEVIATE if score > 0 else Outcome.GENERIC
        winning = sorted((f for f in factors if self.sides[f] is outcome.side), key=self.weight.get)
        if not winning:  # nobody decides for a side that has nothing going for it
            outcome = outcome.other
            winning = sorted(
                (f for f in factors if self.sides[f] is outcome.side), key=self.weight.get
            )
        winning.reverse()
        draw = rng.random()
        reason: frozenset[str] | None
        if draw < 0.20:
            reason = None
        elif draw < 0.27:
            reason = frozenset(rng.sample(winning, rng.randint(1, len(winning))))
        else:
            reason = frozenset(winning[: 1 if rng.random() < 0.65 else 2])
        kind = rng.choices(*OUTCOME_TYPES[outcome])[0]
        return Decision(
            kind,
            _degree(kind, rng),
            reason,
            motivation="Afgewogen tegen de factoren van het dossier (fictief).",
        )


def _degree(kind: OutcomeType, rng: random.Random) -> Degree | None:
    if kind is OutcomeType.PARTIAL:
        if rng.random() < 0.6:
            return Degree(DegreeUnit.PERCENT, float(rng.randrange(10, 95, 5)))
        return Degree(DegreeUnit.EURO, float(round(rng.uniform(250, 15_000), -1)))
    if kind is OutcomeType.TEMPORARY:
        return Degree(DegreeUnit.MONTHS, float(rng.choice([3, 6, 6, 12, 12, 18, 24])))
    return None


@dataclass(frozen=True)
class SyntheticCase:
    reference: str
    facts: dict[str, str]
    organisation: Organisation
    factors: frozenset[str]
    decision: Decision
    route: str | None
    signed_at: datetime


def synthetic_cases(
    model: FactorModel, routes: Sequence[str], count: int, seed: int
) -> Iterator[SyntheticCase]:
    """`count` decided cases, the newest first (MW-2025-…, then 2024, …); a tenth has no
    route (decided before one was chosen)."""
    rng = random.Random(seed)
    for number in range(count):
        year = 2025 - number // PER_YEAR
        key = rng.choices(list(TOPIC_WORDS), TOPIC_WEIGHTS)[0]
        words, regulation, organisation = TOPIC_WORDS[key]
        title = rng.choice(TITLE_FORMS).format(
            regeling=words, oorzaak=rng.choice(CAUSES), plaats=rng.choice(PLACES)
        )
        amount = round(rng.lognormvariate(8.0, 0.9), -1)
        factors = model.draw(rng)
        route = None
        if rng.random() >= 0.1:
            route = PRIMARY_ROUTE[organisation] if rng.random() < 0.7 else rng.choice(routes)
        yield SyntheticCase(
            reference=f"MW-{year}-{number % PER_YEAR + 1:05d}",
            facts={
                "title": title,
                "regulation": regulation,
                "article": "",
                "generic_outcome": "Volledige terugvordering van het te veel betaalde.",
                "knelpunt": f"Volledige terugvordering van € {amount:,.0f} {rng.choice(HARDSHIPS)}.",
                "request": rng.choice(REQUESTS),
                "owner": rng.choice(OWNERS),
            },
            organisation=organisation,
            factors=factors,
            decision=model.decide(factors, rng),
            route=route,
            signed_at=datetime(year, 1, 1, 8, tzinfo=UTC)
            + timedelta(seconds=(number % PER_YEAR) * 1200 + rng.randrange(600)),
        )


@dataclass(frozen=True)
class DecidedBase:
    """A database built by `build_decided`, and what a bench needs to know of it."""

    path: Path
    profile: Path
    """The profile (`--profile`) whose precedent-index folder has checked this database."""
    catalogue_id: str
    catalogue_version: str
    factors: tuple[str, ...]
    queries: tuple[str, ...]
    """References of the open dossiers with factors and a route (status analyse)."""
    cases: int


def build_decided(
    path: Path, cases: int, dossiers: int = 20, *, seed: int = 1, profile: Path | None = None
) -> DecidedBase:
    """Create (once) a database at `path` with `cases` decided dossiers whose decisions bind
    under 12 pro and 12 con factors of the terugvordering catalogue, and `dossiers` open
    dossiers with factors to check against them.

    Written in bulk but valid: every decided dossier has a signed-decision version with its
    canonical content, its digest in a correct audit chain, historic or (one in ten) signed
    by a chair's registered key, with the dossier's facts, decision and status matching it;
    and the precedent index rows the program derives from it. The index is then packed as a
    running program packs it, which checks every version once and remembers that in the
    profile's precedent-index folder (default: `path` + ".profile"), so a command started
    with `--profile` reads the pack. Another bench measuring start-up can reuse the file.
    """
    profile = profile or path.with_name(path.name + ".profile")
    meta = path.with_name(path.name + ".json")
    if path.exists() and meta.exists():
        known = json.loads(meta.read_text())
        tuples = {name: tuple(known[name]) for name in ("factors", "queries")}
        return DecidedBase(**{**known, **tuples, "path": path, "profile": profile})
    started = time.perf_counter()
    path.unlink(missing_ok=True)  # written, but never packed
    base = _create(
        path, lambda database: _write_decided(database, path, profile, cases, dossiers, seed)
    )
    # Packed at its final path: what this profile checks is kept per database path.
    checked_cases.remember_in(resolve_paths(profile).data / "precedent-index")
    database = opened(path)
    try:
        pack_case_bases(database.engine)
    finally:
        database.close()
    meta.write_text(
        json.dumps({k: v for k, v in base.__dict__.items() if k not in ("path", "profile")})
    )
    _built(f"{cases:,} decided and {dossiers:,} open dossiers", started, path)
    return base


def open_cases(
    model: FactorModel, routes: Sequence[str], count: int, seed: int
) -> Iterator[SyntheticCase]:
    """The open dossiers `build_decided` writes to check against the decided cases:
    MW-2026-00001 and on, each with a route."""
    for number, case in enumerate(synthetic_cases(model, routes, count, seed + 7)):
        route = case.route or PRIMARY_ROUTE[case.organisation]
        yield replace(case, reference=f"MW-2026-{number + 1:05d}", route=route)


def decided_content(
    case: SyntheticCase,
    dossier_id: str,
    catalogue: CatalogueRef,
    audit_head: tuple[int, str],
    signer: Signer | None = None,
) -> SignedContent:
    """The first version of a decided case: signed by `signer`, or historic without one."""
    return SignedContent(
        kind=RecordKind.SIGNED if signer else RecordKind.HISTORIC,
        dossier_id=dossier_id,
        version=1,
        facts=DossierFacts(reference=case.reference, **case.facts),
        decision=replace(case.decision, decided_on=case.signed_at.date()),
        factors=case.factors,
        catalogue=catalogue,
        route=case.route,
        signed_at=case.signed_at,
        audit_head=audit_head,
        signer=signer,
        source="" if signer else f"Zaaksysteem (fictief), zaak {case.reference}",
    )


def _write_decided(
    database: Database, path: Path, profile: Path, cases: int, dossiers: int, seed: int
) -> DecidedBase:
    catalogue, criteria = _catalogues(database)
    signing = _chair_with_key(database)
    model = FactorModel.of(catalogue, seed)
    rng = random.Random(seed + 1)
    queries: list[str] = []
    with database.engine.begin() as connection:
        rows = _Rows(connection, rng)
        chain = _Chain.of(connection)
        index_seq = next_seq(connection)
        for case in synthetic_cases(model, catalogue.routes, cases, seed):
            signed = rng.random() < SIGNED_SHARE
            _write_decided_case(
                rows, chain, index_seq, case, catalogue, criteria, signing if signed else None
            )
        for case in open_cases(model, catalogue.routes, dossiers, seed):
            queries.append(case.reference)
            _case_rows(rows, case, datetime.now(UTC), DossierStatus.ANALYSE, catalogue, criteria)
        rows.flush()
        chain.store(connection)
    return DecidedBase(
        path=path,
        profile=profile,
        catalogue_id=catalogue.header.id,
        catalogue_version=catalogue.header.version,
        factors=model.ids,
        queries=tuple(queries),
        cases=cases,
    )


def _catalogues(database: Database) -> tuple[FactorCatalogue, CatalogueRef]:
    """The factor catalogue the decided cases are tagged under, pinned as a program pins
    what it uses, and the criteria catalogue in force."""
    today = date.today()
    with database.sessions.begin() as session:
        known = catalogues.known_catalogues(session)
        catalogue = next(c for c in known.factor_choices(today) if c.header.id == FACTOR_CATALOGUE)
        catalogues.pin(session, catalogue)
        return catalogue, known.current(today).ref


@dataclass(frozen=True)
class _Signing:
    signer: Signer
    pair: KeyPair


def _chair_with_key(database: Database) -> _Signing:
    """A chair whose key a functioneel beheerder registered, through the services."""
    with database.sessions.begin() as session:
        admin = users.add_user(session, CONTEXT, "Bea Beheer", Role.ADMINISTRATOR)
        as_admin = Context(actor=admin.name, origin=ORIGIN, user=admin)
        chair = users.add_user(session, as_admin, "Karel Voorzitter", Role.CHAIR)
        pair = new_key_pair()  # made on the chair's workstation, its private key kept here
        session.add(
            SigningKeyRow(
                key_id=pair.id,
                user_id=chair.id,
                public_key=encode_public(pair.public),
                status=KeyStatus.PENDING,
            )
        )
        session.flush()
        signing_keys.register_key(session, as_admin, pair.id)
    return _Signing(Signer(chair.id, chair.name, pair.id), pair)


def _case_rows(
    rows: _Rows,
    case: SyntheticCase,
    moment: datetime,
    status: DossierStatus,
    catalogue: FactorCatalogue,
    criteria: CatalogueRef,
) -> str:
    """The dossier of `case` with its factors and (with a route) its assessment; its id."""
    facts = case.facts
    dossier_id = rows.dossier(
        moment,
        reference=case.reference,
        title=facts["title"],
        status=status.value,
        owner=facts["owner"],
        organisations=[case.organisation.value],
        regulation=facts["regulation"],
        article=facts["article"],
        generic_outcome=facts["generic_outcome"],
        knelpunt=facts["knelpunt"],
        request=facts["request"],
        doenvermogen={},
    )["id"]
    rows.record(
        DossierFactorsRow,
        moment,
        dossier_id=dossier_id,
        catalogue_id=catalogue.header.id,
        catalogue_version=catalogue.header.version,
        factors=sorted(case.factors),
    )
    if case.route is not None:
        rows.record(
            AssessmentRow,
            moment,
            dossier_id=dossier_id,
            catalogue_id=criteria.id,
            catalogue_version=criteria.version,
            power="eigen-clausule",
            route=case.route,
            applicable="yes",
            gate_status="satisfied",
            missing=[],
            superseded_at=None,
        )
    return dossier_id


def _write_decided_case(
    rows: _Rows,
    chain: _Chain,
    index_seq: int,
    case: SyntheticCase,
    catalogue: FactorCatalogue,
    criteria: CatalogueRef,
    signing: _Signing | None,
) -> None:
    """A decided dossier whose decision binds: its rows, and its first version (signed
    with `signing`'s key, or historic without it) with its canonical content and hash, its
    record in the audit chain and its row in the precedent index."""
    moment = case.signed_at
    dossier_id = _case_rows(rows, case, moment, DossierStatus.BESLOTEN, catalogue, criteria)
    signer = signing.signer if signing else None
    content = decided_content(case, dossier_id, catalogue.ref, chain.head, signer)
    rows.record(DecisionRow, moment, dossier_id=dossier_id, **decision_values(content.decision))
    raw = content_bytes(content)
    digest = content_hash(raw)
    key_id = signing.pair.id if signing else None
    signature = signing.pair.sign(raw) if signing else None
    rows.record(
        SignedDecisionRow,
        moment,
        deleted_at=None,
        **version_values(content, raw, signature=signature, key_id=key_id, agenda_item_id=None),
    )
    chain.append(rows, moment, SIGN_ACT if signing else HISTORIC_ACT, dossier_id, digest)
    record = signed_record(content, digest)
    values = index_values(catalogue.header.id, SIGNED_KEY + dossier_id, record, index_seq)
    rows.waiting[case_index].append({**values, "key_id": key_id})


# --------------------------------------------------------------------------------------
# A meeting's agenda against decided dossiers that bind
# --------------------------------------------------------------------------------------

ARTICLES = [  # (regulation, article, weight); spelled as caseworkers type them
    ("Participatiewet", "art. 58 lid 8", 24),
    ("participatiewet", "Art. 58 lid 8", 6),
    ("Participatiewet", "art. 58 lid 2", 10),
    ("Werkloosheidswet", "art. 36", 12),
    ("Ziektewet", "art. 33", 6),
    ("Wajong", "art. 3:77", 5),
    ("Algemene Ouderdomswet", "art. 24", 8),
    ("Algemene nabestaandenwet", "art. 53", 3),
    ("Algemene Kinderbijslagwet", "art. 24", 8),
    ("", "", 4),
]
AGENDA = 25
"""Open dossiers written through the services, each proposing a deviation: a meeting's agenda."""
AGENDA_TITLE = "Agendapunt"


def _agenda(
    database: Database, catalogue: FactorCatalogue, model: FactorModel, rng: random.Random
) -> None:
    """The open dossiers of a meeting, through the services: each proposes a deviation under
    one of the common articles."""
    for number in range(AGENDA):
        regulation, article = ARTICLES[number % 4][:2]
        fields = DossierFields(
            title=f"{AGENDA_TITLE} {number + 1}: {rng.choice(TOPICS)}",
            status=DossierStatus.TER_BESPREKING,
            regulation=regulation,
            article=article,
            knelpunt="De terugvordering drukt het inkomen onder het bestaansminimum.",
        )
        while True:
            present = model.draw(rng)
            decision = model.decide(present, rng)
            if decision.outcome is Outcome.DEVIATE:
                break
        with database.sessions.begin() as session:
            dossier_id = dossiers.create_dossier(session, CONTEXT, fields).id
            precedents.save_factors(session, CONTEXT, dossier_id, catalogue.ref, present)
            precedents.save_decision(session, CONTEXT, dossier_id, decision)


def build_meeting(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database at `path` of `count` decided dossiers that bind (historic
    versions under many regulations and articles, with their precedent-index rows), and the
    AGENDA open dossiers of a meeting (`agenda_ids`)."""
    if path.exists():
        return path
    started = time.perf_counter()

    def write(database: Database) -> None:
        catalogue, criteria = _catalogues(database)
        model = FactorModel.of(catalogue, seed)
        rng = random.Random(seed + 1)
        _agenda(database, catalogue, model, rng)
        weights = [w for *_, w in ARTICLES]
        with database.engine.begin() as connection:
            rows = _Rows(connection, rng)
            chain = _Chain.of(connection)
            index_seq = next_seq(connection)
            for case in synthetic_cases(model, catalogue.routes, count, seed):
                regulation, article, _ = rng.choices(ARTICLES, weights)[0]
                facts = {**case.facts, "regulation": regulation, "article": article}
                _write_decided_case(
                    rows, chain, index_seq, replace(case, facts=facts), catalogue, criteria, None
                )
            rows.flush()
            chain.store(connection)

    _create(path, write)
    _built(f"{count:,} decided dossiers and a meeting", started, path)
    return path


def agenda_ids(database: Database) -> list[str]:
    """The ids of the open dossiers on the meeting's agenda, in agenda order."""
    with database.reads() as session:
        rows = session.execute(
            select(DossierRow.id, DossierRow.title).where(
                DossierRow.title.startswith(AGENDA_TITLE),
                DossierRow.status == DossierStatus.TER_BESPREKING.value,
            )
        ).all()
    return [i for i, _ in sorted(rows, key=lambda r: int(r.title.split()[1].rstrip(":")))]
