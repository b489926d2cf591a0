from scrapers.normalize import hash_content, normalize_text


def test_nfc_whitespace_and_quotes_kept():
    raw = "Cafe\u0301  said\u00a0\u201chi\u201d \r\n\r\n\r\n  next\u200b line\t\tend  "
    assert normalize_text(raw) == "Caf\u00e9 said \u201chi\u201d\n\nnext line end"


def test_hash_is_stable_and_sensitive():
    assert hash_content("a") == hash_content(normalize_text(" a "))
    assert hash_content("a") != hash_content("b")
