"""Assign and supervise (交办督办): the contact book, the supervision desk, a matter's assignments."""
