"""What counts as 'nothing changed' in the audit trail: refused attempts and listings are
recorded on purpose, so a failed act is compared on the acts that succeeded."""

AUDIT_TABLES = frozenset({"audit_record", "audit_head"})
SUCCESSFUL_ACTS = (
    "SELECT id, action, name, object_type, object_id, dossier_id FROM audit_record "
    "WHERE result = 'ok' AND name != 'dossier.list' ORDER BY seq"
)
