"""Large fictitious databases for the benchmarks, written in bulk (not through the services).

The rows are synthetic but shaped like real ones: every table the list, the search and the
check of a dossier touch is filled, including the full-text index. `build` writes open
dossiers only. `build_decided` writes decided cases under one factor catalogue whose
decisions bind (historic versions and versions signed by a chair's registered key) and
open dossiers to check against them, with the precedent index packed; `build_meeting`
writes decided dossiers under many regulations and articles, as the command line registers
history, and a meeting's agenda. Every decided dossier has its canonical content and hash
and its record in a valid audit chain, so the case base, the integrity check and `audit
verify` accept every one. A database is built once per size, schema and format, and reused.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from maatwerkdesk.domain.audit_chain import GENESIS, ChainedRecord, record_hash
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
from maatwerkdesk.infra.signatures import encode_public, new_key_pair
from maatwerkdesk.persistence.case_index import index_values, next_seq
from maatwerkdesk.persistence.db import Database, open_database
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
from maatwerkdesk.services import audit, catalogues, dossiers, precedents, users
from maatwerkdesk.services.audit import HEAD
from maatwerkdesk.services.case_base_store import pack_case_bases
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.historic import HISTORIC_ACT

FORMAT = 3
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

FACTORS = CatalogueRef("nl.maatwerkdesk.factoren.terugvordering", "2026.1")
"""The shipped catalogue the decided dossiers are tagged under (16 pro, 13 con factors)."""
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
DEVIATING = [OutcomeType.PARTIAL, OutcomeType.FULL, OutcomeType.ALTERNATIVE, OutcomeType.TEMPORARY]
HOLDING = [OutcomeType.GENERIC, OutcomeType.REFUSE]
AGENDA = 25
"""Open dossiers written through the services, each proposing a deviation: a meeting's agenda."""
AGENDA_TITLE = "Agendapunt"
ORIGIN = "bench/dataset"


def location(kind: str, count: int) -> Path:
    """Where the database of this kind and size is cached for the current schema."""
    return WORK / f"{kind}-{count}-schema{HEAD_REVISION}-v{FORMAT}.sqlite3"


def _moment(rng: random.Random) -> datetime:
    return datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 3_500_000))


def _record(moment: datetime) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "created_at": moment, "updated_at": moment, "revision": 1}


def _dossier(rng: random.Random, number: int, moment: datetime, **fields: Any) -> dict[str, Any]:
    title = f"{rng.choice(TOPICS)} ({rng.choice(PLACES)}) {number}"
    return {
        **_record(moment),
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "reference": f"MW-{moment.year}-{number:06d}",
        "title": title,
        "status": rng.choice(list(DossierStatus)).value,
        "owner": rng.choice(OWNERS),
        "organisations": [rng.choice(list(Organisation)).value],
        "regulation": "",
        "article": "",
        "generic_outcome": "",
        "knelpunt": f"De regel pakt onevenredig uit: {rng.choice(TOPICS).lower()}.",
        "request": "",
        "notes": "Fictief benchmarkdossier.",
        "doenvermogen": {},
        **fields,
    }


