-- Lookups by URL alone (discovery dates of a batch, the interval checks' EXISTS joins).
CREATE INDEX discovered_items_url_idx ON news.discovered_items (url);
