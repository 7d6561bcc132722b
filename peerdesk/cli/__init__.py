"""The headless face of PeerDesk: one module per command group over the same services as the window."""
