"""Who used the CPU during a measurement, read from /proc (None where there is none)."""

import os
import time
from pathlib import Path


def children_of(pid: int) -> list[int]:
    """Direct children of pid, found through /proc (empty where there is no /proc)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.parent.name))
    return found


def cpu_seconds(pids: list[int]) -> float | None:
    """User + system CPU seconds the live processes have used so far (None without /proc)."""
    total, ticks = 0.0, os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def machine_busy_seconds() -> float | None:
    """CPU seconds all cores have spent busy since boot (None without /proc)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_idle(pids: list[int], below_cores: float = 0.1, timeout: float = 60.0) -> None:
    """Wait until pids together use less than below_cores (workers have finished booting)."""
    deadline = time.monotonic() + timeout
    previous = cpu_seconds(pids)
    while previous is not None and time.monotonic() < deadline:
        time.sleep(0.5)
        current = cpu_seconds(pids)
        if current is None or (current - previous) / 0.5 < below_cores:
            return
        previous = current
