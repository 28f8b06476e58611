"""Text a caseworker could type or paste that must never turn into PDF markup or break export.

Built from fragments, so there are many more than 200 strings; each is printed exactly as
typed (minus invisible control characters) or the export is wrong.
"""

from __future__ import annotations

import itertools

MARKUP = (
    "<b>vet</b>",
    "<i>schuin",
    "</para>",
    "<para>",
    "<br/>",
    "<br>",
    "<font color='red' size='40'>groot</font>",
    '<a href="javascript:alert(1)">klik hier</a>',
    "<a name='x'/>",
    "<link href='https://example.org'>link</link>",
    "<img src='/etc/passwd' width='10' height='10'/>",
    "<seq id='n'/>",
    "<onDraw name='x' label='y'/>",
    "<span style='x'>",
    "<super>2</super>",
    "<strike>weg</strike>",
    "<u>onder</u>",
    "<greek>a</greek>",
    "<bullet>*</bullet>",
    "<![CDATA[<b>]]>",
    "<!-- commentaar -->",
    "<?xml version='1.0'?>",
    "<unclosed",
    "a > b < c",
    "<<>>",
    "</b></i></font>",
    "<script>alert('x')</script>",
    "<pre>  </pre>",
)
ENTITIES = (
    "&amp;",
    "&lt;b&gt;",
    "&#60;b&#62;",
    "&#x3C;",
    "&nbsp;",
    "&euro;",
    "&bogus;",
    "&",
    "&&&",
    "&#0;",
    "&#xD800;",
    "AT&T",
    "R&D;",
)
INVISIBLE = (
    "\x00",
    "\x07",
    "\x1b[31mrood\x1b[0m",
    "\u202eomgekeerd\u202c",
    "\u2066isolaat\u2069",
    "\u200bnul\u200bbreedte",
    "\ufeffbom",
    "zacht\u00adkoppel",
    "\x7f",
    "tab\tstop",
    "regel\r\neinde",
    "\u2028scheiding",
)
TEXT = (
    "Casuïstiek: één cliënt uit België, coördinatie, reünie — € 1.250,00 ‘enkel’ “dubbel” – ok…",
    "Zoë, Anaïs, Noël, café, naïef, ideeën, geïnd, Curaçao, Łódź, Győr",
    "%s %d {0} {naam} $HOME \\n \\\\ \"quote\" 'apos'",
    "'; DROP TABLE dossier; --",
    "😀 🙂 ❤ ✓ ✗ ★",
    "𝐀𝐁𝐂 ∑ ∞ ≥ ≤ ≠ →",
    "中文 日本語 한국어",
    "שלום עולם",
    "مرحبا",
    "   spaties   rondom   ",
    "1/2 ½ ¼ ² ³ ° ± × ÷",
)
LONG_WORDS = (
    "a" * 3000,
    "Aansprakelijkheidsverzekeringsmaatschappij" * 30,
    "https://voorbeeld.nl/" + "pad/" * 300 + "einde",
    "0123456789" * 200,
)


def _words(count: int) -> str:
    words = ("de", "burger", "vraagt", "om", "maatwerk", "bij", "terugvordering", "<b>", "&amp;")
    return " ".join(f"{words[i % len(words)]}{i % 100}" for i in range(count))


LONG_TEXTS = (_words(10_000), "\n".join(_words(12) for _ in range(400)))


def hostile_strings() -> list[str]:
    """Every fragment alone, and pairs of kinds mixed in a sentence."""
    singles = [*MARKUP, *ENTITIES, *INVISIBLE, *TEXT, *LONG_WORDS, *LONG_TEXTS]
    mixed = [
        f"Voor {a} midden {b} achter"
        for a, b in itertools.islice(itertools.product(MARKUP, ENTITIES + INVISIBLE + TEXT), 160)
    ]
    return singles + mixed
