"""A simulated partner region (e.g. Macau, "MO") that issues its own signed health codes.

For demos and tests of cross-region recognition (转码): it keeps its own keys and knows
nothing of our back end, as a real partner region would.
"""
