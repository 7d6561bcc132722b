"""Calendar passwords: in the operating system's keychain, or in an environment variable for scripts.

`keyring` reaches Windows Credential Locker, the macOS Keychain and the Secret
Service on Linux. Nothing here writes a password to the workspace or settings.
"""

from __future__ import annotations

import contextlib
import os

import keyring
from keyring.errors import KeyringError

from peerdesk.i18n import _
from peerdesk.publishing.client import PublishError
from peerdesk.publishing.status import origin

ENV_PASSWORD = "PEERDESK_CALDAV_PASSWORD"


def keychain_service(url: str) -> str:
    """The keychain entry's service name: one per server, whatever calendar on it."""
    return f"PeerDesk CalDAV {origin(url)}"


def stored_password(url: str, user: str) -> str | None:
    """The password kept in the keychain for this server and user, if any (None if no keychain)."""
    try:
        return keyring.get_password(keychain_service(url), user)
    except (KeyringError, RuntimeError):
        return None


def store_password(url: str, user: str, password: str) -> None:
    """Keep the password in the keychain; a clear error when this computer has none."""
    try:
        keyring.set_password(keychain_service(url), user, password)
    except (KeyringError, RuntimeError) as exc:
        raise PublishError(
            _(
                "the password could not be kept in this computer's keychain ({exc}). "
                "It was used for this publish only; scripts can set {env_password} "
                "instead."
            ).format(exc=exc, env_password=ENV_PASSWORD),
            "keychain",
        ) from exc


def forget_password(url: str, user: str) -> None:
    """Remove the keychain entry (nothing happens if there is none)."""
    with contextlib.suppress(KeyringError, RuntimeError):
        keyring.delete_password(keychain_service(url), user)


def password_for(url: str, user: str) -> str | None:
    """For scripts: the environment variable first, then the keychain."""
    return os.environ.get(ENV_PASSWORD) or stored_password(url, user)
