"""A write the app acknowledged survives a crash of the database process."""

from app.database import client_options
from app.embedded_db import EmbeddedDatabase
from scripts.durability import crash_run


def test_no_acknowledged_write_is_lost_when_the_database_is_killed(tmp_path):
    # The server as the app starts it, and the app's client options (its write concern).
    server = EmbeddedDatabase(str(tmp_path / "db"))
    options = client_options(server.uri, timeout_ms=300)  # writers notice the kill sooner

    result = crash_run(server, options, seconds=1.5, threads=8)

    assert result.acknowledged > 100, "the writes never got going"
    assert result.lost == 0
