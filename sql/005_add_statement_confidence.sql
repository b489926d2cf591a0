-- How likely each statement is right (kind, span and speaker), from the extractor's confidence model
-- (scrapers/statements/confidence.py): filter on it to trade recall for precision. Rows loaded before
-- this migration have none until `newsetl reprocess` runs over their pages.
ALTER TABLE news.statements
    ADD COLUMN confidence real CHECK (confidence BETWEEN 0 AND 1);
