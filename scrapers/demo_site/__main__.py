"""``python -m scrapers.demo_site --port 8765``: serve the demo news site until Ctrl-C."""

import sys

from scrapers.demo_site.server import main

sys.exit(main())
