-- The grouping step reads a run's articles by publication day; the index spares H2 a sort of the whole run.
CREATE INDEX IF NOT EXISTS CC_ARTICLE_DAY ON CC_ARTICLE (RUN_ID, PUBLISHED, ARTICLE_ID);
