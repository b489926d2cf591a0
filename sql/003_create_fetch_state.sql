-- Fetch state shared by every worker and run: per-host request slots (the politeness limiter),
-- per-URL progress (retries across runs, dead URLs with their reason), conditional requests in
-- the ledger.

-- One row per host: the earliest time its next request may start. Booked atomically by
-- scrapers/limiter.py, so concurrent tasks and runs (daily + backfill) share one rate.
CREATE TABLE news.host_slots (
    host        text PRIMARY KEY,
    next_at     timestamptz NOT NULL,
    deferred_at timestamptz  -- last time a 429 / Retry-After pushed next_at back
);

-- One row per article URL the fetch stage has to get: pending until fetched, or dead.
CREATE TABLE news.url_states (
    url              text PRIMARY KEY,
    source_id        text NOT NULL REFERENCES news.sources ON DELETE CASCADE,
    state            text NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'fetched', 'dead')),
    attempts         integer NOT NULL DEFAULT 0,   -- fetch runs that tried it
    last_outcome     text,
    last_status      integer,
    last_error       text,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    fetched_at       timestamptz,
    dead_at          timestamptz,
    dead_reason      text,
    first_seen_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX url_states_due_idx ON news.url_states (source_id, next_attempt_at)
    WHERE state = 'pending';

-- Whether a request carried If-None-Match / If-Modified-Since.
ALTER TABLE news.fetches ADD COLUMN conditional boolean NOT NULL DEFAULT false;
