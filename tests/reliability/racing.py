"""Run one callable in many threads released at the same moment."""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier


def race(count: int, call, *args_per_thread):
    """Call call(i) (or call(*args_per_thread[i])) from count threads at once; return results."""
    start = Barrier(count)

    def run(i):
        start.wait()
        return call(*args_per_thread[i]) if args_per_thread else call(i)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))
