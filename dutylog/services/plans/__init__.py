"""Emergency plans (预案): the plans, their checklists on matters, keyword watch lists, drills."""
