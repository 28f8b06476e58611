"""Plain-language (taalniveau B1) advice on the text for the citizen.

The caseworker writes the decision for the citizen; this module points at what makes such
a text hard to read: long sentences, long words, passive constructions and officialese
(jargon) with a plain alternative, and it computes the Flesch-Douma readability figure.
Every rule is a heuristic, so the result is advice and never blocks saving.

Spans are indices into the text as given (Python `str` positions), so the editor can
highlight exactly what a finding is about.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import Any, TypeGuard

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import enumerate_nl, joined

MAX_SENTENCE_WORDS = 20
"""B1 guidance: sentences of at most 20 words (the advice fires from 21)."""
LONG_WORD_SYLLABLES = 6
LONG_WORD_LETTERS = 15
"""A word is long from 6 syllables or with more than 15 letters (a compound of three).

Not from 5: everyday Dutch words reach five syllables by a separable particle or a plural
(terugbetalen, mogelijkheden, alternatieven, zorgverzekering), and were flagged as hard while
a citizen reads them without trouble. The abstract nouns and stacked compounds that B1 advice
is about go past either bound (verantwoordelijkheid, onevenredigheid, uitkeringsgerechtigde)."""

JARGON_FORMAT = "maatwerkdesk-jargon/1"
JARGON_RESOURCE = ("plain_language", "jargon.toml")


class FindingKind(StrEnum):
    LONG_SENTENCE = "long_sentence"
    LONG_WORD = "long_word"
    PASSIVE = "passive"
    JARGON = "jargon"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    FindingKind.LONG_SENTENCE: "Lange zin",
    FindingKind.LONG_WORD: "Lang woord",
    FindingKind.PASSIVE: "Lijdende vorm",
    FindingKind.JARGON: "Ambtelijk woord",
}


class ReadabilityBand(StrEnum):
    """Bands on the Flesch-Douma scale (0 hard, 100 easy; a score may fall outside).

    They follow Flesch's own classification, which Douma's Dutch formula keeps on the same
    scale: 60 and up is plain language, what B1 texts score; 50-60 "fairly difficult";
    30-50 "difficult" (the usual level of official letters); below 30 academic prose.
    """

    EASY = "easy"
    FAIR = "fair"
    DIFFICULT = "difficult"
    VERY_DIFFICULT = "very_difficult"

    @property
    def label(self) -> str:
        return _BAND_LABELS[self]

    @classmethod
    def of(cls, score: float) -> ReadabilityBand:
        if score >= 60:
            return cls.EASY
        if score >= 50:
            return cls.FAIR
        if score >= 30:
            return cls.DIFFICULT
        return cls.VERY_DIFFICULT


_BAND_LABELS = {
    ReadabilityBand.EASY: "makkelijk (B1)",
    ReadabilityBand.FAIR: "redelijk",
    ReadabilityBand.DIFFICULT: "moeilijk",
    ReadabilityBand.VERY_DIFFICULT: "zeer moeilijk",
}


@dataclass(frozen=True)
class Word:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def is_number(self) -> bool:
        """Numbers and amounts ("3.5", "1.250,00", "2026") are read as one unit."""
        return any(c.isdigit() for c in self.text)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    start: int
    end: int
    message: str


@dataclass(frozen=True)
class Analysis:
    findings: tuple[Finding, ...]
    """In text order; a long sentence comes before what is found inside it."""
    sentences: int
    words: int
    syllables: int
    score: float | None
    """Flesch-Douma; None when the text has no words."""

    @property
    def band(self) -> ReadabilityBand | None:
        return None if self.score is None else ReadabilityBand.of(self.score)


# ---------------------------------------------------------------------------------- splitting


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’-][^\W_]+)*")
_CHUNK = re.compile(r"\S+")
_CLOSERS = "\"'’”»)]"
_ENDS = tuple(".!?…")
_ABBREVIATIONS = _word_set(
    "bijv. bv. o.a. art. mr. dhr. mevr. mw. nr. nrs. blz. pag. p. ca. enz. etc. i.v.m. "
    "m.b.t. t.a.v. t.o.v. z.s.m. d.w.z. e.d. e.a. n.a.v. o.b.v. i.p.v. m.i.v. t.z.t. c.q. "
    "d.d. resp. incl. excl. max. min. evt. zgn. jl. jr. sr. dr. drs. ir. ing. prof. st. "
    "tel. vs. vgl. jo."
)
_ABBREVIATION_TAIL = re.compile(r"(?:[^\W\d_]+\.)+\Z")
"""The letters-and-points end of a chunk: "mevr." in "heer/mevr.", "o.a." in "(o.a."."""
_INITIAL = re.compile(r"[^\W\d_]\.")


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of text[start:end]; a number or amount counts as one word."""
    return [
        Word(m.group(), m.start())
        for m in _WORD.finditer(text, start, len(text) if end is None else end)
    ]


