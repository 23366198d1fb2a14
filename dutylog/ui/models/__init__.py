"""Qt item models over service records."""
