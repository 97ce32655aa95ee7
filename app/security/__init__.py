"""Security helpers: encryption of personal data, blind indexes, passwords."""
