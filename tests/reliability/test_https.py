"""HTTPS for phones: the development certificate is made and kept, and gunicorn serves TLS."""

import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509

from app.embedded_db import free_port
from scripts.dev_tls import development_certificate, lan_address, tls_files
from tests.reliability.test_operations import ROOT, production_env


def names_in(cert_file: str) -> set[str]:
    cert = x509.load_pem_x509_certificate(Path(cert_file).read_bytes())
    alt = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return {str(name.value) for name in alt}


def test_the_development_certificate_names_this_machine_and_is_kept(tmp_path):
    cert, key = development_certificate(tmp_path)
    assert {"localhost", "127.0.0.1"} <= names_in(cert)
    if lan_address():
        assert lan_address() in names_in(cert)
    assert os.stat(key).st_mode & 0o077 == 0  # the private key is the owner's alone
    made = Path(cert).read_bytes()
    assert development_certificate(tmp_path) == (cert, key)
    assert Path(cert).read_bytes() == made  # reused while it is good


def test_a_certificate_near_its_end_is_made_again_by_the_same_authority(tmp_path):
    cert, _ = development_certificate(tmp_path)
    authority = (tmp_path / "dev-ca.crt").read_bytes()
    development_certificate(tmp_path, now=datetime.now(UTC) + timedelta(days=380))
    assert (tmp_path / "dev-ca.crt").read_bytes() == authority  # phones trust it once
    renewed = x509.load_pem_x509_certificate(Path(cert).read_bytes())
    assert renewed.not_valid_after_utc > datetime.now(UTC) + timedelta(days=700)


def test_the_operators_own_certificate_wins_and_must_come_whole(tmp_path):
    own_cert, own_key = development_certificate(tmp_path / "own")
    env = {"TLS_CERT": own_cert, "TLS_KEY": own_key}
    assert tls_files(env, str(tmp_path / "var")) == (own_cert, own_key)
    assert not (tmp_path / "var").exists()
    with pytest.raises(SystemExit, match="TLS_CERT and TLS_KEY"):
        tls_files({"TLS_CERT": own_cert}, str(tmp_path / "var"))
    with pytest.raises(SystemExit, match="not found"):
        tls_files({"TLS_CERT": own_cert, "TLS_KEY": str(tmp_path / "missing.pem")}, "var")


def test_gunicorn_serves_https_with_the_certificate_it_made(tmp_path):
    port = free_port()
    env = {**production_env(tmp_path, port), "HTTPS": "1"}
    log = tmp_path / "gunicorn.log"
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        authority = tmp_path / "var" / "tls" / "dev-ca.crt"  # made as gunicorn starts
        status, body = https_get(process, log, port, authority, "/healthz")
        assert status == 200 and json.loads(body)
        assert "phones on this network open https://" in log.read_text()
        plain = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:  # no plain HTTP on the TLS port
            with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
                plain.request("GET", "/healthz")
                plain.getresponse()
        finally:
            plain.close()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def https_get(process, log, port, authority, path, seconds=60.0):
    """GET path over TLS once the server is up, verifying its certificate for 127.0.0.1."""
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, log.read_text()
        try:
            context = ssl.create_default_context(cafile=str(authority))
            connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=5)
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                return response.status, response.read()
            finally:
                connection.close()
        except (ConnectionRefusedError, FileNotFoundError, ssl.SSLError):
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
