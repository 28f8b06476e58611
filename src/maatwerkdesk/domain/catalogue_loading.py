"""Reading a catalogue file: TOML syntax, then structure, then cross-references.

Every problem found is reported, not only the first, each naming the file, the line
where it can be found and the key, so an administrator can fix a file in one go.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from maatwerkdesk.domain.catalogue import (
    CATALOGUE_ID_LIMIT,
    VERSION_RULE,
    CatalogueHeader,
    Consideration,
    CriteriaCatalogue,
    Criterion,
    GateItem,
    Power,
    Remedy,
    Route,
    RouteCriterion,
    RouteKind,
    SelectorRule,
    Source,
    is_catalogue_id,
    is_version,
)
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.serialise import Reader, shown
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.toml_limits import find_excess

CATALOGUE_FORMAT = "maatwerkdesk-catalogue/1"
MAX_CATALOGUE_BYTES = 2_000_000
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
PROBLEMS_SHOWN = 25
"""Problems named in one message; the rest are counted (a crafted file can have 100,000)."""
HEADER_KEYS = ("format", "id", "kind", "version", "valid_from", "title", "description")

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    key: str
    message: str
    line: int | None = None

    def describe(self, file_name: str) -> Sentence:
        fields = {"file": file_name, "line": self.line, "key": self.key, "message": self.message}
        if self.line and self.key:
            return said("catalogue_loading", "{file}, regel {line} ({key}): {message}").format(
                **fields
            )
        if self.line:
            return said("catalogue_loading", "{file}, regel {line}: {message}").format(**fields)
        if self.key:
            return said("catalogue_loading", "{file} ({key}): {message}").format(**fields)
        return said("catalogue_loading", "{file}: {message}").format(**fields)


def _one_per_line(lines: list[Sentence]) -> Sentence:
    """The lines under one another, each still translatable."""
    joined = lines[-1]
    for line in reversed(lines[:-1]):
        joined = said("catalogue_loading", "{line}\n{lines}").format(line=line, lines=joined)
    return joined


class CatalogueError(DomainError):
    """A catalogue file that cannot be used, with every problem found in it."""

    def __init__(self, file_name: str, problems: list[Problem]) -> None:
        self.file_name = file_name
        self.problems = problems
        lines = [p.describe(file_name) for p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            lines.append(
                said("catalogue_loading", "… en nog {count} problemen.").format(
                    count=len(problems) - PROBLEMS_SHOWN
                )
            )
        if len(problems) == 1:
            heading = said(
                "catalogue_loading", "De catalogus {file} is niet geldig (1 probleem):\n{problems}"
            )
        else:
            heading = said(
                "catalogue_loading",
                "De catalogus {file} is niet geldig ({count} problemen):\n{problems}",
            )
        super().__init__(
            heading.format(
                file=file_name, count=len(problems), problems=_one_per_line(lines) if lines else ""
            )
        )


def load_criteria_catalogue(
    text: str, file_name: str, data: dict[str, Any] | None = None
) -> CriteriaCatalogue:
    """Parse and validate a criteria catalogue; raise CatalogueError naming every problem.

    `data` is the text as `parse_toml` read it, when the caller already has it."""
    data = parse_toml(text, file_name) if data is None else data
    problems = Problems(text)
    header = read_header(data, text, "criteria", problems)
    catalogue = CriteriaCatalogue(
        header=header,  # type: ignore[arg-type]  # None only with problems, which raise below
        sources=tuple(problems.each(data, "sources", read_source, fields=_SOURCE, required=True)),
        powers=tuple(problems.each(data, "powers", _power, fields=_POWER, required=True)),
        selector=tuple(problems.each(data, "selector", _selector_rule, fields=_SELECTOR)),
        criteria=tuple(
            problems.each(data, "criteria", _criterion, fields=_CRITERION, required=True)
        ),
        routes=tuple(problems.each(data, "routes", _route, fields=_ROUTE, required=True)),
        gate=tuple(problems.each(data, "gate", _gate_item, fields=_GATE)),
    )
    problems.unknown_keys(data, (*HEADER_KEYS, *_SECTIONS))
    if header is not None and not problems.found:
        _check_references(catalogue, problems)
    problems.raise_if_any(file_name)
    return catalogue


_SECTIONS = ("sources", "powers", "selector", "criteria", "routes", "gate")
_SOURCE = ("id", "citation", "note")
_POWER = ("id", "label", "help", "route", "reason")
_SELECTOR = ("route", "regulation", "article", "reason")
_CRITERION = ("id", "label", "question", "guidance", "evidence", "sources", "considerations")
_ROUTE = ("id", "label", "basis", "kind", "description", "sources", "criteria", "remedy")
_GATE = ("id", "label", "question", "guidance", "sources")


def parse_toml(text: str, file_name: str) -> dict[str, Any]:
    """The TOML document, after checking the bounds that keep the reader safe
    (`toml_limits`): a crafted file is refused with its line, never read."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_CATALOGUE_BYTES:
        raise CatalogueError(
            file_name,
            [
                Problem(
                    "",
                    said(
                        "catalogue_loading",
                        "Het bestand is groter dan 2 MB; dat is geen catalogus.",
                    ),
                )
            ],
        )
    excess = find_excess(text)
    if excess is not None:
        raise CatalogueError(file_name, [Problem("", excess.message, excess.line)])
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _TOML_POSITION.search(message)
        line = int(found.group(1)) if found else None
        detail = _TOML_POSITION.sub("", message).strip()
        return _raise_toml_error(file_name, line, detail)


