"""Printouts: sandboxed Jinja templates a lead can edit, and the values each printout is rendered from."""
