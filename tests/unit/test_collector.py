"""The collector is held while the app starts, and what start-up made is frozen after."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc
from maatwerkdesk.infra import collector

collector.release()  # never held: nothing happens
print("UNHELD", gc.isenabled(), gc.get_freeze_count())
collector.hold()
kept = [[n] for n in range(50_000)]  # what start-up loads, for as long as the program
print("HELD", gc.isenabled())
collector.release()
frozen = gc.get_freeze_count()
print("RELEASED", gc.isenabled(), frozen >= 50_000)
later = [[n] for n in range(1_000)]
gc.collect()
collector.release()  # once only
print("LATER", gc.get_freeze_count() == frozen)
"""


def test_hold_then_release_freezes_what_was_made_meanwhile() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.splitlines() == [
        "UNHELD True 0",
        "HELD False",
        "RELEASED True True",
        "LATER True",
    ]