def _raise_toml_error(file_name: str, line: int | None, detail: str) -> dict[str, Any]:
    raise CatalogueError(
        file_name,
        [
            Problem(
                "",
                said(
                    "catalogue_loading",
                    "Dit is geen geldige TOML. Controleer de schrijfwijze op deze regel "
                    "(melding van de TOML-lezer: {detail}).",
                ).format(detail=detail),
                line,
            )
        ],
    )


def read_header(
    data: dict[str, Any], text: str, kind: str, problems: Problems
) -> CatalogueHeader | None:
    """The keys every catalogue has; None when one of them is unusable (reported)."""
    reader = Reader(data, "", strict=True)
    try:
        file_format = reader.text("format", required=True)
        if file_format != CATALOGUE_FORMAT:
            raise ValidationError(
                "format",
                said("catalogue_loading", 'Verwacht "{expected}", gevonden "{found}".').format(
                    expected=CATALOGUE_FORMAT, found=shown(file_format)
                ),
            )
        file_kind = reader.text("kind", required=True)
        if file_kind != kind:
            raise ValidationError(
                "kind",
                said(
                    "catalogue_loading",
                    'Dit is een catalogus van soort "{kind}"; gevonden "{found}".',
                ).format(kind=kind, found=shown(file_kind)),
            )
        catalogue_id = reader.text("id", required=True)
        if not is_catalogue_id(catalogue_id):
            raise ValidationError(
                "id",
                said(
                    "catalogue_loading",
                    "Een catalogus-id bestaat uit kleine letters en punten, zoals "
                    '"nl.gemeente-voorbeeld.routes", en is hoogstens {limit} tekens.',
                ).format(limit=CATALOGUE_ID_LIMIT),
            )
        version = reader.text("version", required=True)
        if not is_version(version):
            raise ValidationError("version", VERSION_RULE)
        valid_from = reader.raw("valid_from", required=True)
        if not isinstance(valid_from, date) or isinstance(valid_from, datetime):
            raise ValidationError(
                "valid_from",
                said(
                    "catalogue_loading",
                    "Hier wordt een datum zonder aanhalingstekens verwacht: 2026-01-01.",
                ),
            )
        return CatalogueHeader(
            id=catalogue_id,
            kind=file_kind,
            version=version,
            valid_from=valid_from,
            title=required_text(reader, "title"),
            description=reader.text("description"),
            fingerprint=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        )
    except ValidationError as error:
        problems.add(error.field, error.message)
        return None


def required_text(reader: Reader, key: str) -> str:
    value = reader.text(key, required=True).strip()
    if not value:
        raise ValidationError(
            reader.where(key), said("catalogue_loading", "Dit veld mag niet leeg zijn.")
        )
    return value


def identifier(reader: Reader, key: str = "id") -> str:
    value = required_text(reader, key)
    if not _ID.fullmatch(value):
        raise ValidationError(
            reader.where(key),
            said(
                "catalogue_loading",
                "'{value}' is geen geldige id: gebruik letters, cijfers, '-', '_' of '.'.",
            ).format(value=shown(value)),
        )
    return value


def texts(reader: Reader, key: str, *, required: bool = False) -> tuple[str, ...]:
    values = []
    for index, item in enumerate(reader.items(key, required=required)):
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(
                f"{reader.where(key)}[{index}]",
                said("catalogue_loading", "Hier wordt tekst verwacht."),
            )
        values.append(item.strip())
    return tuple(values)


def read_source(reader: Reader) -> Source:
    return Source(identifier(reader), required_text(reader, "citation"), reader.text("note"))


def _power(reader: Reader) -> Power:
    return Power(
        id=identifier(reader),
        label=required_text(reader, "label"),
        help=reader.text("help"),
        route=identifier(reader, "route") if "route" in reader.data else None,
        reason=required_text(reader, "reason"),
    )


