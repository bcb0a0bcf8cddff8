-- Sources the collector polls (feeds, sitemaps, listing pages) and what it has taken from them.
-- Kept in the store so a team on one PostgreSQL database shares its sources. Portable SQL.
CREATE TABLE source (
    name          VARCHAR(100)   PRIMARY KEY,
    url           VARCHAR        NOT NULL,
    kind          VARCHAR(16)    NOT NULL,
    selector      VARCHAR,
    every_seconds BIGINT         NOT NULL,
    lang          VARCHAR(16),
    include_words VARCHAR,
    exclude_words VARCHAR,
    added_at      TIMESTAMP      NOT NULL,
    etag          VARCHAR,
    last_modified VARCHAR,
    last_fetch    TIMESTAMP,
    next_due      TIMESTAMP,
    failures      INT            NOT NULL,
    paused        BOOLEAN        NOT NULL,
    last_error    VARCHAR,
    collected     INT            NOT NULL
);

-- Every article URL the collector has dealt with, so none is fetched twice: stored (its article id),
-- a copy of an article already stored, filtered out, or gone (4xx). Written only after the
-- pipeline committed the article.
CREATE TABLE collected_url (
    url          VARCHAR(2048)  PRIMARY KEY,
    source_name  VARCHAR(100)   NOT NULL,
    article_id   VARCHAR(64),
    outcome      VARCHAR(16)    NOT NULL,
    collected_at TIMESTAMP      NOT NULL
);
CREATE INDEX collected_url_article ON collected_url (article_id);
