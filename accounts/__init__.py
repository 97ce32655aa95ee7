"""Accounts engine: SMS login, sessions, residents' identity levels, staff. Framework-free."""
