"""Python's cyclic garbage collector while the desktop app starts.

Start-up loads some 180,000 objects that live as long as the program: modules and
classes, the ORM's mappings, Qt's wrappers, the precedent index. Now and then the
collector walks every one of them (a full collection), holding every thread meanwhile:
at the end of start-up that took 100-250 ms on a busy two-core machine, a frozen window.
So the app keeps the collector off while it starts (`hold`), and once it has started
moves everything then alive into the permanent generation, which no collection walks
again, and turns the collector back on (`release`). Later collections walk only what
was made since. The cyclic garbage start-up leaves (some 1,500 objects) stays with it;
reference counting frees everything else as usual.
"""

from __future__ import annotations

import gc
import threading

_held = threading.Event()


def hold() -> None:
    """No cyclic collections until `release`."""
    gc.disable()
    _held.set()


def release() -> None:
    """Start-up is over: what it made is never collected, later objects are as usual.
    Does nothing when the collector was not held (or was released already)."""
    if not _held.is_set():
        return
    _held.clear()
    gc.freeze()
    gc.enable()