def _ends_sentence(chunk: str) -> bool:
    """Whether a chunk of non-space text closes a sentence (not "bijv." or "A.")."""
    body = chunk.rstrip(_CLOSERS)
    if not body.endswith(_ENDS):
        return False
    if not body.endswith(".") or body.endswith(".."):
        return True
    tail = _ABBREVIATION_TAIL.search(body[-12:])  # the longest abbreviation is shorter
    if tail is None:
        return True
    core = tail.group().casefold()
    return core not in _ABBREVIATIONS and _INITIAL.fullmatch(core) is None


def split_sentences(text: str) -> list[Sentence]:
    """Sentences end at . ! ? … and at every line break (a paragraph, a list item).

    A point inside a number ("3.5", "€ 1.250,00") or after a known abbreviation or an
    initial does not end a sentence. Pieces without a word (a bullet, "1.") are dropped,
    and a sentence starts at its first word, so list markers are never part of it.
    """
    sentences: list[Sentence] = []
    first: int | None = None
    chunks = list(_CHUNK.finditer(text))
    for index, chunk in enumerate(chunks):
        if first is None:
            first = chunk.start()
        last = index + 1 == len(chunks)
        following = len(text) if last else chunks[index + 1].start()
        if last or _ends_sentence(chunk.group()) or "\n" in text[chunk.end() : following]:
            words = split_words(text, first, chunk.end())
            if any(not w.is_number for w in words):
                sentences.append(Sentence(words[0].start, chunk.end(), tuple(words)))
            first = None
    return sentences


# ---------------------------------------------------------------------------------- syllables

_VOWEL_GROUP = re.compile(r"aai|eau|eeu|ieu|oei|ooi|aa|au|ee|ei|eu|ie|ij|oe|oo|ou|ui|uu|[aeiouy]")
_DIAERESIS_SPLIT = re.compile(r"(?=.\u0308)")


def syllables(word: str) -> int:
    """Dutch syllables by vowel groups: "beschikking" 3, "huis" 1, "ideeën" 3.

    Diphthongs and long vowels (ij, ui, oe, aa, eeu, ooi, ...) are one group, and a vowel
    with a diaeresis starts a new one ("Belgi|ë"), as Dutch spelling intends it to.
    """
    decomposed = unicodedata.normalize("NFD", word.casefold())
    count = 0
    for part in _DIAERESIS_SPLIT.split(decomposed):
        plain = "".join(c for c in part if not unicodedata.combining(c))
        count += len(_VOWEL_GROUP.findall(plain))
    return max(1, count)


def _word_syllables(word: Word) -> int:
    return 1 if word.is_number else syllables(word.text)


def flesch_douma(words: int, sentences: int, syllable_count: int) -> float:
    """206.835 − 0.93 × words per sentence − 77 × syllables per word (Douma, 1960)."""
    return 206.835 - 0.93 * (words / sentences) - 77 * (syllable_count / words)


# ---------------------------------------------------------------------------------- jargon


@dataclass(frozen=True)
class JargonTerm:
    term: str
    plain: tuple[str, ...]
    forms: tuple[str, ...] = ()
    """Other spellings or inflections that get the same advice ("verstrekt")."""


