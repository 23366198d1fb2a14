"""Dialogs: matters, ledger import, login, first run, database recovery, edit conflicts."""