def _selector_rule(reader: Reader) -> SelectorRule:
    regulation = texts(reader, "regulation", required=True)
    if not regulation:
        raise ValidationError(
            reader.where("regulation"), said("catalogue_loading", "Noem minstens één zoekterm.")
        )
    return SelectorRule(
        route=identifier(reader, "route"),
        regulation=tuple(fold_for_search(t) for t in regulation),
        article=tuple(fold_for_search(t) for t in texts(reader, "article")),
        reason=required_text(reader, "reason"),
    )


def _criterion(reader: Reader) -> Criterion:
    considerations = []
    for index, item in enumerate(reader.items("considerations")):
        child = Reader(item, f"{reader.where('considerations')}[{index}]", strict=True)
        considerations.append(Consideration(identifier(child), required_text(child, "label")))
        child.finish()
    return Criterion(
        id=identifier(reader),
        label=required_text(reader, "label"),
        question=required_text(reader, "question"),
        guidance=required_text(reader, "guidance"),
        evidence=texts(reader, "evidence"),
        sources=texts(reader, "sources"),
        considerations=tuple(considerations),
    )


def _route(reader: Reader) -> Route:
    links = []
    for index, item in enumerate(reader.items("criteria")):
        child = Reader(item, f"{reader.where('criteria')}[{index}]", strict=True)
        knockout = child.raw("knockout")
        if knockout is not None and not isinstance(knockout, bool):
            raise ValidationError(
                child.where("knockout"),
                said("catalogue_loading", "Hier wordt true of false verwacht."),
            )
        links.append(RouteCriterion(identifier(child), bool(knockout)))
        child.finish()
    return Route(
        id=identifier(reader),
        label=required_text(reader, "label"),
        basis=required_text(reader, "basis"),
        kind=reader.choice("kind", RouteKind),
        description=required_text(reader, "description"),
        sources=texts(reader, "sources"),
        criteria=tuple(links),
        remedy_named=reader.choice("remedy", Remedy) if "remedy" in reader.data else None,
    )


def _gate_item(reader: Reader) -> GateItem:
    return GateItem(
        id=identifier(reader),
        label=required_text(reader, "label"),
        question=required_text(reader, "question"),
        guidance=reader.text("guidance"),
        sources=texts(reader, "sources"),
    )


def _check_references(catalogue: CriteriaCatalogue, problems: Problems) -> None:
    sources = problems.unique_ids("sources", catalogue.sources)
    criteria = problems.unique_ids("criteria", catalogue.criteria)
    routes = problems.unique_ids("routes", catalogue.routes)
    problems.unique_ids("powers", catalogue.powers)
    problems.unique_ids("gate", catalogue.gate)

    def known_route(key: str, route_id: str) -> None:
        if route_id not in routes:
            problems.add(
                key,
                said("catalogue_loading", "Route '{route}' staat niet onder [[routes]].").format(
                    route=shown(route_id)
                ),
            )

    for index, criterion in enumerate(catalogue.criteria):
        problems.cited(f"criteria[{index}]", criterion.sources, sources)
        problems.unique_ids(f"criteria[{index}].considerations", criterion.considerations)
    for index, gate_item in enumerate(catalogue.gate):
        problems.cited(f"gate[{index}]", gate_item.sources, sources)
    for index, power in enumerate(catalogue.powers):
        if power.route is not None:
            known_route(f"powers[{index}].route", power.route)
    for index, rule in enumerate(catalogue.selector):
        known_route(f"selector[{index}].route", rule.route)
    for index, route in enumerate(catalogue.routes):
        problems.cited(f"routes[{index}]", route.sources, sources)
        seen: set[str] = set()
        for position, link in enumerate(route.criteria):
            key = f"routes[{index}].criteria[{position}].id"
            if link.id not in criteria:
                problems.add(
                    key,
                    said(
                        "catalogue_loading",
                        "Criterium '{criterion}' staat niet onder [[criteria]].",
                    ).format(criterion=shown(link.id)),
                )
            elif link.id in seen:
                problems.add(
                    key,
                    said(
                        "catalogue_loading",
                        "Criterium '{criterion}' staat twee keer in deze route.",
                    ).format(criterion=shown(link.id)),
                )
            seen.add(link.id)
        if route.kind is RouteKind.DEVIATION and not route.criteria:
            problems.add(
                f"routes[{index}].criteria",
                said(
                    "catalogue_loading",
                    "Een route om af te wijken heeft criteria nodig; alleen een route van soort "
                    '"escalation" mag zonder.',
                ),
            )
        if route.kind is RouteKind.ESCALATION and route.criteria:
            problems.add(
                f"routes[{index}].criteria",
                said("catalogue_loading", 'Een route van soort "escalation" heeft geen criteria.'),
            )


