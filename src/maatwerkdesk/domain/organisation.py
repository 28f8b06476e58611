"""The organisation's settings: who sends letters and which body decides, and how many
dossiers make a pattern that proposes a knelpuntsignaal (`domain/signal_patterns.py`).

They live in a small TOML file in the profile (`organisatie.toml`), read with the same
bounds as a catalogue (`toml_limits`) and refused whole, with every problem named, when
anything in it is wrong: a letter must never go out with half a sender. Nothing set is a
valid file too; the letter then falls back on what the dossier's organisation implies
and says plainly what is missing.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import Reader
from maatwerkdesk.domain.text import fold_for_search, joined
from maatwerkdesk.domain.toml_limits import find_excess
from maatwerkdesk.domain.vocabulary import Organisation

SETTINGS_FORMAT = "maatwerkdesk-organisation/1"
SETTINGS_FILE = "organisatie.toml"
MAX_SETTINGS_BYTES = 200_000
"""A municipality with every regulation set has a few kilobytes."""
MAX_TEXT = 500
"""Characters of one value: the longest is an address of a few lines."""
MAX_BODIES = 200
PROBLEMS_SHOWN = 25
T = TypeVar("T")
MAX_APPEAL_DAYS = 42
"""No term for beroep is longer than the Awb's six weeks."""
DEFAULT_PATTERN_AT, MAX_PATTERN_AT = 3, 50
"""Two dossiers alike are a coincidence as often as a pattern: a pattern takes at least two."""


class SettingsError(DomainError):
    """A settings file that cannot be used, with every problem found in it."""

    def __init__(self, file_name: str, problems: list[str]) -> None:
        self.problems = problems
        shown = joined(
            [
                said("organisation", "- {problem}").format(problem=p)
                for p in problems[:PROBLEMS_SHOWN]
            ],
            "\n",
        )
        if len(problems) > PROBLEMS_SHOWN:
            message = said(
                "organisation",
                "De organisatiegegevens in {file} zijn niet te gebruiken:\n{problems}\n"
                "… en nog {more} problemen.",
            ).format(file=file_name, problems=shown, more=len(problems) - PROBLEMS_SHOWN)
        else:
            message = said(
                "organisation",
                "De organisatiegegevens in {file} zijn niet te gebruiken:\n{problems}",
            ).format(file=file_name, problems=shown)
        super().__init__(message)


@dataclass(frozen=True)
class BodyRule:
    """The deciding body for dossiers whose regulation mentions one of `regulation`
    (folded, any part of it) and, when given, that name `organisation`."""

    name: str
    address: str = ""
    regulation: tuple[str, ...] = ()
    organisation: Organisation | None = None

    def matches(self, regulation: str, organisations: tuple[Organisation, ...]) -> bool:
        folded = fold_for_search(regulation)
        if self.regulation and not any(fold_for_search(t) in folded for t in self.regulation):
            return False
        return self.organisation is None or self.organisation in organisations


@dataclass(frozen=True)
class AsylumAppeal:
    """Where and within how long beroep against an asylum decision goes (Vw 2000 art. 69
    and 71 as last checked; set here because the 2026 text could not be confirmed)."""

    court: str = ""
    address: str = ""
    days: int | None = None
    """None: not set; the letter then names the shortest term it knows."""


@dataclass(frozen=True)
class OrganisationSettings:
    name: str = ""
    address: str = ""
    phone: str = ""
    web: str = ""
    bodies: tuple[BodyRule, ...] = ()
    asylum: AsylumAppeal = AsylumAppeal()
    pattern_at: int = DEFAULT_PATTERN_AT
    """How many dossiers (a group dossier counting once) make a pattern, for each rule."""


NO_SETTINGS = OrganisationSettings()
"""Nothing set: every letter uses the defaults below and says what is missing."""

