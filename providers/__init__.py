"""External services behind small interfaces, each with a local mock for development and tests."""