def _companions(dossier: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The subject and the full-text entry of a dossier row."""
    subject = {
        **_record(dossier["created_at"]),
        "dossier_id": dossier["id"],
        "kind": "persoon",
        "name": f"Fictief Persoon {dossier['reference']}",
    }
    text = f"{dossier['reference']}\n{dossier['title']}\n{dossier['knelpunt']}"
    return subject, {"dossier_id": dossier["id"], "body": fold_for_search(text)}


def build(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database of `count` open and closed dossiers at `path`."""
    if path.exists():
        return path
    started = time.perf_counter()
    database = open_database(path)
    rng = random.Random(seed)
    with database.engine.begin() as connection:
        for start in range(0, count, BATCH):
            rows = [_dossier(rng, n, _moment(rng)) for n in range(start, min(start + BATCH, count))]
            subjects, index = zip(*map(_companions, rows), strict=True)
            connection.execute(insert(DossierRow), rows)
            connection.execute(insert(SubjectRow), list(subjects))
            connection.execute(insert(search_document), list(index))
    database.close()
    print(f"built {count:,} dossiers in {time.perf_counter() - started:.1f} s at {path}")
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
        return DecidedBase(**{**json.loads(meta.read_text()), "path": path, "profile": profile})
    started = time.perf_counter()
    database = open_database(path)
    try:
        base = _write_decided(database, path, profile, cases, dossiers, seed)
        checked_cases.remember_in(resolve_paths(profile).data / "precedent-index")
        pack_case_bases(database.engine)
    finally:
        database.close()
    meta.write_text(
        json.dumps({k: v for k, v in base.__dict__.items() if k not in ("path", "profile")})
    )
    print(
        f"built {cases:,} decided and {dossiers:,} open dossiers in "
        f"{time.perf_counter() - started:.1f} s at {path}",
        file=sys.stderr,
    )
    return base


def _write_decided(
    database: Database, path: Path, profile: Path, cases: int, dossiers: int, seed: int
) -> DecidedBase:
    today = date.today()
    context = Context(actor="bench", origin="bench")
    with database.sessions.begin() as session:
        known = catalogues.known_catalogues(session)
        catalogue = next(c for c in known.factor_choices(today) if c.header.id == FACTOR_CATALOGUE)
        catalogues.pin(session, catalogue)
        criteria = known.current(today).ref
        admin = users.add_user(session, context, "Bea Beheer", Role.ADMINISTRATOR)
        as_admin = Context(actor="Bea Beheer", origin="bench", user=admin)
        chair = users.add_user(session, as_admin, "Karel Voorzitter", Role.CHAIR)
        pair = new_key_pair()
        session.add(
            SigningKeyRow(
                key_id=pair.id,
                user_id=chair.id,
                public_key=encode_public(pair.public),
                status="registered",
                registered_by=admin.id,
                registered_at=datetime.now(UTC),
            )
        )
        session.flush()
        audit.record(
            session,
            as_admin,
            audit.Action.UPDATE,
            "signing_key.register",
            object_type="signing_key",
            object_id=pair.id[:36],
            dossier_id=None,
            digest=pair.id,
        )
    model = FactorModel.of(catalogue, seed)
    rng = random.Random(seed + 1)
    signer = Signer(chair.id, chair.name, pair.id)
    queries: list[str] = []
    with database.engine.begin() as connection:
        head = connection.execute(select(AuditHeadRow.seq, AuditHeadRow.hash)).one()
        chain = [head.seq, head.hash]
        index_seq = next_seq(connection)
        rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)

        def flush() -> None:
            for table in (DossierRow, SubjectRow, search_document, DossierFactorsRow):
                _insert(connection, table, rows)
            for table in (DecisionRow, AssessmentRow, SignedDecisionRow, AuditRow, case_index):
                _insert(connection, table, rows)

        for case in synthetic_cases(model, catalogue.routes, cases, seed):
            dossier_id = _uuid(rng)
            stamp = {"created_at": case.signed_at, "updated_at": case.signed_at, "revision": 1}
            _dossier_rows(rows, rng, dossier_id, case, stamp, "besloten", catalogue, criteria)
            decision = replace(case.decision, decided_on=case.signed_at.date())
            rows[DecisionRow].append(
                {
                    "id": _uuid(rng),
                    **stamp,
                    "dossier_id": dossier_id,
                    "outcome": decision.outcome.value,
                    "outcome_type": decision.outcome_type.value,
                    "degree_unit": decision.degree.unit.value if decision.degree else None,
                    "degree_value": decision.degree.value if decision.degree else None,
                    "reason": sorted(decision.reason) if decision.reason is not None else None,
                    "distinctions": [],
                    "motivation": decision.motivation,
                    "decided_on": decision.decided_on,
                }
            )
            signed = rng.random() < SIGNED_SHARE
            content = SignedContent(
                kind=RecordKind.SIGNED if signed else RecordKind.HISTORIC,
                dossier_id=dossier_id,
                version=1,
                facts=DossierFacts(reference=case.reference, **case.facts),
                decision=decision,
                factors=case.factors,
                catalogue=catalogue.ref,
                route=case.route,
                signed_at=case.signed_at,
                audit_head=(chain[0], chain[1]),
                signer=signer if signed else None,
                source="" if signed else f"Zaaksysteem (fictief), zaak {case.reference}",
            )
            raw = content_bytes(content)
            digest = content_hash(raw)
            rows[SignedDecisionRow].append(
                {
                    "id": _uuid(rng),
                    **stamp,
                    "deleted_at": None,
                    "dossier_id": dossier_id,
                    "version": 1,
                    "agenda_item_id": None,
                    "kind": content.kind.value,
                    "catalogue_id": catalogue.header.id,
                    "signed_by": chair.id if signed else None,
                    "signed_at": case.signed_at,
                    "content": raw.decode("utf-8"),
                    "content_hash": digest,
                    "signature": pair.sign(raw) if signed else None,
                    "key_id": pair.id if signed else None,
                }
            )
            _audit_row(rows, rng, chain, dossier_id, case.signed_at, signed, digest)
            values = index_values(
                catalogue.header.id, f"s:{dossier_id}", signed_record(content, digest), index_seq
            )
            rows[case_index].append({**values, "key_id": pair.id if signed else None})
            if len(rows[DossierRow]) >= BATCH:
                flush()
        for number, case in enumerate(synthetic_cases(model, catalogue.routes, dossiers, seed + 7)):
            dossier_id = _uuid(rng)
            reference = f"MW-2026-{number + 1:05d}"
            queries.append(reference)
            now = datetime.now(UTC)
            stamp = {"created_at": now, "updated_at": now, "revision": 1}
            routed = replace(
                case, reference=reference, route=case.route or PRIMARY_ROUTE[case.organisation]
            )
            _dossier_rows(rows, rng, dossier_id, routed, stamp, "analyse", catalogue, criteria)
        flush()
        connection.execute(
            update(AuditHeadRow)
            .where(AuditHeadRow.name == HEAD)
            .values(seq=chain[0], hash=chain[1])
        )
    return DecidedBase(
        path=path,
        profile=profile,
        catalogue_id=catalogue.header.id,
        catalogue_version=catalogue.header.version,
        factors=model.ids,
        queries=tuple(queries),
        cases=cases,
    )


