"""The command-line verbs (README, "Command line"); they use the same services as the desktop app.

Errors a user can fix go to stderr as one Dutch sentence, with exit code 2. Anything else
is a bug: it is logged (types and code lines only, no personal data) and exits with 1.

Each verb imports what it needs when it runs, so a quick verb does not pay for the rest:
only the PDF verbs load reportlab, and none loads Qt (tests/integration/test_cli_lean.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import traceback
import uuid
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.text import dutch_number
from maatwerkdesk.infra.paths import prepare_paths

if TYPE_CHECKING:
    from maatwerkdesk.domain.loket import FieldGroup
    from maatwerkdesk.domain.people import Discipline, Role
    from maatwerkdesk.infra.paths import Paths
    from maatwerkdesk.services.store_keys import Unlocked
    from maatwerkdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)

USER_ERROR = 2
INTERNAL_ERROR = 1


def _fail(message: str, code: int = USER_ERROR) -> int:
    print(f"maatwerkdesk: {message}", file=sys.stderr)
    return code


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def verb_list(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.vocabulary import DossierStatus
    from maatwerkdesk.services import dossiers
    from maatwerkdesk.services.audit import record_listing

    status = None
    if args.status:
        try:
            status = DossierStatus(args.status)
        except ValueError:
            allowed = ", ".join(s.value for s in DossierStatus)
            return _fail(f"onbekende status '{args.status}'; kies uit: {allowed}.")
    query = dossiers.DossierQuery(status=status, sort=dossiers.SortKey.REFERENCE, descending=False)
    with workspace.writing() as session:
        record_listing(session, workspace.context("cli"))
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


def verb_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """One transaction for all files; each file is read when its turn comes."""
    from maatwerkdesk.services import exchange

    sources = [exchange.file_source(path) for path in args.files]
    with ProgressLine() as progress, workspace.writing() as session:
        report = exchange.import_sources(
            session,
            workspace.context("import"),
            sources,
            store=workspace.attachments,
            progress=progress,
        )
    _pack_precedent_index(workspace)
    print(
        f"{_count(report.dossiers, 'dossier', 'dossiers')} geïmporteerd uit "
        f"{_count(report.files, 'bestand', 'bestanden')}."
    )
    if report.closed_without_decision:
        print(
            f"Let op: {', '.join(report.closed_without_decision)} "
            f"{'stond' if len(report.closed_without_decision) == 1 else 'stonden'} op "
            "‘Besloten’, maar een bestand in formaat maatwerkdesk/1 bevat het ondertekende "
            "besluit niet; ingelezen als ‘Afgesloten’.",
            file=sys.stderr,
        )
    if report.attachments_without_file:
        print(
            f"Let op: van {_count(report.attachments_without_file, 'bijlage', 'bijlagen')} "
            "is alleen de beschrijving overgenomen; het bestand zelf zit niet in de export. "
            "Voeg het zo nodig opnieuw toe.",
            file=sys.stderr,
        )
    return 0


def verb_export(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.pdf is not None:
        return _export_pdf(workspace, args)
    if args.letter is not None:
        return _export_letter(workspace, args)
    from maatwerkdesk.domain.exchange import document_to_json
    from maatwerkdesk.services import document_export, dossiers, exchange

    if args.pseudonymised:
        return _fail("--pseudonymised hoort bij --pdf; een JSON-export bevat altijd alles.")
    target = args.json
    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        document = exchange.export_dossier(session, workspace.context("cli"), dossier_id)
        # Inside the transaction: if the file cannot be written, the export is not audited.
        document_export.write_file(target, document_to_json(document))
    reference = document["dossiers"][0]["reference"]
    print(f"Dossier {reference} geëxporteerd naar {target}.")
    return 0


def _export_letter(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import dossiers, exports

    if args.pseudonymised:
        return _fail("--pseudonymised hoort bij --pdf; een brief gaat aan de burger zelf.")
    context = workspace.context("cli")
    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        made = exports.letter_export(
            session, context, dossier_id, date.today(), workspace.paths.config
        )
        exports.written(session, context, made, args.letter)
    document = made.document
    print(
        f"Besluitbrief {document.header.reference} geëxporteerd naar {args.letter}. "
        f"Vingerafdruk: {document.fingerprint}"
    )
    return 0


def _export_pdf(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import dossiers, exports

    context = workspace.context("cli")
    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        made = exports.decision_export(
            session,
            context,
            dossier_id,
            date.today(),
            pseudonymised=args.pseudonymised,
            config=workspace.paths.config,
        )
        exports.written(session, context, made, args.pdf)
    document = made.document
    variant = " (gepseudonimiseerd)" if args.pseudonymised else ""
    print(
        f"{document.header.kind} {document.header.reference}{variant} geëxporteerd naar "
        f"{args.pdf}. Vingerafdruk: {document.fingerprint}"
    )
    return 0


def verb_export_pack(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import dossiers, exports

    context = workspace.context("cli")
    with workspace.writing() as session:
        ids = [dossiers.find_by_reference(session, case) for case in args.cases]
        pack = exports.pack_export(
            session, context, ids, date.today(), pseudonymised=args.pseudonymised
        )
        exports.written(session, context, pack, args.pdf)
    print(
        f"Vergaderstukken met {_count(len(pack.dossier_ids), 'dossier', 'dossiers')} "
        f"geschreven naar {args.pdf}."
    )
    return 0


def verb_meetings(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import meetings

    with workspace.reading() as session:
        found = meetings.list_meetings(session)
    if args.json:
        payload = [
            {
                "reference": m.reference,
                "date": m.held_on.isoformat(),
                "chair": m.chair,
                "items": m.items,
                "status": m.status.value,
            }
            for m in found
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for m in found:
            items = _count(m.items, "dossier", "dossiers")
            print(f"{m.reference}\t{m.held_on:%d-%m-%Y}\t{m.chair}\t{items}\t{m.status.label}")
    return 0


def verb_group(workspace: Workspace, args: argparse.Namespace) -> int:
    """`group list|show`."""
    from maatwerkdesk.services import groups
    from maatwerkdesk.services.group_report import group_data, group_line, group_text

    context = workspace.context("cli")
    with workspace.writing() as session:
        if args.group_verb == "show":
            found = [groups.group_by_reference(session, context, args.group)]
        else:
            found = groups.list_groups(session, context)
    if args.json:
        payload = [group_data(g) for g in found]
        _print_json(payload[0] if args.group_verb == "show" else payload)
    elif args.group_verb == "show":
        print(group_text(found[0]))
    else:
        for g in found:
            print(group_line(g))
    return 0


def verb_signals(workspace: Workspace, args: argparse.Namespace) -> int:
    """`signals [--json]` and `signals report --pdf|--csv`."""
    if args.signals_verb == "report":
        return _signals_report(workspace, args)
    from maatwerkdesk.domain.policy_signals import SignalState, signal_data
    from maatwerkdesk.domain.signal_patterns import Thresholds, proposal_data
    from maatwerkdesk.services import policy_signals, signal_proposals

    if args.at is not None and args.at < 2:
        return _fail("--at moet minstens 2 zijn: een patroon vraagt meer dan één dossier.")
    config = workspace.paths.config
    at = (
        signal_proposals.organisation_thresholds(config)
        if args.at is None
        else Thresholds.each(args.at)
    )
    context = workspace.context("cli")
    with workspace.writing() as session:
        found = policy_signals.list_signals(session, context)
        proposals = signal_proposals.signal_proposals(session, context, at)
    counts = {state: sum(1 for s in found if s.state is state) for state in SignalState}
    if args.json:
        _print_json(
            {
                "counts": {state.value: n for state, n in counts.items()},
                "signals": [signal_data(s) for s in found],
                "proposals": [proposal_data(p) for p in proposals],
            }
        )
        return 0
    for s in found:
        rule = f"{s.fields.regulation} {s.fields.article}".strip()
        dossiers = _count(len(s.dossiers), "dossier", "dossiers")
        print(
            f"{s.reference}\t{s.state.label}\t{s.fields.category.label}\t{rule}\t"
            f"{s.fields.owner}\t{s.fields.title}\t{dossiers}"
        )
    summary = ", ".join(f"{n} {state.label}" for state, n in counts.items() if n)
    print(f"{_count(len(found), 'signaal', 'signalen')}" + (f": {summary}." if summary else "."))
    for p in proposals:
        print(f"Voorstel\t{p.rule.label}\t{p.title}\t{', '.join(p.references)}")
    return 0


def _signals_report(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import document_export, signal_report
    from maatwerkdesk.services.organisation import read_settings

    if args.since and args.until and args.since > args.until:
        return _fail("--from ligt na --to; geef een periode waarvan het begin voor het eind ligt.")
    context = workspace.context("cli")
    with workspace.writing() as session:
        report = signal_report.load_report(session, context, args.since, args.until)
        if args.pdf is not None:
            name = read_settings(workspace.paths.config).name or "Organisatie niet vastgelegd"
            data = signal_report.report_pdf(report, date.today(), name)
            target = args.pdf
        else:
            data, target = signal_report.report_csv(report), args.csv
        # Inside the transaction: if the file cannot be written, the export is not audited.
        document_export.write_file(target, data)
    print(
        f"Overzicht met {_count(len(report.signals), 'signaal', 'signalen')} geschreven naar {target}."
    )
    return 0


def verb_loket(workspace: Workspace, args: argparse.Namespace) -> int:
    """`loket show|share|inzage`."""
    if args.loket_verb == "inzage":
        return _loket_access(workspace, args)
    if args.loket_verb == "share":
        return _loket_share(workspace, args)
    from maatwerkdesk.services import dossiers, loket
    from maatwerkdesk.services.loket_report import loket_data, loket_text

    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        found = loket.load_loket(session, workspace.context("cli"), dossier_id)
        reference = dossiers.live_dossier(session, dossier_id).reference
    if args.json:
        _print_json(loket_data(reference, found))
    else:
        print(loket_text(reference, found, loket.organisations()))
    return 0


def _field_groups(text: str) -> frozenset[FieldGroup]:
    from maatwerkdesk.domain.loket import FieldGroup

    names = [name.strip() for name in text.split(",") if name.strip()]
    try:
        return frozenset(FieldGroup(name) for name in names)
    except ValueError:
        allowed = ", ".join(group.value for group in FieldGroup)
        raise DomainError(f"--groups kent alleen: {allowed}.") from None


def _loket_share(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.loket import Basis, Ground, group_labels
    from maatwerkdesk.services import dossiers, exports, loket

    context = workspace.context("cli")
    basis = Basis(Ground(args.ground), args.consent, args.provision)
    request = loket.SharingRequest(args.organisation, basis, _field_groups(args.groups))
    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        sharing = loket.share_data(session, context, dossier_id, request)
        if args.pdf is not None:
            summary = exports.summary_export(
                session, context, dossier_id, sharing.id, workspace.paths.config
            )
            exports.written(session, context, summary, args.pdf)
    name = loket.organisations().name_of(sharing.organisation)
    print(f"Gedeeld met {name} op {sharing.basis.label}: {group_labels(sharing.groups)}.")
    if args.pdf is not None:
        print(f"Samenvatting geëxporteerd naar {args.pdf}.")
    return 0


def _loket_access(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import document_export, exports

    context = workspace.context("cli")
    with workspace.writing() as session:
        report = exports.access_export(
            session, context, args.bsn, date.today(), workspace.paths.config
        )
        if report.dossier_ids:
            exports.written(session, context, report, args.pdf)
        else:  # about nobody's dossier: nothing to audit
            document_export.write_file(args.pdf, report.pdf)
    ids = report.dossier_ids
    print(
        f"Inzageoverzicht met {_count(len(ids), 'dossier', 'dossiers')} geëxporteerd naar "
        f"{args.pdf}."
    )
    return 0


def verb_export_minutes(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import exports, minutes

    context = workspace.context("cli")
    with workspace.writing() as session:
        meeting_id = minutes.find_meeting(session, args.meeting)
        made = exports.minutes_export(session, meeting_id, date.today())
        exports.written(session, context, made, args.pdf)
    document = made.document
    print(
        f"Verslag van {document.header.reference} geschreven naar {args.pdf}. "
        f"Vingerafdruk: {document.fingerprint}"
    )
    return 0


def verb_demo(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import demo

    if not 1 <= args.cases <= demo.MAX_DEMO_DOSSIERS:
        return _fail(f"--cases moet tussen 1 en {demo.MAX_DEMO_DOSSIERS} liggen.")
    with ProgressLine() as progress, workspace.writing() as session:
        added = demo.add_demo_dossiers(
            session, workspace.context("cli"), args.cases, args.seed, progress=progress
        )
    _pack_precedent_index(workspace)
    print(f"{_count(added, 'fictief dossier', 'fictieve dossiers')} toegevoegd.")
    return 0


LONG_ARRAY = 64


def _print_json(payload: object) -> None:
    """`payload` as JSON indented by two, except that an array of more than LONG_ARRAY
    elements (the conflicting precedents of a large case base: thousands) has one element
    per line, written by json's C encoder instead of its much slower indenting one."""
    token = f"\x00{uuid.uuid4()}\x00"
    long: list[list[Any]] = []

    def marked(value: object) -> object:
        if isinstance(value, dict):
            return {key: marked(item) for key, item in value.items()}
        if isinstance(value, list):
            if len(value) > LONG_ARRAY:
                long.append(value)
                return f"{token}{len(long) - 1}"
            return [marked(item) for item in value]
        return value

    text = json.dumps(marked(payload), ensure_ascii=False, indent=2)
    quoted = json.dumps(token)[:-1]  # the token as it stands in the text, up to its number
    for number, items in enumerate(long):
        placeholder = f'{quoted}{number}"'
        start = text.index(placeholder)
        line = text[text.rfind("\n", 0, start) + 1 : start]
        indent = line[: len(line) - len(line.lstrip(" "))]
        lines = ",\n".join(f"{indent}  {json.dumps(item, ensure_ascii=False)}" for item in items)
        text = text.replace(placeholder, f"[\n{lines}\n{indent}]", 1)
    sys.stdout.write(text + "\n")


