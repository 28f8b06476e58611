"""On a PostgreSQL server the rules are the server's: who you are is your login, the audit
trail is written by the server only, a signed decision and its facts stay as signed, and
four eyes hold for a signature row whatever client writes it.

Nothing changes on SQLite: a file on one's own disk has no server to keep rules.

- `maatwerkdesk_audit(records jsonb)` is the only way to add audit records for the program's
  roles (they may not insert into `audit_record` or change `audit_head`). It runs as the
  schema's owner, takes the head row's lock, chains each record exactly as
  domain/audit_chain.py `record_hash` does (SHA-256 over compact JSON), takes the actor
  from the session's login, and notifies `maatwerkdesk_changes` with the sequence number
  of every record that is not a read.
- Audit records are append-only for everyone: a trigger refuses UPDATE, DELETE and TRUNCATE.
- A signed decision is never changed or removed; only a functioneel beheerder voids one
  (sets `deleted_at`, integrity resolve). A new one is accepted only from a chair who signs
  as themselves with their own registered key, as the chair of the meeting on whose agenda
  it is (or with an earlier version, amending), and who neither proposed it nor owns the
  dossier. A historic version is registered by a functioneel beheerder only.
- The facts a signed decision rests on, the dossier's status and its existence, and the
  decision itself stay as signed: only a chair (amending), a functioneel beheerder
  (resolving) or the owner change them.
- Row-level security: a draft is its person's own; advice is given as oneself (the secretary
  and the chair record it for others); a chair adds only their own key and withdraws only
  their own pending one, a functioneel beheerder registers keys.

The database's owner (and a superuser) is the one with the database in hand, as anyone with
an SQLite file is: the rules about who may sign do not bind that login (it could switch them
off), and it may act as the command line does. The append-only rule binds it too. The group
roles and their grants are made by `maatwerkdesk server init` (persistence/server_setup.py),
since roles belong to the whole server, not to one database.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10 10:00:00
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FUNCTIONS = (
    "maatwerkdesk_privileged()",
    "maatwerkdesk_user_id()",
    "maatwerkdesk_has_role(text)",
    "maatwerkdesk_same_person(text, text)",
    "maatwerkdesk_audit(jsonb)",
    "maatwerkdesk_audit_append_only()",
    "maatwerkdesk_signed_decision_guard()",
    "maatwerkdesk_dossier_guard()",
    "maatwerkdesk_decision_guard()",
)
TRIGGERS = {
    "audit_record_append_only": "audit_record",
    "audit_record_not_truncated": "audit_record",
    "signed_decision_guard": "signed_decision",
    "dossier_guard": "dossier",
    "decision_guard": "decision",
}
POLICIES = {
    "draft": ("draft_of_its_person",),
    "advice": ("advice_read", "advice_insert", "advice_update", "advice_delete"),
    "signing_key": (
        "signing_key_read",
        "signing_key_create",
        "signing_key_withdraw",
        "signing_key_register",
    ),
}

REFUSED = "ERRCODE = 'insufficient_privilege'"


def _identity(path: str) -> list[str]:
    return [
        # The database's owner, or a superuser: whoever holds the database in hand.
        "CREATE FUNCTION maatwerkdesk_privileged() RETURNS boolean LANGUAGE sql STABLE "
        "SET search_path = pg_catalog AS $$ "
        "SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database AS d "
        "WHERE d.datname = current_database() $$",
        # The active MaatwerkDesk user that the session's login is, if any.
        "CREATE FUNCTION maatwerkdesk_user_id() RETURNS varchar LANGUAGE sql STABLE "
        f"SECURITY DEFINER SET search_path = {path} AS $$ "
        "SELECT id FROM app_user WHERE login = session_user AND deleted_at IS NULL AND active "
        "$$",
        # Whether the session's login holds a MaatwerkDesk role (its group role).
        "CREATE FUNCTION maatwerkdesk_has_role(p_role text) RETURNS boolean LANGUAGE sql "
        "STABLE SET search_path = pg_catalog AS $$ "
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maatwerkdesk_' || p_role "
        "AND pg_has_role(session_user, oid, 'USAGE')) $$",
        # domain/people.py same_person: case and spaces ignored, never an empty name.
        "CREATE FUNCTION maatwerkdesk_same_person(p_one text, p_other text) RETURNS boolean "
        "LANGUAGE sql IMMUTABLE AS $$ "
        "SELECT btrim(p_one) <> '' AND lower(regexp_replace(btrim(p_one), '\\s+', ' ', 'g')) "
        "= lower(regexp_replace(btrim(p_other), '\\s+', ' ', 'g')) $$",
    ]


def _json(value: str) -> str:
    """`value` (text, maybe null) as Python's json.dumps(ensure_ascii=False) writes it."""
    return f"coalesce(to_json({value})::text, 'null')"