def _dossier_rows(
    rows: dict[Any, list[dict[str, Any]]],
    rng: random.Random,
    dossier_id: str,
    case: SyntheticCase,
    stamp: dict[str, Any],
    status: str,
    catalogue: FactorCatalogue,
    criteria: CatalogueRef,
) -> None:
    """The dossier, its betrokkene, search text, factors and (with a route) assessment."""
    facts = case.facts
    rows[DossierRow].append(
        {
            "id": dossier_id,
            **stamp,
            "reference": case.reference,
            "title": facts["title"],
            "status": status,
            "owner": facts["owner"],
            "organisations": [case.organisation.value],
            "regulation": facts["regulation"],
            "article": "",
            "generic_outcome": facts["generic_outcome"],
            "knelpunt": facts["knelpunt"],
            "request": facts["request"],
            "notes": "Fictief benchmarkdossier.",
            "doenvermogen": {},
        }
    )
    rows[SubjectRow].append(
        {
            "id": _uuid(rng),
            **stamp,
            "dossier_id": dossier_id,
            "kind": "persoon",
            "name": f"Fictief Persoon {case.reference}",
        }
    )
    rows[search_document].append(
        {
            "dossier_id": dossier_id,
            "body": fold_for_search(f"{case.reference}\n{facts['title']}\n{facts['knelpunt']}"),
        }
    )
    rows[DossierFactorsRow].append(
        {
            "id": _uuid(rng),
            **stamp,
            "dossier_id": dossier_id,
            "catalogue_id": catalogue.header.id,
            "catalogue_version": catalogue.header.version,
            "factors": sorted(case.factors),
        }
    )
    if case.route is not None:
        rows[AssessmentRow].append(
            {
                "id": _uuid(rng),
                **stamp,
                "dossier_id": dossier_id,
                "catalogue_id": criteria.id,
                "catalogue_version": criteria.version,
                "power": "eigen-clausule",
                "route": case.route,
                "applicable": "yes",
                "gate_status": "satisfied",
                "missing": [],
                "superseded_at": None,
            }
        )


