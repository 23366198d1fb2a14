"""The emergency plans (预案) in the GUI: the page, a matter's checklist tab, the start proposal."""
