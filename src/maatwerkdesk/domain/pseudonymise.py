"""The conference variant of a document: the betrokkene's identifying data replaced by roles.

A case conference discusses the case, not the person. `Pseudonymiser` replaces the recorded
name by a role term ("betrokkene"; "de onderneming", or "de ondernemer" after "meneer") and
the BSN, KvK number, date of birth, addresses, postcodes, e-mail addresses and phone numbers
by a bracketed mark, in free text too. Where a pattern cannot tell a name from a word (the
surname "Bos" and "het bos") it replaces both: a word too many is a nuisance, a name too
many is a data leak.

The third parties recorded with the dossier's facts (a werkgever, an ex-partner, a
bewindvoerder) are personal data too: their names, whole or in parts, become their role
in brackets ("[werkgever]", "[familielid 2]" when a role occurs twice). Other people's names
are only recognisable after a title: "mevrouw Van der Wilhuis", the owner of a business
whose name is not in the business name, becomes "[naam]". Not replaced: other names (no
pattern knows them), a street without a house number, a place name on its own, other
dates and ages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from stdnum.nl import bsn as stdnum_bsn

from maatwerkdesk.domain.case_facts import PartyRole, ThirdParty
from maatwerkdesk.domain.document import Document, map_texts
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import SubjectKind

VARIANT_REMARK = (
    "Gepseudonimiseerd: namen (ook van derden), BSN, adres en geboortedatum zijn vervangen "
    "door rollen."
)

BSN_MARK = "[BSN]"
KVK_MARK = "[KvK-nummer]"
BIRTH_DATE_MARK = "[geboortedatum]"
ADDRESS_MARK = "[adres]"
POSTCODE_MARK = "[postcode]"
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[telefoonnummer]"
NAME_MARK = "[naam]"


@dataclass(frozen=True)
class Roles:
    """The terms that replace a name."""

    plain: str
    possessive: str
    """For "Jansens besluit" and "Jansen's besluit"."""
    titled: str
    """For the name after "mevrouw" or "de heer": of a business, that is its owner."""


ROLES = {
    SubjectKind.PERSON: Roles("betrokkene", "betrokkenes", "betrokkene"),
    SubjectKind.BUSINESS: Roles("de onderneming", "de onderneming", "de ondernemer"),
}

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITALISED = rf"[{_UPPER}][^\W\d_]*"


def _gated(first: str, pattern: str) -> str:
    """`pattern` behind a look-ahead on what it can start with: the engine then skips other
    positions without trying every alternative (two to three times faster on long texts)."""
    return f"(?={first})(?:{pattern})"


# --- numbers, e-mail and phone ------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")

_PHONE = re.compile(
    _gated(
        "[+0]",
        r"(?<![\w+])(?:(?:\+|00)31\s?(?:\(0\)\s?)?|0)"
        r"(?:6[ -]?(?:\d ?){7}\d|\d{2}[ -]?(?:\d ?){6}\d|\d{3}[ -]?(?:\d ?){5}\d)(?![ -]?\d)",
    )
)
"""Dutch numbers: 0 or +31, an area code (6 for mobile) and the rest, 9 digits after the 0.
One hyphen at most, so a date with a time (01-12-2026 10:30) is not taken for one."""

_OTHER_BSN = (
    r"(?<![\d.,])(?:\d{9}|\d{3}(?P<a>[ .])\d{3}(?P=a)\d{3}|\d{4}(?P<b>[ .])\d{2}(?P=b)\d{3}"
    r"|\d{2}(?P<c>[ .])\d{2}(?P=c)\d{2}(?P=c)\d{3})(?![ .,]?\d)"
)
"""Any 9-digit number in a common BSN writing; `_replace_bsn` keeps those failing the elfproef.
No digit may follow it, so it cannot take the first digits of the recorded BSN (in "nr. 100
999 990 019" the pattern must not see "100 999 990" and skip past the BSN)."""


def _digits(number: str) -> str:
    """The recorded (normalised) number with any single space, dot or hyphen between digits."""
    return r"(?<!\d)" + r"[ .-]?".join(number) + r"(?!\d)"


def _bsn_pattern(recorded: str) -> re.Pattern[str]:
    own = f"{_digits(recorded)}|" if recorded else ""
    return re.compile(_gated(r"\d", own + _OTHER_BSN))


def _replace_bsn(recorded: str, match: re.Match[str]) -> str:
    """The recorded BSN in any writing, and any other number passing the elfproef: a
    housemate's BSN is personal data too."""
    digits = "".join(filter(str.isdigit, match[0]))
    return BSN_MARK if digits == recorded or stdnum_bsn.is_valid(digits) else match[0]


_MONTHS = (
    ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"),
    ("mei", "mei"), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
    ("september", "sept?"), ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
)  # fmt: skip


_ANY_BSN = re.compile(_gated(r"\d", _OTHER_BSN))
"""Any nine-digit number in a common BSN writing, whether it passes the elfproef or not."""

_MONTH_WORDS = "|".join(f"{name}|{short}\\.?" for name, short in _MONTHS)
_ANY_DATE = (
    r"(?<!\d)(?:\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{4}|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}\s+(?i:{_MONTH_WORDS})\s+\d{{4}})(?!\d)"
)
_CUED_BIRTH_DATE = re.compile(
    rf"(?i:\b(?:geboren|geb\.|geboortedatum)\s*(?:op\s+|:\s*)?){_ANY_DATE}"
)
"""A date after "geboren (op)", "geb." or "geboortedatum:": somebody's birth date, known or not."""


def _birth_date_pattern(born: date) -> re.Pattern[str]:
    """03-04-1985, 3/4/1985, 03.04.1985, 1985-04-03, 3 april 1985 and 3 apr. 1985."""
    day, month, year = (f"0?{born.day}", f"0?{born.month}", born.year)
    name, short = _MONTHS[born.month - 1]
    return re.compile(
        _gated(
            r"\d",
            rf"(?<!\d)(?:{day}(?P<sep>[-/.]){month}(?P=sep){year}|{year}-{month}-{day}"
            rf"|{day}\s+(?i:{name}|{short}\.?)\s+{year})(?!\d)",
        )
    )


# --- addresses ----------------------------------------------------------------------------

_STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
    "dreef", "park", "steeg", "markt", "baan", "wal", "kwartier", "erf", "allee", "plantsoen",
    "boulevard", "promenade", "kanaal",
)  # fmt: skip
"""Endings of a street name. "ring" only as a word of its own: Verklaring 2, Vordering 3."""

