-- The warehouse: sources, what discovery saw, raw pages, the fetch ledger, articles, statements.
CREATE SCHEMA IF NOT EXISTS news;

CREATE TABLE news.sources (
    source_id   text PRIMARY KEY,
    name        text NOT NULL,
    homepage    text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Every item a feed or sitemap listed, with its date and where it was seen.
CREATE TABLE news.discovered_items (
    source_id     text NOT NULL REFERENCES news.sources,
    url           text NOT NULL,
    origin        text NOT NULL,
    origin_kind   text NOT NULL CHECK (origin_kind IN ('feed', 'sitemap', 'news_sitemap')),
    published_at  timestamptz,
    title         text,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, url, origin)
);
CREATE INDEX discovered_items_published_idx ON news.discovered_items (source_id, published_at);

-- The latest raw response per URL (gzip-compressed HTML) and its validators.
CREATE TABLE news.pages (
    url            text PRIMARY KEY,
    source_id      text NOT NULL REFERENCES news.sources,
    final_url      text NOT NULL,
    status         integer NOT NULL,
    content_type   text,
    headers        jsonb NOT NULL DEFAULT '{}',
    etag           text,
    last_modified  text,
    html_gz        bytea,
    fetched_at     timestamptz NOT NULL
);

-- One row per HTTP request (or refusal): what monitoring reads.
CREATE TABLE news.fetches (
    fetch_id      bigserial PRIMARY KEY,
    source_id     text NOT NULL,
    url           text NOT NULL,
    requested_at  timestamptz NOT NULL,
    status        integer,
    outcome       text NOT NULL,
    bytes         bigint NOT NULL DEFAULT 0,
    elapsed_ms    integer NOT NULL DEFAULT 0,
    attempt       integer NOT NULL DEFAULT 1,
    error         text
);
CREATE INDEX fetches_url_idx ON news.fetches (url, requested_at);
CREATE INDEX fetches_outcome_idx ON news.fetches (outcome, requested_at);

CREATE TABLE news.articles (
    article_id        bigserial PRIMARY KEY,
    source_id         text NOT NULL REFERENCES news.sources,
    url               text NOT NULL UNIQUE,
    canonical_url     text,
    title             text,
    authors           text[] NOT NULL DEFAULT '{}',
    published_at      timestamptz,
    modified_at       timestamptz,
    date_source       text,
    language          text,
    site_name         text,
    text              text NOT NULL,
    content_hash      text NOT NULL,
    extractor_version text NOT NULL,
    loaded_at         timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_source_published_idx ON news.articles (source_id, published_at);

CREATE TABLE news.statements (
    statement_id  bigserial PRIMARY KEY,
    article_id    bigint NOT NULL REFERENCES news.articles ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('direct', 'indirect')),
    quote         text NOT NULL,
    speaker       text,
    speaker_title text,
    verb          text,
    channel       text,
    char_start    integer NOT NULL CHECK (char_start >= 0),
    char_end      integer NOT NULL CHECK (char_end > char_start),
    UNIQUE (article_id, kind, char_start, char_end)
);
CREATE INDEX statements_speaker_idx ON news.statements (speaker);
