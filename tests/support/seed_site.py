"""A small saved site around the seed page, for end-to-end tests on loopback."""

from support.loopback import Reply

from conftest import RESOURCES

SEED = (RESOURCES / "pages" / "worldnewstoday.example.occupied-regions.html").read_bytes()
SEED_PATH = "/2022/09/20/occupied-regions-announce-votes-to-join-russia/"


def feed(base: str) -> bytes:
    items = [(SEED_PATH, "Tue, 20 Sep 2022 14:32:00 GMT"),
             ("/2022/09/21/broken/", "Wed, 21 Sep 2022 09:00:00 GMT"),
             ("/private/2022/09/21/secret/", "Wed, 21 Sep 2022 10:00:00 GMT"),
             ("/2022/09/21/missing/", "Wed, 21 Sep 2022 11:00:00 GMT"),
             ("/2022/09/25/later/", "Sun, 25 Sep 2022 11:00:00 GMT")]
    body = "".join(f"<item><title>t</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                   for p, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{body}</channel></rss>'.encode()


def site_routes(base: str) -> dict:
    return {
        "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/", headers={"Content-Type": "text/plain"}),
        "/feed.xml": Reply(body=feed(base), headers={"Content-Type": "application/rss+xml"}),
        SEED_PATH: Reply(body=SEED),
        "/2022/09/21/broken/": Reply(body=b"\xff\xfe<html><body><div><p>\x00\x01 nothing</p"),
        "/private/2022/09/21/secret/": Reply(body=SEED),
    }



def write_sources(tmp_path, base):
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - id: world-news-today\n    homepage: {base}/\n"
                    f"    feeds: [{base}/feed.xml]\n    rate_limit_per_s: 50\n")
    return path
