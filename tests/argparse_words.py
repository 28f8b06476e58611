"""argparse's own words, read from its source: to tell that none reaches the user."""

from __future__ import annotations

import argparse
import ast
import inspect
import re

DUTCH_LOOKALIKES = {"is", "of", "a", "t", "open", "start", "conflict"}
"""Words of argparse's templates that are Dutch words too, or no words ("can't")."""
PLACEHOLDER = r"%(?:\((\w+)\))?[sr]"
"""`%s`, `%r`, `%(name)s`: the name, or "" for a value by position."""


def argparse_templates() -> set[str | tuple[str, str]]:
    """Every message argparse passes through `_` or `ngettext`, read from its source: a
    template, or (singular, plural)."""
    found: set[str | tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in ("_", "ngettext"):
            continue
        texts = []
        for arg in node.args:
            if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
                arg = arg.args[-1]  # `_(kwargs.pop('title', 'subcommands'))`: the default
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                texts.append(arg.value)
        if node.func.id == "ngettext":
            found.add((texts[0], texts[1]))
        elif texts:
            found.add(texts[0])
    return found


def english_words() -> set[str]:
    """The words of argparse's own messages, placeholders left out."""
    words: set[str] = set()
    for template in argparse_templates():
        for text in template if isinstance(template, tuple) else (template,):
            words |= set(re.findall(r"[a-z]+", re.sub(PLACEHOLDER, " ", text)))
    return words - DUTCH_LOOKALIKES


VERB_NAMES = {"show"}
"""The program's own verb names that argparse's messages use too ("show this help")."""
ENGLISH = english_words() - VERB_NAMES


def english_in(text: str) -> set[str]:
    """argparse's English words in `text`, leaving out option names (`--help`) and
    placeholders."""
    words = re.sub(rf"-{{1,2}}[a-z][\w-]*|{PLACEHOLDER}", " ", text)
    return {word.lower() for word in re.findall(r"[A-Za-z]+", words)} & ENGLISH
