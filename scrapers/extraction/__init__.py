"""Article extraction: the text and metadata of a news page, boilerplate removed.

``extract_article(html, url)`` is the stage's one entry point; ``EXTRACTOR_VERSION`` names the
rules that produced a record. Modules: ``article`` (orchestration), ``body`` (trafilatura and
the candidate choice), ``boilerplate`` (rules as data), ``cleanup`` (applies them),
``metadata`` and ``dates`` (title, authors, dates, language, URL), ``scoring`` (the quality metric).
"""

from scrapers.extraction.article import EXTRACTOR_VERSION, extract_article

__all__ = ["EXTRACTOR_VERSION", "extract_article"]