_STREET = (
    rf"(?:'s-)?[{_UPPER}](?:[^\W\d_]|-)*?(?:{'|'.join(_STREET_SUFFIXES)})"
    rf"|(?:{'|'.join(s.capitalize() for s in (*_STREET_SUFFIXES, 'ring'))})"
)
_HOUSE_NUMBER = (
    r"[1-9]\d{0,4}(?!\d)(?:-?[A-Za-z]{1,3}(?![^\W\d_])|-\d{1,4}(?!\d)"
    r"|\s(?:bis|hs|zw|I{1,3}|IV|[A-Z])(?![^\W\d_]))?"
)
"""12, 12a, 12-II, 12-1, 12 bis, 12 A."""
_POSTCODE = r"[1-9]\d{3}\s?(?!S[ADS])[A-Z]{2}(?![\w-])"
"""1234 AB or 1234AB; SA, SD and SS are never used."""
_PLACE = rf"(?:'s-|Den\s)?{_CAPITALISED}(?:-[^\W\d_]+)*"
_ADDRESS_TAIL = rf"(?:,?\s*{_POSTCODE}(?:,?\s+{_PLACE})?)?"

_STANDALONE_POSTCODE = re.compile(_gated("[1-9]", rf"(?<!\w){_POSTCODE}"))

