-- Issue 4: article bodies, titles, staged claims and explanations are CLOBs, mostly of a few KB. H2 keeps a CLOB
-- above MAX_LENGTH_INPLACE_LOB (256 bytes by default) in a separate LOB store, which every insert and every read then
-- goes through. Up to 32 KB they now live in the row; larger ones (long
-- articles, up to the 5 MB limit) still go to the LOB store. A database setting: it persists, and it changes how
-- values are stored, never what they are.
SET MAX_LENGTH_INPLACE_LOB 32768;
