"""Large fictitious databases for the benchmarks, written in bulk (not through the services).

The rows are synthetic but shaped like real ones: every table the list, the search and the
check of a dossier touch is filled, including the full-text index. `build` writes open
dossiers only; `build_decided` writes decided ones whose decisions bind, as the command line
registers history: a historic version with its canonical content and hash, and the
`decision.historic` record carrying that hash in a valid audit chain, so the case base, the
integrity check and `audit verify` accept every one. A database is built once per size,
schema and format, and reused.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from maatwerkdesk.domain.audit_chain import GENESIS, ChainedRecord, record_hash
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.signed_record import (
    DossierFacts,
    RecordKind,
    SignedContent,
    content_bytes,
    content_hash,
)
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.migrations import HEAD_REVISION
from maatwerkdesk.persistence.models import (
    AuditHeadRow,
    AuditRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    SignedDecisionRow,
    SubjectRow,
)
from maatwerkdesk.persistence.search import search_document
from maatwerkdesk.services import catalogues, dossiers, precedents
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
# Decided dossiers whose decisions bind
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
    rng: random.Random, number: int, factors: _Factors, chain: _Chain
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


def build_decided(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database at `path` of `count` decided dossiers that bind, and the
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
        for start in range(0, count, BATCH):
            batch = [
                _decided_rows(rng, n, factors, chain)
                for n in range(start, min(start + BATCH, count))
            ]
            for table in batch[0]:
                connection.execute(insert(table), [rows[table] for rows in batch])
        connection.execute(update(AuditHeadRow).values(seq=chain.seq, hash=chain.hash))
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
