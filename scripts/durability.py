"""Kill the embedded database mid-load and count the acknowledged writes that survived.

    .venv/bin/python scripts/durability.py [--runs 3] [--seconds 3] [--threads 4]

For each write concern (the app's own, and the driver's default w:1 without the journal)
it starts SecantusDB on a fresh directory, inserts from several threads, SIGKILLs the
server mid-stream, restarts it on the same files and prints writes/s and what was lost.
It prints figures and never passes or fails; tests/reliability/test_durability.py keeps
the guarantee.
"""

import argparse
import os
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pymongo
from pymongo.errors import PyMongoError

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.database import client_options  # noqa: E402
from app.embedded_db import EmbeddedDatabase  # noqa: E402


@dataclass(frozen=True)
class CrashRun:
    acknowledged: int
    survived: int
    seconds: float

    @property
    def lost(self) -> int:
        return self.acknowledged - self.survived

    @property
    def writes_per_second(self) -> float:
        return self.acknowledged / self.seconds


def crash_run(
    server: EmbeddedDatabase, options: dict, seconds: float, threads: int = 4
) -> CrashRun:
    """Insert from threads for `seconds`, SIGKILL the server, restart it, count survivors."""
    server.start()
    client = pymongo.MongoClient(server.uri, **options)
    acknowledged: list[int] = []
    stop = threading.Event()

    def write(thread: int) -> None:
        collection = client.probe.writes
        n = 0
        while not stop.is_set():
            try:
                collection.insert_one({"_id": thread * 10**9 + n, "payload": "x" * 200})
            except PyMongoError:
                return  # the server is gone: nothing after this was acknowledged
            acknowledged.append(thread * 10**9 + n)
            n += 1

    writers = [threading.Thread(target=write, args=(t,)) for t in range(threads)]
    started = time.perf_counter()
    for writer in writers:
        writer.start()
    time.sleep(seconds)
    os.kill(server.process.pid, signal.SIGKILL)  # mid-stream, acknowledged writes in flight
    elapsed = time.perf_counter() - started
    stop.set()
    for writer in writers:
        writer.join()
    client.close()
    server.process.wait()
    return CrashRun(len(acknowledged), _count_after_restart(server, acknowledged), elapsed)


def _count_after_restart(server: EmbeddedDatabase, acknowledged: list[int]) -> int:
    server.start()
    try:
        with pymongo.MongoClient(server.uri) as client:
            found = client.probe.writes.distinct("_id")
        return len(set(found) & set(acknowledged))
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    journaled = client_options("mongodb://127.0.0.1/", 2000)
    setups = (  # name, server fsyncs every commit, client options
        ("app: --sync-on-commit + j: true", True, journaled),
        ("--sync-on-commit only", True, {}),
        ("j: true only", False, journaled),
        ("neither (w: 1, j: false)", False, {}),
    )
    for name, sync_on_commit, options in setups:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as storage:
                server = EmbeddedDatabase(storage, sync_on_commit=sync_on_commit)
                result = crash_run(server, options, args.seconds, args.threads)
            print(
                f"{name:32} run {run + 1}: {result.acknowledged:6} acknowledged, "
                f"{result.lost:4} lost, {result.writes_per_second:7.0f} writes/s"
            )


if __name__ == "__main__":
    main()
