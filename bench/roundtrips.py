"""Count the database commands each hot path sends per request (pymongo command monitoring).

Run in the bench's own process against the bench database, through the Flask test client:
a command listener counts every command the app's client starts while a target is asked
`REQUESTS` times after a warm-up, background reads included (the revocation feed and the key
check, each at most once a second per process).
"""

import threading

from pymongo import monitoring

WARMUP, REQUESTS = 5, 60


class CommandCounter(monitoring.CommandListener):
    """Count started commands by name (thread-safe; the listener sees every client)."""

    def __init__(self):
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def started(self, event):
        with self._lock:
            self.counts[event.command_name] = self.counts.get(event.command_name, 0) + 1

    def succeeded(self, event):
        pass

    def failed(self, event):
        pass

    def take(self) -> dict[str, int]:
        with self._lock:
            counts, self.counts = self.counts, {}
        return counts


COUNTER = CommandCounter()


def per_request(client, target, ctx) -> tuple[float, dict[str, float]]:
    """Return the commands per request of one target and their split by command name."""
    headers, path = target.headers_factory(ctx), target.path_for(ctx)
    # Made before counting; one-time bodies (presentation tokens) one per request.
    bodies = target.bodies_for(ctx, WARMUP + REQUESTS) or [
        target.body_for(ctx) for _ in range(WARMUP + REQUESTS)
    ]

    def ask(body):
        response = client.open(path, method=target.method, json=body, headers=headers)
        if not 200 <= response.status_code < 300:
            raise RuntimeError(f"{target.name} answered {response.status_code}: {response.json}")

    for body in bodies[:WARMUP]:
        ask(body)
    COUNTER.take()
    for body in bodies[WARMUP:]:
        ask(body)
    counts = COUNTER.take()
    return sum(counts.values()) / REQUESTS, {k: v / REQUESTS for k, v in counts.items()}


def register() -> None:
    """Listen to every client made from now on in this process."""
    monitoring.register(COUNTER)
