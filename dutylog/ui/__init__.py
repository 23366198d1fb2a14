"""Qt widgets. Thin: every change goes through `dutylog.services`."""
