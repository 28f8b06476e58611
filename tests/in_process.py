"""The command line run in the test's own process, as `python -m maatwerkdesk` runs it.

`run` calls `__main__.main` with the arguments and gives back what a child process would
give (`subprocess.CompletedProcess`): the exit code (also of a `SystemExit`, argparse's
on a mistake), and stdout and stderr as text, newlines read as a child's pipes read them.
Standard input is the text `given`. Warnings are treated as an interpreter of its own
treats them (its default filters: deprecations ignored, not pytest's "error"). The keyring is the file keyring of the run that every
child process gets too (memory_keyring.py, bench/file_keyring.py), so what a command
stores there is found by the next one, in this process or in a child. The log file the
command opens in its profile is closed again, and the root logger and the umask are put
back as they were.

It saves a child's interpreter and imports (about a second a command). The tests where
the process itself is the point keep a real one: an import that must not happen, the
keyring of another computer, the exit of a process that crashes, the encoding of the pipes.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import warnings
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import keyring
from file_keyring import FileKeyring

from maatwerkdesk.__main__ import main


def run(*args: str | Path, given: str = "") -> subprocess.CompletedProcess[str]:
    argv = [str(arg) for arg in args]
    out = io.StringIO(newline=None)  # "\r\n" and a progress line's "\r" read as "\n"
    err = io.StringIO(newline=None)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.handlers[:] = []  # the command replaces them with its log file: keep these open
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    umask = os.umask(0o077)
    os.umask(umask)
    stdin = sys.stdin
    sys.stdin = io.StringIO(given)
    try:
        with redirect_stdout(out), redirect_stderr(err), warnings.catch_warnings():
            _default_warning_filters()
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = _exit_code(exit_.code, err)
    finally:
        sys.stdin = stdin
        os.umask(umask)
        keyring.set_keyring(previous_keyring)
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)
    return subprocess.CompletedProcess(
        ["maatwerkdesk", *argv], code, stdout=out.getvalue(), stderr=err.getvalue()
    )


def _default_warning_filters() -> None:
    """The warning filters of `python -m maatwerkdesk` (no -W, no PYTHONWARNINGS)."""
    warnings.resetwarnings()
    for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")


def _exit_code(code: object, err: io.StringIO) -> int:
    """The exit code of `sys.exit(code)`, as the interpreter makes it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1
