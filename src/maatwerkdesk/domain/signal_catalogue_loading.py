"""Reading a signal catalogue: the same format rules and messages as the other catalogues."""

from __future__ import annotations

from typing import Any

from maatwerkdesk.domain.catalogue_loading import (
    HEADER_KEYS,
    Problems,
    identifier,
    parse_toml,
    read_header,
    required_text,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.serialise import Reader
from maatwerkdesk.domain.signal_catalogue import Signal, SignalCatalogue, SignalRule

LABEL_LIMIT = 60
_SIGNAL = ("id", "rule", "label", "description", "threshold")


def load_signal_catalogue(
    text: str, file_name: str, data: dict[str, Any] | None = None
) -> SignalCatalogue:
    """Parse and validate a signal catalogue; raise CatalogueError naming every problem.

    `data` is the text as `parse_toml` read it, when the caller already has it."""
    data = parse_toml(text, file_name) if data is None else data
    problems = Problems(text)
    header = read_header(data, text, "signals", problems)
    catalogue = SignalCatalogue(
        header=header,  # type: ignore[arg-type]  # None only with problems, which raise below
        signals=tuple(problems.each(data, "signals", _signal, fields=_SIGNAL, required=True)),
    )
    problems.unknown_keys(data, (*HEADER_KEYS, "signals"))
    if header is not None and not problems.found:
        problems.unique_ids("signals", catalogue.signals)
        _one_per_rule(catalogue, problems)
    problems.raise_if_any(file_name)
    return catalogue


def _signal(reader: Reader) -> Signal:
    label = required_text(reader, "label")
    if len(label) > LABEL_LIMIT:
        raise ValidationError(
            reader.where("label"),
            said(
                "signal_catalogue_loading",
                "Een label is hoogstens {limit} tekens; zet de uitleg in 'description'.",
            ).format(limit=LABEL_LIMIT),
        )
    rule = reader.choice("rule", SignalRule)
    return Signal(
        id=identifier(reader),
        rule=rule,
        label=label,
        description=required_text(reader, "description"),
        threshold=_threshold(reader, rule),
    )


def _threshold(reader: Reader, rule: SignalRule) -> int | None:
    value = reader.raw("threshold")
    allowed = rule.threshold_range
    if allowed is None:
        if value is not None:
            raise ValidationError(
                reader.where("threshold"),
                said(
                    "signal_catalogue_loading",
                    "Regel \"{rule}\" kent geen drempel; laat 'threshold' weg.",
                ).format(rule=rule.value),
            )
        return None
    low, high = allowed
    if value is None:
        raise ValidationError(
            reader.where("threshold"),
            said(
                "signal_catalogue_loading",
                'Regel "{rule}" heeft een drempel nodig: een geheel getal van {low} tot en '
                "met {high}.",
            ).format(rule=rule.value, low=low, high=high),
        )
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            reader.where("threshold"),
            said(
                "signal_catalogue_loading",
                "Hier wordt een geheel getal van {low} tot en met {high} verwacht.",
            ).format(low=low, high=high),
        )
    return value


def _one_per_rule(catalogue: SignalCatalogue, problems: Problems) -> None:
    seen: set[SignalRule] = set()
    for index, signal in enumerate(catalogue.signals):
        if signal.rule in seen:
            problems.add(
                f"signals[{index}].rule",
                said(
                    "signal_catalogue_loading",
                    'Regel "{rule}" staat al bij een eerder signaal; één signaal per '
                    "regel, anders telt een dossier dubbel.",
                ).format(rule=signal.rule.value),
            )
        seen.add(signal.rule)