_ADDRESS_CUE = r"(?i:\w*adres\s*:|\baan\s+(?:de|het)\s)\s*"
"""What announces an address whose street has no common ending: "Adres: Achter de Hoven 7"."""
_STREET_WORDS = (
    rf"{_CAPITALISED}(?:[\s-](?:(?:de|den|der|het|van|op|aan|in|te|ter|ten|'t)\s)*"
    rf"{_CAPITALISED}){{0,3}}"
)
_RECORDED_ADDRESS = re.compile(
    rf"(?:{_ADDRESS_CUE}(?P<named>{_STREET_WORDS})|(?<!\w)(?P<street>{_STREET}))"
    rf"\s+(?P<number>{_HOUSE_NUMBER})(?:,?\s*{_POSTCODE})?(?:,?\s+{_PLACE})?"
)


def _recorded_addresses(subject: Subject) -> list[str]:
    """The addresses in the contact and household notes, whole and as street and number."""
    found: list[str] = []
    for match in _RECORDED_ADDRESS.finditer(f"{subject.contact}\n{subject.household}"):
        start = match.start("named") if match["named"] else match.start("street")
        found += [match.string[start : match.end()], match.string[start : match.end("number")]]
    return found


def _address_pattern(recorded: list[str]) -> re.Pattern[str]:
    """Recorded addresses literally, then any street with a common ending and a house number;
    an adjacent postcode and place go with them."""
    own = rf"(?i:{_alternatives(recorded)})(?!\w)|" if recorded else ""
    first = f"[{_UPPER}'’{_first_letters(recorded)}]"
    return re.compile(
        _gated(first, rf"(?<!\w)(?:{own}(?:{_STREET})\s+{_HOUSE_NUMBER}){_ADDRESS_TAIL}")
    )


# --- names --------------------------------------------------------------------------------

_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "het", "'t", "’t", "te", "ter", "ten", "in", "op",
     "aan", "bij", "uit", "la", "le", "du", "da", "di", "del", "dos", "el", "al"}
)  # fmt: skip
"""Tussenvoegsels: part of a name next to it, never replaced on their own."""
_NOT_NAMES = frozenset({"bv", "nv", "vof", "cv", "zzp", "eenmanszaak", "holding", "en", "zn"})
"""Legal forms and joining words in a business name: not identifying on their own."""

_PERSON_TITLES = ("mevrouw", "meneer", "mijnheer", "de heer", "mevr.", "mw.", "dhr.")
"""Swallowed with the name, so "mevrouw Jansen" becomes "betrokkene", not "mevrouw betrokkene";
an abbreviation may drop its full stop."""
_ARTICLES = ("de", "het", "'t")
"""Swallowed with a business name, so "de Bakkerij Jansen" becomes "de onderneming"."""
_INITIALS = rf"(?-i:(?:[{_UPPER}]\.\s*)+)"
_NAME_WORD = re.compile(r"['’]?[^\W\d_]+(?:['’][^\W\d_]+)*")


def _accented_letters() -> dict[str, str]:
    """Each ASCII letter with its accented lower-case forms, so "Zoe" finds "Zoë" and back."""
    letters: dict[str, str] = {}
    for char in map(chr, range(0xC0, 0x250)):
        base = fold_for_search(char)
        if char.islower() and len(base) == 1 and base.isascii() and base != char:
            letters[base] = letters.get(base, base) + char
    return letters


_ACCENTED = _accented_letters()


def _loose(text: str) -> str:
    """A pattern for `text` that ignores accents and how much white space is used."""
    pieces = []
    for char in " ".join(text.split()):
        if char == " ":
            pieces.append(r"\s+")
        elif char in "'’":
            pieces.append("['’]")
        else:
            variants = _ACCENTED.get(fold_for_search(char), "")
            pieces.append(f"[{variants}]" if variants else re.escape(char))
    return "".join(pieces)


def _alternatives(words: Iterable[str]) -> str:
    """Longest first, so "Jansen" is tried before "Jan"."""
    return "|".join(_loose(w) for w in sorted(set(words), key=len, reverse=True))