def _pack_precedent_index(workspace: Workspace) -> None:
    """After adding many decisions: pack the precedent index, so the next start reads one
    block instead of every new row."""
    from maatwerkdesk.services.case_base_store import pack_case_bases

    pack_case_bases(workspace.database.engine)


class ProgressLine:
    """How far a long act is, on stderr (stdout stays for the result). Nothing for the
    first seconds, so a quick act prints no progress at all; then at most one report a
    second and the last of each step, rewritten in place on a terminal."""

    QUIET = 2.0
    """Seconds before the first report."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._started = self._shown = time.monotonic()
        self._open = False
        """Whether a line on the terminal waits for its next report."""

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._open:  # an error cut the step short: its message gets a line of its own
            self._stream.write("\n")
            self._open = False

    def __call__(self, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        last = done >= total
        if now - self._started < self.QUIET or (not last and now - self._shown < 1.0):
            return
        self._shown = now
        text = f"{label}: {dutch_number(done)} van {dutch_number(total)}"
        if self._stream.isatty():
            end = "\n" if last else ""
            self._stream.write(f"\r{text}\x1b[K{end}")
            self._open = not last
        else:
            self._stream.write(f"{text}\n")
        self._stream.flush()


def verb_assess(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.precedent import Outcome
    from maatwerkdesk.services import dossiers
    from maatwerkdesk.services.assess_report import assess_document, assess_text
    from maatwerkdesk.services.assessments import audit_assessment_read
    from maatwerkdesk.services.dossier_check import load_check

    context = workspace.context("cli")
    # The check is computed in a read, so other programs may write meanwhile; the read is
    # on record before anything of it is shown.
    with workspace.reading() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        outcome = Outcome(args.outcome) if args.outcome else None
        check = load_check(session, context, dossier_id, outcome, audit_read=False)
    with workspace.writing() as session:
        audit_assessment_read(session, context, dossier_id)
    if args.json:
        _print_json(assess_document(check, check.versions))
    else:
        print(assess_text(check, check.versions))
    return 0


def read_catalogue_file(path: Path) -> str:
    from maatwerkdesk.domain.catalogue_loading import MAX_CATALOGUE_BYTES
    from maatwerkdesk.infra.files import read_bounded

    def too_large(source: str, _size: int, _limit: int) -> str:
        return f"{source}: het bestand is groter dan 2 MB; dat is geen catalogus."

    raw = read_bounded(path, MAX_CATALOGUE_BYTES, too_large=too_large)
    try:
        return raw.decode("utf-8-sig")  # Windows editors may start the file with a BOM
    except UnicodeDecodeError:
        raise DomainError(f"{path}: het bestand is geen tekst in UTF-8.") from None


def verb_catalogue_validate(args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.catalogue_kinds import load_catalogue
    from maatwerkdesk.domain.factors import FactorCatalogue
    from maatwerkdesk.domain.precedent import Side
    from maatwerkdesk.domain.signal_catalogue import SignalCatalogue

    catalogue = load_catalogue(read_catalogue_file(args.file), args.file.name)
    header = catalogue.header
    if isinstance(catalogue, SignalCatalogue):
        contents = _count(len(catalogue.signals), "signaal", "signalen")
    elif isinstance(catalogue, FactorCatalogue):
        pro = sum(1 for f in catalogue.factors if f.side is Side.PRO)
        contents = (
            f"{_count(len(catalogue.factors), 'factor', 'factoren')} ({pro} voor afwijken, "
            f"{len(catalogue.factors) - pro} voor de algemene regel)"
        )
    else:
        contents = (
            f"{_count(len(catalogue.routes), 'route', 'routes')}, "
            f"{_count(len(catalogue.criteria), 'criterium', 'criteria')}"
        )
    print(
        f"{args.file.name}: geldig. Catalogus '{header.id}' versie {header.version}, geldig vanaf "
        f"{header.valid_from:%d-%m-%Y}: {contents}."
    )
    return 0


def verb_catalogue_add(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import catalogues

    text = read_catalogue_file(args.file)
    with workspace.writing() as session:
        catalogue, new = catalogues.add_catalogue(
            session, workspace.context("cli"), text, args.file.name
        )
    if new:
        print(f"Catalogus {catalogue.ref} is geïnstalleerd voor deze database.")
    else:
        print(f"Catalogus {catalogue.ref} was al geïnstalleerd; er is niets veranderd.")
    return 0


def verb_catalogue(workspace: Workspace, args: argparse.Namespace) -> int:
    """`catalogue add|list|remove`; `validate` runs before a database is opened."""
    if args.catalogue_verb == "list":
        return _list_catalogues(workspace, args)
    if args.catalogue_verb == "remove":
        return _remove_catalogue(workspace, args)
    return verb_catalogue_add(workspace, args)


_KINDS = {"criteria": "routes en criteria", "factors": "factoren", "signals": "signalering"}


def _list_catalogues(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.serialise import shown
    from maatwerkdesk.services import catalogue_admin, catalogues

    origins = {catalogues.BUNDLED: "meegeleverd", catalogues.ADDED: "toegevoegd"}
    with workspace.reading() as session:
        found = catalogue_admin.installed_versions(session)
    if args.json:
        payload = [
            {
                "id": v.catalogue_id,
                "version": v.version,
                "kind": v.kind,
                "valid_from": v.valid_from.isoformat() if v.valid_from else None,
                "origin": v.origin,
                "readable": v.problem is None,
                "problem": v.problem,
                "pinned_by": {
                    "assessments": v.pins.assessments,
                    "factor_lists": v.pins.factor_lists,
                    "decisions": v.pins.decisions,
                    "signed_decisions": v.pins.signed_decisions,
                    "precedents": v.pins.precedents,
                },
            }
            for v in found
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for v in found:
        valid_from = f"{v.valid_from:%d-%m-%Y}" if v.valid_from else "-"
        use = f"vastgelegd: {v.pins.described()}" if v.pins.total else "niet in gebruik"
        if v.problem is not None:
            use = f"ONLEESBAAR, overgeslagen: {v.problem}"
        kind = _KINDS.get(v.kind, shown(v.kind))
        print(
            f"{shown(v.catalogue_id, 100)}\t{shown(v.version)}\t{kind}\t{valid_from}\t"
            f"{origins.get(v.origin, shown(v.origin))}\t{use}"
        )
    return 0


def _remove_catalogue(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.domain.serialise import shown
    from maatwerkdesk.services import catalogue_admin

    with workspace.writing() as session:
        catalogue_admin.remove_version(session, workspace.context("cli"), args.id, args.version)
    print(
        f"Catalogus {shown(args.id, 100)} versie {shown(args.version)} is verwijderd uit "
        "deze database."
    )
    return 0


def verb_precedents_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """Read and check every file first; then one transaction for all of them."""
    from maatwerkdesk.services import precedent_import

    documents = [precedent_import.read_precedent_file(path) for path in args.files]
    with workspace.writing() as session:
        report = precedent_import.import_precedents(
            session, workspace.context("import"), *documents
        )
    _pack_precedent_index(workspace)
    present = f" ({len(report.skipped)} al aanwezig)" if report.skipped else ""
    print(
        f"{_count(len(report.imported), 'precedent', 'precedenten')} geïmporteerd uit "
        f"{_count(report.files, 'bestand', 'bestanden')}{present}."
    )
    return 0


def verb_users(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.users_verb == "add":
        return _add_user(workspace, args)
    if args.users_verb == "keys":
        return _list_keys(workspace)
    if args.users_verb == "register-key":
        return _register_key(workspace, args)
    from maatwerkdesk.services import users

    with workspace.reading() as session:
        people = users.list_users(session, include_inactive=True)
    if args.json:
        payload = [
            {
                "id": p.id,
                "name": p.name,
                "roles": [role.value for role in p.roles],
                "discipline": p.discipline.value if p.discipline else None,
                "active": p.active,
            }
            for p in people
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for p in people:
            discipline = p.discipline.label if p.discipline else "-"
            state = "actief" if p.active else "niet actief"
            print(f"{p.name}\t{p.roles_label}\t{discipline}\t{state}")
    return 0


_KEY_STATES = {
    "pending": "wacht op registratie",
    "registered": "geregistreerd",
    "revoked": "ingetrokken",
    "imported": "meegekomen met een import",
}


def _list_keys(workspace: Workspace) -> int:
    from maatwerkdesk.services import signing_keys

    with workspace.reading() as session:
        keys = signing_keys.list_keys(session)
    for key in keys:
        print(f"{key.user_name}\t{key.fingerprint}\t{_KEY_STATES.get(key.status, key.status)}")
    return 0


def _register_key(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import signing_keys

    with workspace.writing() as session:
        context = workspace.context("cli")
        key = signing_keys.register_key(
            session, context, signing_keys.find_key(session, args.fingerprint)
        )
    print(f"Sleutel {key.fingerprint} van {key.user_name} is geregistreerd.")
    return 0


def _add_user(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import users

    roles, discipline = _roles_and_discipline(args)
    with workspace.writing() as session:
        user = users.add_user(session, workspace.context("cli"), args.name, roles, discipline)
    print(f"Gebruiker {user.described} toegevoegd.")
    return 0


def _roles_and_discipline(args: argparse.Namespace) -> tuple[list[Role], Discipline | None]:
    from maatwerkdesk.domain.people import PERSON_ROLES, Discipline, Role

    roles = [_named(Role, role, "rol", PERSON_ROLES) for role in args.roles]
    discipline = None
    if args.discipline is not None:
        discipline = _named(Discipline, args.discipline, "discipline", Discipline)
    return roles, discipline


def verb_server(args: argparse.Namespace) -> int:
    """`server init|add-user|status`: they open the team database themselves."""
    if args.server_verb == "init":
        return _init_server(args.url)
    if args.server_verb == "status":
        return _server_status(args.url)
    return _add_server_user(args)


def _init_server(url: str) -> int:
    from maatwerkdesk.services import team_server

    done = team_server.init_server(url)
    schema = (
        f"schema {done.revision} aangemaakt"
        if done.before is None
        else f"schema {done.revision} (was {done.before})"
        if done.before != done.revision
        else f"schema {done.revision}, al bij"
    )
    roles = (
        f"rollen aangemaakt: {', '.join(done.roles_made)}"
        if done.roles_made
        else "de rollen waren er al"
    )
    print(f"De teamdatabase is ingericht: {schema}; {roles}; rechten per rol gezet.")
    print("Voeg mensen toe met: maatwerkdesk --db ADRES server add-user NAAM --role ROL")
    return 0


def _add_server_user(args: argparse.Namespace) -> int:
    from maatwerkdesk import __version__
    from maatwerkdesk.services import team_server
    from maatwerkdesk.services.context import Context
    from maatwerkdesk.services.workspace import current_user

    if not args.db:
        return _fail(
            "geef de teamdatabase met --db, bijvoorbeeld: maatwerkdesk --db "
            "postgresql+psycopg://eigenaar@server:5432/maatwerk server add-user NAAM --role ROL"
        )
    roles, discipline = _roles_and_discipline(args)
    context = Context(actor=current_user(), origin=f"cli/{__version__}")
    added = team_server.add_server_user(args.db, context, args.name, roles, discipline, args.login)
    login = "aangemaakt" if added.new_login else "bestond al"
    user = "toegevoegd" if added.new_user else "bijgewerkt"
    print(
        f"Gebruiker {added.user.described} {user}, met login ‘{added.login}’ ({login}). "
        "Het programma zet geen wachtwoord: zie docs/team-server.md."
    )
    return 0


def _server_status(url: str) -> int:
    from maatwerkdesk.services import team_server

    status = team_server.server_status(url)
    current = (
        "bij deze versie van MaatwerkDesk"
        if status.current
        else f"ouder dan deze versie ({status.program_revision}): voer server init uit"
    )
    print(f"Database {status.database} op {status.address}: schema {status.revision}, {current}.")
    print(f"Gebruikers ({len(status.people)}):")
    for user, login in status.people:
        state = "actief" if user.active else "niet actief"
        print(f"  {user.name}\t{login or '-'}\t{user.roles_label}\t{state}")
    print(f"Verbindingen van MaatwerkDesk ({len(status.connected)}):")
    for each in status.connected:
        print(
            f"  {each.login}\t{each.address}\tsinds {each.since:%d-%m-%Y %H:%M} UTC\t{each.state}"
        )
    return 0


def _named(kind: type[E], value: str, what: str, allowed: Iterable[E]) -> E:
    """The member a command-line value names; otherwise a sentence that lists the choices."""
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in allowed)
        raise DomainError(f"onbekende {what} '{value}'; kies uit: {choices}.") from None


def verb_verify(args: argparse.Namespace) -> int:
    from maatwerkdesk.services import verification

    checks = verification.verify_file(args.file)
    for check in checks:
        print(f"{check.where}: {check.text}")
    forged = [check for check in checks if not check.sound]
    if forged:
        return _fail(
            f"{_count(len(forged), 'besluitversie klopt', 'besluitversies kloppen')} niet "
            f"(hierboven: {', '.join(c.where for c in forged)})."
        )
    return 0


def verb_audit_verify(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import audit, integrity

    expected = _anchor(args.expect) if args.expect else None
    with workspace.reading() as session:
        report = audit.verify_trail(session)
        anchor_hash = audit.hash_at(session, expected[0]) if expected else None
    if report.broken is not None:
        broken = report.broken
        when = f" ({broken.at:%d-%m-%Y %H:%M:%S} UTC)" if broken.at else ""
        return _fail(
            f"het auditlogboek is niet intact vanaf record {broken.seq}{when}: {broken.problem}"
        )
    if expected is not None and anchor_hash != expected[1]:
        return _fail(
            f"record {expected[0]} is niet meer het record dat u noteerde: het logboek is "
            "vanaf daar vervangen."
        )
    print(
        f"Het auditlogboek is intact: {_count(report.records, 'record', 'records')}. "
        f"Laatste record: {report.records}:{report.head}"
    )
    with workspace.reading() as session:
        broken = integrity.broken_dossiers(session)
    for reference, problems in broken:
        print(f"{reference}: {' '.join(problems)}", file=sys.stderr)
    if broken:
        these = "het is" if len(broken) == 1 else "ze zijn"
        return _fail(
            f"{_count(len(broken), 'dossier is', 'dossiers zijn')} buiten het programma "
            f"gewijzigd (hierboven); {these} alleen-lezen tot u ze hebt beoordeeld met "
            "'maatwerkdesk integrity resolve KENMERK --reason …'."
        )
    print("Alle vastgelegde besluiten kloppen.")
    return 0


def verb_integrity_resolve(workspace: Workspace, args: argparse.Namespace) -> int:
    from maatwerkdesk.services import dossiers, integrity

    with workspace.writing() as session:
        dossier_id = dossiers.find_by_reference(session, args.case)
        resolved = integrity.resolve(session, workspace.context("cli"), dossier_id, args.reason)
    print(
        f"Dossier {args.case.strip().upper()} is vrijgegeven; beoordeeld: "
        f"{_count(len(resolved), 'probleem', 'problemen')}."
    )
    return 0


def verb_sync(paths: Paths, args: argparse.Namespace) -> int:
    """`sync`: the profile's briefcase with the team database (`--db`, or the one the
    briefcase was made from). The briefcase is opened before the team database, and
    nothing is written until both are open: a server that cannot be reached or refuses
    the login changes nothing."""
    from maatwerkdesk.services import sync

    with ProgressLine() as progress:
        report = sync.synchronise(paths, args.db, progress)
    print(
        f"Gesynchroniseerd: {_count(report.pushed, 'dossier', 'dossiers')} naar de "
        f"teamdatabase, {_count(report.pulled, 'dossier', 'dossiers')} opgehaald, "
        f"{_count(report.created, 'nieuw dossier', 'nieuwe dossiers')} aangemaakt, "
        f"{_count(report.returned, 'dossier', 'dossiers')} teruggegeven, "
        f"{_count(report.conflicts, 'nieuw conflict', 'nieuwe conflicten')}."
    )
    if report.conflicts:
        print(
            "Los de conflicten op in het dossier (Conflicten oplossen): beide versies zijn "
            "bewaard.",
            file=sys.stderr,
        )
    for problem in report.failed:
        print(f"Niet gesynchroniseerd: {problem}", file=sys.stderr)
    return 0


def _anchor(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise DomainError(
            "--expect verwacht een volgnummer en een hash, zoals 1234:9f86d08…(64 tekens)."
        )
    return int(seq), digest.lower()


VERBS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "audit": verb_audit_verify,  # "verify" is its only action
    "integrity": verb_integrity_resolve,  # "resolve" is its only action
    "assess": verb_assess,
    "catalogue": verb_catalogue,
    "list": verb_list,
    "import": verb_import,
    "export": verb_export,
    "export-pack": verb_export_pack,
    "export-minutes": verb_export_minutes,
    "meetings": verb_meetings,
    "group": verb_group,
    "signals": verb_signals,
    "loket": verb_loket,
    "demo": verb_demo,
    "precedents": verb_precedents_import,  # "import" is its only action
    "users": verb_users,
}


def _log_internal_error(verb: str, error: BaseException) -> None:
    """The exception type and the code lines, but not its message: that may hold data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("Unexpected %s in verb %s\n%s", type(error).__name__, verb, frames)


