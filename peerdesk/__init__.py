"""PeerDesk: plan, run and measure peer-to-peer learning at work, offline."""

__version__ = "0.1.0"
APP_NAME = "PeerDesk"