def _first_letters(words: Iterable[str]) -> str:
    """What the `_loose` patterns of `words` can start with, in either case."""
    letters = "".join(_ACCENTED.get(fold_for_search(w[:1]), w[:1]) for w in words)
    return re.escape("".join(dict.fromkeys(letters + letters.upper())))


def _title(title: str) -> str:
    if title.endswith("."):
        return rf"{_loose(title[:-1])}(?:\.\s*|\s+)"
    return rf"{_loose(title)}\s+"


def _is_name_part(word: str) -> bool:
    folded = word.casefold()
    letters = sum(char.isalpha() for char in word)
    return letters >= 2 and folded not in _PARTICLES and folded not in _NOT_NAMES


def _particle_run(particles: Iterable[str]) -> str:
    """One or more tussenvoegsels: "van der", "in 't"."""
    any_of = f"(?:{_alternatives(particles)})"
    return rf"{any_of}(?:\s+{any_of})*"


def _leads(kind: SubjectKind, particles: set[str]) -> list[str]:
    """What stands before a name and goes with it. After a title or initials any tussenvoegsel
    belongs to the name ("meneer Van der Steenhuis" of "Taxibedrijf Steenhuis"); without them
    only a capitalised one of the recorded name: "de Vries" mid-sentence keeps its "de" ("de
    betrokkene"), "De Vries" at a sentence start does not."""
    titles = rf"(?P<titled>{'|'.join(map(_title, _PERSON_TITLES))})"
    if kind is SubjectKind.BUSINESS:
        titles += "|" + "|".join(map(_title, _ARTICLES))
    after = rf"(?:{_particle_run(_PARTICLES)}\s+)?"
    leads = [rf"(?:{titles})(?:{_INITIALS})?{after}", f"{_INITIALS}{after}"]
    if particles:
        capital = "|".join(re.escape(p[:1].upper() + p[1:]) for p in particles)
        leads.append(rf"(?-i:{capital})(?:\s+{_particle_run(particles)})?\s+")
    return leads


def _name_pattern(subject: Subject) -> re.Pattern[str] | None:
    """The whole name, or a run of its parts with its tussenvoegsels, with an optional title or
    initials before it and an optional possessive s after it."""
    words = _NAME_WORD.findall(subject.name)
    parts = [w for w in words if _is_name_part(w)]
    if not parts:
        return None
    particles = {w.casefold() for w in words if w.casefold() in _PARTICLES}
    part = f"(?:{_alternatives(parts)})"
    between = rf"[\s-]+(?:{_particle_run(particles)}\s+)?" if particles else r"[\s-]+"
    body = rf"(?:{_loose(subject.name)}|{part}(?:{between}{part})*)"
    leads = "|".join(_leads(subject.kind, particles))
    possessive = r"(?P<possessive>['’]?s|(?<=[sxz])['’](?=\s))"
    starts = _first_letters([*_PERSON_TITLES, *_ARTICLES, *parts, *particles, subject.name])
    return re.compile(
        _gated(f"[{starts}'’]|(?-i:[{_UPPER}])", rf"(?<!\w)(?:{leads})?{body}{possessive}?(?!\w)"),
        re.IGNORECASE,
    )


_TITLED_NAME = re.compile(
    rf"(?<!\w)(?i:{'|'.join(map(_title, _PERSON_TITLES))})(?:{_INITIALS})?"
    rf"(?:(?i:{_particle_run(_PARTICLES)})\s+)?{_CAPITALISED}(?:[\s-]+{_CAPITALISED})*"
)
"""Anyone else named after a title; runs after the subject's own name has become a role."""


_SENTENCE_END = re.compile(r"(?:\A|[.!?…\n])[\s\"'“‘(«]*\Z")


def _starts_sentence(text: str, index: int) -> bool:
    """Only a short stretch before `index` is read, so long texts stay linear."""
    return _SENTENCE_END.search(text, max(0, index - 40), index) is not None


