"""Entry point: a verb goes to the command line, no verb opens the desktop app."""

from __future__ import annotations

import sys

from maatwerkdesk.arguments import parse


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.verb is None:
        from maatwerkdesk.infra.paths import database_target
        from maatwerkdesk.services import list_ahead

        # Before the app's own imports: the child reads the first rows on another core
        # while this process loads Qt (see services/list_ahead.py).
        ahead = list_ahead.start(database_target(args.db, args.profile))
        from maatwerkdesk.app import run

        return run(args, ahead)
    from maatwerkdesk.cli import run_verb

    return run_verb(args)


if __name__ == "__main__":
    sys.exit(main())
