"""How a long act (an import, the demo) tells its caller how far it is."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]
"""Called with what is being done (a Dutch label), how much of it is done, and of how much."""