def _replace_name(roles: Roles, match: re.Match[str]) -> str:
    if match["possessive"]:
        term = roles.possessive
    else:
        term = roles.titled if match["titled"] else roles.plain
    return term[:1].upper() + term[1:] if _starts_sentence(match.string, match.start()) else term


_ORGANISATIONS = frozenset({PartyRole.EMPLOYER, PartyRole.ORGANISATION})
"""Roles usually held by an organisation: "de Bakkerij Jansen" goes as a whole."""


def _party_marks(parties: Iterable[ThirdParty]) -> list[tuple[ThirdParty, str]]:
    """Each third party with its mark: its role, numbered when the role occurs twice."""
    listed = [p for p in parties if p.name.strip()]
    marks = []
    for party in listed:
        label = party.role.label.lower()
        same = [p for p in listed if p.role is party.role]
        number = f" {same.index(party) + 1}" if len(same) > 1 else ""
        marks.append((party, f"[{label}{number}]"))
    return marks


def _party_steps(parties: Iterable[ThirdParty]) -> list[tuple[re.Pattern[str], _Replacement]]:
    steps: list[tuple[re.Pattern[str], _Replacement]] = []
    for party, mark in _party_marks(parties):
        kind = SubjectKind.BUSINESS if party.role in _ORGANISATIONS else SubjectKind.PERSON
        pattern = _name_pattern(Subject(kind=kind, name=party.name))
        if pattern is not None:
            steps.append((pattern, partial(_replace_name, Roles(mark, mark, mark))))
    return steps


# --- the pseudonymiser --------------------------------------------------------------------

_Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Pseudonymiser:
    """A str -> str function for `map_texts`: each step a pattern compiled once per subject.

    The steps run in order: e-mail and phone numbers before the BSN (a phone number holds
    nine-digit stretches), all numbers before the names (a name in an e-mail address would
    otherwise leave half an address). No step's output is matched by any step, so applying
    it twice changes nothing more."""

    steps: tuple[tuple[re.Pattern[str], _Replacement], ...]

    @classmethod
    def for_subject(
        cls, subject: Subject, third_parties: Iterable[ThirdParty] = ()
    ) -> Pseudonymiser:
        steps: list[tuple[re.Pattern[str], _Replacement]] = [
            (_EMAIL, EMAIL_MARK),
            (_PHONE, PHONE_MARK),
            (_bsn_pattern(subject.bsn), partial(_replace_bsn, subject.bsn)),
        ]
        if subject.kvk_number:
            steps.append((re.compile(_gated(r"\d", _digits(subject.kvk_number))), KVK_MARK))
        if subject.date_of_birth is not None:
            steps.append((_birth_date_pattern(subject.date_of_birth), BIRTH_DATE_MARK))
        steps.append((_address_pattern(_recorded_addresses(subject)), ADDRESS_MARK))
        steps.append((_STANDALONE_POSTCODE, POSTCODE_MARK))
        names = _name_pattern(subject)
        if names is not None:
            steps.append((names, partial(_replace_name, ROLES[subject.kind])))
        steps += _party_steps(third_parties)
        steps.append((_TITLED_NAME, NAME_MARK))
        return cls(tuple(steps))

    def __call__(self, text: str) -> str:
        for pattern, replacement in self.steps:
            text = pattern.sub(replacement, text)
        return text


def pseudonymise(
    document: Document, subject: Subject, third_parties: Iterable[ThirdParty] = ()
) -> Document:
    """The document with `subject` and the third parties replaced by roles everywhere, and
    a remark saying so."""
    changed = map_texts(document, Pseudonymiser.for_subject(subject, third_parties))
    # The signed version it would carry holds the facts unchanged: it stays out.
    return replace(changed, header=replace(changed.header, variant=VARIANT_REMARK), attestation="")