def _audit(path: str) -> list[str]:
    fields = [
        "v_seq::text",
        _json("v_id"),
        _json("to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"),
        *(
            _json(f"v_record->>'{name}'")
            for name in ("action", "name", "object_type", "object_id", "dossier_id", "result")
        ),
        _json("v_record->>'origin'"),
        _json("v_actor"),
        _json("v_record->>'digest'"),
        _json("v_prev"),
    ]
    content = " || ',' || ".join(fields)
    return [
        "CREATE FUNCTION maatwerkdesk_audit(p_records jsonb) RETURNS integer LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = {path} AS $$ "
        "DECLARE v_user text; v_record jsonb; v_seq integer; v_hash text; v_prev text; "
        "v_id text; v_at timestamptz; v_actor text; "
        "BEGIN "
        "SELECT name INTO v_user FROM app_user WHERE login = session_user "
        "AND deleted_at IS NULL; "
        "IF v_user IS NULL AND NOT maatwerkdesk_privileged() THEN "
        "RAISE EXCEPTION 'login % is no MaatwerkDesk user', session_user "
        f"USING {REFUSED}; END IF; "
        "INSERT INTO audit_head (name, seq, hash) VALUES ('audit', 0, repeat('0', 64)) "
        "ON CONFLICT (name) DO NOTHING; "
        "SELECT seq, hash INTO v_seq, v_hash FROM audit_head WHERE name = 'audit' FOR UPDATE; "
        "FOR v_record IN SELECT value FROM jsonb_array_elements(p_records) LOOP "
        "v_seq := v_seq + 1; v_prev := v_hash; v_id := gen_random_uuid()::text; "
        "v_at := clock_timestamp(); "
        "v_actor := CASE WHEN v_user IS NULL THEN v_record->>'actor' "
        "ELSE v_user || ' (account ' || session_user || ')' END; "
        f"v_hash := encode(sha256(convert_to('[' || {content} || ']', 'UTF8')), 'hex'); "
        "INSERT INTO audit_record (id, created_at, updated_at, revision, seq, at, action, "
        "name, object_type, object_id, dossier_id, result, origin, actor, digest, prev_hash, "
        "hash) VALUES (v_id, v_at, v_at, 1, v_seq, v_at, v_record->>'action', "
        "v_record->>'name', v_record->>'object_type', v_record->>'object_id', "
        "v_record->>'dossier_id', v_record->>'result', v_record->>'origin', v_actor, "
        "v_record->>'digest', v_prev, v_hash); "
        "IF v_record->>'action' <> 'R' THEN "
        "PERFORM pg_notify('maatwerkdesk_changes', v_seq::text); END IF; "
        "END LOOP; "
        "UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE name = 'audit'; "
        "RETURN v_seq; END $$",
        "CREATE FUNCTION maatwerkdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN RAISE EXCEPTION 'audit records are never changed or removed' "
        f"USING {REFUSED}; END $$",
        "CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record "
        "FOR EACH ROW EXECUTE FUNCTION maatwerkdesk_audit_append_only()",
        "CREATE TRIGGER audit_record_not_truncated BEFORE TRUNCATE ON audit_record "
        "FOR EACH STATEMENT EXECUTE FUNCTION maatwerkdesk_audit_append_only()",
    ]


