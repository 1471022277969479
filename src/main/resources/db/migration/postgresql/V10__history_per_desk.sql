-- Issue 12: each desk (--desk) has its own history of NEW / ONGOING / RESOLVED; what was recorded before desks
-- existed belongs to the default desk. (PostgreSQL puts the new column last; the job reads columns by name.)
ALTER TABLE CC_HISTORY ADD COLUMN IF NOT EXISTS DESK VARCHAR(100) COLLATE "C" DEFAULT 'default' NOT NULL;
ALTER TABLE CC_HISTORY DROP CONSTRAINT IF EXISTS cc_history_pkey;
ALTER TABLE CC_HISTORY ADD PRIMARY KEY (DESK, RUN_DATE, FINGERPRINT);
