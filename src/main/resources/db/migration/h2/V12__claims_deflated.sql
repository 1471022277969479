-- Issue 13: the staged claims are JSON that repeats each sentence for every claim read in it; stored as text they were
-- three quarters of the H2 file (49 of 66 MB at 10,000 real-length articles, where H2's page compression gained only
-- a fifth). Each article's claims are now deflated by the job (PACKED, a fifth of the text). CLAIMS stays, nullable,
-- for a run staged before this version and restarted after it.
ALTER TABLE CC_CLAIMS ADD COLUMN IF NOT EXISTS PACKED BLOB;
ALTER TABLE CC_CLAIMS ALTER COLUMN CLAIMS SET NULL;
