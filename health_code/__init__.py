"""Health-code engine (粤康码 style), framework-free: colour rules, signed tokens, keys, QR."""
