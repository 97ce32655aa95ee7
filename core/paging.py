"""Pages of lists that live inside one document (a record's history, a trust list)."""


def page_of_list(items: list, limit: int, offset: int) -> tuple[list, int]:
    """Return items[offset:offset + limit] and how many items there are in all."""
    return items[offset : offset + limit], len(items)
