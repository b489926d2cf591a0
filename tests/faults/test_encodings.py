"""Stored raw bytes with broken or lying encodings still extract (through transform_page)."""

import pytest

from fault_site import saved_pages
from scrapers.transform import transform_page

URL = "https://enc.example/news/x/"


def words_of(text: str) -> set[str]:
    return {w for w in text.split() if w.isascii() and w.isalpha()}


@pytest.fixture(scope="module")
def clean():
    page = saved_pages()[7]
    return page, transform_page(page, url=URL).article.text


def with_invalid_utf8(page: bytes) -> bytes:
    cut = page.index(b"<p>", len(page) // 3) + 3
    return page[:cut] + b"\xff\xfe\xc3\x28 \x80\x81 " + page[cut:]


def test_invalid_utf8_still_extracts(clean):
    page, text = clean
    broken = transform_page(with_invalid_utf8(page), url=URL).article.text
    assert len(words_of(broken) & words_of(text)) >= 0.95 * len(words_of(text))


def test_mislabelled_charset_still_extracts(clean):
    page, text = clean
    lying = page.decode("utf-8").encode("cp1252", "replace")  # still says charset=UTF-8
    assert transform_page(lying, url=URL).article.text == text or \
        len(words_of(transform_page(lying, url=URL).article.text) & words_of(text)) >= 0.95 * len(words_of(text))


def test_invalid_utf8_keeps_the_good_characters(clean):
    page, text = clean
    broken = transform_page(with_invalid_utf8(page), url=URL).article.text
    assert set(broken) - set(text) <= {"\ufffd", "("}  # no mojibake, at most replacement marks
