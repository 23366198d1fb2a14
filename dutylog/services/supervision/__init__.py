"""Assign and supervise (交办督办): the contact book, assignments, supervision and figures."""
