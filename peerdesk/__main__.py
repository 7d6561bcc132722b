"""Lets `python -m peerdesk` behave exactly like the `peerdesk` command."""

import sys

from peerdesk.cli.main import main

sys.exit(main())