BSN_FOUND = said("pseudonymise", "een BSN")
BIRTH_DATE_FOUND = said("pseudonymise", "een geboortedatum")
_FOUND_LABELS = (
    (BSN_MARK, BSN_FOUND),
    (KVK_MARK, said("pseudonymise", "een KvK-nummer")),
    (BIRTH_DATE_MARK, BIRTH_DATE_FOUND),
    (ADDRESS_MARK, said("pseudonymise", "een adres")),
    (POSTCODE_MARK, said("pseudonymise", "een postcode")),
    (EMAIL_MARK, said("pseudonymise", "een e-mailadres")),
    (PHONE_MARK, said("pseudonymise", "een telefoonnummer")),
)
NAME_FOUND = said("pseudonymise", "een naam")
"""What `personal_data_in` names: sentences a window translates (domain/sentence.py)."""


def _names_in(text: str, subject: Subject, parties: Iterable[ThirdParty]) -> bool:
    own = _name_pattern(subject)
    patterns = [own] if own is not None else []
    patterns += [pattern for pattern, _mark in _party_steps(parties)]
    return any(p.search(text) for p in [*patterns, _TITLED_NAME])


def personal_data_in(
    text: str, subjects: Iterable[tuple[Subject, Iterable[ThirdParty]]] = ()
) -> tuple[str, ...]:
    """What identifying data `text` holds, as Dutch phrases ("een BSN", "een naam") in a
    fixed order; empty when none. Checked against each of `subjects` (with its third
    parties) as the pseudonymiser would replace them, and against no one in particular:
    any nine-digit number in a BSN writing (a mistyped BSN is one too), any date after
    "geboren", any street with a house number, postcode, e-mail address, phone number,
    and a name after a title. A name part found anywhere counts: a name too many is a
    nuisance, one too few a leak."""
    found: set[str] = set()
    if _ANY_BSN.search(text):
        found.add(BSN_FOUND)
    if _CUED_BIRTH_DATE.search(text):
        found.add(BIRTH_DATE_FOUND)
    found |= _found_for(text, Subject(), [])  # no one in particular
    folded, digits = fold_for_search(text), re.sub(r"[^0-9]", "", text)
    for subject, parties in subjects:
        listed = list(parties)
        if _could_name(text, folded, digits, subject, listed):
            found |= _found_for(text, subject, listed)
    order = [label for _mark, label in _FOUND_LABELS] + [NAME_FOUND]
    return tuple(label for label in order if label in found)


def _found_for(text: str, subject: Subject, parties: list[ThirdParty]) -> set[str]:
    """The labels of what the pseudonymiser of `subject` and `parties` would replace."""
    replaced = Pseudonymiser.for_subject(subject, parties)(text)
    found: set[str] = {
        label for mark, label in _FOUND_LABELS if replaced.count(mark) > text.count(mark)
    }
    if _names_in(text, subject, parties):
        found.add(NAME_FOUND)
    return found


_LETTERS = re.compile(r"[^\W\d_]+")


def _could_name(
    text: str, folded: str, digits: str, subject: Subject, parties: list[ThirdParty]
) -> bool:
    """Whether a pattern of `subject` or `parties` beyond those of no one in particular can
    match `text` at all. Each needs a whole part of a name or a recorded address, so the
    longest run of letters in it (accents and case aside); or the digits of a number in
    order; or the year of birth. Compiling the patterns is what costs: a text checked
    against the hundreds of people of a group dossier is spared those of the people it
    cannot mention. A part without a run of two letters cannot be told, and says yes."""
    names = (subject.name, *(party.name for party in parties))
    parts = [w for name in names for w in _NAME_WORD.findall(name) if _is_name_part(w)]
    for part in (*parts, *_recorded_addresses(subject)):
        longest = max(_LETTERS.findall(fold_for_search(part)), key=len, default="")
        if len(longest) < 2 or longest in folded:
            return True
    numbers = (re.sub(r"[^0-9]", "", n) for n in (subject.bsn, subject.kvk_number))
    if any(number and number in digits for number in numbers):
        return True
    return subject.date_of_birth is not None and str(subject.date_of_birth.year) in text
