-- The store takes what the index takes: every column that holds text from a news file (titles,
-- sources, file names, evidence, fact fields) has no declared length, so no article the index
-- accepted can fail here for its size. H2 and PostgreSQL both read VARCHAR without a length as
-- "as long as the database allows" (about 10^9 characters in H2, 1 GB in PostgreSQL); files are
-- at most 64 MB. Portable SQL, as V1.
ALTER TABLE article ALTER COLUMN title SET DATA TYPE VARCHAR;
ALTER TABLE article ALTER COLUMN source SET DATA TYPE VARCHAR;
ALTER TABLE article_file ALTER COLUMN file SET DATA TYPE VARCHAR;
ALTER TABLE mention ALTER COLUMN entity SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN claim SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN claim_key SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN fields SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN subject SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN commodity SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN place_a SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN place_b SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN unit SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN fact_date SET DATA TYPE VARCHAR;
ALTER TABLE fact ALTER COLUMN evidence SET DATA TYPE VARCHAR;
