"""The demo: fictitious dossiers, the people who work on them, a planned casuïstiekoverleg,
a group, signals and a loket, written to a database (CLI `demo`, desktop `--demo`).

- filling.py: the use cases, `add_demo_dossiers` and `add_demo_if_empty`;
- generation.py: the dossiers, made up in memory from a seed (pure, as the domain);
- data.py: the fictitious names and texts, read from resources/demo/*.toml;
- precedents.py, weighing.py, conference.py, signals.py: factors and decisions,
  weighings and proposals, the users and the meeting, the knelpuntsignalen.
"""

from maatwerkdesk.services.demo.filling import (
    MAX_DEMO_DOSSIERS,
    add_demo_dossiers,
    add_demo_if_empty,
)

__all__ = ["MAX_DEMO_DOSSIERS", "add_demo_dossiers", "add_demo_if_empty"]
