-- Conflicts group facts by their claim key in memory (Claims.key); no query ever read the stored
-- copy, a long string written for every fact. Portable SQL.
ALTER TABLE fact DROP COLUMN claim_key;
