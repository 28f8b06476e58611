"""PySide6's import hook, taken out once Qt is loaded.

Importing PySide6 replaces `builtins.__import__` with a hook for its opt-in
`from __feature__ import snake_case, true_property`, which this program does not use.
After every import the hook reads the new module's source, to see whether it mentions
PySide6, through `linecache`, which keeps it: for all that is imported after Qt
(SQLAlchemy, numpy, the program itself) some 25 MiB of source text for the life of the
process, and about a fifth more time per import. Freeing the cache afterwards gives
little back, as the lines lie scattered among objects that stay.

`drop_feature_hook` puts back the import function the hook wraps, which PySide6 keeps as
`builtins.__orig_import__`. Qt's classes behave as before: a module the binding has not
seen is treated as using no feature. Where the hook is not installed (another PySide6
version) nothing changes.
"""

from __future__ import annotations

import builtins

HOOK = "__feature_import__"


def drop_feature_hook() -> bool:
    """Import without PySide6's feature hook from now on; whether it was installed."""
    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapped is None or getattr(builtins.__import__, "__name__", "") != HOOK:
        return False
    builtins.__import__ = wrapped
    return True
