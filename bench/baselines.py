"""Reference WSGI apps measured in the same run as the real one.

`bare` is Flask answering a constant JSON body; `pymongo_read` adds exactly one `find_one` by
`_id` (always uniquely indexed) on a pre-populated collection at `/read`, and at
`/read-write` that read plus one `insert_one` with the app's write concern (`j: true`, on the
same on-disk, sync-on-commit database), the fair baseline of a checkpoint scan. Serve them
with gunicorn as `bench.baselines:bare` and `bench.baselines:pymongo_read`, with MONGODB_URI
and MONGODB_DB set.
"""

import os
import random
import threading
from datetime import UTC, datetime

import pymongo
from flask import Flask, jsonify
from pymongo.write_concern import WriteConcern

READ_COLLECTION = "bench_read"
WRITE_COLLECTION = "bench_writes"
READ_DOCS = 10_000


def read_key(number: int) -> str:
    """Return the _id of the number-th document of the read collection."""
    return f"doc-{number:05d}"


def seed_read_collection(db, count: int = READ_DOCS) -> None:
    """Fill the read collection with account-sized documents (replacing what was there)."""
    collection = db[READ_COLLECTION]
    collection.drop()
    now = datetime.now(UTC)
    docs = [
        {
            "_id": read_key(n),
            "phone_enc": "A" * 64,
            "level": 1,
            "nickname": f"居民{n}",
            "language": "zh-CN",
            "elderly_mode": False,
            "created_at": now,
        }
        for n in range(count)
    ]
    for start in range(0, count, 1000):
        collection.insert_many(docs[start : start + 1000], ordered=False)


bare = Flask("bare")
pymongo_read = Flask("pymongo_read")


@bare.get("/healthz")
@pymongo_read.get("/healthz")
def healthz():
    """Say the process is alive."""
    return jsonify(status="ok")


@bare.get("/ping")
def ping():
    """Answer a constant JSON body."""
    return jsonify(ok=True)


_client_lock = threading.Lock()
_database = None


def _db():
    # Created on first use, i.e. in the worker after fork, like the app's one client per process.
    global _database
    with _client_lock:
        if _database is None:
            client = pymongo.MongoClient(
                os.environ["MONGODB_URI"], tz_aware=True, appname="bench-baseline"
            )
            _database = client[os.environ["MONGODB_DB"]]
    return _database


def _read_collection():
    return _db()[READ_COLLECTION]


@pymongo_read.get("/read")
def read():
    """Answer one document found by its indexed _id."""
    doc = _read_collection().find_one({"_id": read_key(random.randrange(READ_DOCS))})
    return jsonify(doc)


@pymongo_read.post("/read-write")
def read_write():
    """Answer one document found by its indexed _id after recording a durable insert."""
    doc = _read_collection().find_one({"_id": read_key(random.randrange(READ_DOCS))})
    writes = _db().get_collection(WRITE_COLLECTION, write_concern=WriteConcern(j=True))
    writes.insert_one({"read": doc["_id"], "at": datetime.now(UTC), "by": "bench"})
    return jsonify(doc)