DEFAULT_BODIES = (
    BodyRule("De burgemeester", regulation=("opiumwet",)),
    BodyRule("Het college van burgemeester en wethouders", organisation=Organisation.GEMEENTE),
    BodyRule("De Raad van bestuur van het UWV", organisation=Organisation.UWV),
    BodyRule("De Sociale Verzekeringsbank", organisation=Organisation.SVB),
    BodyRule(
        "De minister die de Vreemdelingenwet 2000 uitvoert (namens deze: de IND)",
        organisation=Organisation.IND,
    ),
    BodyRule("Dienst Toeslagen", organisation=Organisation.TOESLAGEN),
    BodyRule("De inspecteur van de Belastingdienst", organisation=Organisation.BELASTINGDIENST),
)
"""The body when the settings name none: what the dossier's organisation implies."""


@dataclass(frozen=True)
class DecidingBody:
    name: str
    address: str
    """Empty when not set: the letter says so."""
    known: bool = True
    """False when neither the settings nor the defaults name a body for the dossier."""


def deciding_body(
    settings: OrganisationSettings, regulation: str, organisations: tuple[Organisation, ...]
) -> DecidingBody:
    """The settings' first matching body (its address, or else the organisation's), else
    the default for the regulation or for the dossier's first organisation that has one,
    without an address."""
    for rule in settings.bodies:
        if rule.matches(regulation, organisations):
            return DecidingBody(rule.name, rule.address or settings.address)
    defaults = [r for r in DEFAULT_BODIES if r.regulation and r.matches(regulation, ())]
    # The dossier's first organisation decides; the others are involved.
    defaults += [r for o in organisations for r in DEFAULT_BODIES if r.organisation is o]
    if defaults:
        return DecidingBody(defaults[0].name, "")
    return DecidingBody(settings.name or "Niet ingesteld", settings.address, known=False)


# ---------------------------------------------------------------------------- reading


