"""Start and stop the embedded SecantusDB server as a child process.

SecantusDB is GPL-2.0, so it always runs as a separate process spoken to over the
MongoDB wire protocol, never imported into the app.
"""

import atexit
import logging
import os
import socket
import subprocess
import sys
import time

import pymongo

log = logging.getLogger(__name__)


def free_port() -> int:
    """Return a TCP port on loopback that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_ping(uri: str, timeout: float = 30.0) -> None:
    """Block until the server at uri answers ping, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        client = pymongo.MongoClient(uri, serverSelectionTimeoutMS=500)
        try:
            client.admin.command("ping")
            return
        except pymongo.errors.PyMongoError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"embedded database at {uri} did not answer ping") from None
            time.sleep(0.1)
        finally:
            client.close()


class EmbeddedDatabase:
    """A SecantusDB child process on a free loopback port."""

    def __init__(self, storage_path: str, log_path: str | None = None):
        self.storage_path = storage_path
        self.log_path = log_path
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/"

    def start(self) -> "EmbeddedDatabase":
        """Spawn the server, wait until it answers, and stop it at interpreter exit."""
        if self.storage_path != ":memory:":
            os.makedirs(self.storage_path, exist_ok=True)
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        command = [
            sys.executable,
            "-m",
            "secantus",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--storage-path",
            self.storage_path,
            "--log-level",
            "WARNING",
        ]
        self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        atexit.register(self.stop)
        try:
            wait_for_ping(self.uri)
        except TimeoutError:
            self.stop()
            raise
        log.info("embedded database ready", extra={"uri": self.uri, "path": self.storage_path})
        return self

    def stop(self) -> None:
        """Terminate the server and wait for it to flush."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