class Problems:
    """Collects problems while reading and finds the line each one is on."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.found: list[Problem] = []

    def add(self, key: str, message: str) -> None:
        """Record a problem; only those shown in the message are looked up by line."""
        line = locate(self._text, key) if len(self.found) < PROBLEMS_SHOWN else None
        self.found.append(Problem(key, message, line))

    def each(
        self,
        data: dict[str, Any],
        section: str,
        read: Callable[[Reader], T],
        *,
        fields: tuple[str, ...] | None = None,
        required: bool = False,
    ) -> list[T]:
        """Read every table of an array of tables, collecting a problem per bad entry.

        Unknown keys are reported first: a misspelt key also shows up as a missing one,
        and the misspelling is the problem to name.
        """
        value = data.get(section)
        if value is None:
            if required:
                self.add(
                    section,
                    said(
                        "catalogue_loading",
                        "De catalogus heeft geen [[{section}]]; minstens één is nodig.",
                    ).format(section=section),
                )
            return []
        if not isinstance(value, list):
            self.add(
                section,
                said("catalogue_loading", "Schrijf dit als tabellen: [[{section}]].").format(
                    section=section
                ),
            )
            return []
        result = []
        for index, item in enumerate(value):
            where = f"{section}[{index}]"
            if isinstance(item, dict) and fields is not None:
                typos = sorted(set(item) - set(fields))
                for key in typos:
                    self.add(
                        f"{where}.{shown(key, 60)}",
                        said("catalogue_loading", "Dit veld is onbekend in dit formaat."),
                    )
                if typos:
                    continue
            try:
                reader = Reader(item, where, strict=True)
                entry = read(reader)
                reader.finish()
            except ValidationError as error:
                self.add(error.field, error.message)
                continue
            result.append(entry)
        if required and not value:
            self.add(section, said("catalogue_loading", "Deze lijst mag niet leeg zijn."))
        return result

    def unknown_keys(self, data: dict[str, Any], known: tuple[str, ...]) -> None:
        for key in sorted(set(data) - set(known)):
            self.add(
                shown(key, 60),
                said("catalogue_loading", "Deze sleutel is onbekend in een catalogus (tikfout?)."),
            )

    def unique_ids(self, section: str, entries: Iterable[Any]) -> set[str]:
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            if entry.id in seen:
                self.add(
                    f"{section}[{index}].id",
                    said("catalogue_loading", "De id '{id}' komt twee keer voor.").format(
                        id=entry.id
                    ),
                )
            seen.add(entry.id)
        return seen

    def cited(self, where: str, ids: Iterable[str], sources: set[str]) -> None:
        """Every source id cited by the entry at `where` must be defined under [[sources]]."""
        for position, source_id in enumerate(ids):
            if source_id not in sources:
                self.add(
                    f"{where}.sources[{position}]",
                    said(
                        "catalogue_loading", "Bron '{source}' staat niet onder [[sources]]."
                    ).format(source=shown(source_id)),
                )

    def raise_if_any(self, file_name: str) -> None:
        if self.found:
            raise CatalogueError(file_name, self.found)


_PATH_PART = re.compile(r"([A-Za-z0-9_-]+)(?:\[(\d+)\])?")
_SPACE = r"[^\S\n]*"


def locate(text: str, key: str) -> int | None:
    """The 1-based line of a key path such as "routes[2].criteria[0].id", best effort.

    Follows array-of-tables headers ([[routes]], [[criteria.considerations]]) and then the
    "key =" line inside the table; inline tables resolve to the line of their array. The
    search runs over the text with regular expressions, so it stays fast in a file of
    a million lines.
    """
    parts = [_PATH_PART.fullmatch(p) for p in key.split(".")] if key else []
    if not parts or any(p is None for p in parts):
        return None
    start, end, table = 0, len(text), ""
    line: int | None = None
    for part in parts:
        assert part is not None
        name, index = part.group(1), part.group(2)
        table_name = f"{table}.{name}" if table else name
        if index is not None:
            header = re.compile(rf"^{_SPACE}\[\[{_SPACE}{re.escape(table_name)}{_SPACE}\]\]", re.M)
            found = next(
                itertools.islice(header.finditer(text, start, end), int(index), None), None
            )
            if found is not None:
                start = found.start()
                other = re.compile(rf"^{_SPACE}\[(?!\[{re.escape(table_name)}\.)", re.M)
                following = other.search(text, found.end(), end)
                end = following.start() if following is not None else end
                line, table = _line_of(text, start), table_name
                continue
        assignment = re.compile(rf"^{_SPACE}{re.escape(name)}{_SPACE}=", re.M)
        found = assignment.search(text, start, end)
        return _line_of(text, found.start()) if found is not None else line
    return line


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
