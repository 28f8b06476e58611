"""A small criteria catalogue for tests: two routes, a knock-out, a consideration, a gate;
and a small factor catalogue for the precedent tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from maatwerkdesk.services import catalogues

SMALL_CATALOGUE = """\
format = "maatwerkdesk-catalogue/1"
id = "nl.test.routes"
kind = "criteria"
version = "1.0"
valid_from = 2026-01-01
title = "Testroutes"
description = "Alleen voor tests."

[[sources]]
id = "awb-4-84"
citation = "Algemene wet bestuursrecht, art. 4:84"

[[sources]]
id = "pw-58-8"
citation = "Participatiewet, art. 58 lid 8"

[[powers]]
id = "beleidsregel"
label = "Bevoegdheid met een beleidsregel"
help = "Er is een beleidsregel."
route = "awb-4-84"
reason = "Bij een beleidsregel geldt art. 4:84 Awb."

[[powers]]
id = "eigen-clausule"
label = "De wet heeft een eigen hardheidsclausule"
reason = "Zoek de clausule van de wet zelf."

[[selector]]
route = "pw-58-8"
regulation = ["participatiewet"]
article = ["58"]
reason = "De Participatiewet kent in art. 58 lid 8 de dringende redenen."

[[criteria]]
id = "H3"
label = "Bijzondere omstandigheden"
question = "Zijn er bijzondere omstandigheden?"
guidance = "Kijk naar alle omstandigheden, alleen of tezamen."
evidence = ["Verslag van het gesprek"]
sources = ["awb-4-84"]

[[criteria]]
id = "H5"
label = "Onevenredige gevolgen"
question = "Zijn de gevolgen onevenredig?"
guidance = "Vergelijk de gevolgen met het doel."
sources = ["awb-4-84"]

[[criteria]]
id = "H6"
label = "Dringende redenen"
question = "Zijn er dringende redenen?"
guidance = "Weeg alle feiten en omstandigheden."
sources = ["pw-58-8"]

[[criteria.considerations]]
id = "oorzaak"
label = "Hoe de schuld is ontstaan"

[[criteria.considerations]]
id = "eigen-aandeel"
label = "Het eigen aandeel van de organisatie"

[[criteria]]
id = "H14"
label = "Belang van minderjarige kinderen"
question = "Worden minderjarige kinderen geraakt?"
guidance = "Let op huisvesting en school."

[[routes]]
id = "awb-4-84"
label = "Afwijken van een beleidsregel (art. 4:84 Awb)"
basis = "Awb art. 4:84"
kind = "deviation"
description = "Afwijken van een beleidsregel bij bijzondere omstandigheden."
sources = ["awb-4-84"]
criteria = [
  { id = "H3", knockout = true },
  { id = "H5", knockout = true },
  { id = "H14" },
]

[[routes]]
id = "pw-58-8"
label = "Afzien van terugvordering (art. 58 lid 8 Participatiewet)"
basis = "Participatiewet art. 58 lid 8"
kind = "deviation"
description = "Geheel of gedeeltelijk afzien van terugvordering bij dringende redenen."
sources = ["pw-58-8"]
criteria = [{ id = "H6", knockout = true }, { id = "H14" }]

[[routes]]
id = "escaleren"
label = "Geen route: escaleren of knelpunt melden"
basis = "Geen afwijkingsbevoegdheid"
kind = "escalation"
description = "Binnen de wet kan niet worden afgeweken."
criteria = []

[[gate]]
id = "betalingsregeling"
label = "Betalingsregeling"
question = "Is een betalingsregeling geprobeerd?"

[[gate]]
id = "bezwaar"
label = "Bezwaar"
question = "Is bezwaar mogelijk of gemaakt?"
"""


def variant(text: str = SMALL_CATALOGUE, **replacements: str) -> str:
    """The sample with some lines replaced: variant(version='"1.1"') etc. for top-level keys."""
    lines = text.splitlines()
    for key, value in replacements.items():
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{key} = "))
        lines[index] = f"{key} = {value}"
    return "\n".join(lines) + "\n"


def next_version(version: str = '"1.1"', valid_from: str = "2026-06-01") -> str:
    """Version 1.1 of the sample: H5 reworded, everything else the same."""
    reworded = SMALL_CATALOGUE.replace(
        'question = "Zijn de gevolgen onevenredig?"',
        'question = "Zijn de nadelige gevolgen onevenredig in verhouding tot het doel?"',
    )
    return variant(reworded, version=version, valid_from=valid_from)


SMALL_FACTORS = """\
format = "maatwerkdesk-catalogue/1"
id = "nl.test.factoren"
kind = "factors"
version = "1.0"
valid_from = 2026-01-01
title = "Testfactoren"
routes = ["pw-58-8"]
regulations = ["Participatiewet"]

[[sources]]
id = "pw-58-8"
citation = "Participatiewet, art. 58 lid 8"

[[factors]]
id = "eigen-aandeel"
side = "pro"
label = "Overheid heeft een eigen aandeel"
description = "De gemeente heeft zelf bijgedragen aan het ontstaan van de vordering."
sources = ["pw-58-8"]

[[factors]]
id = "geen-verwijt"
side = "pro"
label = "Geen verwijtbaarheid"
description = "De betrokkene kon redelijkerwijs niet weten dat er te veel werd betaald."

[[factors]]
id = "kinderen"
side = "pro"
label = "Minderjarige kinderen geraakt"
description = "Het besluit raakt minderjarige kinderen in het huishouden."

[[factors]]
id = "groot-bedrag"
side = "con"
label = "Groot bedrag, ruime draagkracht"
description = "De vordering is hoog en de betrokkene kan die dragen."

[[factors]]
id = "bewuste-schending"
side = "con"
label = "Bewuste schending inlichtingenplicht"
description = "De betrokkene heeft inkomsten bewust verzwegen."

[[factors]]
id = "eerder-maatwerk"
side = "con"
label = "Eerder maatwerk ontvangen"
description = "Voor hetzelfde probleem is eerder maatwerk toegekend."
"""


def ship_samples(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the program ship only the two small sample catalogues, the routes as default."""
    folder.mkdir()
    (folder / "routes-1.0.toml").write_text(SMALL_CATALOGUE, encoding="utf-8")
    (folder / "factoren-1.0.toml").write_text(SMALL_FACTORS, encoding="utf-8")
    monkeypatch.setattr(catalogues, "BUNDLED_DIR", folder)
    monkeypatch.setattr(catalogues, "DEFAULT_CRITERIA_CATALOGUE", "nl.test.routes")
