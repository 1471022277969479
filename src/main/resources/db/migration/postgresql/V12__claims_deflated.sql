-- Issue 13: each article's staged claims deflated by the job (PACKED, a fifth of the JSON text); CLAIMS stays,
-- nullable, for a run staged before this version and restarted after it. As the H2 migration of the same version.
ALTER TABLE CC_CLAIMS ADD COLUMN IF NOT EXISTS PACKED BYTEA;
ALTER TABLE CC_CLAIMS ALTER COLUMN CLAIMS DROP NOT NULL;