def load_settings(text: str, file_name: str = SETTINGS_FILE) -> OrganisationSettings:
    """Parse and check a settings file; raise SettingsError naming every problem."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_SETTINGS_BYTES:
        raise SettingsError(file_name, [said("organisation", "Het bestand is groter dan 200 kB.")])
    excess = find_excess(text)
    if excess is not None:
        raise SettingsError(
            file_name,
            [
                said("organisation", "regel {line}: {problem}").format(
                    line=excess.line, problem=excess.message
                )
            ],
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(
            file_name,
            [said("organisation", "Dit is geen geldige TOML ({error}).").format(error=str(error))],
        ) from None
    problems: list[str] = []
    settings = _read(data, problems)
    if problems or settings is None:
        raise SettingsError(file_name, problems)
    return settings


def _read(data: dict[str, Any], problems: list[str]) -> OrganisationSettings | None:
    def attempt(read: Callable[[], T]) -> T | None:
        try:
            return read()
        except ValidationError as error:
            problems.append(
                said("organisation", "{field}: {problem}").format(
                    field=error.field, problem=error.message
                )
            )
            return None

    reader = Reader(data, "", strict=True)
    file_format = attempt(lambda: reader.text("format", required=True))
    if file_format is not None and file_format != SETTINGS_FORMAT:
        problems.append(
            said("organisation", 'format: verwacht "{format}".').format(format=SETTINGS_FORMAT)
        )
    organisation = attempt(lambda: _organisation(reader.child("organisation")))
    asylum = attempt(lambda: _asylum(reader.child("asylum_appeal")))
    pattern_at = attempt(lambda: _pattern_at(reader.child("signals")))
    raw_bodies = attempt(lambda: reader.items("bodies")) or []
    if len(raw_bodies) > MAX_BODIES:
        problems.append(
            said("organisation", "bodies: meer dan {limit} bestuursorganen.").format(
                limit=MAX_BODIES
            )
        )
        raw_bodies = []
    bodies = [attempt(partial(_body, item, f"bodies[{i}]")) for i, item in enumerate(raw_bodies)]
    attempt(reader.finish)
    if problems or organisation is None or asylum is None or pattern_at is None:
        return None
    return OrganisationSettings(
        **organisation,
        bodies=tuple(b for b in bodies if b is not None),
        asylum=asylum,
        pattern_at=pattern_at,
    )


def _text(reader: Reader, key: str, *, lines: bool = False) -> str:
    value = reader.text(key).strip()
    if len(value) > MAX_TEXT:
        raise ValidationError(
            reader.where(key),
            said("organisation", "Langer dan {limit} tekens.").format(limit=MAX_TEXT),
        )
    allowed = "\n" if lines else ""
    if any((ord(c) < 32 and c not in allowed) or 0x7F <= ord(c) < 0xA0 for c in value):
        raise ValidationError(
            reader.where(key), said("organisation", "Hier staat een stuurteken; typ gewone tekst.")
        )
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise ValidationError(
            reader.where(key), said("organisation", "Hier staat een ongeldig teken.")
        )
    return value


def _organisation(reader: Reader) -> dict[str, str]:
    values = {
        "name": _text(reader, "name"),
        "address": _text(reader, "address", lines=True),
        "phone": _text(reader, "phone"),
        "web": _text(reader, "web"),
    }
    reader.finish()
    return values


def _asylum(reader: Reader) -> AsylumAppeal:
    days = reader.integer("days")
    if days is not None and not 1 <= days <= MAX_APPEAL_DAYS:
        raise ValidationError(
            reader.where("days"),
            said("organisation", "Kies een termijn van 1 tot en met {limit} dagen.").format(
                limit=MAX_APPEAL_DAYS
            ),
        )
    appeal = AsylumAppeal(_text(reader, "court"), _text(reader, "address", lines=True), days)
    reader.finish()
    return appeal


def _pattern_at(reader: Reader) -> int:
    at = reader.integer("pattern_at")
    if at is not None and not 2 <= at <= MAX_PATTERN_AT:
        raise ValidationError(
            reader.where("pattern_at"),
            said("organisation", "Kies een aantal van 2 tot en met {limit}.").format(
                limit=MAX_PATTERN_AT
            ),
        )
    reader.finish()
    return DEFAULT_PATTERN_AT if at is None else at


def _body(item: object, where: str) -> BodyRule:
    reader = Reader(item, where, strict=True)
    name = _text(reader, "name")
    if not name:
        raise ValidationError(
            reader.where("name"), said("organisation", "Noem het bestuursorgaan.")
        )
    terms = []
    for index, term in enumerate(reader.items("regulation")):
        if not isinstance(term, str) or not term.strip() or len(term) > MAX_TEXT:
            term_where = f"{reader.where('regulation')}[{index}]"
            raise ValidationError(term_where, said("organisation", "Tekst verwacht."))
        terms.append(term.strip())
    organisation = (
        reader.choice("organisation", Organisation) if "organisation" in reader.data else None
    )
    if not terms and organisation is None:
        raise ValidationError(
            where,
            said(
                "organisation", "Noem een regeling (regulation) of een organisatie (organisation)."
            ),
        )
    rule = BodyRule(name, _text(reader, "address", lines=True), tuple(terms), organisation)
    reader.finish()
    return rule


# ---------------------------------------------------------------------------- writing


def _string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and DEL must be escaped too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def settings_to_toml(settings: OrganisationSettings) -> str:
    """The file `load_settings` reads back as the same settings."""
    lines = [
        "# MaatwerkDesk: organisatiegegevens voor de besluitbrief.",
        f"format = {_string(SETTINGS_FORMAT)}",
        "",
        "[organisation]",
        f"name = {_string(settings.name)}",
        f"address = {_string(settings.address)}",
        f"phone = {_string(settings.phone)}",
        f"web = {_string(settings.web)}",
        "",
        "[asylum_appeal]",
        f"court = {_string(settings.asylum.court)}",
        f"address = {_string(settings.asylum.address)}",
    ]
    if settings.asylum.days is not None:
        lines.append(f"days = {settings.asylum.days}")
    lines += ["", "[signals]", f"pattern_at = {settings.pattern_at}"]
    for body in settings.bodies:
        lines += ["", "[[bodies]]", f"name = {_string(body.name)}"]
        lines.append(f"address = {_string(body.address)}")
        if body.regulation:
            lines.append(f"regulation = [{', '.join(_string(t) for t in body.regulation)}]")
        if body.organisation is not None:
            lines.append(f"organisation = {_string(body.organisation.value)}")
    return "\n".join(lines) + "\n"
