"""The attachment store keeps ciphertext and gives back plaintext, and refuses whatever it
did not write whole: a changed byte, a cut-off file, a piece of another file, a plaintext
file dropped in, a file under a key it does not have."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maatwerkdesk.infra.attachment_store import (
    DONE_MARKER,
    HEADER_BYTES,
    PIECE,
    TAG,
    AttachmentStore,
    UnreadableAttachmentError,
    attachment_key,
)

KEY = attachment_key(bytes(range(32)))
OTHER = attachment_key(bytes(32))
LARGE = os.urandom(2 * PIECE + 1234)  # three pieces, the last a short one


def stored(tmp_path: Path, content: bytes, name: str = "bron.bin") -> tuple[AttachmentStore, str]:
    store = AttachmentStore(tmp_path / "bijlagen", KEY)
    source = tmp_path / name
    source.write_bytes(content)
    sha256, size = store.add(source)
    assert size == len(content)
    return store, sha256


@pytest.mark.parametrize("content", [b"", b"Brief van de Belastingdienst", LARGE])
def test_what_goes_in_comes_out_and_is_not_on_disk_as_it_was(
    tmp_path: Path, content: bytes
) -> None:
    store, sha256 = stored(tmp_path, content)
    assert sha256 == hashlib.sha256(content).hexdigest()
    assert store.read(sha256) == content
    store.decrypt_to(sha256, tmp_path / "open.bin")
    assert (tmp_path / "open.bin").read_bytes() == content
    assert (tmp_path / "open.bin").stat().st_mode & 0o777 == 0o600
    raw = store.path_for(sha256).read_bytes()
    assert len(raw) == HEADER_BYTES + len(content) + TAG * max(1, -(-len(content) // PIECE))
    if content:
        assert content[:32] not in raw


def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: flipped(raw, HEADER_BYTES + 10),  # a byte of the content
        lambda raw: flipped(raw, 5),  # the key's fingerprint in the header
        lambda raw: flipped(raw, HEADER_BYTES - 1),  # the nonce prefix
        lambda raw: raw[: HEADER_BYTES + PIECE + TAG],  # cut off after a whole piece
        lambda raw: raw[:-1],  # cut off within the last piece
        lambda raw: raw[:HEADER_BYTES],  # nothing after the header
        lambda raw: raw[:HEADER_BYTES] + raw[HEADER_BYTES + PIECE + TAG :],  # a piece dropped
    ],
)
def test_a_file_changed_or_cut_off_is_refused_and_leaves_no_copy(tmp_path: Path, damage) -> None:
    store, sha256 = stored(tmp_path, LARGE)
    path = store.path_for(sha256)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(UnreadableAttachmentError):
        store.read(sha256)
    with pytest.raises(UnreadableAttachmentError):
        store.decrypt_to(sha256, tmp_path / "open.bin")
    assert not (tmp_path / "open.bin").exists()


def test_pieces_of_another_file_do_not_fit(tmp_path: Path) -> None:
    store, first = stored(tmp_path, LARGE, "een.bin")
    _, second = stored(tmp_path, os.urandom(len(LARGE)), "twee.bin")
    one, two = store.path_for(first).read_bytes(), store.path_for(second).read_bytes()
    store.path_for(first).write_bytes(one[:HEADER_BYTES] + two[HEADER_BYTES:])
    with pytest.raises(UnreadableAttachmentError):
        store.read(first)


def test_a_plaintext_file_or_another_keys_file_is_never_shown(tmp_path: Path) -> None:
    store, sha256 = stored(tmp_path, b"echt")
    store.path_for(sha256).write_bytes(b"echt")  # dropped in by someone with the disk
    with pytest.raises(UnreadableAttachmentError):
        store.read(sha256)
    elsewhere = AttachmentStore(tmp_path / "bijlagen", OTHER)
    _, mine = stored(tmp_path, b"van een ander profiel", "ander.bin")
    with pytest.raises(UnreadableAttachmentError):
        elsewhere.read(mine)


def plaintext_store(tmp_path: Path, contents: list[bytes]) -> Path:
    """A store as the program wrote it before encryption: plaintext files under their hash."""
    root = tmp_path / "bijlagen"
    for content in contents:
        digest = hashlib.sha256(content).hexdigest()
        (root / digest[:2]).mkdir(parents=True, exist_ok=True)
        (root / digest[:2] / digest).write_bytes(content)
    return root


def test_plaintext_files_from_before_encryption_are_encrypted_once(tmp_path: Path) -> None:
    contents = [b"oude brief", LARGE]
    root = plaintext_store(tmp_path, contents)
    store = AttachmentStore(root, KEY)
    assert store.make_current() == 2
    for content in contents:
        digest = hashlib.sha256(content).hexdigest()
        assert content[:10] not in store.path_for(digest).read_bytes()
        assert store.read(digest) == content
    assert (root / DONE_MARKER).exists()
    assert store.make_current() == 0  # the marker: not every file read again


def test_a_file_whose_content_is_not_its_name_is_left_alone(tmp_path: Path) -> None:
    root = plaintext_store(tmp_path, [b"goed"])
    wrong = root / ("ab" + "0" * 62)[:2] / ("ab" + "0" * 62)
    wrong.parent.mkdir(exist_ok=True)
    wrong.write_bytes(b"iets anders dan de naam zegt")
    store = AttachmentStore(root, KEY)
    assert store.make_current() == 1
    assert wrong.read_bytes() == b"iets anders dan de naam zegt"
    assert not (root / DONE_MARKER).exists()  # looked at again on the next start


def test_a_new_key_takes_every_file_along_and_the_old_one_opens_nothing(tmp_path: Path) -> None:
    store, sha256 = stored(tmp_path, LARGE)
    assert store.make_current() == 0
    moved = AttachmentStore(tmp_path / "bijlagen", OTHER, also=(KEY,))
    assert moved.make_current() == 1
    assert AttachmentStore(tmp_path / "bijlagen", OTHER).read(sha256) == LARGE
    with pytest.raises(UnreadableAttachmentError):
        AttachmentStore(tmp_path / "bijlagen", KEY).read(sha256)
    back = AttachmentStore(tmp_path / "bijlagen", KEY, also=(OTHER,))
    assert back.make_current() == 1  # undoing a change of key that was cut short
    assert store.read(sha256) == LARGE


@given(st.binary(max_size=3000), st.data())
@settings(max_examples=150, deadline=None)
def test_a_flipped_bit_anywhere_gives_the_content_or_a_refusal_never_other_content(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    store, sha256 = stored(folder, content)
    path = store.path_for(sha256)
    raw = bytearray(path.read_bytes())
    at = data.draw(st.integers(0, len(raw) - 1))
    raw[at] ^= 1 << data.draw(st.integers(0, 7))
    path.write_bytes(bytes(raw))
    with pytest.raises(UnreadableAttachmentError):
        store.read(sha256)
