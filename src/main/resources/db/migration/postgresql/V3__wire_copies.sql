-- Issue 6: republished wire copy points to its original; a discrepancy counts independent reports.
ALTER TABLE CC_ARTICLE ADD COLUMN IF NOT EXISTS COPY_OF VARCHAR(4000) COLLATE "C";
ALTER TABLE CC_DISCREPANCY ADD COLUMN IF NOT EXISTS INDEPENDENT_REPORTS INT;
