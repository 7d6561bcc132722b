"""The built application's entry point: exactly the `peerdesk` command (window, subcommands, --selftest)."""

import sys

from peerdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
