"""Dialogs: login, first run, database recovery, edit conflicts."""
