"""Two reference WSGI apps measured in the same run as the real one.

`bare` is Flask answering a constant JSON body; `pymongo_read` adds exactly one `find_one` by
`_id` (always uniquely indexed) on a pre-populated collection. Serve them with gunicorn as
`bench.baselines:bare` and `bench.baselines:pymongo_read`, with MONGODB_URI and MONGODB_DB set.
"""

import os
import random
import threading
from datetime import UTC, datetime

import pymongo
from flask import Flask, jsonify

READ_COLLECTION = "bench_read"
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
_collection = None


def _read_collection():
    # Created on first use, i.e. in the worker after fork, like the app's one client per process.
    global _collection
    with _client_lock:
        if _collection is None:
            client = pymongo.MongoClient(
                os.environ["MONGODB_URI"], tz_aware=True, appname="bench-baseline"
            )
            _collection = client[os.environ["MONGODB_DB"]][READ_COLLECTION]
    return _collection


@pymongo_read.get("/read")
def read():
    """Answer one document found by its indexed _id."""
    doc = _read_collection().find_one({"_id": read_key(random.randrange(READ_DOCS))})
    return jsonify(doc)