def _refuse(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING {REFUSED};"


_UNCHANGED_BUT_VOIDED = " AND ".join(
    f"NEW.{column} IS NOT DISTINCT FROM OLD.{column}"
    for column in (
        "id",
        "created_at",
        "dossier_id",
        "version",
        "agenda_item_id",
        "kind",
        "catalogue_id",
        "signed_by",
        "signed_at",
        "content",
        "content_hash",
        "signature",
        "key_id",
    )
)
FACTS = ("title", "regulation", "article", "generic_outcome", "knelpunt", "request", "owner")
"""services/dossiers.py FROZEN_WHEN_SIGNED as of this revision: what a signed decision rests on
(0014 adds the deviation clause)."""
_SIGNED = "EXISTS (SELECT 1 FROM signed_decision WHERE dossier_id = {id} AND deleted_at IS NULL)"


def dossier_guard(path: str, facts: tuple[str, ...]) -> list[str]:
    """The function and trigger that keep `facts` (the dossier's columns a signed decision
    rests on), its status and its existence as signed; a later migration that adds a fact
    makes them again with its longer list."""
    changed_facts = " OR ".join(
        f"OLD.{column} IS DISTINCT FROM NEW.{column}"
        for column in (*facts, "status", "deleted_at", "id")
    )
    unchanged = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in facts)
    return [
        "CREATE FUNCTION maatwerkdesk_dossier_guard() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ BEGIN "
        "IF maatwerkdesk_privileged() OR maatwerkdesk_has_role('functioneel_beheerder') "
        f"OR NOT {_SIGNED.format(id='OLD.id')} THEN RETURN NEW; END IF; "
        "IF NEW.status IN ('besloten', 'afgesloten') AND NEW.deleted_at IS NULL "
        f"AND NEW.id = OLD.id AND {unchanged} "
        "THEN RETURN NEW; END IF; "
        + _refuse("the facts of a signed decision stay as signed")
        + " END $$",
        f"CREATE TRIGGER dossier_guard BEFORE UPDATE ON dossier FOR EACH ROW "
        f"WHEN ({changed_facts}) EXECUTE FUNCTION maatwerkdesk_dossier_guard()",
    ]


