"""A development certificate, so that phones on the local network get HTTPS (camera, WebCrypto).

`HTTPS=1 ./run.sh` serves TLS with the operator's own certificate (`TLS_CERT` + `TLS_KEY`) or,
without them, with one made here under `<DATA_DIR>/tls/`: a local certificate authority
(`dev-ca.crt`, which a phone can be told to trust) and a server certificate it signs for
localhost, 127.0.0.1 and this machine's LAN address. The server certificate is made again when
the LAN address changes or it nears its end; the authority is kept, so a phone trusts it once.

    python -m scripts.dev_tls [DATA_DIR]     # make (or reuse) them and print the paths
"""

import ipaddress
import os
import re
import socket
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVER_DAYS = 397  # the longest browsers accept for a server certificate
CA_DAYS = 3650
RENEW_BEFORE = timedelta(days=30)


def lan_address() -> str | None:
    """Return the address this machine uses on its network, or None when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # a documentation address: nothing is sent
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def tls_files(env: dict, data_dir: str) -> tuple[str, str]:
    """Return (certfile, keyfile): TLS_CERT and TLS_KEY when set, else the development pair."""
    cert, key = env.get("TLS_CERT", ""), env.get("TLS_KEY", "")
    if cert or key:
        if not (cert and key):
            raise SystemExit("set both TLS_CERT and TLS_KEY, or neither")
        for path in (cert, key):
            if not Path(path).is_file():
                raise SystemExit(f"TLS file not found: {path}")
        return cert, key
    return development_certificate(Path(data_dir) / "tls")


def development_certificate(folder: Path, now: datetime | None = None) -> tuple[str, str]:
    """Make (or reuse) the local authority and a server certificate for this machine."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = _authority(folder, now)
    names = _names()
    cert_path, key_path = folder / "dev-cert.pem", folder / "dev-key.pem"
    if not _still_good(cert_path, key_path, names, now):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            _builder(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Shengshi development")]))
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=SERVER_DAYS))
            .add_extension(x509.SubjectAlternativeName(_alt_names(names)), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        _write(key_path, _private_pem(key), private=True)
        _write(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    return str(cert_path), str(key_path)


def _authority(folder: Path, now: datetime):
    cert_path, key_path = folder / "dev-ca.crt", folder / "dev-ca-key.pem"
    if cert_path.exists() and key_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        if cert.not_valid_after_utc > now + RENEW_BEFORE:
            return cert, serialization.load_pem_private_key(key_path.read_bytes(), None)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Shengshi development CA")])
    cert = (
        _builder(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    _write(key_path, _private_pem(key), private=True)
    _write(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    return cert, key


def _names() -> list[str]:
    names = ["localhost", "127.0.0.1", "::1"]
    host = socket.gethostname()
    if re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*", host):
        names.append(host)
    lan = lan_address()
    return names + [lan] if lan else names


def _alt_names(names: list[str]) -> list[x509.GeneralName]:
    alt: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    return alt


def _still_good(cert_path: Path, key_path: Path, names: list[str], now: datetime) -> bool:
    if not (cert_path.exists() and key_path.exists()):
        return False
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    covered = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return cert.not_valid_after_utc > now + RENEW_BEFORE and set(_alt_names(names)) <= set(covered)


def _builder(subject: x509.Name) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder().subject_name(subject).serial_number(x509.random_serial_number())
    )


def _private_pem(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write(path: Path, data: bytes, private: bool = False) -> None:
    # A private key is readable by its owner only from the moment it exists.
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def phone_url(bind: str) -> str:
    """Return the address a phone on the same network opens, for the start-up message."""
    port = bind.rsplit(":", 1)[-1]
    return f"https://{lan_address() or 'localhost'}:{port}/mp/"


if __name__ == "__main__":
    folder = Path(sys.argv[1] if sys.argv[1:] else "var") / "tls"
    cert_file, key_file = development_certificate(folder)
    print(f"certificate {cert_file}\nkey         {key_file}\nauthority   {folder / 'dev-ca.crt'}")
