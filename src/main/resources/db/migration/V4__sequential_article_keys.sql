-- Each article gets a number in the order it was saved, and the rows of its files, mentions and
-- facts are found by that number instead of by the article's id, a content hash. A B-tree keyed by
-- a hash takes every batch's inserts all over its pages, and the embedded store writes every page
-- it touched again at each commit: with the (article_id, ...) keys of V1 a batch rewrote nearly the
-- whole mention and fact indexes, the file grew to 4x its live data at 100,000 articles, and each
-- batch cost more than the one before. Numbers grow, so a batch touches only the last pages. The
-- foreign keys go too: H2 indexes a foreign key's columns, which would bring a hash key back, and
-- the store deletes an article's rows itself. Portable SQL: the tables are rebuilt and renamed.
CREATE TABLE article_v4 (
    num         BIGINT         NOT NULL,
    id          VARCHAR(32)    PRIMARY KEY,
    title       VARCHAR        NOT NULL,
    source      VARCHAR,
    published   TIMESTAMP,
    lang        VARCHAR(16)    NOT NULL,
    story       VARCHAR(32)    NOT NULL,
    extractor   VARCHAR(32)    NOT NULL
);
INSERT INTO article_v4 (num, id, title, source, published, lang, story, extractor)
    SELECT ROW_NUMBER() OVER (ORDER BY id), id, title, source, published, lang, story, extractor FROM article;

CREATE TABLE article_file_v4 (
    article_num BIGINT         NOT NULL,
    article_id  VARCHAR(32)    NOT NULL,
    file        VARCHAR        NOT NULL
);
INSERT INTO article_file_v4 (article_num, article_id, file)
    SELECT a.num, f.article_id, f.file FROM article_file f JOIN article_v4 a ON a.id = f.article_id;

CREATE TABLE mention_v4 (
    article_num BIGINT         NOT NULL,
    article_id  VARCHAR(32)    NOT NULL,
    entity      VARCHAR        NOT NULL
);
INSERT INTO mention_v4 (article_num, article_id, entity)
    SELECT a.num, m.article_id, m.entity FROM mention m JOIN article_v4 a ON a.id = m.article_id;

CREATE TABLE fact_v4 (
    article_num BIGINT         NOT NULL,
    article_id  VARCHAR(32)    NOT NULL,
    seq         INTEGER        NOT NULL,
    type        VARCHAR(16)    NOT NULL,
    claim       VARCHAR        NOT NULL,
    claim_key   VARCHAR        NOT NULL,
    fields      VARCHAR        NOT NULL,
    subject     VARCHAR,
    commodity   VARCHAR,
    place_a     VARCHAR,
    place_b     VARCHAR,
    val         DOUBLE PRECISION,
    val_min     DOUBLE PRECISION,
    val_max     DOUBLE PRECISION,
    unit        VARCHAR,
    fact_date   VARCHAR,
    paragraph   INTEGER        NOT NULL,
    span_start  INTEGER        NOT NULL,
    span_end    INTEGER        NOT NULL,
    evidence    VARCHAR        NOT NULL,
    extractor   VARCHAR(32)    NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL
);
INSERT INTO fact_v4 (article_num, article_id, seq, type, claim, claim_key, fields, subject, commodity, place_a,
                     place_b, val, val_min, val_max, unit, fact_date, paragraph, span_start, span_end, evidence,
                     extractor, confidence)
    SELECT a.num, f.article_id, f.seq, f.type, f.claim, f.claim_key, f.fields, f.subject, f.commodity, f.place_a,
           f.place_b, f.val, f.val_min, f.val_max, f.unit, f.fact_date, f.paragraph, f.span_start, f.span_end,
           f.evidence, f.extractor, f.confidence
    FROM fact f JOIN article_v4 a ON a.id = f.article_id;

DROP TABLE fact;
DROP TABLE mention;
DROP TABLE article_file;
DROP TABLE article;
ALTER TABLE article_v4 RENAME TO article;
ALTER TABLE article_file_v4 RENAME TO article_file;
ALTER TABLE mention_v4 RENAME TO mention;
ALTER TABLE fact_v4 RENAME TO fact;

CREATE UNIQUE INDEX article_num ON article (num);
CREATE INDEX article_file_num ON article_file (article_num);
CREATE INDEX mention_num ON mention (article_num);
CREATE INDEX mention_entity_num ON mention (entity, article_num);
CREATE INDEX fact_num ON fact (article_num, seq);
