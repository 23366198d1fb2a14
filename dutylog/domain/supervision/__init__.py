"""Assign and supervise (交办督办): units and contacts, assignments, deadlines, figures."""