class JargonListError(DomainError):
    """A jargon list that cannot be used, naming every problem so it is fixed in one go."""

    def __init__(self, file_name: str, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        listed = joined(
            [said("plain_language", "- {problem}").format(problem=p) for p in problems], "\n"
        )
        super().__init__(
            said("plain_language", "De woordenlijst {file} is niet geldig:\n{problems}").format(
                file=file_name, problems=listed
            )
        )


class JargonList:
    """The terms with one compiled pattern: whole words, any case, longest term first."""

    def __init__(self, version: str, terms: Iterable[JargonTerm]) -> None:
        self.version = version
        self.terms = tuple(terms)
        forms = sorted(
            ((form, index) for index, t in enumerate(self.terms) for form in (t.term, *t.forms)),
            key=lambda pair: -len(pair[0]),
        )
        # A named group per form tells which term matched without folding the matched text.
        self._by_group = {f"f{n}": self.terms[index] for n, (_, index) in enumerate(forms)}
        alternatives = "|".join(
            rf"(?P<f{n}>{_term_pattern(form)})" for n, (form, _) in enumerate(forms)
        )
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w-])", re.I)

    def find(self, text: str) -> Iterator[tuple[JargonTerm, int, int]]:
        for match in self._pattern.finditer(text):
            yield self._by_group[match.lastgroup or ""], match.start(), match.end()


def _term_pattern(form: str) -> str:
    return r"\s+".join(re.escape(part) for part in form.split())


def _normal(term: str) -> str:
    return " ".join(term.casefold().split())


