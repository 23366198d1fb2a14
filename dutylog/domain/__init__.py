"""Rules and value types of the duty office. Imports neither Qt nor SQLAlchemy."""
