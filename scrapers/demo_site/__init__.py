"""The offline demo news site: two fictional sources served from loopback.

``site/`` holds static pages, an RSS feed (The Harbour Daily, ``/daily/``), a sitemap index
with a Google News sitemap (Coastline Wire, ``/wire/``), ``/robots.txt`` and ``ANSWERS.json``
(what extraction and statement finding should make of each article). ``server.serve_site()``
serves them on any port; ``python -m scrapers.demo_site --port 8765`` serves them by hand.
"""

from scrapers.demo_site.server import SITE_ROOT, DemoSite, serve_site, start_site

ANSWERS_PATH = SITE_ROOT / "ANSWERS.json"

__all__ = ["ANSWERS_PATH", "SITE_ROOT", "DemoSite", "serve_site", "start_site"]
