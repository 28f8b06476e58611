"""Entry point: a verb goes to the command line, no verb opens the desktop app."""

from __future__ import annotations

import sys

from maatwerkdesk.arguments import parse


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.verb is None:
        from maatwerkdesk.app import run

        return run(args)
    from maatwerkdesk.cli import run_verb

    return run_verb(args)


if __name__ == "__main__":
    sys.exit(main())
