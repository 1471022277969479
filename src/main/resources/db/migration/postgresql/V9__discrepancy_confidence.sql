-- Issue 11: how sure the tool is of each discrepancy (0 to 1), shown in discrepancies.csv and summary.csv and used
-- to list the most certain first.
ALTER TABLE CC_DISCREPANCY ADD COLUMN IF NOT EXISTS CONFIDENCE DOUBLE PRECISION DEFAULT 0 NOT NULL;
