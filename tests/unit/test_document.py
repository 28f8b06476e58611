"""The exported document as plain values: its fingerprint and the text mapping that
pseudonymising relies on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from maatwerkdesk.domain.document import (
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    content_fingerprint,
    map_texts,
    texts,
    with_fingerprint,
)

HEADER = DocumentHeader(
    "Besluit", "Titel Jansen", "Gemeente", "MW-2026-00001", "2", date(2026, 1, 2)
)
DOCUMENT = Document(
    HEADER,
    (
        Section("Feiten", (Text("Jansen belde.", lead="F1"), Pairs((("Naam", "Jansen"),)))),
        Section("Tabel", (Grid(("Kolom",), (("Jansen",),)), Bullets(("Jansen",))), level=2),
    ),
)


def test_the_fingerprint_covers_the_content_and_not_the_print_date_or_version() -> None:
    fingerprint = content_fingerprint(DOCUMENT)
    assert len(fingerprint) == 64
    later = replace(DOCUMENT, header=replace(HEADER, issued_on=date(2027, 1, 1), version="9"))
    assert content_fingerprint(later) == fingerprint
    changed = replace(
        DOCUMENT, sections=(replace(DOCUMENT.sections[0], title="Feiten!"), DOCUMENT.sections[1])
    )
    assert content_fingerprint(changed) != fingerprint
    assert with_fingerprint(DOCUMENT).fingerprint == fingerprint


def test_map_texts_reaches_every_text_and_clears_the_fingerprint() -> None:
    mapped = map_texts(with_fingerprint(DOCUMENT), lambda t: t.replace("Jansen", "betrokkene"))
    assert mapped.fingerprint == ""
    assert all("Jansen" not in t for t in texts(mapped))
    assert sum("Jansen" in t for t in texts(DOCUMENT)) == 5
    assert mapped.header.issued_on == HEADER.issued_on
    assert texts(DOCUMENT)[:3] == ["Titel Jansen", "Gemeente", "MW-2026-00001"]
