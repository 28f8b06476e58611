"""The command-line verbs (DESIGN section 5); they use the same services as the desktop app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.workspace import Workspace, open_workspace, prepare_paths


def _fail(message: str) -> int:
    print(f"maatwerkdesk: {message}", file=sys.stderr)
    return 2


def verb_list(workspace: Workspace, args: argparse.Namespace) -> int:
    status = None
    if args.status:
        try:
            status = DossierStatus(args.status)
        except ValueError:
            allowed = ", ".join(s.value for s in DossierStatus)
            return _fail(f"onbekende status '{args.status}'; kies uit: {allowed}.")
    query = dossiers.DossierQuery(status=status, sort=dossiers.SortKey.REFERENCE, descending=False)
    with workspace.database.sessions() as session:
        rows = dossiers.list_dossiers(session, query, limit=None)
    if args.json:
        payload = [
            {"reference": r.reference, "title": r.title, "status": r.status.value, "owner": r.owner}
            for r in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in rows:
            print(f"{r.reference}\t{r.status.label}\t{r.owner or '-'}\t{r.title}")
    return 0


VERBS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "list": verb_list,
}


def run_verb(args: argparse.Namespace) -> int:
    paths = prepare_paths(args.profile, verbose=args.verbose)
    try:
        workspace = open_workspace(paths, args.db)
    except DomainError as error:
        return _fail(str(error))
    try:
        return VERBS[args.verb](workspace, args)
    except DomainError as error:
        return _fail(str(error))
    finally:
        workspace.close()