def _guards(path: str) -> list[str]:
    signed_guard = (
        "CREATE FUNCTION maatwerkdesk_signed_decision_guard() RETURNS trigger "
        f"LANGUAGE plpgsql SET search_path = {path} AS $$ "
        "DECLARE v_user text; v_name text; v_chair text; v_conflicts text; "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        "IF maatwerkdesk_privileged() THEN RETURN OLD; END IF; "
        + _refuse("a signed decision is never removed")
        + " END IF; "
        "IF maatwerkdesk_privileged() THEN RETURN NEW; END IF; "
        "IF TG_OP = 'UPDATE' THEN "
        "IF maatwerkdesk_has_role('functioneel_beheerder') AND OLD.deleted_at IS NULL "
        f"AND NEW.deleted_at IS NOT NULL AND {_UNCHANGED_BUT_VOIDED} THEN RETURN NEW; END IF; "
        + _refuse("a signed decision is never changed; a change is a new version")
        + " END IF; "
        "v_user := maatwerkdesk_user_id(); "
        "IF v_user IS NULL THEN "
        + _refuse("this login is no active MaatwerkDesk user")
        + " END IF; "
        "IF NEW.kind = 'historic' THEN "
        "IF maatwerkdesk_has_role('functioneel_beheerder') AND NEW.signed_by IS NULL "
        "AND NEW.signature IS NULL THEN RETURN NEW; END IF; "
        + _refuse("a historic decision is registered by a functioneel beheerder")
        + " END IF; "
        "IF NOT maatwerkdesk_has_role('voorzitter') OR NEW.signed_by IS DISTINCT FROM v_user "
        "OR NOT EXISTS (SELECT 1 FROM signing_key WHERE key_id = NEW.key_id "
        "AND user_id = v_user AND status = 'registered') THEN "
        + _refuse("only a chair signs, as themselves, with their own registered key")
        + " END IF; "
        "IF NEW.agenda_item_id IS NOT NULL THEN "
        "SELECT m.chair_id, a.conflicts::text INTO v_chair, v_conflicts FROM agenda_item AS a "
        "JOIN meeting AS m ON m.id = a.meeting_id "
        "WHERE a.id = NEW.agenda_item_id AND a.dossier_id = NEW.dossier_id "
        "AND a.deleted_at IS NULL; "
        "IF v_chair IS DISTINCT FROM v_user OR v_conflicts::jsonb ? v_user THEN "
        + _refuse("only the chair of the meeting signs, without a declared interest")
        + " END IF; "
        "ELSIF NOT "
        + _SIGNED.format(id="NEW.dossier_id")
        + " THEN "
        + _refuse("a first version is signed on a meeting''s agenda")
        + " END IF; "
        "SELECT name INTO v_name FROM app_user WHERE id = v_user; "
        "IF EXISTS (SELECT 1 FROM proposal WHERE dossier_id = NEW.dossier_id "
        "AND proposed_by = v_user) OR EXISTS (SELECT 1 FROM dossier WHERE id = NEW.dossier_id "
        "AND maatwerkdesk_same_person(owner, v_name)) THEN "
        + _refuse("four eyes: who proposed the decision or owns the dossier does not sign it")
        + " END IF; "
        "RETURN NEW; END $$"
    )
    decision_guard = (
        "CREATE FUNCTION maatwerkdesk_decision_guard() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ BEGIN "
        "IF maatwerkdesk_privileged() OR maatwerkdesk_has_role('voorzitter') "
        "OR maatwerkdesk_has_role('functioneel_beheerder') "
        f"OR NOT {_SIGNED.format(id='OLD.dossier_id')} THEN "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF; "
        + _refuse("a signed decision changes only by a new version")
        + " END $$"
    )
    return [
        signed_guard,
        "CREATE TRIGGER signed_decision_guard BEFORE INSERT OR UPDATE OR DELETE "
        "ON signed_decision FOR EACH ROW EXECUTE FUNCTION maatwerkdesk_signed_decision_guard()",
        *dossier_guard(path, FACTS),
        decision_guard,
        "CREATE TRIGGER decision_guard BEFORE UPDATE OR DELETE ON decision FOR EACH ROW "
        "EXECUTE FUNCTION maatwerkdesk_decision_guard()",
    ]


_ME = "maatwerkdesk_user_id()"
_RECORDS_ADVICE = (
    f"user_id = {_ME} OR maatwerkdesk_has_role('secretaris') OR maatwerkdesk_has_role('voorzitter')"
)


def _policies() -> list[str]:
    return [
        *(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in POLICIES),
        f"CREATE POLICY draft_of_its_person ON draft USING (owner_id IS NULL OR owner_id = {_ME}) "
        f"WITH CHECK (owner_id = {_ME})",
        "CREATE POLICY advice_read ON advice FOR SELECT USING (true)",
        f"CREATE POLICY advice_insert ON advice FOR INSERT WITH CHECK ({_RECORDS_ADVICE})",
        f"CREATE POLICY advice_update ON advice FOR UPDATE USING ({_RECORDS_ADVICE}) "
        f"WITH CHECK ({_RECORDS_ADVICE})",
        f"CREATE POLICY advice_delete ON advice FOR DELETE USING ({_RECORDS_ADVICE})",
        "CREATE POLICY signing_key_read ON signing_key FOR SELECT USING (true)",
        "CREATE POLICY signing_key_create ON signing_key FOR INSERT "
        f"WITH CHECK (user_id = {_ME} AND status = 'pending')",
        "CREATE POLICY signing_key_withdraw ON signing_key FOR UPDATE "
        f"USING (user_id = {_ME} AND status = 'pending') "
        f"WITH CHECK (user_id = {_ME} AND status = 'revoked')",
        "CREATE POLICY signing_key_register ON signing_key FOR UPDATE "
        "USING (maatwerkdesk_has_role('functioneel_beheerder')) "
        "WITH CHECK (maatwerkdesk_has_role('functioneel_beheerder'))",
    ]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    path = f"{schema}, pg_temp"
    for statement in [*_identity(path), *_audit(path), *_guards(path), *_policies()]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, policies in POLICIES.items():
        for policy in policies:
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for trigger, table in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for function in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