def _audit_row(
    rows: dict[Any, list[dict[str, Any]]],
    rng: random.Random,
    chain: list[Any],
    dossier_id: str,
    moment: datetime,
    signed: bool,
    digest: str,
) -> None:
    """The audit record of fixing the version, chained onto `chain` (seq, hash)."""
    record = ChainedRecord(
        seq=chain[0] + 1,
        id=_uuid(rng),
        at=moment,
        action="U",
        name="decision.sign" if signed else "decision.historic",
        object_type="dossier",
        object_id=dossier_id,
        dossier_id=dossier_id,
        result="ok",
        origin="bench",
        actor="bench",
        digest=digest,
        prev_hash=chain[1],
    )
    hashed = record_hash(record)
    values = {k: v for k, v in record.__dict__.items()}
    rows[AuditRow].append(
        {**values, "created_at": moment, "updated_at": moment, "revision": 1, "hash": hashed}
    )
    chain[0], chain[1] = record.seq, hashed


def _insert(connection: Connection, table: Any, rows: dict[Any, list[dict[str, Any]]]) -> None:
    if rows[table]:
        connection.execute(insert(table), rows[table])
        rows[table].clear()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# --------------------------------------------------------------------------------------
# A meeting's agenda against decided dossiers that bind
# --------------------------------------------------------------------------------------


