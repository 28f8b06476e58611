"""Large fictitious databases for the benchmarks, written in bulk (not through the services).

The rows are synthetic but shaped like real ones: every table the list and search touch is
filled, including the full-text index. A database is built once per size and reused.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import DossierRow, SubjectRow
from maatwerkdesk.persistence.search import search_document

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


def build(path: Path, count: int, seed: int = 1) -> Path:
    """Create (once) a database of `count` dossiers at `path`."""
    if path.exists():
        return path
    started = time.perf_counter()
    database = open_database(path)
    rng = random.Random(seed)
    base = datetime(2024, 1, 1, tzinfo=UTC)
    statuses = list(DossierStatus)
    organisations = [o.value for o in Organisation]
    with database.engine.begin() as connection:
        for start in range(0, count, BATCH):
            dossiers, subjects, index = [], [], []
            for number in range(start, min(start + BATCH, count)):
                dossier_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                moment = base + timedelta(minutes=rng.randrange(0, 1_000_000))
                reference = f"MW-{moment.year}-{number:06d}"
                title = f"{rng.choice(TOPICS)} ({rng.choice(PLACES)}) {number}"
                knelpunt = f"De regel pakt onevenredig uit: {rng.choice(TOPICS).lower()}."
                dossiers.append(
                    {
                        "id": dossier_id,
                        "created_at": moment,
                        "updated_at": moment,
                        "revision": 1,
                        "reference": reference,
                        "title": title,
                        "status": rng.choice(statuses).value,
                        "owner": rng.choice(OWNERS),
                        "organisations": [rng.choice(organisations)],
                        "regulation": "",
                        "article": "",
                        "generic_outcome": "",
                        "knelpunt": knelpunt,
                        "request": "",
                        "notes": "Fictief benchmarkdossier.",
                        "doenvermogen": {},
                    }
                )
                subjects.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "created_at": moment,
                        "updated_at": moment,
                        "revision": 1,
                        "dossier_id": dossier_id,
                        "kind": "persoon",
                        "name": f"Fictief Persoon {number}",
                    }
                )
                index.append(
                    {
                        "dossier_id": dossier_id,
                        "body": fold_for_search(f"{reference}\n{title}\n{knelpunt}"),
                    }
                )
            connection.execute(insert(DossierRow), dossiers)
            connection.execute(insert(SubjectRow), subjects)
            connection.execute(insert(search_document), index)
    database.close()
    print(f"built {count:,} dossiers in {time.perf_counter() - started:.1f} s at {path}")
    return path
