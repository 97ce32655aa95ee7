"""Identity documents and the people they identify."""
