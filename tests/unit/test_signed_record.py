"""The signed content's facts gained the deviation clause later: what was signed before
still reads back to its very bytes, and what is signed now fixes the clause too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from maatwerkdesk.domain.signed_record import (
    ContentError,
    content_bytes,
    content_hash,
    parse_content,
)

OLD = (
    '{"audit_head":{"hash":"' + "a" * 64 + '","seq":41},'
    '"catalogue":{"id":"nl.maatwerkdesk.afwijkingsroutes","version":"2026.2"},'
    '"change_reason":"","decision":{"decided_on":"2026-11-20","degree":null,'
    '"distinctions":[],"motivation":"Fictief.","outcome_type":"full","reason":null},'
    '"departure":{"from":[],"motivation":""},"dossier":{"article":"art. 58 lid 8",'
    '"generic_outcome":"Volledige terugvordering.","id":"3f0b6a1e-6a51-4c8e-9a35-0f2d7c1b9e42",'
    '"knelpunt":"Melding niet verwerkt.","owner":"Anouk Verhoef","reference":"MW-2026-00012",'
    '"regulation":"Participatiewet","request":"Afzien.","title":"Terugvordering bijstand"},'
    '"factors":["f1"],"format":"maatwerkdesk-besluit/1","kind":"signed",'
    '"meeting":"CO-2026-001","override":null,"route":"pw-58-8",'
    '"signed_at":"2026-11-20T14:00:00.000000Z","signer":{"key_id":"' + "b" * 64 + '",'
    '"name":"Karel Voorzitter","user_id":"u1"},"source":"","version":1}'
).encode()
"""A version as the program wrote it before dossiers had a deviation clause."""
OLD_HASH = "5f8a88038ae0bd6a2dd2eb9ed538112a255efb2ae16fe060bd4fa6e9326efee9"
"""Its SHA-256 then: what its signature and the audit trail cover."""


def test_a_version_signed_before_the_deviation_clause_keeps_its_bytes_and_hash() -> None:
    content = parse_content(OLD)
    assert content.facts.article == "art. 58 lid 8"
    assert content.facts.deviation_article == ""
    assert content_bytes(content) == OLD
    assert content_hash(content_bytes(content)) == OLD_HASH


def test_a_new_version_fixes_the_deviation_clause() -> None:
    old = parse_content(OLD)
    facts = replace(old.facts, article="art. 58 lid 1", deviation_article="art. 58 lid 8")
    raw = content_bytes(replace(old, facts=facts))
    assert b'"deviation_article":"art. 58 lid 8"' in raw
    assert parse_content(raw).facts == facts
    assert content_hash(raw) != OLD_HASH


def test_another_deviation_clause_is_another_content() -> None:
    """A signature covers the hash: a clause changed after signing no longer matches it."""
    old = parse_content(OLD)
    signed = content_bytes(replace(old, facts=replace(old.facts, deviation_article="lid 8")))
    changed = signed.replace(b'"deviation_article":"lid 8"', b'"deviation_article":"lid 9"')
    assert content_hash(changed) != content_hash(signed)


@pytest.mark.parametrize(
    "spelled",
    [b'"deviation_article":"",', b'"deviation_article":null,', b'"deviation_article":8,'],
)
def test_an_empty_or_odd_deviation_clause_is_not_the_fixed_form(spelled: bytes) -> None:
    """Only one spelling verifies: an empty clause is left out, never written as ""."""
    raw = OLD.replace(b'"dossier":{', b'"dossier":{' + spelled)
    with pytest.raises(ContentError):
        parse_content(raw)
