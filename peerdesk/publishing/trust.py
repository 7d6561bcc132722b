"""Remembered exceptions for calendar servers with a self-signed certificate.

Certificates are always verified. When the lead decides to trust a server's
own certificate, its PEM is kept in PeerDesk's data folder (one file per
host and port) and from then on that server must present exactly this
certificate: its SHA-256 fingerprint is pinned on every connection (the HTTP
stack under `caldav`, niquests, checks `verify="sha256_..."` during the TLS
handshake). Self-signed certificates often name the server differently from
the address used, so pinning the certificate itself is what makes the
exception work; if the server's certificate changes, the connection is
refused again and the lead is asked again.
"""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path
from urllib.parse import urlsplit

from peerdesk.atomic import write_bytes_atomically
from peerdesk.i18n import _
from peerdesk.paths import data_dir
from peerdesk.publishing.client import PublishError


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


def certificate_file(url: str, folder: Path | None = None) -> Path:
    """Where the trusted certificate for the URL's server is (or would be) kept."""
    host, port = _host_port(url)
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in host)
    return (folder or data_dir() / "certificates") / f"{safe}_{port}.pem"


def verification(url: str, folder: Path | None = None) -> bool | str:
    """How to check the server's certificate: the system's authorities, or the remembered one pinned."""
    path = certificate_file(url, folder)
    if urlsplit(url).scheme != "https" or not path.exists():
        return True
    try:
        return "sha256_" + fingerprint(path.read_text(encoding="ascii")).replace(":", "").lower()
    except (OSError, ValueError):
        return True  # an unreadable file trusts nothing: the lead is asked again


def fingerprint(pem: str) -> str:
    """The certificate's SHA-256 fingerprint as AA:BB:..., to compare with what the administrator says."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fetch_certificate(url: str, timeout: float = 10) -> str:
    """The certificate the server presents (not verified: only to show the lead and to remember)."""
    host, port = _host_port(url)
    try:
        return ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ValueError) as exc:
        raise PublishError(
            _("could not read the certificate of {host}:{port} ({exc})").format(
                host=host, port=port, exc=exc
            ),
            "connection",
        ) from exc


def trust_certificate(url: str, pem: str, folder: Path | None = None) -> Path:
    """Remember the server's certificate as trusted; returns the file it is kept in."""
    path = certificate_file(url, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(path, pem.encode("ascii"))
    return path


def forget_certificate(url: str, folder: Path | None = None) -> None:
    """Stop trusting the remembered certificate of the URL's server."""
    certificate_file(url, folder).unlink(missing_ok=True)
