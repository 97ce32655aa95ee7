"""What one catalogue search costs the database, on the seeded and the generated catalogue.

    python bench/services_search_cost.py

For each reference query it runs the search use-case (`Catalogue.search`, what
`GET /api/v1/services?q=` calls) against one embedded SecantusDB and prints the database
round trips per search (counted by a pymongo command listener), the documents the query
examined (`explain`), the candidates ranked and the time per search. Prints figures only.
"""

import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pymongo  # noqa: E402
from pymongo import monitoring  # noqa: E402

from app.embedded_db import EmbeddedDatabase  # noqa: E402
from bench import services_catalogue  # noqa: E402
from core.clock import Clock  # noqa: E402
from models import ensure_indexes  # noqa: E402
from models.service_items import GuideVersionRepository, ServiceItemRepository  # noqa: E402
from services import all_items  # noqa: E402
from services.search import CANDIDATE_LIMIT  # noqa: E402
from services.search_terms import query_terms  # noqa: E402
from services.usecases.catalogue import Catalogue  # noqa: E402

QUERIES = ("jsz", "gjj", "社保卡", "出生", "护照", "落户", "驾驶证换证", "证")
RUNS = 3


class Commands(monitoring.CommandListener):
    """Count the commands (round trips) the app side sends."""

    def __init__(self) -> None:
        self.count = 0

    def started(self, event) -> None:
        self.count += 1

    def succeeded(self, event) -> None:
        pass

    def failed(self, event) -> None:
        pass


def catalogue_of(db) -> Catalogue:
    items = ServiceItemRepository(db)
    return Catalogue(items, GuideVersionRepository(db), None, None, None, None, Clock())


def measure(db, commands: Commands, label: str) -> None:
    catalogue = catalogue_of(db)
    for query in QUERIES:
        found = {"search_terms": {"$in": query_terms(query)}}
        stats = db.service_items.find(found).limit(CANDIDATE_LIMIT).explain()["executionStats"]
        timings = []
        for _ in range(RUNS):
            before, started = commands.count, time.perf_counter()
            _page, total = catalogue.search(query, {}, 20, 0)
            timings.append((time.perf_counter() - started) * 1000)
            trips = commands.count - before
        row = (label, query, trips, stats["totalDocsExamined"], total, statistics.median(timings))
        print(_line(*row), flush=True)


def _stop(signum, _frame):
    raise SystemExit(128 + signum)  # so the database below is stopped, not orphaned


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)
    commands = Commands()
    print(_line("catalogue", "query", "round trips", "docs examined", "ranked", "ms (median)"))
    with tempfile.TemporaryDirectory(prefix="shengshi-search-") as directory:
        server = EmbeddedDatabase(directory).start()
        try:
            client = pymongo.MongoClient(server.uri, event_listeners=[commands])
            for label, generated in (("seeded 146", False), ("generated 25,000", True)):
                db = client[f"bench_search_{'generated' if generated else 'seeded'}"]
                started = time.perf_counter()
                if generated:
                    # Indexing after the insert is faster on SecantusDB than item by item.
                    services_catalogue.store(db)
                    ensure_indexes(db)
                else:
                    ensure_indexes(db)
                    catalogue_of(db).seed(all_items())
                stored = time.perf_counter() - started
                print(f"{label}: stored and indexed in {stored:.0f} s", flush=True)
                measure(db, commands, label)
            client.close()
        finally:
            server.stop()
    return 0


def _line(label, query, trips, examined, total, ms) -> str:
    ms = ms if isinstance(ms, str) else f"{ms:.1f}"
    return f"{label:<18} {query:<10} {trips:>11} {examined:>13} {total:>6} {ms:>11}"


if __name__ == "__main__":
    sys.exit(main())
