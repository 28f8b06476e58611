"""Ed25519 signatures: a chair's personal key pair, its fingerprint, signing and checking.

The private key never leaves the operating system's keyring (service: the app id); only
the public key goes into the database, where a functioneel beheerder registers it. A
signature is checked with the public key alone, so anyone can verify a signed decision,
inside the program or with `maatwerkdesk verify` on an exported file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from dataclasses import dataclass

import keyring
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from keyring.errors import KeyringError

from maatwerkdesk import APP_ID

log = logging.getLogger(__name__)

SERVICE = APP_ID


class KeyringUnavailableError(Exception):
    """There is no usable keyring to keep a private key in, or it refused."""


def key_id(public_key: bytes) -> str:
    """The key's fingerprint: SHA-256 of the raw public key, in hex (64 characters)."""
    return hashlib.sha256(public_key).hexdigest()


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey
    public: bytes
    """The raw 32-byte public key."""

    @property
    def id(self) -> str:
        return key_id(self.public)

    def sign(self, content: bytes) -> str:
        """The signature over `content`, base64."""
        return base64.b64encode(self.private.sign(content)).decode("ascii")


def new_key_pair() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    return KeyPair(private, _raw_public(private))


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def encode_public(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def decode_public(text: str) -> bytes | None:
    """The raw public key, or None when `text` is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def verify(public: bytes, content: bytes, signature: str) -> bool:
    """Whether `signature` (base64) is this key's signature over `content`."""
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(raw, content)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def _account(user_id: str, identifier: str) -> str:
    return f"ondertekensleutel/{user_id}/{identifier}"


def store_private_key(user_id: str, pair: KeyPair) -> None:
    """Keep the private key in the keyring; raises KeyringUnavailableError if it cannot."""
    secret = pair.private.private_bytes_raw()
    try:
        keyring.set_password(
            SERVICE, _account(user_id, pair.id), base64.b64encode(secret).decode("ascii")
        )
    except (KeyringError, RuntimeError) as error:
        log.warning("The keyring refused to store a signing key (%s)", type(error).__name__)
        raise KeyringUnavailableError from error
    # Some backends (the 'null' keyring of a headless machine) accept and forget.
    if load_private_key(user_id, pair.id) is None:
        log.warning("The keyring did not keep the signing key")
        raise KeyringUnavailableError


def load_private_key(user_id: str, identifier: str) -> KeyPair | None:
    """The key pair with this fingerprint from the keyring; None when it is not there (or
    the keyring holds something else under its name)."""
    try:
        stored = keyring.get_password(SERVICE, _account(user_id, identifier))
    except (KeyringError, RuntimeError) as error:
        log.warning("The keyring could not be read (%s)", type(error).__name__)
        raise KeyringUnavailableError from error
    if stored is None:
        return None
    try:
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored, validate=True))
    except (binascii.Error, ValueError):
        return None
    pair = KeyPair(private, _raw_public(private))
    return pair if pair.id == identifier else None
