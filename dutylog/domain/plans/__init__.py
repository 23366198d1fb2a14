"""Emergency plans (应急预案) as checklists, keyword watch lists and drills: rules and values."""