def verb_key(paths: Paths, args: argparse.Namespace) -> int:
    """`key rotate|recover`: before a workspace is opened, which needs the key."""
    from maatwerkdesk.services import store_keys
    from maatwerkdesk.services.workspace import check_database_file, rotate_profile

    local = args.db if args.db and "://" not in args.db else None
    if args.db and local is None:
        return _fail(
            "een teamdatabase op een server heeft geen sleutel van MaatwerkDesk; laat --db weg "
            "voor de sleutel van dit profiel."
        )
    path = Path(local).expanduser().resolve() if local else paths.database
    if local:
        check_database_file(local, create=args.create, profile=paths.database.resolve())
    if args.key_verb == "recover":
        if sys.stdin.isatty():
            print("Typ de herstelsleutel (13 groepen van 5 tekens):", file=sys.stderr)
        store_keys.recover(path, sys.stdin.readline())
        print(f"De sleutel van {path} staat weer in de sleutelbos.")
        return 0
    if local is None:
        unlocked = rotate_profile(paths)
    else:
        unlocked = store_keys.rotate(path, recover=store_keys.recover_command(local))
    _show_recovery_keys([unlocked], sys.stdout)
    return 0


def _show_recovery_keys(keys: Iterable[Unlocked], stream: TextIO) -> None:
    from maatwerkdesk.services.store_keys import recovery_message

    for unlocked in keys:
        print(f"{recovery_message(unlocked)}\nHerstelsleutel: {unlocked.recovery_key}", file=stream)