def load_jargon(text: str, file_name: str) -> JargonList:
    """Parse and check a jargon list; raise JargonListError naming every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise JargonListError(
            file_name, [said("plain_language", "geen geldige TOML ({error})").format(error=error)]
        ) from None
    problems: list[str] = []
    if data.get("format") != JARGON_FORMAT:
        problems.append(
            said("plain_language", 'format moet "{format}" zijn').format(format=JARGON_FORMAT)
        )
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        problems.append(said("plain_language", "version ontbreekt"))
    raw_terms = data.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        problems.append(said("plain_language", "terms ontbreekt of is leeg"))
        raw_terms = []
    terms: list[JargonTerm] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(raw_terms, start=1):
        term = _read_term(raw, number, problems)
        if term is None:
            continue
        for form in (term.term, *term.forms):
            earlier = seen.setdefault(_normal(form), number)
            if earlier != number:
                problems.append(
                    said(
                        "plain_language", "term {number}: '{form}' staat al bij term {earlier}"
                    ).format(number=number, form=form, earlier=earlier)
                )
        terms.append(term)
    if problems:
        raise JargonListError(file_name, problems)
    return JargonList(str(version), terms)


def _read_term(raw: Any, number: int, problems: list[str]) -> JargonTerm | None:
    if not isinstance(raw, dict):
        problems.append(
            said(
                "plain_language", "term {number}: verwacht {{ term = ..., plain = [...] }}"
            ).format(number=number)
        )
        return None
    term = raw.get("term")
    if not _is_text(term):
        problems.append(said("plain_language", "term {number}: term is leeg").format(number=number))
        return None
    unknown = sorted(set(raw) - {"term", "plain", "forms"})
    if unknown:
        problems.append(
            said("plain_language", "term {number} ('{term}'): onbekende sleutel {keys}").format(
                number=number, term=term, keys=", ".join(unknown)
            )
        )
    plain, forms = raw.get("plain"), raw.get("forms", [])
    if not isinstance(plain, list) or not plain or not all(_is_text(p) for p in plain):
        problems.append(
            said(
                "plain_language",
                "term {number} ('{term}'): plain moet een of meer gewone alternatieven noemen",
            ).format(number=number, term=term)
        )
        return None
    if not isinstance(forms, list) or not all(_is_text(f) for f in forms):
        problems.append(
            said(
                "plain_language",
                "term {number} ('{term}'): forms moet een lijst van niet-lege teksten zijn",
            ).format(number=number, term=term)
        )
        return None
    return JargonTerm(
        term.strip(), tuple(p.strip() for p in plain), tuple(f.strip() for f in forms)
    )


def _is_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


@functools.cache
def bundled_jargon() -> JargonList:
    """The jargon list shipped in resources/plain_language, read once."""
    folder, name = JARGON_RESOURCE
    source = resources.files("maatwerkdesk.resources") / folder / name
    return load_jargon(source.read_text(encoding="utf-8"), name)


# ---------------------------------------------------------------------------------- passive

_WORDEN = _word_set("word wordt werd werden worden geworden")
_ZIJN = _word_set("ben bent is zijn was waren")
_PARTICLES = (
    "aan|af|bij|door|in|mee|na|neer|om|onder|op|over|samen|tegen|terug|thuis|toe|uit|vast|voor|weg"
)
_STRONG = (
    "gegeven|gegaan|gedaan|gezien|genomen|geschreven|gekregen|gevonden|gelezen|gesproken|"
    "gedragen|gehouden|geheven|gesloten|gebleven|gewezen|getrokken|gezonden|gestoken|geboden|"
    "gebonden|geslagen|geboren|gemeten|geroepen|gewogen|geschonken|gelegd|ontvangen|verkregen|"
    "verzonden|besloten|bevonden|verboden|vergeten|verschenen|verworven|vernomen|bevolen|"
    "begonnen|beschreven|bewezen|verweten|herzien|ontslagen|ontheven|overwogen|ontnomen|"
    "vervangen|onderzocht|kwijtgescholden"
)
_PARTICIPLE = re.compile(
    rf"(?:{_PARTICLES})?(?:{_STRONG}"
    r"|ge[^\W\d_]{2,}[dt]"  # gemaakt, gestuurd, vastgesteld
    r"|(?:be|ver|ont|her|er)[^\W\d_]{2,}(?:d|[tkfspx]t|cht))"  # betaald, verwerkt, verricht
)
_NOT_PARTICIPLES = _word_set(
    "geeft geldt gebeurt gelooft gezond gebied gewicht gezicht geluid geweld geduld gerecht "
    "gesprek gedicht gegrond genot bericht verband beleid bestand verstand bewust bekend "
    "bereid verbod betreft behoeft verkeerd ernst ontvangst"
)


_NOT_PARTICIPLE_ENDINGS = ("heid", "schrift", "beeld")
"""Nouns (gezondheid, bezwaarschrift, voorbeeld) that look like participles."""


def _is_participle(word: str) -> bool:
    return (
        word not in _NOT_PARTICIPLES
        and word not in _WORDEN
        and not word.endswith(_NOT_PARTICIPLE_ENDINGS)
        # Present participles as adjectives ("bepalend"), but "erkend", "herkend" are past.
        and not (word.endswith("end") and not word.endswith("kend"))
        and _PARTICIPLE.fullmatch(word) is not None
    )


def _passives(sentence: Sentence) -> Iterator[Finding]:
    """A form of "worden" with a past participle, or "is/zijn/was/waren" with "door" and one.

    Each auxiliary takes the first participle after it that is not taken yet (main clause:
    "wordt … betaald"), else the last one before it (subordinate clause: "betaald wordt").
    The forms of "worden" choose first: "is" with "door" is the weaker sign.
    """
    folded = [w.text.casefold() for w in sentence.words]
    participles = [i for i, w in enumerate(folded) if _is_participle(w)]
    auxiliaries = [i for i, w in enumerate(folded) if w in _WORDEN]
    if "door" in folded:
        auxiliaries += [i for i, w in enumerate(folded) if w in _ZIJN]
    for aux in auxiliaries:
        if not participles:
            return
        after = [p for p in participles if p > aux]
        partner = after[0] if after else participles[-1]
        participles.remove(partner)
        first, last = sorted((aux, partner))
        words = sentence.words
        gap = " " if last == first + 1 else " … "
        shown = f"{words[first].text}{gap}{words[last].text}"
        yield Finding(
            FindingKind.PASSIVE,
            words[first].start,
            words[last].end,
            said(
                "plain_language",
                "Lijdende vorm: '{shown}'. Zeg wie het doet, bijvoorbeeld 'wij betalen' "
                "of 'de gemeente besluit'.",
            ).format(shown=shown),
        )


# ---------------------------------------------------------------------------------- analysis

_SPLIT_INTO = {
    2: said(
        "plain_language",
        "Deze zin heeft {count} woorden. Maak er twee zinnen van: "
        "B1 houdt zinnen op {most} woorden of minder.",
    ),
    3: said(
        "plain_language",
        "Deze zin heeft {count} woorden. Maak er drie zinnen van: "
        "B1 houdt zinnen op {most} woorden of minder.",
    ),
    4: said(
        "plain_language",
        "Deze zin heeft {count} woorden. Maak er vier zinnen van: "
        "B1 houdt zinnen op {most} woorden of minder.",
    ),
}
_SPLIT_INTO_MORE = said(
    "plain_language",
    "Deze zin heeft {count} woorden. Maak er meer zinnen van: "
    "B1 houdt zinnen op {most} woorden of minder.",
)


def _long_sentence(sentence: Sentence) -> Finding | None:
    count = len(sentence.words)
    if count <= MAX_SENTENCE_WORDS:
        return None
    advice = _SPLIT_INTO.get(-(-count // MAX_SENTENCE_WORDS), _SPLIT_INTO_MORE)
    return Finding(
        FindingKind.LONG_SENTENCE,
        sentence.start,
        sentence.end,
        advice.format(count=count, most=MAX_SENTENCE_WORDS),
    )


def _long_word(word: Word, syllable_count: int) -> Finding | None:
    letters = sum(c.isalpha() for c in word.text)
    if word.is_number or (syllable_count < LONG_WORD_SYLLABLES and letters <= LONG_WORD_LETTERS):
        return None
    return Finding(
        FindingKind.LONG_WORD,
        word.start,
        word.end,
        said(
            "plain_language",
            "'{word}' is een lang woord ({syllables} lettergrepen). "
            "Kies een korter woord of zeg het in meer woorden.",
        ).format(word=word.text, syllables=syllable_count),
    )


def _jargon(text: str, jargon: JargonList) -> Iterator[Finding]:
    for term, start, end in jargon.find(text):
        found = " ".join(text[start:end].split())
        plain = enumerate_nl((f"'{p}'" for p in term.plain), "of")
        yield Finding(
            FindingKind.JARGON,
            start,
            end,
            said("plain_language", "'{found}': schrijf liever {plain}.").format(
                found=found, plain=plain
            ),
        )


def analyse(text: str, jargon: JargonList | None = None) -> Analysis:
    """All findings and the readability of `text` (the bundled jargon list by default)."""
    sentences = split_sentences(text)
    jargon_found = list(_jargon(text, jargon or bundled_jargon())) if sentences else []
    findings: list[Finding] = list(jargon_found)
    # A jargon term already says what to write instead, so it is not also a long word.
    in_jargon = {i for j in jargon_found for i in range(j.start, j.end)}
    word_count = syllable_count = 0
    for sentence in sentences:
        if (long := _long_sentence(sentence)) is not None:
            findings.append(long)
        findings.extend(_passives(sentence))
        for word in sentence.words:
            count = _word_syllables(word)
            word_count += 1
            syllable_count += count
            long_word = _long_word(word, count)
            if long_word is not None and word.start not in in_jargon:
                findings.append(long_word)
    order = list(FindingKind)
    findings.sort(key=lambda f: (f.start, -f.end, order.index(f.kind)))
    score = flesch_douma(word_count, len(sentences), syllable_count) if sentences else None
    return Analysis(tuple(findings), len(sentences), word_count, syllable_count, score)
