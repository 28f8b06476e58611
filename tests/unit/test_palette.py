"""Every text in the palette's colours is readable on the background it is drawn on: WCAG
AA (4.5:1) in the standard palette, AAA (7:1) in high contrast."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

import pytest

from maatwerkdesk.palette import HIGH_CONTRAST, STANDARD, Meaning, Palette, Swatch

MINIMUM = {STANDARD.name: 4.5, HIGH_CONTRAST.name: 7.0}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x: the relative luminance of an sRGB colour "#rrggbb"."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x: from 1 (the same colour) to 21 (black on white)."""
    darker, lighter = sorted((relative_luminance(foreground), relative_luminance(background)))
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs(palette: Palette) -> Iterator[tuple[str, str, str]]:
    """(what, text colour, background) for every text the app draws in these colours."""
    window = palette.window
    yield "text", palette.text, window
    yield "muted_text", palette.muted_text, window
    yield "accent", palette.accent, window
    yield "error", palette.error, window
    yield "table_head", palette.text, palette.table_head
    for field in fields(palette):
        swatch = getattr(palette, field.name)
        if isinstance(swatch, Swatch):
            yield field.name, swatch.text, swatch.background
            yield f"{field.name} as text", swatch.text, window
    for field in fields(palette.severity):
        yield f"severity.{field.name}", getattr(palette.severity, field.name), window
    chart = palette.chart
    yield "chart.text", chart.text, chart.background
    yield "chart.quiet_text", chart.quiet_text, chart.background
    yield "marks.long_sentence_background", palette.text, palette.marks.long_sentence_background


def test_the_formula_gives_wcag_s_known_ratios() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_every_text_is_readable_on_its_background(palette: Palette) -> None:
    pairs = list(text_pairs(palette))
    low = {
        what: round(contrast_ratio(text, background), 2)
        for what, text, background in pairs
        if contrast_ratio(text, background) < MINIMUM[palette.name]
    }
    assert low == {}
    assert len(pairs) > 20


def test_high_contrast_is_stronger_than_the_standard_palette() -> None:
    standard = dict((w, contrast_ratio(t, b)) for w, t, b in text_pairs(STANDARD))
    high = dict((w, contrast_ratio(t, b)) for w, t, b in text_pairs(HIGH_CONTRAST))
    assert standard.keys() == high.keys()
    assert min(high.values()) > min(standard.values())


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_every_colour_is_a_hex_triplet(palette: Palette) -> None:
    def colours(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif is_dataclass(value) and not isinstance(value, type):
            for field in fields(value):
                yield from colours(getattr(value, field.name))

    found = [
        c for f in fields(palette) if f.name != "name" for c in colours(getattr(palette, f.name))
    ]
    assert found and all(len(c) == 7 and c[0] == "#" and int(c[1:], 16) >= 0 for c in found)


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_each_meaning_has_the_swatch_of_its_name(palette: Palette) -> None:
    assert all(palette.swatch(meaning) is getattr(palette, meaning.value) for meaning in Meaning)
