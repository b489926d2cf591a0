-- Who is quoted, across articles: views over news.statements joined to news.articles.
-- Speakers are grouped by the name as stored (the extractor already gives one article's
-- mentions their fullest form). "Seen" and "day" use the article's published_at in UTC;
-- statements of undated articles count in news.speakers but have no day.

-- One row per speaker: most common title, how much and where they are quoted, first/last seen.
CREATE VIEW news.speakers AS
WITH titles AS (
    SELECT speaker, speaker_title, count(*) AS n
    FROM news.statements
    WHERE speaker IS NOT NULL AND speaker_title IS NOT NULL
    GROUP BY speaker, speaker_title
),
top_title AS (
    SELECT DISTINCT ON (speaker) speaker, speaker_title
    FROM titles
    ORDER BY speaker, n DESC, speaker_title
)
SELECT s.speaker,
       t.speaker_title                 AS title,
       count(*)                        AS statements,
       count(DISTINCT s.article_id)    AS articles,
       count(DISTINCT a.source_id)     AS sources,
       min(a.published_at)             AS first_seen,
       max(a.published_at)             AS last_seen
FROM news.statements s
JOIN news.articles a USING (article_id)
LEFT JOIN top_title t USING (speaker)
WHERE s.speaker IS NOT NULL
GROUP BY s.speaker, t.speaker_title;

-- Statements per speaker and UTC day of the article's publication.
CREATE VIEW news.statements_per_speaker_day AS
SELECT s.speaker,
       (a.published_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                                   AS statements
FROM news.statements s
JOIN news.articles a USING (article_id)
WHERE s.speaker IS NOT NULL AND a.published_at IS NOT NULL
GROUP BY s.speaker, (a.published_at AT TIME ZONE 'UTC')::date;

-- Speakers of each source ranked by statements (rank 1 = most quoted; ties share a rank).
CREATE VIEW news.top_speakers_per_source AS
SELECT a.source_id,
       s.speaker,
       count(*)                                                      AS statements,
       count(DISTINCT s.article_id)                                  AS articles,
       rank() OVER (PARTITION BY a.source_id ORDER BY count(*) DESC) AS rank
FROM news.statements s
JOIN news.articles a USING (article_id)
WHERE s.speaker IS NOT NULL
GROUP BY a.source_id, s.speaker;
