"""The dossier list's first page and its count, read in a process of its own while the
window is being built.

Reading them ahead of the database (`dossier_query.first_page_ahead`) takes the keyring's
package, to find the file's key or the server's password, and the database driver: some
100 ms of imports on a quiet machine. Of psycopg the child loads only the libpq wrapper
(`skip_package_init`). On a thread of the app's own process that work
competes with the window's start for the interpreter's lock, so the rows came no sooner;
a child process does it on another processor core. The app starts the child before it
imports Qt, for the list's own order (`DossierQuery()`), and reads its answer on a worker
thread once the list is built (`ui.main_window`).

The child writes two lines of JSON to its standard output, the page and then the count,
and nothing else anywhere: no log, no file. The rows pass only through the pipe between
the two processes. A child that fails, or does not answer within `ANSWER_WITHIN_S`, costs
the head start only: the list waits for the database, as it can. Where no interpreter can
be started for it (a frozen bundle) the app reads on a thread as before.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: the child needs neither
    import subprocess

    from maatwerkdesk.domain.dossier import DossierSummary

ANSWER_WITHIN_S = 10.0
"""How long a child may take before it is stopped (a keyring that never answers)."""
NO_CONSOLE = 0x08000000
"""Windows' CREATE_NO_WINDOW: the child opens no console beside the app's window."""


class ListAhead:
    """A child process reading the unfiltered list's first page and count of `target`."""

    def __init__(self, target: str, process: subprocess.Popen[bytes]) -> None:
        self.target = target
        self._process = process
        self._lock = threading.Lock()

    def page(self) -> list[DossierSummary] | None:
        """The first page in the list's own order, or None (the child could not read it)."""
        from maatwerkdesk.persistence.first_page import summaries

        answer = self._answer()
        page = summaries(answer) if isinstance(answer, list) else None
        if page is None:
            self.close()  # no count follows
        return page

    def count(self) -> int | None:
        """How many dossiers the unfiltered list holds, or None; asked after `page`."""
        answer = self._answer()
        self.close()
        return answer if type(answer) is int and answer >= 0 else None  # not a bool

    def close(self) -> None:
        """Stop the child if it still runs; its answers are no longer wanted."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    def _answer(self) -> Any:
        """The child's next line, read as JSON; None when there is none in time."""
        stdout = self._process.stdout
        if stdout is None or stdout.closed:
            return None
        with self._lock:
            watchdog = threading.Timer(ANSWER_WITHIN_S, self._process.kill)
            watchdog.start()
            try:
                line = stdout.readline()
            except (OSError, ValueError):
                line = b""
            finally:
                watchdog.cancel()
        try:
            return json.loads(line) if line else None
        except ValueError:
            return None


def start(target: str) -> ListAhead | None:
    """The child for `target` (what `--db` names, or the database file), started; None
    where it cannot be (a frozen bundle has no interpreter to start it with)."""
    if getattr(sys, "frozen", False):
        return None
    import subprocess

    try:
        process = subprocess.Popen(
            [sys.executable, "-S", "-m", __name__, target],
            env={**os.environ, "PYTHONPATH": os.pathsep.join(_import_path())},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=NO_CONSOLE if sys.platform == "win32" else 0,
        )
    except OSError:
        return None
    return ListAhead(target, process)


def _import_path() -> list[str]:
    """Where the child finds its modules: the app's own import path, and this package's
    folder (an editable install finds it through a hook that `site` installs). The child
    starts without `site` (`-S`), whose reading of the installed packages' `.pth` files
    takes a good part of an interpreter's start."""
    import maatwerkdesk

    package_root = str(Path(maatwerkdesk.__file__).resolve().parent.parent)
    return list(dict.fromkeys([package_root, *(entry for entry in sys.path if entry)]))


def answer(target: str, out: IO[str]) -> None:
    """In the child: the page of `target` and then its count, a line of JSON each."""
    from maatwerkdesk.services.dossier_query import (
        PAGE_SIZE,
        DossierQuery,
        count_ahead,
        first_rows_ahead,
    )

    query = DossierQuery()
    rows = first_rows_ahead(target, query, PAGE_SIZE)
    _write(out, rows)
    if rows is not None:
        _write(out, count_ahead(target, query))


def _write(out: IO[str], value: object) -> None:
    out.write(json.dumps(value, ensure_ascii=True) + "\n")
    out.flush()


def skip_package_init(name: str) -> None:
    """In the child: let `from <name> import part` load that part without the package's
    own `__init__`. psycopg's loads all of the driver (its adapters, its asyncio support,
    its connection classes): about a quarter of the child's time, where reading ahead takes
    only its libpq wrapper `psycopg.pq` and `psycopg.conninfo` (persistence/first_page.py).
    Never in the app's own process, which needs the whole driver."""
    import importlib.util
    import types

    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        return  # not installed: reading a server fails as it would have
    package = types.ModuleType(name)
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules[name] = package


if __name__ == "__main__":
    skip_package_init("psycopg")
    answer(sys.argv[1], sys.stdout)  # its errors go nowhere: the app's stderr is not its