@dataclass
class _Chain:
    """The audit chain continued in bulk, exactly as services/audit.py extends it."""

    seq: int
    hash: str

    def append(self, moment: datetime, dossier_id: str, digest: str) -> dict[str, Any]:
        record = ChainedRecord(
            seq=self.seq + 1,
            id=str(uuid.uuid4()),
            at=moment,
            action="U",
            name=HISTORIC_ACT,
            object_type="dossier",
            object_id=dossier_id,
            dossier_id=dossier_id,
            result="ok",
            origin=ORIGIN,
            actor="benchmark",
            digest=digest,
            prev_hash=self.hash,
        )
        self.seq, self.hash = record.seq, record_hash(record)
        return {
            **_record(moment),
            "id": record.id,
            "seq": record.seq,
            "at": moment,
            "action": record.action,
            "name": record.name,
            "object_type": record.object_type,
            "object_id": dossier_id,
            "dossier_id": dossier_id,
            "result": record.result,
            "origin": ORIGIN,
            "actor": record.actor,
            "digest": digest,
            "prev_hash": record.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class _Factors:
    pro: tuple[str, ...]
    con: tuple[str, ...]

    def draw(self, rng: random.Random) -> tuple[list[str], Decision]:
        """Two to seven factors, and a decision that rests on one or two of its side's."""
        pro = rng.sample(self.pro, rng.randint(1, 4))
        con = rng.sample(self.con, rng.randint(1, 3))
        deviate = rng.random() < 0.5
        winning = pro if deviate else con
        reason = frozenset(rng.sample(winning, min(len(winning), rng.randint(1, 2))))
        kind = rng.choice(DEVIATING if deviate else HOLDING)
        return sorted(pro + con), Decision(kind, reason=reason, motivation="Fictieve motivering.")


def _article(rng: random.Random) -> tuple[str, str]:
    regulation, article, _ = rng.choices(ARTICLES, [w for *_, w in ARTICLES])[0]
    return regulation, article


def _decided_rows(
    rng: random.Random, number: int, factors: _Factors, chain: _Chain, index_seq: int
) -> dict[Any, dict[str, Any]]:
    moment = _moment(rng)
    regulation, article = _article(rng)
    dossier = _dossier(
        rng,
        number,
        moment,
        status=DossierStatus.BESLOTEN.value,
        regulation=regulation,
        article=article,
        request="Betrokkene vraagt af te zien van terugvordering.",
    )
    present, drawn = factors.draw(rng)
    decided_on = moment.date()
    decision = replace(drawn, decided_on=decided_on)
    signed_at = moment + timedelta(days=1)
    content = SignedContent(
        kind=RecordKind.HISTORIC,
        dossier_id=dossier["id"],
        version=1,
        facts=DossierFacts(**{name: dossier[name] for name in DossierFacts.__dataclass_fields__}),
        decision=decision,
        factors=frozenset(present),
        catalogue=FACTORS,
        route=None,
        signed_at=signed_at,
        audit_head=(chain.seq, chain.hash),
        source=f"Fictief besluit {dossier['reference']}, zaaksysteem",
    )
    raw = content_bytes(content)
    digest = content_hash(raw)
    subject, index = _companions(dossier)
    return {
        DossierRow: dossier,
        SubjectRow: subject,
        DossierFactorsRow: {
            **_record(moment),
            "dossier_id": dossier["id"],
            "catalogue_id": FACTORS.id,
            "catalogue_version": FACTORS.version,
            "factors": present,
        },
        DecisionRow: {
            **_record(moment),
            "dossier_id": dossier["id"],
            "outcome": decision.outcome.value,
            "outcome_type": decision.outcome_type.value,
            "degree_unit": None,
            "degree_value": None,
            "reason": sorted(decision.reason or ()),
            "distinctions": [],
            "motivation": decision.motivation,
            "decided_on": decided_on,
        },
        SignedDecisionRow: {
            **_record(signed_at),
            "dossier_id": dossier["id"],
            "version": 1,
            "agenda_item_id": None,
            "kind": RecordKind.HISTORIC.value,
            "catalogue_id": FACTORS.id,
            "signed_by": None,
            "signed_at": signed_at,
            "content": raw.decode("utf-8"),
            "content_hash": digest,
            "signature": None,
            "key_id": None,
        },
        AuditRow: chain.append(signed_at, dossier["id"], digest),
        search_document: index,
        case_index: {
            **index_values(
                FACTORS.id,
                f"{SIGNED_KEY}{dossier['id']}",
                signed_record(content, digest),
                index_seq,
            ),
            "key_id": None,
        },
    }


def _agenda(database: Database, factors: _Factors, rng: random.Random) -> None:
    """The open dossiers of a meeting, through the services: each proposes a deviation under
    one of the common articles."""
    context = Context(actor="benchmark", origin=ORIGIN)
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
            present, decision = factors.draw(rng)
            if decision.outcome is Outcome.DEVIATE:
                break
        with database.sessions.begin() as session:
            dossier_id = dossiers.create_dossier(session, context, fields).id
            precedents.save_factors(session, context, dossier_id, FACTORS, frozenset(present))
            precedents.save_decision(session, context, dossier_id, decision)


def build_meeting(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database at `path` of `count` decided dossiers that bind (historic
    versions under many regulations and articles, with their precedent-index rows), and the
    AGENDA open dossiers of a meeting (`agenda_ids`)."""
    if path.exists():
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    rng = random.Random(seed)
    with database.reads() as session:
        catalogue = catalogues.known_catalogues(session).factors(FACTORS)
    ids = sorted(f.id for f in catalogue.factors)
    factors = _Factors(
        tuple(sorted(catalogue.sides.of(ids, Side.PRO))),
        tuple(sorted(catalogue.sides.of(ids, Side.CON))),
    )
    _agenda(database, factors, rng)
    with database.engine.begin() as connection:
        head = connection.execute(select(AuditHeadRow.seq, AuditHeadRow.hash)).one_or_none()
        chain = _Chain(*(head or (0, GENESIS)))
        index_seq = next_seq(connection)
        for start in range(0, count, BATCH):
            batch = [
                _decided_rows(rng, n, factors, chain, index_seq)
                for n in range(start, min(start + BATCH, count))
            ]
            for table in batch[0]:
                connection.execute(insert(table), [rows[table] for rows in batch])
        connection.execute(
            update(AuditHeadRow)
            .where(AuditHeadRow.name == HEAD)
            .values(seq=chain.seq, hash=chain.hash)
        )
    database.close()
    partial.rename(path)
    print(f"built {count:,} decided dossiers in {time.perf_counter() - started:.1f} s at {path}")
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
