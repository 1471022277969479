-- Issue 4: what the later steps learn of an article (duplicate of, event, claims, wire copy of) was written onto its
-- CC_ARTICLE row, so the row holding the body was rewritten four times after ingest. H2 writes every commit as new
-- copies of the pages it changed, so each rewrite copied bodies again: the file reached 1.3 GB at 30,000 articles
-- and more than 5 GB at 100,000. Each fact now has a narrow table of its own, keyed by article and inserted once;
-- CC_ARTICLE is written by ingest and never changed.
CREATE TABLE IF NOT EXISTS CC_DUPLICATE (
    RUN_ID BIGINT NOT NULL,
    ARTICLE_ID VARCHAR(4000) NOT NULL,
    DUPLICATE_OF VARCHAR(4000) NOT NULL,
    PRIMARY KEY (RUN_ID, ARTICLE_ID)
);
-- Every accepted article that is not a duplicate, with its event.
CREATE TABLE IF NOT EXISTS CC_MEMBER (
    RUN_ID BIGINT NOT NULL,
    ARTICLE_ID VARCHAR(4000) NOT NULL,
    EVENT_ID VARCHAR(20) NOT NULL,
    EVENT_SIZE INT NOT NULL,
    PRIMARY KEY (RUN_ID, ARTICLE_ID)
);
CREATE INDEX IF NOT EXISTS CC_MEMBER_EVENT ON CC_MEMBER (RUN_ID, EVENT_ID, ARTICLE_ID);
CREATE TABLE IF NOT EXISTS CC_CLAIMS (
    RUN_ID BIGINT NOT NULL,
    ARTICLE_ID VARCHAR(4000) NOT NULL,
    CLAIMS CLOB NOT NULL,
    PRIMARY KEY (RUN_ID, ARTICLE_ID)
);
CREATE TABLE IF NOT EXISTS CC_COPY (
    RUN_ID BIGINT NOT NULL,
    ARTICLE_ID VARCHAR(4000) NOT NULL,
    COPY_OF VARCHAR(4000) NOT NULL,
    PRIMARY KEY (RUN_ID, ARTICLE_ID)
);
DROP INDEX IF EXISTS CC_ARTICLE_EVENT;
ALTER TABLE CC_ARTICLE DROP COLUMN IF EXISTS DUPLICATE_OF;
ALTER TABLE CC_ARTICLE DROP COLUMN IF EXISTS EVENT_ID;
ALTER TABLE CC_ARTICLE DROP COLUMN IF EXISTS CLAIMS;
ALTER TABLE CC_ARTICLE DROP COLUMN IF EXISTS COPY_OF;
