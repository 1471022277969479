-- Issue 4, H2 only: H2 was told to keep CLOBs up to 32 KB in the row instead of its separate LOB store. PostgreSQL
-- has no such store for TEXT: a value is kept in its row, and one over about 2 KB is compressed and moved to the
-- table's TOAST storage by itself. Nothing to do; the version is kept so that both databases count the same.
SELECT 1;
