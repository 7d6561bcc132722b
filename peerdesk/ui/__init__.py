"""Everything Qt: the window, its tabs, dialogs, table models and undo commands.

This layer only shows and collects; all reading and writing goes through the
services in `peerdesk`.
"""
