"""What the HTTP API calls: the wallet, presentations, grants, verification, issuing.

Each use-case takes repositories, other engines and the clock through its constructor, like
the rest of `ecert`; none imports Flask, pymongo or `models`.
"""
