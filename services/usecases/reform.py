"""The reform figures from real cases: a public summary, and per department for admins.

Each case keeps its summary (`services.cases.case_summary`) current on every move, so the
figures read one projected field per case received in the period, not whole cases; the
answer is cached briefly because it changes slowly and is read by everyone.
"""

import time
from datetime import timedelta

from services.reform import reform_figures

PERIOD = timedelta(days=365)
CACHE_SECONDS = 60
_ITEM_FIELDS = {"visits": 1, "instant": 1, "department": 1, "_id": 0}


class ReformStats:
    def __init__(self, items, cases, clock, ready=lambda: None):
        self.items, self.cases, self.clock, self.ready = items, cases, clock, ready
        self._cached = (0.0, None)

    def figures(self, detailed: bool = False) -> dict:
        """Return the figures for the last year; with details, each department's too."""
        cached_at, result = self._cached
        if result is None or time.monotonic() - cached_at > CACHE_SECONDS:
            result = self._compute()
            self._cached = (time.monotonic(), result)
        return result if detailed else {**result, "departments": None}

    def _compute(self) -> dict:
        self.ready()
        now = self.clock()
        items = self.items.published(_ITEM_FIELDS)
        summaries = self.cases.summaries_since(now - PERIOD)
        departments = sorted({s["department"] for s in summaries})
        return {
            "since": now - PERIOD,
            "until": now,
            "cases": len(summaries),
            **reform_figures(items, summaries),
            "departments": [
                {
                    "department": slug,
                    **reform_figures(
                        [i for i in items if i["department"] == slug],
                        [s for s in summaries if s["department"] == slug],
                    ),
                }
                for slug in departments
            ],
        }
