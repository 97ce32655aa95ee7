"""Start, supervise and stop the embedded SecantusDB server as a child process.

SecantusDB is GPL-2.0, so it always runs as a separate process spoken to over the
MongoDB wire protocol, never imported into the app.
"""

import atexit
import logging
import os
import socket
import subprocess
import sys
import threading
import time

import pymongo

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # how often the supervisor looks at the server process
FIRST_RESTART_DELAY = 0.5  # doubled after each restart that did not last, up to the maximum
MAX_RESTART_DELAY = 30.0
STABLE_SECONDS = 60.0  # a server that ran this long has recovered: back-off starts again
STOP_SECONDS = 5.0  # every acknowledged write is already journaled, so a kill after this is safe


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
    """A SecantusDB child process on a loopback port, restarted on that port if it dies."""

    def __init__(self, storage_path: str, log_path: str | None = None, sync_on_commit=True):
        self.storage_path = storage_path
        self.log_path = log_path
        self.sync_on_commit = sync_on_commit
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._owner_pid = os.getpid()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._started_at = 0.0

    @property
    def uri(self) -> str:
        # No retryable writes. SecantusDB 0.7 keeps a reply for each retryable write for
        # 30 minutes, up to 10,000 of them, and on every write scans them all, then sorts
        # them once the cap is reached: a write's cost grows from about 0.5 ms to 10 ms
        # and more (bench/README.md). The registry lives in the server's memory, so it
        # would not make a retry after a crash and restart safe anyway; a write that
        # fails answers 503 and the client tries again.
        return f"mongodb://127.0.0.1:{self.port}/?retryWrites=false"

    def start(self, supervise: bool = False) -> "EmbeddedDatabase":
        """Spawn the server, wait until it answers, and stop it at interpreter exit.

        With supervise, a thread restarts the server on the same port and storage
        whenever it exits without being asked to.
        """
        self._owner_pid = os.getpid()
        self._stopping.clear()
        with self._lock:
            self._spawn()
        atexit.unregister(self.stop)  # once, however often it is started
        atexit.register(self.stop)
        log.info("embedded database ready", extra={"uri": self.uri, "path": self.storage_path})
        if supervise:
            threading.Thread(target=self._supervise, name="embedded-db", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop supervising, terminate the server and wait for it (briefly) to flush."""
        if os.getpid() != self._owner_pid:
            return  # a forked worker inherited this object; the server is its parent's
        self._stopping.set()
        with self._lock:
            if self.process and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=STOP_SECONDS)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            self.process = None

    def _spawn(self) -> None:
        if self.storage_path != ":memory:":
            os.makedirs(self.storage_path, exist_ok=True)
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(self._command(), stdout=out, stderr=subprocess.STDOUT)
        if out is not subprocess.DEVNULL:
            out.close()  # the child has its own descriptor
        try:
            wait_for_ping(self.uri)
        except TimeoutError:
            self.process.kill()
            self.process.wait()
            raise
        self._started_at = time.monotonic()

    def _command(self) -> list[str]:
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
        # fsync the journal at every commit, transactions included: SecantusDB honours
        # j: true on single writes but not on commitTransaction.
        return command + ["--sync-on-commit"] if self.sync_on_commit else command

    def _supervise(self) -> None:
        delay = FIRST_RESTART_DELAY
        while not self._stopping.wait(POLL_SECONDS):
            process = self.process
            if process is None or process.poll() is None:
                continue
            if time.monotonic() - self._started_at > STABLE_SECONDS:
                delay = FIRST_RESTART_DELAY
            # The exit status may read 0 when gunicorn's master reaped the process first.
            log.warning(
                "embedded database exited; restarting in %.1f s",
                delay,
                extra={"uri": self.uri, "path": self.storage_path, "status": process.returncode},
            )
            if self._stopping.wait(delay):
                return
            self._restart()
            delay = min(delay * 2, MAX_RESTART_DELAY)

    def _restart(self) -> None:
        with self._lock:
            if self._stopping.is_set():
                return
            try:
                self._spawn()
            except (OSError, TimeoutError) as error:
                log.error("embedded database did not restart: %s", error, extra={"uri": self.uri})
                return
        self.restarts += 1
        log.warning(
            "embedded database restarted (%d so far)",
            self.restarts,
            extra={"uri": self.uri, "path": self.storage_path},
        )
