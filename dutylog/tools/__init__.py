"""Developer tools run with ``python -m dutylog.tools.<name>``."""
