"""Repositories: one per area, each over the Session of a single transaction."""