def run_verb(args: argparse.Namespace) -> int:
    paths: Paths | None = None
    workspace: Workspace | None = None
    try:
        if args.verb == "catalogue" and args.catalogue_verb == "validate":
            return verb_catalogue_validate(args)  # a file check: no database, no folder, no log
        if args.verb == "verify":
            return verb_verify(args)  # nor for checking a signature
        paths = prepare_paths(args.profile, verbose=args.verbose)
        if args.verb == "server":
            return verb_server(args)  # opens the team database itself
        if args.verb == "key":
            return verb_key(paths, args)
        if args.verb == "sync":
            return verb_sync(paths, args)  # opens the briefcase and the team database
        from maatwerkdesk.services.workspace import open_workspace

        workspace = open_workspace(paths, args.db, create=args.create)
        return VERBS[args.verb](workspace, args)
    except DomainError as error:
        return _fail(str(error))
    except BrokenPipeError:
        # The reader of our output went away (`maatwerkdesk list | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        _log_internal_error(args.verb, error)  # without a log (checking a file): on stderr
        logged = f" Details staan in het logboek: {paths.log_file}" if paths else ""
        return _fail(
            f"er ging iets onverwachts mis ({type(error).__name__}); er is niets gewijzigd.{logged}",
            INTERNAL_ERROR,
        )
    finally:
        if workspace is not None:
            workspace.close()
            # After the verb's own output, whatever became of it: it is shown only now.
            _show_recovery_keys(workspace.keys_to_show, sys.stderr)
