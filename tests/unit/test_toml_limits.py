"""The pass that bounds a catalogue file before the TOML reader sees it (domain.toml_limits).

It must stop every construct that would crash or exhaust the reader, name its line, and
let through everything a real catalogue contains, also when brackets, dots and long words
stand inside strings or comments.
"""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from catalogue_samples import SMALL_CATALOGUE, SMALL_FACTORS

from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.toml_limits import (
    MAX_BARE_LENGTH,
    MAX_ELEMENTS,
    MAX_KEY_PARTS,
    MAX_LINES,
    MAX_NESTING,
    find_excess,
)
from maatwerkdesk.services import catalogues

SHIPPED = sorted(catalogues.BUNDLED_DIR.glob("*.toml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_catalogues_are_within_every_bound(path: Path) -> None:
    assert find_excess(path.read_text("utf-8")) is None


@pytest.mark.parametrize("text", [SMALL_CATALOGUE, SMALL_FACTORS])
def test_sample_catalogues_are_within_every_bound(text: str) -> None:
    assert find_excess(text) is None


def nested(depth: int) -> str:
    return "x = " + "[" * depth + "]" * depth + "\n"


def dotted(parts: int) -> str:
    return ".".join(["a"] * parts) + " = 1\n"


def test_nesting_up_to_the_bound_is_read_and_one_more_is_refused() -> None:
    assert find_excess(nested(MAX_NESTING)) is None
    tomllib.loads(nested(MAX_NESTING))
    excess = find_excess("# eerste regel\n" + nested(MAX_NESTING + 1))
    assert excess is not None and excess.line == 2 and "lagen diep" in excess.message


def test_inline_tables_count_as_nesting() -> None:
    deep = "x = " + "{a = " * (MAX_NESTING + 1) + "1" + "}" * (MAX_NESTING + 1) + "\n"
    excess = find_excess(deep)
    assert excess is not None and "lagen diep" in excess.message


def test_dotted_keys_and_table_names_are_bounded() -> None:
    assert find_excess(dotted(MAX_KEY_PARTS)) is None
    assert find_excess("\n\n" + dotted(MAX_KEY_PARTS + 1)) == find_excess(
        "\n\n[" + ".".join(["t"] * (MAX_KEY_PARTS + 1)) + "]\n"
    )
    excess = find_excess("\n\n" + dotted(MAX_KEY_PARTS + 1))
    assert excess is not None and excess.line == 3 and "delen met punten" in excess.message
    inline = "x = { " + ".".join(["b"] * (MAX_KEY_PARTS + 1)) + " = 1 }\n"
    assert find_excess(inline) is not None


def test_dots_in_values_are_not_key_parts() -> None:
    floats = "x = [" + ", ".join(["1.5"] * (MAX_KEY_PARTS * 3)) + "]\n"
    assert find_excess(floats) is None
    assert find_excess('x = "' + "." * 1000 + '"\n') is None


def test_long_words_outside_quotes_are_refused_inside_quotes_not() -> None:
    assert find_excess("x = " + "1" * MAX_BARE_LENGTH + "\n") is None
    excess = find_excess("a = 1\nx = " + "1" * 5000 + "\n")
    assert excess is not None and excess.line == 2 and "getal" in excess.message
    assert find_excess('x = "' + "a" * 5000 + '"\n') is None
    assert find_excess("# " + "a" * 5000 + "\nx = 1\n") is None


def test_the_number_of_elements_is_bounded() -> None:
    many = "".join(f"k{n} = 1\n" for n in range(MAX_ELEMENTS + 1))
    excess = find_excess(many)
    assert excess is not None and excess.line == MAX_ELEMENTS + 1
    assert "sleutels" in excess.message


@pytest.mark.parametrize(
    "text",
    [
        'x = """\n[[[[[[[[[[[[[[[[[[[[[[[[\n"""\n',
        "x = '''\n{{{{{{{{{{{{{{{{{{{{{{{{\n'''\n",
        'x = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\" [[[[[[[[[["\n',
        "x = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['\n",
        "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
        '"a.b.c.d.e.f.g.h.i.j.k" = 1\n',
        'x = """ quotes at the end """""\ny = 1\n',
    ],
)
def test_strings_and_comments_are_skipped(text: str) -> None:
    tomllib.loads(text)  # valid TOML
    assert find_excess(text) is None


def test_lines_inside_multiline_strings_are_counted() -> None:
    text = 'x = """\neen\ntwee\n"""\n' + dotted(MAX_KEY_PARTS + 1)
    excess = find_excess(text)
    assert excess is not None and excess.line == 5


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("deep", "format = 1\nx = " + "[" * 600 + "]" * 600 + "\n", 2, "lagen diep"),
        ("bigint", "x = " + "1" * 5000 + "\n", 1, "getal"),
        ("dotted", "a" + ".a" * 99_999 + " = 1\n", 1, "delen met punten"),
    ],
)
def test_crafted_files_are_refused_with_their_line_at_once(
    name: str, text: str, line: int, words: str
) -> None:
    started = time.thread_time()
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(text, f"{name}.toml")
    assert time.thread_time() - started < 1
    [problem] = caught.value.problems
    assert problem.line == line and words in problem.message
    assert f"{name}.toml, regel {line}: " in str(caught.value)


def test_a_file_with_thousands_of_problems_names_the_first_and_counts_the_rest() -> None:
    text = "".join("[[sources]]\nnote = 'x'\n" for _ in range(5000))
    started = time.thread_time()
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(text, "veel.toml")
    assert time.thread_time() - started < 2
    message = str(caught.value)
    assert len(caught.value.problems) > 5000
    assert message.count("\n") == 26  # the heading, 25 problems and the count of the rest
    assert message.endswith("problemen.")


def test_the_number_of_lines_is_bounded() -> None:
    assert find_excess("\n" * (MAX_LINES - 1)) is None
    excess = find_excess("# leeg\n" * MAX_LINES)
    assert excess is not None and excess.line == MAX_LINES + 1 and "regels" in excess.message


@pytest.mark.parametrize(
    "text",
    [
        ("a" * MAX_BARE_LENGTH + " ") * 30_000,
        " " * 1_999_000,
        "x = " + "." * 1_999_000,
        '"' * 1_999_000,
        'x = """' + '\\"""' * 490_000,
        'x = "' + '\\"' * 990_000 + '"\n',
        "\n" * 1_999_000,
        "\x00\x01 " * 600_000,
    ],
    ids=["words", "blanks", "dots", "quotes", "open-string", "escapes", "newlines", "controls"],
)
def test_the_pass_is_linear_on_two_megabytes(text: str) -> None:
    started = time.thread_time()
    find_excess(text)
    assert time.thread_time() - started < 0.5
