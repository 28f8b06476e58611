"""The facts of a dossier as data: amounts with their period, third parties with their
role, the stage of the procedure and court rulings by ECLI.

The free texts (knelpunt, request, notes) tell the story; these values let the program
reckon with it: the recovery against the yearly income (`recovery_burden`), the indicators
and the documents. Third parties are personal data like the betrokkene's: their names are
replaced in pseudonymised documents (domain/pseudonymise.py) and never logged.

Each entry carries an id, so two people adding an amount each on different computers
both keep theirs (domain/briefcase_merge.py keys list entries by id).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import Sentence, said, vocabulary_word
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text

MAX_AMOUNT = Decimal("10000000.00")
"""Ten million euros: more is a typing error in a maatwerk dossier, not a fact."""
NOTE_LIMIT = 500
"""A note beside an amount, a third party or a ruling: one line."""
MAX_ENTRIES = 100
MAX_MINOR_CHILDREN = 20
"""More minor children in one household is a typing error."""
"""Per list: a dossier has a handful; a file with thousands is not a dossier."""
CENT = Decimal("0.01")

REPAYMENT_SHARE = Decimal("0.10")
"""The part of the income per month the burden is measured with: a tenth."""
REPAYMENT_MONTHS = 36
"""Repaying for longer than this (three years) makes a recovery large."""
LARGE_RECOVERY_SHARE = REPAYMENT_SHARE * REPAYMENT_MONTHS / 12
"""A recovery of this share of the yearly income or more (0.30) takes at least
`REPAYMENT_MONTHS` to repay at `REPAYMENT_SHARE` of the income a month: large."""


class AmountKind(StrEnum):
    CLAIM = "vordering"
    """The claim or recovery (vordering, terugvordering) the case is about."""
    INCOME = "inkomen"
    BENEFIT = "uitkering"
    DEBT = "schuld"
    OTHER = "overig"

    @property
    def label(self) -> str:
        return _AMOUNT_LABELS[self]


_AMOUNT_LABELS = {
    AmountKind.CLAIM: "Vordering of terugvordering",
    AmountKind.INCOME: "Inkomen",
    AmountKind.BENEFIT: "Uitkering",
    AmountKind.DEBT: "Schuld",
    AmountKind.OTHER: "Ander bedrag",
}


class Period(StrEnum):
    ONCE = "eenmalig"
    MONTHLY = "per_maand"
    YEARLY = "per_jaar"

    @property
    def label(self) -> str:
        return {"eenmalig": "eenmalig", "per_maand": "per maand", "per_jaar": "per jaar"}[
            self.value
        ]


class PartyRole(StrEnum):
    EMPLOYER = "werkgever"
    PARTNER = "partner"
    EX_PARTNER = "ex_partner"
    FAMILY = "familielid"
    GUARDIAN = "bewindvoerder"
    DEBT_COUNSELLOR = "schuldhulpverlener"
    CARE_PROVIDER = "zorgverlener"
    LANDLORD = "verhuurder"
    ORGANISATION = "andere_organisatie"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    PartyRole.EMPLOYER: "Werkgever",
    PartyRole.PARTNER: "Partner",
    PartyRole.EX_PARTNER: "Ex-partner",
    PartyRole.FAMILY: "Familielid",
    PartyRole.GUARDIAN: "Bewindvoerder",
    PartyRole.DEBT_COUNSELLOR: "Schuldhulpverlener",
    PartyRole.CARE_PROVIDER: "Zorgverlener",
    PartyRole.LANDLORD: "Verhuurder",
    PartyRole.ORGANISATION: "Andere organisatie",
}


class Stage(StrEnum):
    """Where the legal procedure stands."""

    APPLICATION = "aanvraag"
    PRIMARY_DECISION = "primair_besluit"
    OBJECTION = "bezwaar"
    APPEAL = "beroep"
    HIGHER_APPEAL = "hoger_beroep"
    ENFORCEMENT = "handhaving_invordering"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    Stage.APPLICATION: "Aanvraag",
    Stage.PRIMARY_DECISION: "Primair besluit",
    Stage.OBJECTION: "Bezwaar",
    Stage.APPEAL: "Beroep",
    Stage.HIGHER_APPEAL: "Hoger beroep",
    Stage.ENFORCEMENT: "Handhaving of invordering",
}


@dataclass(frozen=True)
class Amount:
    kind: AmountKind
    euros: Decimal
    period: Period = Period.ONCE
    starts: date | None = None
    ends: date | None = None
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class ThirdParty:
    """Someone besides the betrokkene who matters to the case; personal data."""

    role: PartyRole
    name: str
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class Ruling:
    """A court ruling, by its European Case Law Identifier, and why it matters here."""

    ecli: str
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class CaseFacts:
    """What the Feiten step holds; all of it may stay empty."""

    stage: Stage | None = None
    amounts: tuple[Amount, ...] = ()
    third_parties: tuple[ThirdParty, ...] = ()
    rulings: tuple[Ruling, ...] = ()
    minor_children: int | None = None
    """Minor children in the household who bear the consequences; None: not recorded."""
    organisation_share: bool = False
    """The organisation itself contributed to the problem (an error, a late decision)."""


def new_entry_id() -> str:
    """A fresh id for an amount, a third party or a ruling."""
    return str(uuid.uuid4())


# --- amounts in euros ------------------------------------------------------------------------

_EUROS = re.compile(r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<cents>[0-9]{1,2}))?")
_STORED = re.compile(r"(?:0|[1-9][0-9]{0,7})\.[0-9]{2}")


_NEGATIVE = said("case_facts", "Een bedrag kan niet negatief zijn; vul het zonder min in.")


def parse_euros(text: str, field: str = "euros") -> Decimal:
    """An amount as a caseworker types it: '4.312,17', '4312,17', '€ 4312' or '4312'.
    A dot groups thousands and a comma marks the cents, as in Dutch; anything else is
    refused with a sentence saying how to write it."""
    typed = text.strip().removeprefix("€").strip().replace(" ", "")
    if typed.startswith("-"):
        raise ValidationError(field, _NEGATIVE)
    match = _EUROS.fullmatch(typed)
    if match is None:
        raise ValidationError(
            field,
            said(
                "case_facts",
                "Dit is geen bedrag. Schrijf het als 4.312,17 of 4312,17: een punt tussen de "
                "duizendtallen, een komma voor de centen.",
            ),
        )
    whole = match["whole"].replace(".", "")
    cents = (match["cents"] or "0").ljust(2, "0")
    return checked_euros(Decimal(f"{whole}.{cents}"), field)


def checked_euros(value: Decimal, field: str = "euros") -> Decimal:
    """`value` in whole cents, or refused: negative, fractions of a cent, absurdly large."""
    if not value.is_finite():
        raise ValidationError(field, said("case_facts", "Dit is geen bedrag."))
    if value < 0:
        raise ValidationError(field, _NEGATIVE)
    if value > MAX_AMOUNT:
        raise ValidationError(
            field,
            said(
                "case_facts",
                "Dit bedrag is groter dan {maximum}; dat kan niet kloppen. Kijk het na.",
            ).format(maximum=format_euros(MAX_AMOUNT)),
        )
    if value != value.quantize(CENT):
        raise ValidationError(
            field, said("case_facts", "Een bedrag heeft hoogstens twee cijfers achter de komma.")
        )
    return value.quantize(CENT)


def stored_euros(value: Decimal) -> str:
    """How the exchange format and the database write an amount: '4312.17'."""
    return f"{value.quantize(CENT):f}"


def read_stored_euros(text: str, field: str) -> Decimal:
    """An amount as stored ('4312.17'), strictly: digits, a dot and two cents."""
    if not _STORED.fullmatch(text):
        raise ValidationError(
            field,
            said(
                "case_facts",
                'Hier wordt een bedrag in euro\'s als tekst verwacht, bijv. "4312.17".',
            ),
        )
    return checked_euros(Decimal(text), field)


def format_euros(value: Decimal) -> str:
    """Dutch notation: € 4.312,17."""
    whole, _, cents = f"{value.quantize(CENT):f}".partition(".")
    return f"€ {int(whole):,}".replace(",", ".") + f",{cents}"


def period_text(amount: Amount) -> Sentence:
    """'per maand', 'per maand, 01-02-2026 t/m 30-04-2026', 'eenmalig, vanaf 01-03-2026'."""
    period = vocabulary_word(amount.period.label)
    starts = f"{amount.starts:%d-%m-%Y}" if amount.starts else ""
    ends = f"{amount.ends:%d-%m-%Y}" if amount.ends else ""
    if starts and ends:
        return said("case_facts", "{period}, {starts} t/m {ends}").format(
            period=period, starts=starts, ends=ends
        )
    if starts:
        return said("case_facts", "{period}, vanaf {starts}").format(period=period, starts=starts)
    if ends:
        return said("case_facts", "{period}, tot en met {ends}").format(period=period, ends=ends)
    return period


# --- ECLI ------------------------------------------------------------------------------------

ECLI_PATTERN = re.compile(r"ECLI:[A-Z]{2}:[A-Z][A-Z0-9]{0,6}:[0-9]{4}:[A-Z0-9.]{1,25}")
"""The European Case Law Identifier (Council conclusions 2011/C 127/01): 'ECLI', the
country code, the court code (a letter, then up to six letters or digits), the year in
four digits and an ordinal number of up to 25 letters, digits and dots, separated by
colons. E.g. ECLI:NL:CRVB:2024:726."""


def normalise_ecli(text: str, field: str = "ecli") -> str:
    """The ECLI in capitals without spaces, or refused with the form it should have."""
    value = "".join(text.split()).upper()
    if not ECLI_PATTERN.fullmatch(value):
        raise ValidationError(
            field,
            said(
                "case_facts",
                "Dit is geen ECLI. Een ECLI heeft de vorm ECLI:NL:CRVB:2024:726: land, gerecht, "
                "jaartal en volgnummer, gescheiden door dubbele punten.",
            ),
        )
    return value


# --- validation ------------------------------------------------------------------------------

_EARLIEST = date(1900, 1, 1)
_LATEST_YEAR = 2100


def _note(value: str, field: str) -> str:
    return clean_text(value, field, limit=NOTE_LIMIT, multiline=False)


def _date_in_range(value: date | None, field: str) -> date | None:
    if value is not None and not (value >= _EARLIEST and value.year <= _LATEST_YEAR):
        raise ValidationError(
            field, said("case_facts", "Deze datum kan niet kloppen: vóór 1900 of na 2100.")
        )
    return value


def validate_amount(amount: Amount, field: str = "facts.amounts") -> Amount:
    starts = _date_in_range(amount.starts, f"{field}.starts")
    ends = _date_in_range(amount.ends, f"{field}.ends")
    if starts is not None and ends is not None and ends < starts:
        raise ValidationError(
            f"{field}.ends", said("case_facts", "De einddatum ligt vóór de begindatum.")
        )
    return replace(
        amount,
        euros=checked_euros(amount.euros, f"{field}.euros"),
        note=_note(amount.note, f"{field}.note"),
        id=amount.id or new_entry_id(),
    )


def validate_third_party(party: ThirdParty, field: str = "facts.third_parties") -> ThirdParty:
    name = clean_text(party.name, f"{field}.name", limit=SHORT_TEXT_LIMIT, multiline=False)
    if not name:
        raise ValidationError(
            f"{field}.name", said("case_facts", "Noem de derde bij naam (of de organisatie).")
        )
    return replace(
        party, name=name, note=_note(party.note, f"{field}.note"), id=party.id or new_entry_id()
    )


def validate_ruling(ruling: Ruling, today: date, field: str = "facts.rulings") -> Ruling:
    ecli = normalise_ecli(ruling.ecli, f"{field}.ecli")
    if int(ecli.split(":")[3]) > today.year:
        raise ValidationError(
            f"{field}.ecli", said("case_facts", "Het jaartal van deze ECLI ligt in de toekomst.")
        )
    return replace(
        ruling, ecli=ecli, note=_note(ruling.note, f"{field}.note"), id=ruling.id or new_entry_id()
    )


def _limited(entries: tuple[object, ...], field: str) -> None:
    if len(entries) > MAX_ENTRIES:
        raise ValidationError(
            field,
            said("case_facts", "Meer dan {maximum} regels is te veel voor één dossier.").format(
                maximum=MAX_ENTRIES
            ),
        )


def validate_facts(facts: CaseFacts, today: date) -> CaseFacts:
    """The cleaned facts, or a ValidationError naming the first bad value by its place:
    `facts.amounts[2].euros`, `facts.rulings[0].ecli`."""
    for name in ("amounts", "third_parties", "rulings"):
        _limited(getattr(facts, name), f"facts.{name}")
    children = facts.minor_children
    if children is not None and not 0 <= children <= MAX_MINOR_CHILDREN:
        raise ValidationError(
            "facts.minor_children",
            said(
                "case_facts",
                "Vul een aantal minderjarige kinderen in van 0 tot en met {maximum}.",
            ).format(maximum=MAX_MINOR_CHILDREN),
        )
    return CaseFacts(
        stage=facts.stage,
        minor_children=children,
        organisation_share=facts.organisation_share,
        amounts=tuple(
            validate_amount(a, f"facts.amounts[{i}]") for i, a in enumerate(facts.amounts)
        ),
        third_parties=tuple(
            validate_third_party(p, f"facts.third_parties[{i}]")
            for i, p in enumerate(facts.third_parties)
        ),
        rulings=tuple(
            validate_ruling(r, today, f"facts.rulings[{i}]") for i, r in enumerate(facts.rulings)
        ),
    )


# --- what the amounts add up to ---------------------------------------------------------------


def _months(starts: date, ends: date) -> int:
    """Calendar months from `starts` up to and including `ends`."""
    return (ends.year - starts.year) * 12 + ends.month - starts.month + 1


def total(amount: Amount) -> Decimal | None:
    """What an amount comes to over its period: a one-off amount itself, a periodic one over
    its months from start to end; None for a periodic amount without both dates."""
    if amount.period is Period.ONCE:
        return amount.euros
    if amount.starts is None or amount.ends is None:
        return None
    months = _months(amount.starts, amount.ends)
    per_month = amount.euros if amount.period is Period.MONTHLY else amount.euros / 12
    return (per_month * months).quantize(CENT, ROUND_HALF_UP)


def is_current(amount: Amount, on: date) -> bool:
    """Whether the amount runs on `on`: started by then and not yet ended."""
    return (amount.starts is None or amount.starts <= on) and (
        amount.ends is None or on <= amount.ends
    )


def yearly_income(amounts: Iterable[Amount], on: date) -> Decimal:
    """Income and benefits per year as they are on `on`: per month times twelve, per year
    once; one-off amounts and those not running on that day are left out."""
    yearly = Decimal(0)
    for amount in amounts:
        if amount.kind not in (AmountKind.INCOME, AmountKind.BENEFIT) or not is_current(amount, on):
            continue
        if amount.period is Period.MONTHLY:
            yearly += amount.euros * 12
        elif amount.period is Period.YEARLY:
            yearly += amount.euros
    return yearly


@dataclass(frozen=True)
class RecoveryBurden:
    """The claim or recovery against the yearly income."""

    recovery: Decimal
    income: Decimal

    @property
    def share(self) -> Decimal:
        return self.recovery / self.income

    @property
    def percentage(self) -> int:
        return int((self.share * 100).quantize(Decimal(1), ROUND_HALF_UP))

    @property
    def large(self) -> bool:
        return self.reaches(LARGE_RECOVERY_SHARE)

    def reaches(self, share: Decimal) -> bool:
        """Whether the recovery is at least `share` of the yearly income."""
        return self.share >= share

    @property
    def sentence(self) -> Sentence:
        """'De (terug)vordering van € 4.312,17 is 36 % van het jaarinkomen van € 12.000,00
        (inkomen en uitkeringen samen).'"""
        return said(
            "case_facts",
            "De (terug)vordering van {recovery} is {percentage} % van het jaarinkomen van "
            "{income} (inkomen en uitkeringen samen).",
        ).format(
            recovery=format_euros(self.recovery),
            percentage=self.percentage,
            income=format_euros(self.income),
        )


LARGE_RECOVERY_PERCENT = int(LARGE_RECOVERY_SHARE * 100)
LARGE_RECOVERY_EXPLAINED = said(
    "case_facts",
    "Vanaf {percentage} % duurt aflossen met een tiende van het inkomen per maand {years} jaar "
    "of langer.",
).format(percentage=LARGE_RECOVERY_PERCENT, years=REPAYMENT_MONTHS // 12)
"""Why the threshold lies where it does, in the words the finding uses."""


def recovery_burden(facts: CaseFacts, on: date) -> RecoveryBurden | None:
    """The claims and recoveries against the yearly income on `on`; None without a claim
    whose total is known, or without income."""
    totals = [total(a) for a in facts.amounts if a.kind is AmountKind.CLAIM]
    known = [t for t in totals if t is not None]
    income = yearly_income(facts.amounts, on)
    if not known or income <= 0:
        return None
    return RecoveryBurden(sum(known, Decimal(0)), income)
